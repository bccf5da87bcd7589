"""Every rule speaks both languages: distinct English and Indonesian titles, and findings
(on the seed) whose messages differ between the two."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from lkjip.checks import load_rules
from lkjip.checks.runner import run_checks
from lkjip.cli import app


def test_every_rule_has_distinct_english_and_indonesian_titles() -> None:
    catalogue = load_rules()
    if not catalogue:
        pytest.skip("no rules registered yet")
    for code, cls in catalogue.items():
        assert set(cls.title) == {"en", "id"}, code
        assert cls.title["en"].strip() and cls.title["id"].strip(), code
        assert cls.title["en"].strip().lower() != cls.title["id"].strip().lower(), code
        assert cls.description().strip(), code


def test_seed_findings_have_distinct_messages(seed_extraction) -> None:
    findings = run_checks(seed_extraction)
    if not findings:
        pytest.skip("no findings on the seed yet")
    for f in findings:
        assert f.message["en"].strip() and f.message["id"].strip(), f.rule
        assert f.message["en"] != f.message["id"], f.rule
        assert f.title_text("en") != f.title_text("id"), f.rule


def test_rules_json_lists_the_real_catalogue() -> None:
    result = CliRunner().invoke(app, ["rules", "--format", "json"])
    assert result.exit_code == 0
    rules = json.loads(result.stdout)
    catalogue = load_rules()
    assert [r["code"] for r in rules] == list(catalogue)
    for r in rules:
        assert r["title"] == catalogue[r["code"]].title["id"]  # default language: Indonesian
        assert r["severity"] in ("error", "warning", "info") and r["description"]
