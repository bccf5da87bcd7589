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
