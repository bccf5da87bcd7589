"""A program budget table ruled only by its shading, as Word prints a banded table style.

No. | Program | Jumlah Kegiatan | Anggaran (Rp): the header and every other row filled cell by
cell (each cell its own fill, a hairline apart), the rows between unshaded and with no
line of their own: the fills' edges are the only rules on the page, vertical ones only
inside shaded rows. The table closes with two unshaded rows (Belanja Tidak Langsung,
Total) ruled only under each. `watermark`: a large, light word turned 35 degrees across the
table, as PDF tools stamp their trial copies (its letters still land in the cells they
cross: no reader mechanism drops them yet). `wide_name`: the first unshaded row's name
runs over the code and name columns (a merged cell).
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

# (code, program, kegiatan count, anggaran); shaded rows are the odd ones (1st, 3rd, ...).
PROGRAMS: list[tuple[str, str, str, int]] = [
    ("1", "Program Pelayanan Administrasi Perkantoran", "5", 8_856_088_900),
    ("2", "Program Peningkatan Sarana dan Prasarana Aparatur", "4", 7_341_420_650),
    ("3", "Program Penataan Ruang", "11", 5_565_643_000),
    ("4", "Program Pengembangan Perumahan", "13", 72_885_583_300),
    ("5", "Program Pembinaan Jasa Konstruksi", "3", 3_223_651_000),
    ("6", "Program Pengembangan Nilai Budaya", "1", 1_492_245_000),
]
BELANJA_LANGSUNG = sum(p[3] for p in PROGRAMS)
BTL = 28_018_235_867
TOTAL = BELANJA_LANGSUNG + BTL

XS = [90.0, 125.0, 330.0, 390.0, 500.0]
_BLUE = (219 / 255, 229 / 255, 241 / 255)
_HEADER = (91 / 255, 155 / 255, 213 / 255)
_GAP = 0.8  # Word leaves a hairline between cells filled one by one


def _id(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _shade(c: Canvas, colour: tuple[float, float, float], low: float, high: float) -> None:
    c.setFillColorRGB(*colour)
    for x0, x1 in pairwise(XS):
        c.rect(x0, low, x1 - x0 - _GAP, high - low, stroke=0, fill=1)


def _rule(c: Canvas, y: float) -> None:
    c.setFillColorRGB(0.6, 0.6, 0.6)
    c.rect(XS[0], y - 0.4, XS[-1] - XS[0], 0.8, stroke=0, fill=1)


def _cells(c: Canvas, top: float, texts: tuple[str, ...], bold: bool = False) -> None:
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold" if bold else "Helvetica", 8)
    for k, (x0, x1, text) in enumerate(zip(XS, XS[1:], texts, strict=False)):
        if not text:
            continue
        if k == 3:
            c.drawRightString(x1 - 5, top - 11, text)
        elif k in (0, 2):
            c.drawCentredString((x0 + x1) / 2, top - 11, text)
        else:
            c.drawString(x0 + 5, top - 11, text)


def banded_table_pdf(path: Path, watermark: bool = False, wide_name: bool = False) -> Path:
    c = Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(90, 790, "2.4 Anggaran Kegiatan Tahun 2016")
    c.setFont("Helvetica", 10)
    c.drawString(90, 770, "Tabel II.3 Rekap Anggaran Program dan Kegiatan Tahun 2016")
    row_h, top = 18.0, 750.0
    _shade(c, _HEADER, top - 24, top)
    _cells(c, top, ("No", "Program", "Jumlah Kegiatan", "Anggaran (Rp)"), bold=True)
    y = top - 24
    for k, (code, name, count, anggaran) in enumerate(PROGRAMS):
        if k % 2 == 0:
            _shade(c, _BLUE, y - row_h, y)
        if wide_name and k == 1:  # one cell over the No and Program columns
            _cells(c, y, ("", "", count, _id(anggaran)))
            c.drawString(XS[0] + 5, y - 11, f"{code}. {name}")
        else:
            _cells(c, y, (code, name, count, _id(anggaran)))
        y -= row_h
    _shade(c, _BLUE, y - row_h, y)  # the subtotal closes the shaded bands
    _cells(c, y, ("", "Jumlah Belanja Langsung", "", _id(BELANJA_LANGSUNG)), bold=True)
    y -= row_h
    for label, count, value in (("Belanja Tidak Langsung", "", BTL), ("Total", "37", TOTAL)):
        _cells(c, y, ("", label, count, _id(value)), bold=True)
        y -= row_h
        _rule(c, y)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 9)
    c.drawString(90, y - 20, "Sumber : Laporan Keuangan Dinas, 2016")
    if watermark:
        c.saveState()
        c.setFillColorRGB(0.85, 0.85, 0.85)
        c.setFont("Helvetica-Bold", 60)
        c.translate(300, 620)
        c.rotate(35)
        c.drawCentredString(0, 0, "SALINAN")
        c.restoreState()
    c.save()
    return path


def stacked_banded_tables_pdf(path: Path) -> Path:
    """Two banded tables of the same columns one under the other, a caption between:
    the caption runs across the columns, so no rule is bridged through it."""
    c = Canvas(str(path), pagesize=A4)
    row_h = 18.0
    y = 760.0
    for title in ("Tabel 1 Anggaran Program Tahun 2016", "Tabel 2 Anggaran Program Tahun 2017"):
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 10)
        c.drawString(XS[0], y, title)
        y -= 10
        _shade(c, _HEADER, y - 24, y)
        _cells(c, y, ("No", "Program", "Jumlah Kegiatan", "Anggaran (Rp)"), bold=True)
        y -= 24
        for k, (code, name, count, anggaran) in enumerate(PROGRAMS[:3]):
            if k % 2 == 0:
                _shade(c, _BLUE, y - row_h, y)
            _cells(c, y, (code, name, count, _id(anggaran)))
            y -= row_h
        y -= 22
    c.save()
    return path
