"""A ruled LRA summary inside a report chapter, its JUMLAH rows shaded as Word tiles them.

No. | URAIAN | Anggaran Setelah Perubahan | Realisasi, US-style amounts ("1,234.00"), codes
2.1 / 2.1.1 / 2.2 / 2.2.1 … nesting by prefix. Word shades a cell with several fills of
one colour side by side: a strip for each cell margin and a band for each paragraph.
Rules are drawn apart from the fills, as thin black rectangles, as Word draws them.
`defects`: {code: (column, delta)} changes one printed amount, as a typo does.
`heading`: "2 BELANJA" printed in the first body row above "2.1 BELANJA TIDAK / LANGSUNG"
with no rule between them, the amounts on the last line (codes stacked in one cell).
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

# (code, name, anggaran setelah perubahan, realisasi); the sums exact at every level.
LRA_LINES: list[tuple[str, str, int, int]] = [
    ("2.1", "BELANJA TIDAK LANGSUNG", 800_000_000, 760_000_000),
    ("2.1.1", "Belanja Pegawai", 800_000_000, 760_000_000),
    ("2.2", "BELANJA LANGSUNG", 900_000_000, 850_000_000),
    ("2.2.1", "Belanja Pegawai", 100_000_000, 95_000_000),
    ("2.2.2", "Belanja Barang dan Jasa", 500_000_000, 480_000_000),
    ("2.2.3", "Belanja Modal", 300_000_000, 275_000_000),
    ("2.2.3.1", "Belanja Peralatan dan Mesin", 200_000_000, 190_000_000),
    ("2.2.3.2", "Belanja Gedung dan Bangunan", 100_000_000, 85_000_000),
]
TOTAL = (1_700_000_000, 1_610_000_000)

_XS = [40.0, 85.0, 345.0, 455.0, 560.0]
_GREEN = (146 / 255, 208 / 255, 80 / 255)


def _us(value: int) -> str:
    return f"{value:,}.00"


def _rule(c: Canvas, x0: float, y0: float, x1: float, y1: float) -> None:
    c.setFillColorRGB(0, 0, 0)
    c.rect(x0, y0, max(x1 - x0, 0.5), max(y1 - y0, 0.5), stroke=0, fill=1)


def _shade(c: Canvas, low: float, high: float) -> None:
    """Each cell of a row filled as tiles: a 5 pt strip at each side and the text's band."""
    c.setFillColorRGB(*_GREEN)
    for x0, x1 in pairwise(_XS):
        for a, b in ((x0, x0 + 5), (x0 + 5, x1 - 5), (x1 - 5, x1)):
            c.rect(a, low, b - a, high - low, stroke=0, fill=1)


def render_lra_pdf(path: Path, defects: dict[str, tuple[str, int]] | None = None, heading: bool = False) -> Path:
    defects = defects or {}
    c = Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 800, "3.2 Akuntabilitas Anggaran")
    c.setFont("Helvetica", 10)
    c.drawString(40, 780, "Ringkasan laporan realisasi anggaran Tahun Anggaran 2016 adalah sebagai berikut :")
    # The revised budget's heading wraps over three lines in its narrow column.
    rows: list[tuple[str, str, str, str, bool]] = [("No.", "URAIAN", "Anggaran\nSetelah\nPerubahan", "Realisasi", False),
                                                   ("1", "2", "3", "4", False)]
    for code, name, anggaran, realisasi in LRA_LINES:
        column, delta = defects.get(code, ("", 0))
        rows.append((code, name, _us(anggaran + (delta if column == "anggaran" else 0)),
                     _us(realisasi + (delta if column == "realisasi" else 0)), False))
    rows.append(("", "JUMLAH", _us(TOTAL[0]), _us(TOTAL[1]), True))
    if heading:
        _, _, a, r, _ = rows[2]
        rows[2] = ("2\n\n2.1", "BELANJA\nBELANJA TIDAK\nLANGSUNG", "\n\n" + a, "\n\n" + r, False)
    top, height = 750.0, 16.0
    ys = [top]
    for row in rows:
        ys.append(ys[-1] - (36.0 if row[0] == "No." else height + 10.0 * row[0].count("\n")))
    for (code, name, anggaran, realisasi, shaded), high, low in zip(rows, ys, ys[1:], strict=False):
        if shaded:
            _shade(c, low, high)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold" if shaded else "Helvetica", 8)
        for k, part in enumerate(code.split("\n")):
            c.drawString(_XS[0] + 4, high - 12 - 10 * k, part)
        for k, part in enumerate(name.split("\n")):
            if shaded:
                c.drawRightString(_XS[2] - 6, high - 12 - 10 * k, part)
            else:
                c.drawString(_XS[1] + 4, high - 12 - 10 * k, part)
        for x, text in ((_XS[3], anggaran), (_XS[4], realisasi)):
            for k, part in enumerate(text.split("\n")):
                if code == "No.":  # the heading's lines, centred in its cell
                    c.drawCentredString(x - 55, high - 12 - 10 * k, part)
                else:
                    c.drawRightString(x - 6, high - 12 - 10 * k, part)
    for y in ys:
        _rule(c, _XS[0], y - 0.5, _XS[-1], y + 0.5)
    for x in _XS:
        _rule(c, x - 0.5, ys[-1], x + 0.5, ys[0])
    c.save()
    return path
