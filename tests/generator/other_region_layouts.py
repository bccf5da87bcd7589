"""A comparison of the agency's realisasi with another region's, then a sentence stating
by how much it leads, as a small PDF.

`other_region_pdf`: "BAB III AKUNTABILITAS KINERJA", a caption naming the comparison
with the national level, a table "No | Indikator Kinerja | Realisasi 2022 | Realisasi
<level> | Ket." whose cells print a grade over the score ("Level 3" / "(3,157)"), and a
paragraph per indicator: "Pada indikator “…”, Pemerintah Kabupaten lebih unggul daripada
realisasi level di atasnya, dalam hal ini Pemerintah Provinsi. Hal ini berarti realisasi
indikator kinerja … lebih unggul <lead> poin nilai." The sentence names no figure of its
own, so only the table can tell whether the lead is right.
"""

from __future__ import annotations

from pathlib import Path

# (indikator, own realisasi, compared region's realisasi)
REGION_ROWS = [
    ("Maturitas Penyelenggaraan SPIP", "Level 3<br/>(3,157)", "Level 3<br/>(3,141)"),
    ("Indeks Kepuasan Masyarakat", "82,45", "80,10"),
]
RIGHT_LEADS = ("0,016", "2,35")


def other_region_pdf(path: Path, leads: tuple[str, str] = RIGHT_LEADS, level: str = "Daerah") -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from tests.generator.render_pdf import BODY, CAPTION, CELL, CELL_HEAD, HEADING

    head = ("No", "Indikator Kinerja", "Realisasi 2022", f"Realisasi {level}", "Ket.")
    rows = [(str(i), n, own, other, "Dibandingkan dengan nilai Provinsi")
            for i, (n, own, other) in enumerate(REGION_ROWS, 1)]
    data = [[Paragraph(h, CELL_HEAD) for h in head]] + [[Paragraph(v, CELL) for v in row] for row in rows]
    table = Table(data, colWidths=[1 * cm, 6 * cm, 2.8 * cm, 2.8 * cm, 3.5 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    paragraphs = [
        Paragraph(f"Pada indikator “{name}”, Pemerintah Kabupaten lebih unggul daripada realisasi level di "
                  f"atasnya, dalam hal ini Pemerintah Provinsi. Hal ini berarti realisasi indikator kinerja "
                  f"{name} lebih unggul {lead} poin nilai.", BODY)
        for (name, _, _), lead in zip(REGION_ROWS, leads, strict=True)]
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("BAB III AKUNTABILITAS KINERJA", HEADING), Spacer(1, 0.3 * cm),
        Paragraph("Tabel 3.6 Perbandingan Realisasi Kinerja Tahun 2022 dengan Realisasi Kinerja di Level "
                  "Nasional/Internasional", CAPTION), Spacer(1, 0.3 * cm),
        table, Spacer(1, 0.6 * cm),
        Paragraph("Dari data tabel di atas, dapat dijelaskan bahwa realisasi 2 (dua) indikator kinerja melebihi "
                  "realisasi kinerja di atasnya.", BODY), Spacer(1, 0.3 * cm),
        *paragraphs])
    return path
