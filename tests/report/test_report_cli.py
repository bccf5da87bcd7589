"""`lkjip check` options CI relies on: --select/--ignore, --fail-on, settings files and their
precedence, --format/--output, and `lkjip rules --format json`.

A small stand-in catalogue (one rule per severity, never registered globally) makes these
tests independent of which real rules exist; reading is stubbed, nothing here parses a PDF.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from lkjip.checks.finding import Finding
from lkjip.checks.rule import CheckConfig, Rule
from lkjip.cli import app
from lkjip.records import Extraction

runner = CliRunner()


class _Stub(Rule):
    """Stand-in rule: one finding on every document."""

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        yield self.finding(f"{self.code} in English, tolerance {config.rupiah_tolerance:g}",
                           f"{self.code} dalam bahasa Indonesia, toleransi {config.rupiah_tolerance:g}", [])


class T001(_Stub):
    """Errors."""

    code, severity = "LKJ-T001", "error"
    title: ClassVar[dict[str, str]] = {"en": "Stub error", "id": "Galat tiruan"}


class T002(_Stub):
    """Warnings."""

    code, severity = "LKJ-T002", "warning"
    title: ClassVar[dict[str, str]] = {"en": "Stub warning", "id": "Peringatan tiruan"}


class U001(_Stub):
    """Notes."""

    code, severity = "LKJ-U001", "info"
    title: ClassVar[dict[str, str]] = {"en": "Stub note", "id": "Catatan tiruan"}


STUBS: dict[str, type[Rule]] = {"LKJ-T001": T001, "LKJ-T002": T002, "LKJ-U001": U001}


@pytest.fixture()
def stub_catalogue(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setattr("lkjip.checks.runner.load_rules", lambda: dict(STUBS))
    monkeypatch.setattr("lkjip.results.load_rules", lambda: dict(STUBS))
    monkeypatch.setattr("lkjip.pipeline.extract", lambda path, limits=None, on_progress=None: Extraction(
        file=str(path), sha256="0" * 64, kind="pdf", pages=1))
    monkeypatch.chdir(tmp_path)  # no stray lkjip.toml/pyproject.toml from the repo
    doc = tmp_path / "draft.pdf"
    doc.write_bytes(b"%PDF-1.4 stub")
    return doc


def _rules(result) -> list[str]:
    payload = json.loads(result.stdout)
    return [f["rule"] for d in payload["documents"] for f in d["findings"]]


def _check(doc: Path, *args: str):
    return runner.invoke(app, ["check", str(doc), "--format", "json", *args])


@pytest.mark.parametrize(("args", "expected"), [
    ([], ["LKJ-T001", "LKJ-T002", "LKJ-U001"]),
    (["--select", "LKJ-T"], ["LKJ-T001", "LKJ-T002"]),
    (["--select", "T002"], ["LKJ-T002"]),
    (["--select", "LKJ-T001,U"], ["LKJ-T001", "LKJ-U001"]),
    (["--select", "LKJ-T001", "--select", "LKJ-U001"], ["LKJ-T001", "LKJ-U001"]),
    (["--ignore", "LKJ-T"], ["LKJ-U001"]),
    (["--ignore", "T001"], ["LKJ-T002", "LKJ-U001"]),
    (["--select", "LKJ-T", "--ignore", "LKJ-T002"], ["LKJ-T001"]),
])
def test_select_and_ignore(stub_catalogue: Path, args: list[str], expected: list[str]) -> None:
    result = _check(stub_catalogue, *args)
    assert result.exit_code in (0, 1), result.output
    assert _rules(result) == expected


@pytest.mark.parametrize(("select", "fail_on", "code"), [
    ("LKJ-U001", "error", 0), ("LKJ-U001", "warning", 0), ("LKJ-U001", "info", 1),
    ("LKJ-T002", "error", 0), ("LKJ-T002", "warning", 1), ("LKJ-T001", "error", 1),
])
def test_fail_on(stub_catalogue: Path, select: str, fail_on: str, code: int) -> None:
    result = _check(stub_catalogue, "--select", select, "--fail-on", fail_on)
    assert result.exit_code == code, result.output


def test_default_fail_on_is_error(stub_catalogue: Path) -> None:
    assert _check(stub_catalogue, "--select", "LKJ-T002").exit_code == 0
    assert _check(stub_catalogue, "--select", "LKJ-T001").exit_code == 1


def test_lkjip_toml_sets_defaults_and_flags_win(stub_catalogue: Path) -> None:
    Path("lkjip.toml").write_text('select = ["LKJ-U"]\nfail-on = "info"\nlang = "en"\nrupiah-tolerance = 1000\n')
    result = _check(stub_catalogue)
    assert result.exit_code == 1 and _rules(result) == ["LKJ-U001"]
    message = json.loads(result.stdout)["documents"][0]["findings"][0]["message"]
    assert message == "LKJ-U001 in English, tolerance 1000"
    # Each flag beats its setting.
    assert _check(stub_catalogue, "--fail-on", "error").exit_code == 0
    assert _rules(_check(stub_catalogue, "--select", "LKJ-T001")) == ["LKJ-T001"]
    result = _check(stub_catalogue, "--lang", "id")
    assert json.loads(result.stdout)["documents"][0]["findings"][0]["message"].startswith("LKJ-U001 dalam")


def test_pyproject_tool_table_and_lkjip_toml_precedence(stub_catalogue: Path) -> None:
    Path("pyproject.toml").write_text('[project]\nname = "drafts"\n\n[tool.lkjip]\nignore = ["LKJ-T"]\nlang = "en"\n')
    result = _check(stub_catalogue)
    assert _rules(result) == ["LKJ-U001"] and json.loads(result.stdout)["lang"] == "en"
    Path("lkjip.toml").write_text('ignore = ["LKJ-U"]\n')  # lkjip.toml is read instead
    result = _check(stub_catalogue)
    assert _rules(result) == ["LKJ-T001", "LKJ-T002"] and json.loads(result.stdout)["lang"] == "id"


def test_explicit_config_and_format_setting(stub_catalogue: Path, tmp_path: Path) -> None:
    cfg = tmp_path / "ci" / "lkjip-ci.toml"
    cfg.parent.mkdir()
    cfg.write_text('format = "github"\nselect = ["LKJ-T001"]\n')
    result = runner.invoke(app, ["check", str(stub_catalogue), "--config", str(cfg)])
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=") and "LKJ-T001" in result.stdout


@pytest.mark.parametrize("content", ['fail_on = "never"\n', 'colour = "red"\n', "select = 3\n",
                                     "rupiah-tolerance = -1\n", "not toml = = =\n"])
def test_bad_settings_are_a_usage_error(stub_catalogue: Path, content: str) -> None:
    Path("lkjip.toml").write_text(content)
    result = _check(stub_catalogue)
    assert result.exit_code == 2
    assert "lkjip.toml" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1  # one clear line


def test_pyproject_error_names_the_table(stub_catalogue: Path) -> None:
    Path("pyproject.toml").write_text('[tool.lkjip]\nlang = "fr"\n')
    result = _check(stub_catalogue)
    assert result.exit_code == 2 and "[tool.lkjip]" in result.output and "`lang`" in result.output


def test_missing_config_file_is_a_usage_error(stub_catalogue: Path) -> None:
    result = runner.invoke(app, ["check", str(stub_catalogue), "--config", "nowhere.toml"])
    assert result.exit_code == 2 and "nowhere.toml" in result.output


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_file_formats_need_output(stub_catalogue: Path, fmt: str) -> None:
    result = runner.invoke(app, ["check", str(stub_catalogue), "--format", fmt])
    assert result.exit_code == 2 and "--output" in result.output


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "github", "html", "table"])
def test_text_formats_write_to_output(stub_catalogue: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "reports" / f"report.{fmt}"
    result = runner.invoke(app, ["check", str(stub_catalogue), "--format", fmt, "--output", str(out)])
    assert result.exit_code == 1, result.output
    assert out.is_file() and "LKJ-T001" in out.read_text(encoding="utf-8")
    assert "LKJ-T001" not in result.stdout


def test_rules_json_is_the_catalogue(stub_catalogue: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("lkjip.checks.load_rules", lambda: dict(STUBS))
    result = runner.invoke(app, ["rules", "--format", "json", "--lang", "en"])
    assert result.exit_code == 0
    rules = json.loads(result.stdout)
    assert isinstance(rules, list) and [r["code"] for r in rules] == list(STUBS)
    for r in rules:
        assert {"code", "title", "severity", "description"} <= set(r)
        assert r["title"] == STUBS[r["code"]].title["en"]
        assert r["description"] == STUBS[r["code"]].description()
