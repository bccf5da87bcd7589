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


def test_years_name_the_lines_of_an_efficiency_table_without_names() -> None:
    # "Tingkat Efisiensi Anggaran Terhadap Capaian Sasaran": one line per year, the spending
    # planned ("Target Belanja") is the budget; Efisiensi is no share of it.
    t = [["Tahun", "Target Belanja Sasaran (Rp)", "Realisasi Belanja Sasaran (Rp)", "Persentase (%)",
          "Efisiensi (%)"],
         ["2022", "61.564.550,00", "124.876.014,00", "0,59", "0,72"]]
    rows = budget_rows(source([table(t)]), NumberStyle.ID)
    assert [(r.name, r.anggaran, r.realisasi, r.persen) for r in rows] == \
        [("2022", 61_564_550, 124_876_014, 0.59)]


def test_a_year_column_beside_a_named_line_does_not_name_it() -> None:
    t = [["Program", "Tahun", "Anggaran (Rp)"],
         ["Program Kepegawaian Daerah", "2022", "1.474.299.550"]]
    rows = budget_rows(source([table(t)]), NumberStyle.ID)
    assert [(r.name, r.anggaran) for r in rows] == [("Program Kepegawaian Daerah", 1_474_299_550)]


def test_a_year_column_of_an_indicator_table_names_no_budget_line() -> None:
    # No money column: "Tahun | Target | Realisasi | Capaian" of an indicator stays unread.
    t = [["Tahun", "Target", "Realisasi", "Capaian (%)"],
         ["2022", "90,00", "82,06", "91,17"]]
    assert budget_rows(source([table(t)]), NumberStyle.ID) == []
