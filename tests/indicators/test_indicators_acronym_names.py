"""An indicator named with an acronym in one table ("RSUD") and spelled out in another
("Rumah Sakit Umum Daerah") is one indicator, joined in doubt: a contradiction between the
two is a warning; other words of difference keep indicators apart."""

from __future__ import annotations

from lkjip.checks.indicators.acronym_names import NAME_ACRONYM, joined_by_acronym
from lkjip.checks.indicators.common import indicator_groups
from lkjip.checks.indicators.k002_realisasi_differs import RealisasiDiffers
from tests.indicators.test_indicators_rules import doc, row, run

SHORT = "Persentase RSUD terisi dokter spesialis Penunjang sesuai standar"
LONG = "Persentase Rumah Sakit Umum Daerah terisi dokter spesialis Penunjang sesuai standar"


def test_an_acronym_spelled_out_joins_the_groups_in_doubt() -> None:
    a = row("t1", "pengukuran_kinerja", SHORT, "52,63%", "64,29%", page=34)
    b = row("t2", "perbandingan_tahunan", LONG, "97,36%", "37,5%", page=72)
    (group,) = [g for g in indicator_groups(doc(a, b)) if len(g) == 2]
    joined = next(r for r in group if r.indikator == LONG)
    assert NAME_ACRONYM in joined.cells["realisasi"].inferred
    assert NAME_ACRONYM not in b.cells["realisasi"].inferred  # the document's rows are left as read
    (f,) = run(RealisasiDiffers, doc(a, b))
    assert f.severity == "warning" and sorted(e.value for e in f.evidence) == [37.5, 64.29]


def test_other_words_or_other_initials_stay_apart() -> None:
    a = row("t1", "pengukuran_kinerja", SHORT, "52,63%", "64,29%")
    other = row("t2", "perbandingan_tahunan", LONG.replace("Penunjang", "Dasar"), "97,36%", "37,5%")
    initials = row("t3", "perbandingan_tahunan", LONG.replace("Umum", "Khusus"), "97,36%", "37,5%")
    assert joined_by_acronym([[a], [other], [initials]]) == [[a], [other], [initials]]
    assert run(RealisasiDiffers, doc(a, other, initials)) == []
