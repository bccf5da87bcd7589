"""A "TARGET AKHIR RENSTRA" column in a report on an earlier year of the plan is the plan's
target for its last year: read under that year (in doubt), it meets the lampiran's Renstra
table's target for the same year, and the capaian printed against it is checked (a warning). A plan period cited that does not hold the report's year
(a ministry's older Renstra) does not hide the report's own plan."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lkjip.checks.indicators.k001_target_differs import TargetDiffers
from lkjip.checks.indicators.k004_capaian_arithmetic import CapaianArithmetic
from lkjip.checks.rule import CheckConfig
from lkjip.extract.readers import read_document
from lkjip.pipeline import records_of
from tests.generator.render_pdf import BODY, CAPTION, CELL, CELL_HEAD

# (indikator, target 2016, realisasi, capaian, target akhir, capaian thd akhir); Renstra 2018 targets.
# PHBS prints 86,5 against the end target where 56,03 / 65 gives 86,2; TB's 69,66 is right.
MEASURED = [("Persentase rumah tangga ber-PHBS", "55%", "56,03%", "101,87", "65%", "86,5%"),
            ("Angka Keberhasilan Pengobatan TB", "86%", "62%", "72,09", "89%", "69,66%")]
RENSTRA_2018 = {"Persentase rumah tangga ber-PHBS": "60%", "Angka Keberhasilan Pengobatan TB": "89%"}


def _grid(rows: list[list[str]], widths: list[float]) -> Table:
    table = Table([[Paragraph(v, CELL_HEAD if r == 0 else CELL) for v in row] for r, row in enumerate(rows)],
                  colWidths=[w * cm for w in widths])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _report(path: Path) -> Path:
    measured = [["NO", "INDIKATOR", "TARGET", "REALISASI", "% REALISASI", "TARGET AKHIR RENSTRA",
                 "CAPAIAN TAHUN 2016 TERHADAP TARGET AKHIR RENSTRA (%)"]]
    measured += [[str(i), *row] for i, row in enumerate(MEASURED, 1)]
    renstra = [["NO", "INDIKATOR KINERJA", "TARGET 2014", "TARGET 2015", "TARGET 2016", "TARGET 2017", "TARGET 2018"]]
    renstra += [[str(i), name, "50%", "52%", "55%" if "PHBS" in name else "86%", "58%", t]
                for i, (name, t) in enumerate(RENSTRA_2018.items(), 1)]
    story = [Paragraph("LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2016", CAPTION), Spacer(1, 0.3 * cm),
             Paragraph("Laporan ini disusun berdasarkan Rencana Strategis Dinas Tahun 2013 - 2018. Kebijakan "
                       "nasional mengacu pada Rencana Strategis Kementerian Kesehatan Tahun 2010 - 2014.", BODY),
             Spacer(1, 0.3 * cm), Paragraph("Tabel 3.1 Pengukuran Kinerja Tahun 2016", CAPTION), Spacer(1, 0.2 * cm),
             _grid(measured, [1, 6, 2.2, 2.2, 2.2, 3, 4.5]), PageBreak(),
             Paragraph("RENCANA STRATEGIS (RENSTRA) TAHUN 2013 - 2018", CAPTION), Spacer(1, 0.2 * cm),
             _grid(renstra, [1, 7, 2.5, 2.5, 2.5, 2.5, 2.5])]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path


def test_the_end_target_is_the_plans_target_for_its_last_year(tmp_path: Path) -> None:
    doc = records_of(read_document(_report(tmp_path / "r.pdf")))
    measured = [r for r in doc.indicators if r.page == 1]
    assert len(measured) == 2
    for row in measured:
        assert row.target is not None and row.target.value in (55, 86)  # the year's own target stays
        end = row.target_by_year[2018]
        assert end.value in (65, 89) and row.end_year == 2018 and row.capaian_end in (86.5, 69.66)
        assert "measure_uncertain" in row.cells["target_2018"].inferred
    found = [f for f in TargetDiffers().check(doc, CheckConfig()) if "2018" in f.message["en"]]
    assert len(found) == 1 and "PHBS" in found[0].message["en"]
    assert found[0].severity != "error"
    assert sorted(e.value for e in found[0].evidence) == [60, 65]


def test_the_capaian_against_the_end_target_is_checked_in_doubt(tmp_path: Path) -> None:
    doc = records_of(read_document(_report(tmp_path / "r.pdf")))
    found = [f for f in CapaianArithmetic().check(doc, CheckConfig()) if "target akhir" in f.message["en"]]
    assert len(found) == 1 and "PHBS" in found[0].message["en"] and "86,2" in found[0].message["en"]
    assert found[0].severity == "warning"
