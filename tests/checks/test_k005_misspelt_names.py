"""LKJ-K005: a name spelled with a slip in one word on one side is one indicator."""

from __future__ import annotations

from lkjip.checks.indicators.misspelt_names import slipped_word
from lkjip.checks.runner import run_checks
from lkjip.numbers.quantity import Quantity
from lkjip.records import Extraction, IndicatorRow

Q = Quantity(text="80", value=80, unit=None, unit_raw=None, note=None, secondary=None, parts=None)


def _doc(pk_names: list[str], measured_names: list[str]) -> Extraction:
    doc = Extraction(file="t.pdf", sha256=None, kind="pdf", pages=20)
    for i, name in enumerate(pk_names):
        doc.indicators.append(IndicatorRow(table="p5-t1", table_kind="perjanjian_kinerja", page=5, row=i + 1,
                                           indikator=name, year=2021, target=Q))
    for i, name in enumerate(measured_names):
        doc.indicators.append(IndicatorRow(table="p9-t1", table_kind="pengukuran_kinerja", page=9, row=i + 1,
                                           indikator=name, year=2021, target=Q, realisasi=Q, capaian=100.0))
    return doc


COMMON = ["Persentase penduduk miskin", "Indeks pembangunan manusia", "Tingkat pengangguran terbuka"]


def _k005(doc: Extraction) -> list:
    return [f for f in run_checks(doc) if f.rule == "LKJ-K005"]


def test_a_slip_in_one_word_is_one_indicator_shown_as_info() -> None:
    doc = _doc([*COMMON, "Indeks ketentraman dan ketertiban masyarakat"],
               [*COMMON, "Indeks ketentraman dan ketertiban masyakarakat"])
    [finding] = _k005(doc)
    assert finding.severity == "info"
    assert '"masyarakat" and "masyakarakat"' in finding.text("en")
    assert {e.cell.page for e in finding.evidence} == {5, 9}


def test_different_words_are_still_a_missing_indicator() -> None:
    doc = _doc([*COMMON, "Indeks kualitas udara daerah"], [*COMMON, "Indeks kualitas lahan daerah"])
    severities = sorted(f.severity for f in _k005(doc))
    assert severities == ["info", "warning"]  # dropped from the measurement, measured beyond the PK


def test_slipped_word_needs_one_long_word_close_to_the_other() -> None:
    assert slipped_word("Jumlah dokumen perencanaan", "Jumlah dokumne perencanaan") == ("dokumen", "dokumne")
    assert slipped_word("Jumlah kasus tahun 2019", "Jumlah kasus tahun 2018") is None  # numbers differ
    assert slipped_word("Indeks kualitas air", "Indeks kualitas udara") is None  # short, another word
    assert slipped_word("Persentase desa mandiri", "Persentase desa berkembang") is None
    assert slipped_word("Jumlah pegawai dilatih", "Jumlah pegawai dilantik") is None  # two words
