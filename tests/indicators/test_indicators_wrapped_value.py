"""A value wrapped in its narrow cell after its decimal comma ("134,\\n4") is one number,
read joined and marked so: a finding resting on it is a warning."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from lkjip.checks.indicators.k004_capaian_arithmetic import CapaianArithmetic
from lkjip.checks.rule import CheckConfig
from lkjip.extract.interpret.indicators.wrapped_number import REJOINED, rejoined
from lkjip.extract.readers import read_document
from lkjip.pipeline import records_of
from tests.generator.indicator_range_targets import indicator_table


def test_rejoined_only_a_number_broken_after_its_separator() -> None:
    assert rejoined("134,\n4") == "134,4"
    assert rejoined("1.250.\n000") == "1.250.000"
    assert rejoined("12\n4") is None  # two values, not a wrap
    assert rejoined("134,\n4 (poin)") is None


def _rows(path: Path, target: str, capaian: str) -> list:
    SimpleDocTemplate(str(path), pagesize=A4).build(
        indicator_table("Tabel 3.2. Pengukuran Kinerja Tahun 2020",
                        [("Indeks Pertumbuhan Produksi", "Poin", target, "150", capaian)]))
    return records_of(read_document(path)).indicators


def test_wrapped_target_is_read_and_its_capaian_checked_as_a_warning(tmp_path: Path) -> None:
    (row,) = _rows(tmp_path / "w.pdf", "134,<br/>4", "121")  # 150 / 134,4 = 111,61
    assert row.target is not None and row.target.value == 134.4
    assert REJOINED in row.cells["target"].inferred
    doc = records_of(read_document(tmp_path / "w.pdf"))
    (f,) = CapaianArithmetic().check(doc, CheckConfig())
    assert f.severity == "warning"


def test_wrapped_target_with_its_right_capaian_passes(tmp_path: Path) -> None:
    _rows(tmp_path / "ok.pdf", "134,<br/>4", "111,61")
    doc = records_of(read_document(tmp_path / "ok.pdf"))
    assert list(CapaianArithmetic().check(doc, CheckConfig())) == []


def test_a_rates_base_wrapped_is_rejoined_only_as_a_power_of_ten() -> None:
    assert rejoined("89/100.00\n0 KH") == "89/100.000 KH"
    assert rejoined("86,97/100.\n000 KH") == "86,97/100.000 KH"
    assert rejoined("5,8/100\n0 KH") == "5,8/1000 KH"
    assert rejoined("5/100\n7 KH") is None and rejoined("4,1/1000\nKH") is None


def test_a_wrapped_rate_is_read_and_marked(tmp_path: Path) -> None:
    SimpleDocTemplate(str(tmp_path / "r.pdf"), pagesize=A4).build(
        indicator_table("Tabel 4.1 Simpulan Capaian Indikator Kinerja Utama Tahun 2016",
                        [("Ratio kematian ibu", "KH", "89/100.00<br/>0 KH", "86,97/100.000 KH", "102,33")]))
    (row,) = records_of(read_document(tmp_path / "r.pdf")).indicators
    assert row.target is not None and row.target.value == 89 and row.target.unit == "per 100.000"
    assert REJOINED in row.cells["target"].inferred
