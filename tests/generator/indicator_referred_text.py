"""A year-comparison table and a chapter that names an indicator once and then refers back to
it ("Realisasi indikator ini pada tahun 2021 adalah …"), as a small PDF (LKJ-K010, the
reference resolved by lkjip.checks.indicators.referred_indicator)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.generator.render_pdf import CAPTION, CELL, CELL_HEAD

FIRST = "Persentase ASN dengan nilai baik pada penilaian kinerja"
SECOND = "Persentase pegawai yang mengikuti pengembangan kompetensi"
# (indikator, satuan, realisasi 2021, realisasi 2022, target 2022)
ROWS = [(FIRST, "Persen", "66,07%", "99,91%", "68,00%"),
        (SECOND, "Persen", "41,50%", "72,30%", "70,00%")]
HEADING = "c. Analisis realisasi kinerja tahun ini dengan standar nasional"


def _table() -> list:
    head = [[Paragraph(h, CELL_HEAD) for h in ("No", "Indikator Sasaran", "Satuan", "Realisasi Tahun 2021",
                                              "Realisasi Tahun 2022", "Target Tahun 2022")]]
    body = [[Paragraph(str(i), CELL), *(Paragraph(v, CELL) for v in row)] for i, row in enumerate(ROWS, 1)]
    grid = Table(head + body, colWidths=[1 * cm, 6 * cm, 2 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Paragraph("Tabel 3.2 Perbandingan Realisasi Kinerja Tahun 2021 dan 2022", CAPTION),
            Spacer(1, 0.2 * cm), grid, Spacer(1, 0.5 * cm)]


def referred_text_pdf(path: Path, stated: str, *, both_named: bool = False, heading: bool = False) -> Path:
    """The table, then a paragraph naming the first indicator (and, with `both_named`, the
    second after it), optionally a heading line, then "Realisasi indikator ini pada tahun
    2021 adalah {stated}" in a sentence that names no indicator."""
    named = (f"Berdasarkan tabel di atas, pada tahun 2022 indikator sasaran {FIRST} telah melampaui target yang "
             "ditetapkan.")
    if both_named:
        # Named without the word "indikator": still the one named last.
        named += f" Selanjutnya {SECOND} juga telah mencapai target tahun 2022."
    story = [Paragraph("BAB III AKUNTABILITAS KINERJA", CAPTION), Spacer(1, 0.3 * cm), *_table(),
             Paragraph(named, CELL), Spacer(1, 0.2 * cm)]
    if heading:
        story += [Paragraph(HEADING, CELL), Spacer(1, 0.2 * cm)]
    story.append(Paragraph(f"Realisasi indikator ini pada tahun 2021 adalah {stated} dengan jumlah pegawai "
                           "sebanyak 3.837 orang.", CELL))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path
