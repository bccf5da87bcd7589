"""A capaian column whose heading cell prints its own formula ("Capaian Kinerja Tahun 2016
Thdp PK (4/5)*100%") is still a header row: the digits of the formula name the column,
they are no values (with them the whole header was refused and the table gave no row)."""

from __future__ import annotations

from lkjip.extract.interpret.indicators.header_columns import read_layout
from tests.indicators.test_indicators_table_kind import table


def test_formula_in_a_heading_cell_keeps_the_header() -> None:
    layout = read_layout(table([
        ["No Misi", "Sasaran", "Indikator Kinerja", "Realisasi Tahun 2016",
         "Target Perjanjian Kinerja (PK) Tahun 2016", "Capaian Kinerja Tahun 2016 Thdp PK (4/5)*100%"],
        ["1", "2", "3", "4", "5", "6"],
        ["1.", "Meningkatnya Produksi", "1) Prosentase Peningkatan Produksi", "2,23", "2,30", "96,95"],
    ]))
    assert layout is not None
    assert [c.role for c in layout.columns][3:] == ["realisasi", "target", "capaian"]


def test_a_row_of_values_is_still_no_header() -> None:
    assert read_layout(table([["1.", "Meningkatnya Produksi", "Prosentase", "2,23", "2,30", "96,95"]])) is None


def test_a_heading_starting_at_terhadap_is_the_capaian() -> None:
    # "Capaian" not printed above "Terhadap Indikator Kinerja": the ratio to the target is still the capaian.
    layout = read_layout(table([
        ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target* 2016", "Realisasi** 2016",
         "Terhadap Indikator Kinerja 2016"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
        ["1", "Meningkatnya Produksi", "Jumlah dokumen", "Dokumen", "3", "2", "66,67%"],
    ]))
    assert layout is not None
    assert [c.role for c in layout.columns][4:] == ["target", "realisasi", "capaian"]
