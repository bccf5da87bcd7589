"""`lkjip ingest` stores the findings `lkjip check` gives with the same settings file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from lkjip.cli import app
from tests.conftest import SEED_PDF

runner = CliRunner()

# Rule selection and tolerances, as a user would set them for a whole archive.
SETTINGS = 'rupiah-tolerance = 1000\nselect = ["LKJ-B", "LKJ-K00"]\nignore = ["LKJ-K008", "LKJ-K006"]\n'


def _check_findings(doc: Path) -> list[tuple[str, str, str]]:
    result = runner.invoke(app, ["check", str(doc), "--format", "json", "--lang", "en"])
    assert result.exit_code in (0, 1), result.output
    payload = json.loads(result.stdout)
    return sorted((f["rule"], f["severity"], f["message"]) for d in payload["documents"] for f in d["findings"])


def _stored_findings(db: Path) -> list[tuple[str, str, str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return sorted(con.execute("SELECT rule, severity, message_en FROM findings").fetchall())
    finally:
        con.close()


@pytest.mark.parametrize("settings_file", ["lkjip.toml", "pyproject.toml"])
def test_ingest_honours_the_settings_file_like_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     settings_file: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    doc = work / "lkjip-2018.pdf"
    shutil.copy(SEED_PDF, doc)
    body = SETTINGS if settings_file == "lkjip.toml" else "[tool.lkjip]\n" + SETTINGS
    (work / settings_file).write_text(body, encoding="utf-8")
    monkeypatch.chdir(work)

    checked = _check_findings(doc)
    db = tmp_path / "store.duckdb"
    result = runner.invoke(app, ["ingest", str(doc), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    stored = _stored_findings(db)

    assert stored == checked
    rules = {rule for rule, _, _ in stored}
    # The settings took effect: only selected families, the ignored rules silent …
    assert all(r.startswith(("LKJ-B", "LKJ-K00")) for r in rules)
    assert not rules & {"LKJ-K008", "LKJ-K006", "LKJ-N001", "LKJ-S001"}
    assert "LKJ-B002" in rules  # … and the selected ones still ran


def test_without_settings_the_store_keeps_the_default_findings(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "store.duckdb"
    result = runner.invoke(app, ["ingest", str(SEED_PDF), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    rules = {rule for rule, _, _ in _stored_findings(db)}
    assert {"LKJ-B002", "LKJ-K008"} <= rules
