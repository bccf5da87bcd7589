"""A table of capaian for several years ("Capaian 2015 | Capaian 2016"), with no target
or realisasi, compares the years: a perbandingan_tahunan, not a table of no kind."""

from __future__ import annotations

from lkjip.extract.interpret.indicators.classify import classify_table
from lkjip.extract.interpret.indicators.header_columns import Column, Layout


def test_capaian_of_several_years_is_a_year_comparison() -> None:
    two = Layout([0], [Column(0, "indikator kinerja", "indikator"), Column(1, "capaian 2015", "capaian", 2015),
                       Column(2, "capaian 2016", "capaian", 2016)])
    caption = "Tabel 3.5 Perbandingan Capaian Kinerja Tahun 2015 Dengan Tahun 2016"
    assert classify_table(two, caption, "", False, 2016) == "perbandingan_tahunan"
    one = Layout([0], [Column(0, "indikator kinerja", "indikator"), Column(1, "capaian 2016", "capaian", 2016)])
    assert classify_table(one, caption, "", False, 2016) == "other"
