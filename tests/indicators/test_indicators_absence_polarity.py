"""Polarity of an indicator that counts the absence of something bad ("wilayah bebas
banjir"): more is better, though the bad word alone says lower."""

from __future__ import annotations

from lkjip.checks.indicators.k004_capaian_arithmetic import CapaianArithmetic
from lkjip.checks.indicators.polarity import polarity_of
from tests.indicators.test_indicators_capaian import doc, measured, run


def test_a_bad_thing_named_after_bebas_or_tanpa_is_higher_is_better() -> None:
    assert polarity_of("Persentase wilayah bebas banjir")[0] == "higher"
    assert polarity_of("Persentase desa terbebas dari buta aksara")[0] == "higher"
    assert polarity_of("Jumlah kecamatan tanpa kasus gizi buruk")[0] == "higher"
    # The bad word alone still says lower is better.
    assert polarity_of("Luas genangan banjir")[0] == "lower"
    assert polarity_of("Persentase kasus gizi buruk")[0] == "lower"


def test_k004_warns_on_a_free_of_indicator_computed_lower_is_better() -> None:
    # 80 / 80,53 × 100 = 99,34: the inverse formula of a lower-is-better indicator, while
    # "bebas banjir" counts the area free of floods (80,53 / 80 × 100 = 100,66).
    (f,) = run(CapaianArithmetic, doc(measured("t1", "Persentase wilayah bebas banjir", "80 %", "80,53 %",
                                               "99,34", 3)))
    assert f.severity == "warning"  # the polarity is read from wording
    assert "100,66" in f.text("en") and "bebas banjir" in f.text("en")
    assert {e.cell.page for e in f.evidence} == {3}


def test_k004_passes_a_free_of_indicator_computed_higher_is_better() -> None:
    assert run(CapaianArithmetic, doc(measured("t1", "Persentase wilayah bebas banjir", "80 %", "80,53 %",
                                             "100,66", 3))) == []
    # Without "bebas" the same figures are the lower-is-better convention: nothing to say.
    assert run(CapaianArithmetic, doc(measured("t1", "Persentase wilayah genangan banjir", "80 %", "80,53 %",
                                             "99,34", 3))) == []
