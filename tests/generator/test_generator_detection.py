"""Every injected defect is found by the rule meant for it; a clean generated report
gets no error-level finding.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip.checks import load_rules
from tests.generator.build import Case, clean_cases, defect_cases
from tests.generator.harness import run_case

FORMATS = ("pdf", "docx")
SEEDS = (1,)  # one fixed seed per layout and format keeps this suite to seconds
_REGISTERED = set(load_rules())


def _param(case: Case) -> object:
    return pytest.param(case, id=case.id)


def test_generator_every_defect_targets_a_registered_rule() -> None:
    rules = {c.defect.rule for c in defect_cases(FORMATS, SEEDS) if c.defect}
    assert rules, "the generator injects no defect"
    assert rules <= _REGISTERED, f"defects aimed at unregistered rules: {sorted(rules - _REGISTERED)}"


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("generated")


@pytest.mark.parametrize("case", [_param(c) for c in clean_cases(FORMATS, SEEDS)])
def test_generator_clean_document_has_no_error(case: Case, out_dir: Path) -> None:
    result = run_case(case, out_dir)
    assert result.status == "ok", f"{case.id}: {result.status}"
    errors = [f"{f.rule}: {f.message['en']}" for f in result.errors()]
    assert not errors, f"{case.id}: error-level findings on a consistent document:\n" + "\n".join(errors)


@pytest.mark.parametrize("case", [_param(c) for c in defect_cases(FORMATS, SEEDS)])
def test_generator_defect_is_found_by_its_rule(case: Case, out_dir: Path) -> None:
    assert case.defect is not None
    result = run_case(case, out_dir)
    assert result.status == "ok", f"{case.id}: {result.status}"
    fired = sorted(result.rules_fired)
    assert case.defect.rule in result.rules_fired, \
        f"{case.id}: {case.defect.description}; expected {case.defect.rule}, got {fired or 'no finding'}"
