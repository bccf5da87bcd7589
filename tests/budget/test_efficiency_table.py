"""The efficiency table (Efisiensi Penggunaan Sumber Daya): indicators with their targets and
the budget spent on each; the indicator names the budget line, the table is no Renja plan."""

from __future__ import annotations

from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.numbers import NumberStyle
from tests.budget.test_budget_extract import source, table


def test_indicators_name_the_lines_of_an_efficiency_table() -> None:
    t = [["No", "Indikator Kinerja", "Sat", "Tahun 2016", "", "Anggaran (Rp.)", "Realisasi Anggaran (%)",
          "Tingkat Efisiensi"],
         ["", "", "", "Target", "Realisasi", "", "", ""],
         ["Sasaran ke-1 : Meningkatnya perkembangan industri", "", "", "", "", "", "", ""],
         ["1", "Peningkatan Jumlah unit usaha IKM", "Unit", "202,955", "203,440", "4,775,000,000", "81.23", "18.77"],
         ["2", "Peningkatan Nilai Produksi IKM", "%", "15", "1,309", "8,729,557,200", "79.01", "20.99"]]
    rows = budget_rows(source([table(t)]), NumberStyle.US)
    assert [(r.name, r.anggaran, r.persen, r.realisasi) for r in rows] == [
        ("Peningkatan Jumlah unit usaha IKM", 4_775_000_000, 81.23, None),
        ("Peningkatan Nilai Produksi IKM", 8_729_557_200, 79.01, None)]


def test_an_indicator_plan_with_a_pagu_stays_unread() -> None:
    t = [["No", "Indikator Kinerja", "Sat", "Target 2016", "Pagu (Rp.)"],
         ["1", "Peningkatan Jumlah unit usaha IKM", "Unit", "202,955", "4,775,000,000"],
         ["2", "Peningkatan Nilai Produksi IKM", "%", "15", "8,729,557,200"]]
    assert budget_rows(source([table(t)]), NumberStyle.US) == []
