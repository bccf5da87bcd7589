"""A target the text states beside its realisasi, checked against the tables (LKJ-K011),
on a generated PDF (tests/generator/indicator_text_target)."""

from __future__ import annotations

from pathlib import Path

from lkjip.checks.indicators.k011_text_target import TextTargetDiffers
from lkjip.checks.rule import CheckConfig
from lkjip.extract.readers import read_document
from lkjip.pipeline import records_of
from tests.generator.indicator_text_target import PLAN_INDICATOR, text_target_pdf

CFG = CheckConfig()


def _k011(path: Path) -> list:
    doc = records_of(read_document(path))
    return list(TextTargetDiffers().check(doc, CFG))


def test_k011_text_target_no_table_prints_is_a_warning(tmp_path: Path) -> None:
    (f,) = _k011(text_target_pdf(tmp_path / "t.pdf", "80%"))
    assert f.severity == "warning" and PLAN_INDICATOR in f.text("en")
    assert [e.value for e in f.evidence] == [80.0, 85.0]


def test_k011_the_tables_target_and_the_plans_end_target_pass(tmp_path: Path) -> None:
    assert _k011(text_target_pdf(tmp_path / "t.pdf", "85%")) == []
