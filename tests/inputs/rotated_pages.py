"""One ruled table page, stored with /Rotate 0/90/180/270 and a shifted media box but
displayed identically: the content is turned back by the rotation the viewer applies.

The unrotated, unshifted copy is the ground truth: every variant must read as it does.
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import RectangleObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

ROWS = [("No", "Program", "Anggaran (Rp)", "Realisasi (Rp)"),
        ("1", "Pelayanan Administrasi", "1.234.567.000", "1.200.000.500"),
        ("2", "Peningkatan Sarana", "987.654.321", "950.111.222"),
        ("", "Jumlah", "2.222.221.321", "2.150.111.722")]
_COLS = [60, 90, 260, 390, 520]
_TOP, _ROW_H = 700, 24


def upright_table_pdf() -> bytes:
    """A4 portrait: a title and a 4×4 table drawn with single line segments."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, 760, "Tabel 3.1 Realisasi Anggaran Tahun 2018")
    ys = [_TOP - i * _ROW_H for i in range(len(ROWS) + 1)]
    for y in ys:
        c.line(_COLS[0], y, _COLS[-1], y)
    for x in _COLS:
        c.line(x, ys[0], x, ys[-1])
    for r, row in enumerate(ROWS):
        for k, text in enumerate(row):
            c.drawString(_COLS[k] + 4, ys[r] - 16, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def turned_pdf(src: bytes, rotation: int, dx: float = 0.0, dy: float = 0.0) -> bytes:
    """`src`'s first page stored turned by `rotation` (clockwise /Rotate) with its media
    and crop box starting at (dx, dy): the content is rotated counter-clockwise by the
    same angle, so the page a viewer displays is unchanged."""
    out = PdfWriter(clone_from=PdfReader(io.BytesIO(src)))
    page = out.pages[0]
    w, h = float(page.mediabox.width), float(page.mediabox.height)
    back_inside = {0: (0.0, 0.0), 90: (h, 0.0), 180: (w, h), 270: (0.0, w)}[rotation]
    page.add_transformation(Transformation().rotate(rotation).translate(back_inside[0] + dx, back_inside[1] + dy))
    uw, uh = (h, w) if rotation in (90, 270) else (w, h)
    box = RectangleObject((dx, dy, dx + uw, dy + uh))
    page.mediabox = box
    page.cropbox = box
    page.rotation = rotation
    buf = io.BytesIO()
    out.write(buf)
    return buf.getvalue()
