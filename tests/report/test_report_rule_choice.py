"""Rule selection never passes silently: an unknown code is a usage error with the nearest
code, and a run of only some rules says which ran and why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lkjip.checks.runner import unknown_patterns
from lkjip.cli import app
from lkjip.records import Extraction

runner = CliRunner()


@pytest.fixture()
def draft(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    # Reading is stubbed: these tests are about the rule choice, not about a document.
    monkeypatch.setattr("lkjip.pipeline.extract", lambda path, limits=None, on_progress=None: Extraction(
        file=str(path), sha256="0" * 64, kind="pdf", pages=1))
    monkeypatch.chdir(tmp_path)
    doc = tmp_path / "draft.pdf"
    doc.write_bytes(b"%PDF-1.4 stub")
    return doc


@pytest.mark.parametrize(("typed", "nearest"), [
    ("LKJ-BOO1", "LKJ-B001"), ("K0O1", "K001"), ("LKJ-Z", "LKJ-Y"), ("LKJ-B0001", "LKJ-B001"),
])
def test_unknown_code_suggests_the_nearest(typed: str, nearest: str) -> None:
    assert unknown_patterns([typed]) == [(typed, nearest)]


def test_known_codes_prefixes_and_case_are_accepted() -> None:
    assert unknown_patterns(["LKJ-B", "B001", "lkj-k001", "LKJ-Y001", "N", "LKJ"]) == []


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
def test_typo_in_a_flag_is_a_usage_error(draft: Path, flag: str) -> None:
    result = runner.invoke(app, ["check", str(draft), flag, "LKJ-BOO1", "--lang", "en"])
    assert result.exit_code == 2
    assert "LKJ-BOO1" in result.output and "did you mean LKJ-B001?" in result.output
    result = runner.invoke(app, ["check", str(draft), flag, "LKJ-B001,LKJ-BOO1"])
    assert result.exit_code == 2 and "maksud Anda LKJ-B001?" in result.output


def test_typo_in_the_settings_file_is_a_usage_error_naming_it(draft: Path) -> None:
    Path("lkjip.toml").write_text('select = ["LKJ-BOO1"]\n')
    result = runner.invoke(app, ["check", str(draft), "--lang", "en"])
    assert result.exit_code == 2
    assert "lkjip.toml (select)" in result.output and "LKJ-B001" in result.output


def test_a_partial_run_says_which_rules_ran_and_why(draft: Path) -> None:
    result = runner.invoke(app, ["check", str(draft), "--select", "LKJ-B", "--format", "json", "--lang", "en"])
    assert result.exit_code == 0, result.output
    rules = json.loads(result.stdout)["rules"]
    assert rules["ran"] and all(code.startswith("LKJ-B") for code in rules["ran"])
    assert "LKJ-K001" in rules["not_run"] and rules["chosen_by"] == {"--select": ["LKJ-B"]}
    assert "chosen by --select LKJ-B" in rules["note"]
    text = runner.invoke(app, ["check", str(draft), "--select", "LKJ-B"]).output
    assert "dipilih oleh --select LKJ-B" in text and "LKJ-K001" in text
    full = runner.invoke(app, ["check", str(draft), "--format", "json"])
    assert json.loads(full.stdout)["rules"]["note"] is None  # a full run needs no note
