"""One indicator worded two ways in two tables under one sasaran (a trailing qualifier
"sesuai kompetensi", or the same words reordered with another form of one word) is one
indicator, joined in doubt: a contradiction between the two is a warning. Another word,
another sasaran, or a table printing both names keeps them apart."""

from __future__ import annotations

from lkjip.checks.indicators.common import indicator_groups
from lkjip.checks.indicators.k001_target_differs import TargetDiffers
from lkjip.checks.indicators.k009_capaian_differs import CapaianDiffers
from lkjip.checks.indicators.name_variants import (
    NAME_VARIANT,
    joined_by_variant,
    name_variants,
    variant_kind,
)
from lkjip.records import IndicatorRow
from tests.indicators.test_indicators_rules import doc, row, run

SASARAN = "Mewujudkan SDM aparatur, sarana dan prasarana yang handal"
SHORT = "Jumlah SDM Aparatur yang bersertifikat di Bidang Pelayanan"
QUALIFIED = SHORT + " sesuai kompetensi"
REORDERED_A = "Persentase SDM Jasa Konstruksi yang bersertikat"  # a typo as printed
REORDERED_B = "Persentase sertifikasi SDM Jasa Konstruksi"


def _with(r: IndicatorRow, context: str | None) -> IndicatorRow:
    r.context = context
    return r


def _measured(name: str, context: str | None = SASARAN, table: str = "t1") -> IndicatorRow:
    return _with(row(table, "pengukuran_kinerja", name, "40", "65", page=42, capaian="162,50"), context)


def _capaian_only(name: str, context: str | None, table: str = "t2") -> IndicatorRow:
    return _with(row(table, "pengukuran_kinerja", name, page=47, capaian="185,71"), context)


def test_names_that_are_wordings_of_one_indicator() -> None:
    assert name_variants(SHORT, QUALIFIED)
    assert name_variants(REORDERED_A, REORDERED_B)


def test_names_of_other_indicators() -> None:
    assert not name_variants("Jumlah dokumen", "Jumlah dokumen perencanaan")  # too short to qualify
    assert not name_variants(SHORT, SHORT.replace("Pelayanan", "Perencanaan"))  # another word
    assert not name_variants(SHORT, SHORT + " teknis dan struktural yang berjenjang tiap tahun")  # too long an addition
    assert not name_variants(REORDERED_B, REORDERED_B.replace("sertifikasi", "pelatihan"))
    assert not name_variants(SHORT, SHORT)  # the same name is identity's


def test_a_qualified_wording_under_the_same_sasaran_is_joined_in_doubt() -> None:
    # The sasaran is reworded too ("Mewujudkan" / "Terwujudnya"): a word apart.
    a = _measured(SHORT)
    b = _capaian_only(QUALIFIED, SASARAN.replace("Mewujudkan", "Terwujudnya"))
    (group,) = indicator_groups(doc(a, b))
    joined = next(r for r in group if r.indikator == QUALIFIED)
    assert NAME_VARIANT in joined.cells["capaian"].inferred
    assert NAME_VARIANT not in b.cells["capaian"].inferred  # the document's rows are left as read
    (f,) = run(CapaianDiffers, doc(a, b))
    assert f.severity == "warning" and sorted(e.value for e in f.evidence) == [162.5, 185.71]


def test_a_reordered_wording_is_joined() -> None:
    context = "Meningkatnya kemampuan dan ketertiban penyelenggaraan jasa konstruksi"
    a = _measured(REORDERED_A, context)
    b = _capaian_only(REORDERED_B, context.replace("konstruksi", "konstruiksi"))
    (f,) = run(CapaianDiffers, doc(a, b))
    assert f.severity == "warning"


def test_another_sasaran_or_no_sasaran_keeps_them_apart() -> None:
    a = _measured(SHORT)
    other = _capaian_only(QUALIFIED, "Meningkatnya kualitas pelayanan publik kepada masyarakat")
    assert run(CapaianDiffers, doc(a, other)) == []
    assert run(CapaianDiffers, doc(_measured(SHORT, None), _capaian_only(QUALIFIED, None))) == []


def test_a_name_after_its_kegiatan_label_and_one_word_form_apart_is_joined_without_sasaran() -> None:
    # One table prints "Kegiatan …: indicator" (no sasaran column), the other the
    # indicator under its sasaran; "terbangun" / "dibangun" are forms of one word.
    name = "Meningkatnya Panjang Saluran Drainase/Gorong-gorong yang dibangun."
    labelled = "Kegiatan Pengelolaan Sistem Drainase: " + name.replace("dibangun.", "terbangun")
    a = _with(row("t1", "pengukuran_kinerja", labelled, "2,57 km", "2,57 km", page=50), None)
    b = _with(row("t2", "pengukuran_kinerja", name, "2,5 km", "2,5 km", page=55), "Terbangunnya Saluran Drainase")
    assert variant_kind(labelled, name) == "word_form"
    (f,) = run(TargetDiffers, doc(a, b))
    assert f.severity == "warning" and sorted(e.value for e in f.evidence) == [2.5, 2.57]


def test_a_label_on_both_names_or_a_short_name_needs_more() -> None:
    name = "Persentase laporan keuangan yang tersusun"
    assert variant_kind("Kegiatan A: " + name, "Kegiatan B: " + name) is None  # two kegiatan's indicators
    # A short name, one form apart, and no sasaran: not enough to pair them.
    a = _with(row("t1", "pengukuran_kinerja", "Jumlah laporan yang tersusun", "4", "4", page=3), None)
    b = _with(row("t2", "pengukuran_kinerja", "Jumlah laporan yang disusun", "5", "5", page=9), None)
    assert run(TargetDiffers, doc(a, b)) == []


def test_a_table_printing_both_names_keeps_them_apart() -> None:
    a, b = _measured(SHORT), _measured(QUALIFIED)
    assert joined_by_variant([[a], [b]]) == [[a], [b]]


def test_two_candidate_wordings_join_neither() -> None:
    a = _measured(SHORT)
    b = _capaian_only(QUALIFIED, SASARAN, table="t2")
    c = _capaian_only(SHORT + " sesuai standar", SASARAN, table="t3")
    assert joined_by_variant([[a], [b], [c]]) == [[a], [b], [c]]


def test_word_forms_and_other_words() -> None:
    assert variant_kind("Persentase peningkatan panjang saluran terbangun baru",
                        "Persentase peningkatan panjang saluran dibangun baru") == "word_form"
    # Productivity is not production; a gloss in parentheses is not a qualifier's place.
    assert variant_kind("Persentase peningkatan produktivitas rata-rata komoditas strategis",
                        "Persentase peningkatan produksi rata-rata komoditas strategis") is None
    assert variant_kind("Pemberdayaan perempuan melalui Program PEKKA (Jumlah Desa)",
                        "Pemberdayaan perempuan melalui Program PEKKA / Jumlah Kelompok PEKKA") is None
    assert variant_kind("Persentase luas lahan perkebunan terhadap luas wilayah (%)",
                        "Persentase luas lahan perkebunan terhadap luas wilayah") is None


def test_a_name_printed_under_several_kegiatan_labels_keeps_its_label() -> None:
    # One table prints the same indicator under two kegiatan: the label tells them apart.
    name = "Terlaksananya penyediaan prasarana penyelenggaraan pelayanan publik"
    a = _with(row("t1", "pengukuran_kinerja", "Kegiatan Administrasi Umum: " + name, "100%", "100%", page=49), None)
    b = _with(row("t1", "pengukuran_kinerja", "Kegiatan Pengadaan Barang: " + name + "n", "100%", "100%", page=50),
              None)
    c = _with(row("t2", "pengukuran_kinerja", name.replace("Terlaksananya", "Terlaksanya"), "1 paket", "1 paket",
                  page=52), "Meningkatnya layanan administrasi kesekretariatan")
    assert joined_by_variant([[a], [b], [c]]) == [[a], [b], [c]]
