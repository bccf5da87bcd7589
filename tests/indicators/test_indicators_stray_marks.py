"""Value cells with stray marks: a sentence's full stop or an unmatched ")" after the
value ("96,12 %.", "1 paket)"), a count with its period ("6 org / 12 bulan"), and a
target and its unit typed into each other's cells ("Satuan 649 | Target LHM/E")."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from lkjip.checks.certainty import INFERRED
from lkjip.checks.indicators.k004_capaian_arithmetic import CapaianArithmetic
from lkjip.checks.rule import CheckConfig
from lkjip.extract.interpret.indicators.per_period import count_and_period
from lkjip.extract.interpret.indicators.stray_punctuation import without_stray_punctuation
from lkjip.extract.interpret.indicators.swapped_unit import UNIT_SWAPPED, swapped
from lkjip.extract.readers import read_document
from lkjip.pipeline import records_of
from tests.generator.indicator_range_targets import indicator_table


def test_only_a_stop_after_a_unit_or_an_unmatched_bracket_is_stray() -> None:
    assert without_stray_punctuation("96,12 %.") == "96,12 %"
    assert without_stray_punctuation("1\npaket)") == "1\npaket"
    assert without_stray_punctuation("96,12.") is None  # after a digit it may be a separator
    assert without_stray_punctuation("(1 paket)") is None
    assert without_stray_punctuation("Baik.") is None  # no number to read


def test_a_bare_number_under_satuan_beside_a_word_under_target_is_swapped() -> None:
    assert swapped("649", "LHM/E")
    assert swapped("155", "LHP")
    assert not swapped("Persen", "95")
    assert not swapped("LHP", "155")
    assert UNIT_SWAPPED in INFERRED


def _rows(path: Path, rows: list[tuple[str, str, str, str, str]]) -> list:
    SimpleDocTemplate(str(path), pagesize=A4).build(indicator_table("Tabel 3.2. Pengukuran Kinerja Tahun 2021", rows))
    return records_of(read_document(path)).indicators


def test_values_ending_in_stray_punctuation_are_read(tmp_path: Path) -> None:
    rows = _rows(tmp_path / "p.pdf", [
        ("Persentase luas bangunan di wilayah strategis", "%", "96,12 %", "96,12 %.", "100 %"),
        ("Terlaksananya penyediaan prasarana pelayanan publik", "paket", "1<br/>paket)", "1<br/>paket)", "100%"),
    ])
    assert [(r.target.value, r.realisasi.value) for r in rows] == [(96.12, 96.12), (1, 1)]


def test_a_swapped_target_is_read_and_checked_only_as_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "s.pdf"
    (row,) = _rows(path, [("Jumlah LHP yang diterbitkan", "155", "LHP", "150", "90")])  # 150/155 = 96,77
    assert row.target is not None and (row.target.value, row.target.unit) == (155, "lhp")
    assert UNIT_SWAPPED in row.cells["target"].inferred
    (f,) = CapaianArithmetic().check(records_of(read_document(path)), CheckConfig())
    assert f.severity == "warning"


def test_a_count_over_a_period_is_the_count() -> None:
    assert count_and_period("6 org / 12 bulan") == ("6 org", "12 bulan")
    assert count_and_period("2 kali / tahun") == ("2 kali", "tahun")
    assert count_and_period("6 / 12") is None  # a ratio, not a count over a period
    assert count_and_period("100 % / tahun") is None


def test_a_target_printed_with_its_period_is_read(tmp_path: Path) -> None:
    (row,) = _rows(tmp_path / "c.pdf", [("Honor tenaga outsourcing datacenter", "org", "6 org / 12 bulan",
                                         "6 org / 12 bulan", "100")])
    assert row.target is not None and (row.target.value, row.target.note) == (6, "12 bulan")
