"""A Pengukuran Kinerja table in the notation that groups thousands with "," ("1,309";
decimals "90.68") and the chapter's retelling of each indicator's capaian, as a small
PDF: the text may put an indicator's realisasi where its capaian belongs (LKJ-K010)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from tests.generator.indicator_range_targets import indicator_table
from tests.generator.render_pdf import CAPTION, CELL

GROWTH = "Peningkatan Nilai Produksi IKM"
MANUFACTURING = "Pertumbuhan Industri Manufaktur pada PDRB"
# (indikator, satuan, target, realisasi, capaian): 1,309 / 15 = 8,726.67 % and 168.49 / 185.80.
ROWS = [
    (MANUFACTURING, "Triliun Rupiah", "185.80", "168.49", "90.68"),
    ("Peningkatan Jumlah unit usaha IKM", "Unit", "202,955", "203,440", "100.23"),
    (GROWTH, "%", "15", "1,309", "8,726"),
]


def text_capaian_pdf(path: Path, growth_capaian: str, manufacturing_capaian: str = "90.68") -> Path:
    """The table, then one sentence per indicator stating its capaian as given."""
    story = [Paragraph("LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2016", CAPTION), Spacer(1, 0.3 * cm),
             *indicator_table("Tabel 3.2. Perbandingan Target dan Realisasi Indikator Kinerja Tahun 2016", ROWS),
             Paragraph("Dalam upaya meningkatkan daya saing industri diarahkan pada pertumbuhan industri. "
                       f"Capaian kinerja {MANUFACTURING.lower()} sebesar {manufacturing_capaian}% dengan "
                       "kategori \u201cBaik\u201d.", CELL),
             Paragraph("Dalam upaya meningkatkan pemanfaatan teknologi diarahkan pada peningkatan nilai "
                       f"produksi IKM. Capaian kinerja {GROWTH.lower()} sebesar {growth_capaian}% dengan "
                       "kategori \u201cSangat baik\u201d.", CELL)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path
