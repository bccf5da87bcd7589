"""A banded "label | text" table whose shading runs on under a justified paragraph.

Chapter III narratives are printed in coloured panels: a MISI / SASARAN table shaded cell
by cell (its column rule is only the fills' edge), then the paragraphs listing the
kegiatan, shaded line by line over the panel's width. Each shaded line is a "row" ruled
above and below, and Word stretches a justified line's spaces so that one of them can fall
right under the table's column rule: the line "1.088.765.000,- realisasi anggaran …" has
its first stretched space there (the column rule is placed at it on purpose).
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

XL, XR = 100.0, 422.0  # the panel's outer edges
_PAD = 6.0  # text inset from the panel's edges
_INDENT = 20.0  # an item's hanging indent
_FONT, _SIZE = "Helvetica", 10.0
_ROW = 20.0
_GAP = 0.8  # Word leaves a hairline between cells (and lines) filled one by one
_TABLE = (1.0, 0.75, 0.0)
_PANEL = (219 / 255, 229 / 255, 241 / 255)

ROWS = (("MISI KEDUA", "Meningkatkan kapasitas sumber daya organisasi"),
        ("SASARAN", "Meningkatnya pengetahuan dan disiplin aparatur"))
# (indented, justified, text): the paragraph as printed, line by line.
LINES: tuple[tuple[bool, bool, str], ...] = (
    (False, True, "(1) Kegiatan Peningkatan Kesejahteraan dan Kemampuan"),
    (True, True, "Aparatur Dinas Provinsi, yang dilaksanakan dengan"),
    (True, True, "alokasi anggaran sebesar Rp 528.600.000,- realisasi"),
    (True, True, "anggaran sebesar Rp 342.281.000,- atau 64,75%. Output"),
    (True, False, "kegiatan adalah meningkatnya kesejahteraan pegawai."),
    (False, True, "(2) Kegiatan Penyelenggaraan Administrasi Perkantoran Dinas"),
    (True, True, "Provinsi Jabar, dengan alokasi anggaran sebesar Rp"),
    (True, True, "1.088.765.000,- realisasi anggaran sebesar Rp 907.458.180,-"),
    (True, False, "atau 83,35 %. Output kegiatan adalah jasa perkantoran."),
)
SPLIT_LINE = 7  # the line whose first stretched space lies under the column rule
AMOUNT = 1_088_765_000


def _start(indented: bool) -> float:
    return XL + _PAD + (_INDENT if indented else 0.0)


def _word_xs(indented: bool, justified: bool, text: str) -> tuple[list[str], list[float], float]:
    """Each word's x on a justified (or left-aligned) line, and the stretched space."""
    words = text.split()
    widths = [stringWidth(w, _FONT, _SIZE) for w in words]
    start, measure = _start(indented), XR - _PAD - _start(indented)
    space = (measure - sum(widths)) / (len(words) - 1) if justified else stringWidth(" ", _FONT, _SIZE)
    xs, x = [], start
    for w in widths:
        xs.append(x)
        x += w + space
    return words, xs, space


def column_x() -> float:
    """The table's column rule: the middle of the split line's first stretched space."""
    indented, justified, text = LINES[SPLIT_LINE]
    _, xs, space = _word_xs(indented, justified, text)
    return xs[1] - space / 2


def shaded_prose_pdf(path: Path) -> Path:
    c = Canvas(str(path))
    mid = column_x()
    c.setFont("Helvetica-Bold", 11)
    c.drawString(XL, 790, "3.2 Capaian Kinerja Misi Kedua")
    y = 770.0
    for label, text in ROWS:  # the table: each cell filled on its own
        c.setFillColorRGB(*_TABLE)
        for x0, x1 in pairwise((XL, mid, XR)):
            c.rect(x0, y - _ROW, x1 - x0 - _GAP, _ROW - _GAP, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(_FONT, _SIZE)
        c.drawString(XL + _PAD, y - 14, label)
        c.drawString(mid + _PAD, y - 14, text)
        y -= _ROW
    for indented, justified, text in LINES:  # the paragraph: shaded line by line
        c.setFillColorRGB(*_PANEL)
        c.rect(XL, y - _ROW, XR - XL - _GAP, _ROW - _GAP, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(_FONT, _SIZE)
        for word, x in zip(*_word_xs(indented, justified, text)[:2], strict=True):
            c.drawString(x, y - 14, word)
        y -= _ROW
    c.save()
    return path
