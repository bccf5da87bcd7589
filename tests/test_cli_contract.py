"""The CLI's public surface: exit codes and the JSON contracts CI users script against."""

from __future__ import annotations

import json

import jsonschema
from typer.testing import CliRunner

from lkjip.cli import app
from tests.conftest import SEED_PDF, SEED_ROWWISE_PDF

runner = CliRunner()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("lkjip ")


def test_check_json_validates_against_contract(contracts: dict) -> None:
    result = runner.invoke(app, ["check", str(SEED_PDF), str(SEED_ROWWISE_PDF), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    payload = json.loads(result.stdout)
    jsonschema.validate(payload, contracts["findings"])
    assert [d["status"] for d in payload["documents"]] == ["ok", "ok"]


def test_check_json_carries_the_seed_budget_contradiction(contracts: dict) -> None:
    result = runner.invoke(app, ["check", str(SEED_PDF), "--format", "json", "--lang", "en"])
    assert result.exit_code == 1, result.output
    payload = json.loads(result.stdout)
    jsonschema.validate(payload, contracts["findings"])
    (b002,) = [f for f in payload["documents"][0]["findings"] if f["rule"] == "LKJ-B002"]
    assert b002["severity"] == "error"
    stated = {e["page"] for e in b002["evidence"] if e["value"] == 19_253_454_000}
    table = {e["page"] for e in b002["evidence"] if e["value"] == 19_253_545_000 and e["table"]}
    assert stated == {16, 17} and 17 in table
    assert "19.253.454.000" in b002["message"] and "19.253.545.000" in b002["message"]


def test_extract_json_validates_against_contract(contracts: dict) -> None:
    result = runner.invoke(app, ["extract", str(SEED_PDF), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    jsonschema.validate(payload, contracts["extract"])
    assert payload["documents"][0]["pages"] == 19


def test_unreadable_file_exit_3_without_traceback(tmp_path) -> None:
    bad = tmp_path / "report.pdf"
    bad.write_text("this is not a pdf")
    result = runner.invoke(app, ["check", str(bad), "--format", "json"])
    assert result.exit_code == 3
    assert "Traceback" not in result.output
    doc = json.loads(result.stdout)["documents"][0]
    assert doc["status"] == "error" and doc["error"]["code"] == "not-a-pdf"


def test_usage_error_exit_2() -> None:
    result = runner.invoke(app, ["check", "--format", "nonsense", str(SEED_PDF)])
    assert result.exit_code == 2
