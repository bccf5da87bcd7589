"""Validation stays off dask: pandera's DataFrameModel path imports dask.dataframe (~0.6 s
of every CLI run) through `pandera.typing.dask`; the object-API schemas must not."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO, SEED_PDF

VALIDATE = f"""
import sys
from pathlib import Path
from lkjip.pipeline import extract
from lkjip.schemas.validate import validate_extraction
doc = extract(Path({str(SEED_PDF)!r}))
assert doc.budget and doc.amounts, "both schemas must run"
assert validate_extraction(doc) == []
assert "pandera" in sys.modules
assert "dask" not in sys.modules, sorted(m for m in sys.modules if m.startswith("dask"))[:5]
"""

CLI = """
import runpy, sys
sys.argv = ["lkjip", *sys.argv[1:]]
try:
    runpy.run_module("lkjip.cli", run_name="__main__")
except SystemExit as exc:
    assert exc.code in (0, 1), exc.code
assert "pandera" in sys.modules
assert "dask" not in sys.modules, sorted(m for m in sys.modules if m.startswith("dask"))[:5]
"""


def _run(code: str, *args: str) -> None:
    env = {**os.environ, "LKJIP_IN_PROCESS": "1"}
    proc = subprocess.run([sys.executable, "-c", code, *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_validate_extraction_does_not_import_dask() -> None:
    _run(VALIDATE)


@pytest.mark.parametrize("command", ["check", "extract"])
def test_cli_does_not_import_dask(command: str) -> None:
    _run(CLI, command, "--format", "json", str(SEED_PDF))
