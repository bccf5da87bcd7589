"""The repository's contracts (contracts/*.schema.json) extend the shared ones compatibly.

CI users script against ../shared/contracts; lkjip may add optional fields only, so every
document valid for the repository's contract is valid for the shared one, and nothing the
shared contract requires or allows is dropped.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from lkjip.cli import app
from tests.conftest import REPO, SEED_PDF, shared_path

runner = CliRunner()
OURS = REPO / "contracts"


def _load(folder: Path) -> dict[str, dict[str, Any]]:
    return {p.stem.split(".")[0]: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.schema.json")}


def _extends(shared: Any, ours: Any, path: str = "$") -> list[str]:
    """Where `ours` drops or changes something `shared` says (descriptions may grow)."""
    if isinstance(shared, dict):
        if not isinstance(ours, dict):
            return [f"{path}: no longer an object"]
        problems = []
        for key, value in shared.items():
            if key not in ours:
                problems.append(f"{path}.{key}: missing")
            elif key == "description":
                if not str(ours[key]).startswith(str(value)):
                    problems.append(f"{path}.description: rewritten")
            elif key == "required":
                if set(ours[key]) != set(value):
                    problems.append(f"{path}.required: {sorted(value)} → {sorted(ours[key])}")
            else:
                problems += _extends(value, ours[key], f"{path}.{key}")
        if "properties" in ours and "properties" in shared and ours.get("additionalProperties") is False:
            problems.append(f"{path}: closed to fields the shared contract allows")
        return problems
    return [] if shared == ours else [f"{path}: {shared!r} → {ours!r}"]


@pytest.mark.parametrize("name", ["findings", "extract"])
def test_our_contract_only_adds_optional_fields(name: str) -> None:
    shared = _load(shared_path("contracts"))[name]
    assert _extends(shared, _load(OURS)[name]) == []


def test_the_checker_catches_a_dropped_or_required_field() -> None:
    shared = {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}}
    assert _extends(shared, {"type": "object", "required": ["a", "b"], "properties": {"a": {"type": "string"}}})
    assert _extends(shared, {"type": "object", "required": ["a"], "properties": {}})
    assert not _extends(shared, {"type": "object", "required": ["a"],
                                 "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}})


def test_check_and_extract_json_validate_against_our_contracts() -> None:
    ours = _load(OURS)
    check = runner.invoke(app, ["check", str(SEED_PDF), "--format", "json"])
    payload = json.loads(check.stdout)
    jsonschema.validate(payload, ours["findings"])
    doc = payload["documents"][0]
    assert doc["coverage"]["read"] and all("certainty" in f for f in doc["findings"])
    extract = runner.invoke(app, ["extract", str(SEED_PDF), "--format", "json"])
    jsonschema.validate(json.loads(extract.stdout), ours["extract"])
