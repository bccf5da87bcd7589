"""A Pengukuran Kinerja table and a target-less comparison with the national figure, as
a small PDF.

`benchmark_pdf`: Tabel 3.1 prints target (PK), realisasi and capaian; Tabel 3.4 prints
the same realisasi beside the national figure and the ratio "Realisasi 2016 thdp
Capaian Nasional (4/5)*100%". With `wrong_ratio` the second indicator's ratio is not
realisasi / national.
"""

from __future__ import annotations

from pathlib import Path

# (indikator, PK target, realisasi, capaian vs PK, national figure, ratio vs national)
BENCH_ROWS = [
    ("Prosentase Peningkatan Produksi Komoditas Perkebunan", "2,30", "2,23", "96,95", "2,2", "101,36"),
    ("Prosentase Peningkatan Volume Ekspor Produk Perkebunan", "2,30", "2,20", "95,65", "3,9", "56,41"),
]
WRONG_RATIO = "70,07"


def benchmark_pdf(path: Path, wrong_ratio: bool = False) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from tests.generator.render_pdf import CAPTION, CELL, CELL_HEAD

    def grid(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> Table:
        data = [[Paragraph(h, CELL_HEAD) for h in head]] + [[Paragraph(v, CELL) for v in row] for row in rows]
        table = Table(data, colWidths=[1 * cm, 6.5 * cm] + [2.8 * cm] * (len(head) - 2))
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        return table

    measured = [(str(i), n, t, r, c) for i, (n, t, r, c, _, _) in enumerate(BENCH_ROWS, 1)]
    national = [(str(i), n, r, nat, WRONG_RATIO if wrong_ratio and i == 2 else ratio)
                for i, (n, _, r, _, nat, ratio) in enumerate(BENCH_ROWS, 1)]
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("Tabel 3.1 Pengukuran Kinerja Tahun 2016", CAPTION), Spacer(1, 0.3 * cm),
        grid(("No", "Indikator Kinerja", "Target PK Tahun 2016", "Realisasi Tahun 2016", "Capaian Kinerja (%)"),
             measured),
        Spacer(1, 0.8 * cm),
        Paragraph("Tabel 3.4 Pengukuran Pencapaian Kinerja Tahun 2016 Terhadap Capaian Nasional 2016", CAPTION),
        Spacer(1, 0.3 * cm),
        grid(("No", "Indikator Kinerja", "Realisasi Tahun 2016", "Capaian Kinerja dan Standar Nasional",
              "Realisasi 2016 Thdp Capaian kinerja Nasional (4/5)*100%"), national)])
    return path
