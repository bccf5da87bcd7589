"""The generator makes what it claims: clean reports break no relation; each defect
breaks its own rule's relation and none outside its `also` set (checked on the model,
independently of lkjip)."""

from __future__ import annotations

import pytest

from lkjip.numbers import words_to_number
from tests.generator.build import Case, clean_cases, defect_cases, report_for
from tests.generator.defects import DEFECTS
from tests.generator.model import LAYOUTS, consistent_report
from tests.generator.oracle import violations

SEEDS = range(1, 6)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("seed", SEEDS)
def test_generator_clean_report_breaks_nothing(layout: str, seed: int) -> None:
    report = consistent_report(seed, layout)  # type: ignore[arg-type]
    assert violations(report) == set()
    assert words_to_number(report.narrative.anggaran_words) == report.total_line().anggaran
    assert len({b.name for b in report.budget}) == len(report.budget)


def test_generator_is_deterministic() -> None:
    assert consistent_report(3, "rowwise") == consistent_report(3, "rowwise")
    assert consistent_report(3, "rowwise") != consistent_report(4, "rowwise")


@pytest.mark.parametrize("defect", DEFECTS, ids=lambda d: d.name)
@pytest.mark.parametrize("seed", SEEDS)
def test_generator_defect_breaks_its_rule_only(defect, seed: int) -> None:
    for layout in LAYOUTS:
        clean = consistent_report(seed, layout)
        if not defect.applies(clean):
            continue
        broken = violations(report_for(Case("pdf", layout, seed, defect)))
        assert defect.rule in broken, f"{defect.name} did not break {defect.rule}"
        assert broken <= {defect.rule} | defect.also, f"{defect.name} also broke {broken - {defect.rule} - defect.also}"


def test_generator_covers_every_defect_in_some_layout() -> None:
    names = {c.defect.name for c in defect_cases(("pdf",), (1,)) if c.defect}
    assert names == {d.name for d in DEFECTS}
    assert len(clean_cases(("pdf",), (1,))) == len(LAYOUTS)
