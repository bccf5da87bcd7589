"""A rule that raises on a document is lkjip's fault: LKJ-S004 names it (an error), the
other rules' findings stand, and `check` prints no traceback."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from lkjip.checks import load_rules
from lkjip.cli import app
from tests.conftest import SEED_DOCX

runner = CliRunner()


@pytest.fixture()
def broken_b006(monkeypatch: pytest.MonkeyPatch) -> None:
    def check(self, doc, config) -> Iterator:  # type: ignore[no-untyped-def]
        raise AttributeError("'BudgetRow' object has no attribute 'prior'")
        yield from ()

    monkeypatch.setattr(load_rules()["LKJ-B006"], "check", check)


def test_a_failing_rule_is_reported_and_the_others_still_run(broken_b006: None) -> None:
    result = runner.invoke(app, ["check", str(SEED_DOCX), "-f", "json", "--lang", "en"])
    assert "Traceback" not in result.output
    assert result.exit_code == 1, result.output
    findings = json.loads(result.stdout)["documents"][0]["findings"]
    failed = [f for f in findings if f["rule"] == "LKJ-S004"]
    assert len(failed) == 1 and failed[0]["severity"] == "error"
    assert "LKJ-B006" in failed[0]["message"] and "AttributeError" in failed[0]["message"]
    assert any(f["rule"] == "LKJ-B002" for f in findings)  # the seed's budget total still found


def test_no_failing_rule_no_s004() -> None:
    result = runner.invoke(app, ["check", str(SEED_DOCX), "-f", "json", "--lang", "en"])
    assert not any(f["rule"] == "LKJ-S004" for f in json.loads(result.stdout)["documents"][0]["findings"])
