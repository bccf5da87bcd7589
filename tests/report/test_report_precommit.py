"""The pre-commit hook definition is valid and runs `lkjip check` on PDF/DOCX files."""

from __future__ import annotations

import re

import pytest

from tests.conftest import REPO


def test_pre_commit_hook_definition() -> None:
    yaml = pytest.importorskip("yaml", reason="PyYAML (a dask dependency) is not installed")
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert isinstance(hooks, list) and len(hooks) == 1
    hook = hooks[0]
    assert {"id", "name", "entry", "language"} <= set(hook)
    assert hook["id"] == "lkjip" and hook["entry"] == "lkjip check" and hook["language"] == "python"
    assert hook["pass_filenames"] is True
    pattern = re.compile(hook["files"])
    assert pattern.search("drafts/LKjIP 2018.PDF") and pattern.search("pk.docx")
    assert not pattern.search("notes.txt") and not pattern.search("report.pdf.bak")
