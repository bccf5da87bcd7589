"""An indicator table and the chapter's retelling of it, as a small PDF: the text states
the year's target beside the realisasi the table prints (LKJ-K011)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from tests.generator.indicator_range_targets import indicator_table
from tests.generator.render_pdf import CAPTION, CELL

PLAN_INDICATOR = "Tingkat kesesuaian perencanaan pembangunan daerah"


def text_target_pdf(path: Path, stated_target: str) -> Path:
    """A Pengukuran Kinerja table (target 85, realisasi 87,50) and the chapter's retelling:
    "dari target … tahun 2022 sebesar {stated_target} telah terealisasi sebesar 87,50%",
    then the plan's end target, which is another figure."""
    story = [Paragraph("LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2022", CAPTION), Spacer(1, 0.3 * cm),
             *indicator_table("Tabel 3.2. Pengukuran Kinerja Tahun 2022",
                     [(PLAN_INDICATOR, "Persen", "85", "87,50", "102,94")]),
             Paragraph(f"Pada indikator {PLAN_INDICATOR.lower()}, dari target yang ditentukan pada tahun 2022 "
                       f"sebesar {stated_target} telah terealisasi sebesar 87,50%. Hal ini berarti target telah "
                       "terlampaui.", CELL),
             Paragraph(f"Sedangkan untuk {PLAN_INDICATOR.lower()}, target pada akhir Renstra sebesar 90% dan "
                       "telah tercapai 87,50%.", CELL)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path
