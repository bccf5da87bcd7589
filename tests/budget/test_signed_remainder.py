"""LKJ-B006 on a remainder column headed "Lebih / (Kurang)" or "Bertambah / (Berkurang)":
LRA print realisasi minus anggaran there, so that sign is the column's own; any other
value is still an error, and a plain "Sisa" column keeps anggaran minus realisasi."""

from __future__ import annotations

from lkjip.checks.budget.b006_sisa_vs_difference import SisaVsDifference
from lkjip.checks.rule import CheckConfig
from tests.budget.builders import doc, row


def _b006(sisa: str, heading: str) -> list:
    r = row("t", 1, "other", "Belanja Pegawai", anggaran="18.080.510.028,00", realisasi="16.282.853.281,00",
            sisa=sisa)
    r.columns = {"sisa": heading}
    return list(SisaVsDifference().check(doc([r]), CheckConfig(lang="en")))


def test_lebih_kurang_prints_realisasi_minus_anggaran() -> None:
    assert _b006("-1.797.656.747,00", "LEBIH / (KURANG)") == []
    assert _b006("1.797.656.747,00", "BERTAMBAH / (BERKURANG) (Rp)") == []
    (f,) = _b006("-1.797.565.747,00", "LEBIH / (KURANG)")
    assert f.severity == "error"


def test_a_sisa_column_keeps_its_direction() -> None:
    assert _b006("1.797.656.747,00", "SISA ANGGARAN") == []
    assert len(_b006("-1.797.656.747,00", "SISA ANGGARAN")) == 1
