"""A long header word printed a letter off ("REALISAS 2021") names its column all the
same; "Pagu Indikatif" (two letters from "indikator") stays money."""

from __future__ import annotations

from lkjip.extract.interpret.indicators.header_columns import _role


def test_a_header_word_a_letter_off_names_its_column() -> None:
    assert _role("realisas 2021") == "realisasi"
    assert _role("indikatr kinerja") == "indikator"
    assert _role("pagu indikatif") == "anggaran"
