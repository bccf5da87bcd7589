"""Renja tables ("Rencana Program dan Kegiatan") in the shapes work plans print, as small PDFs.

- `renja_merged_outcome_pdf`: a kegiatan's outputs one per ruled row, its "Hasil Kegiatan"
  indicator printed once in a cell merged down over all of them (wrapped over several
  lines) beside a target ruled per row; and a program row listing its outcome indicators
  as running text separated by semicolons, their targets likewise ("50%; 25%; 80%").
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.generator.render_pdf import CAPTION, CELL, CELL_HEAD

# Program row: its outcome indicators and their targets, each list joined with "; ".
PROGRAM_OUTCOMES = [("Persentase sistem informasi perangkat daerah yang terintegrasi", "50%"),
                    ("Jumlah publikasi data statistik sektoral", "5"),
                    ("Persentase perangkat daerah yang memutakhirkan informasi publik", "80%")]
# Kegiatan: outputs (tolok ukur, target), one ruled row each, beside one merged outcome
# whose target is printed on every output's row.
OUTPUTS = [("Baliho", "8 bh"), ("Spanduk", "6 bh"), ("Booklet", "1000 exp"), ("Pertunjukan rakyat", "1 paket")]
OUTCOME = "Meningkatnya sarana diseminasi informasi media luar ruang dan pertunjukan rakyat"
OUTCOME_TARGETS = ["100%", "90%", "95%", "100%"]


def _p(text: str, head: bool = False) -> Paragraph:
    return Paragraph(text, CELL_HEAD if head else CELL)


def renja_merged_outcome_pdf(path: Path) -> Path:
    head = [
        [_p("Urusan/Program/Kegiatan", True), _p("Indikator Kinerja", True), "", "", "", "", "",
         _p("Pagu Indikatif (Rp)", True)],
        ["", _p("Hasil Program", True), "", _p("Keluaran Kegiatan (Output)", True), "",
         _p("Hasil Kegiatan", True), "", ""],
        ["", _p("Tolok Ukur", True), _p("Target", True), _p("Tolok Ukur", True), _p("Target", True),
         _p("Tolok Ukur", True), _p("Target", True), ""],
        [_p(f"({i})", True) for i in range(1, 9)],
    ]
    names = "; ".join(n for n, _ in PROGRAM_OUTCOMES)
    targets = "; ".join(t for _, t in PROGRAM_OUTCOMES)
    body = [[_p("Program Pengembangan Komunikasi, Informasi dan Media Massa"), _p(names), _p(targets),
             "", "", "", "", _p("425.000.000")],
            [_p("Penyediaan media sosialisasi pembangunan"), "", "", "", "", "", "", _p("50.000.000")]]
    for k, ((output, target), outcome_target) in enumerate(zip(OUTPUTS, OUTCOME_TARGETS, strict=True)):
        body.append(["", "", "", _p(output), _p(target), _p(OUTCOME) if k == 0 else "", _p(outcome_target), ""])
    first = len(head) + 2
    widths = [4.2 * cm, 4.2 * cm, 2 * cm, 3.2 * cm, 1.8 * cm, 3.2 * cm, 1.6 * cm, 2.6 * cm]
    table = Table(head + body, colWidths=widths, repeatRows=4)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("SPAN", (1, 0), (6, 0)), ("SPAN", (7, 0), (7, 2)), ("SPAN", (0, 0), (0, 2)),
        ("SPAN", (1, 1), (2, 1)), ("SPAN", (3, 1), (4, 1)), ("SPAN", (5, 1), (6, 1)),
        ("SPAN", (5, first), (5, first + len(OUTPUTS) - 1)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm)
    doc.build([Paragraph("Tabel III.2", CAPTION),
               Paragraph("RENCANA PROGRAM DAN KEGIATAN PRIORITAS DAERAH TAHUN 2017", CAPTION),
               Spacer(1, 0.3 * cm), table])
    return path
