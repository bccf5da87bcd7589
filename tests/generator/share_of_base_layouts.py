"""A Pengukuran Kinerja table whose target is a share of a named base, as a small PDF.

`share_target_pdf`: the target cell prints "1 % dari Jumlah Penduduk Jawa Barat" wrapped
in a narrow column, the realisasi the head-count it stands for (no unit beside it), and
the capaian 100: consistent, though realisasi / target is not 100.
"""

from __future__ import annotations

from pathlib import Path

# (indikator, target as printed, realisasi, capaian)
SHARE_ROWS = [
    ("Jumlah PMKS yang ditangani (Masyarakat Korban Bencana)", "1 % dari Jumlah Penduduk Jawa Barat",
     "464.971,75", "100"),
]


def share_target_pdf(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from tests.generator.render_pdf import CAPTION, CELL, CELL_HEAD

    head = [[Paragraph(h, CELL_HEAD) for h in ("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian Kinerja")]]
    body = [[Paragraph(str(i), CELL), Paragraph(name, CELL), Paragraph(t, CELL), Paragraph(r, CELL),
             Paragraph(c, CELL)] for i, (name, t, r, c) in enumerate(SHARE_ROWS, 1)]
    table = Table(head + body, colWidths=[1 * cm, 6 * cm, 2.2 * cm, 2.5 * cm, 2.5 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph("Tabel 3.2 Perbandingan Target dan Realisasi Indikator Kinerja Tahun 2016", CAPTION),
         Spacer(1, 0.3 * cm), table])
    return path
