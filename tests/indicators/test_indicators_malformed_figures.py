"""A realisasi printed with malformed digit groups ("464.71,75") in one table and well
formed ("464.971,75") in another is reported by LKJ-K002 as a warning; the same digits with
a slipped separator, or digits far from the other figure, are left alone."""

from __future__ import annotations

from lkjip.checks.indicators.k002_realisasi_differs import RealisasiDiffers
from lkjip.checks.indicators.malformed_figures import (
    MALFORMED_NUMERAL,
    malformed_digits,
    misprint_of,
)
from tests.indicators.test_indicators_rules import doc, row, run

NAME = "Jumlah PMKS yang ditangani (Masyarakat Korban Bencana)"


def _tables(malformed: str) -> list:
    return [row("t1", "pengukuran_kinerja", NAME, "1%", "464.971,75 Orang", page=52),
            row("t2", "pengukuran_kinerja", NAME, "1%", malformed, page=59),
            row("t3", "pengukuran_kinerja", NAME, "1%", "464.971,75", page=60)]


def test_malformed_digits_of_a_numeral_that_could_not_be_read() -> None:
    assert malformed_digits("464.71,75", None) == "4647175"
    assert malformed_digits("464.71,75 Orang", None) == "4647175"
    assert malformed_digits("464.971,75", 464971.75) is None  # read: not malformed
    assert malformed_digits("1% dari penduduk", None) is None  # not a numeral
    assert misprint_of("4647175", "464.971,75 orang")
    assert not misprint_of("46497175", "464.971,75")  # the same digits: a separator slip only
    assert not misprint_of("1287", "464.971,75")


def test_a_malformed_realisasi_is_set_beside_the_well_formed_one() -> None:
    (f,) = run(RealisasiDiffers, doc(*_tables("464.71,75")))
    assert f.severity == "warning"
    malformed = f.evidence[0]
    assert malformed.value is None and malformed.cell.text == "464.71,75"
    assert MALFORMED_NUMERAL in malformed.cell.inferred
    assert sorted(e.cell.page for e in f.evidence[1:]) == [52, 60]
    assert "464.71,75" in f.text("en") and "464.971,75" in f.text("id")


def test_a_slipped_separator_or_another_figure_is_left_alone() -> None:
    assert run(RealisasiDiffers, doc(*_tables("464.971.75"))) == []  # same digits
    assert run(RealisasiDiffers, doc(*_tables("12.30,5"))) == []  # another figure
