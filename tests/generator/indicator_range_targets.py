"""Indicator tables whose targets are printed as a range ("68,75 - 69,25") or a grade
("BB"), as small PDFs.

`range_targets_pdf`: the IKU table and the Pengukuran Kinerja restate two indicators with
range targets; with `defects` the second table shifts one range's lower bound and prints
a capaian that neither bound gives, and prints the grade target one grade lower.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.generator.render_pdf import CAPTION, CELL, CELL_HEAD

# (indikator, satuan, target range, realisasi, capaian): 69,34 / 69,25 and 76,32 / 76,20.
RANGE_ROWS = [
    ("Indeks Pendidikan", "Indeks", "68,75 - 69,25", "69,34", "100,13"),
    ("Indeks Kesehatan", "Indeks", "75,70 - 76,20", "76,32", "100,16"),
    ("Nilai SAKIP", "Predikat", "BB", "BB", "100"),
]
# The same rows with a shifted lower bound (Kesehatan) and a capaian of no bound (Pendidikan:
# 69,34 gives 100,86 against 68,75 and 100,13 against 69,25).
DEFECT_ROWS = [
    ("Indeks Pendidikan", "Indeks", "68,75 - 69,25", "69,34", "100,20"),
    ("Indeks Kesehatan", "Indeks", "75,65 - 76,20", "76,32", "100,16"),
    ("Nilai SAKIP", "Predikat", "B", "BB", "100"),
]


def indicator_table(caption: str, rows: list[tuple[str, str, str, str, str]]) -> list:
    head = [[Paragraph(h, CELL_HEAD) for h in ("No.", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi",
                                              "Capaian Kinerja (%)")]]
    body = [[Paragraph(str(i), CELL), *(Paragraph(v, CELL) for v in row)] for i, row in enumerate(rows, 1)]
    grid = Table(head + body, colWidths=[1 * cm, 5.5 * cm, 2 * cm, 3 * cm, 2 * cm, 3 * cm])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Paragraph(caption, CAPTION), Spacer(1, 0.2 * cm), grid, Spacer(1, 0.5 * cm)]


def range_targets_pdf(path: Path, defects: bool) -> Path:
    story = [Paragraph("BAB III AKUNTABILITAS KINERJA", CAPTION), Spacer(1, 0.3 * cm),
             *indicator_table("Tabel 3.2. Capaian Indikator Kinerja Utama Tahun 2022", RANGE_ROWS),
             *indicator_table("Tabel 3.4. Pengukuran Kinerja Tahun 2022", DEFECT_ROWS if defects else RANGE_ROWS)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path

