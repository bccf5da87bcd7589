"""`lkjip check` over every real report with a text layer: no traceback, every document read."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from lkjip.cli import app
from tests.conftest import shared_path


@pytest.mark.slow
def test_check_runs_over_the_real_corpus_without_traceback() -> None:
    folder = shared_path("corpus", "real")
    with (folder / "SOURCES.tsv").open(encoding="utf-8") as fh:
        files = [folder / r["file"] for r in csv.DictReader(fh, delimiter="\t")
                 if r["file"].endswith(".pdf") and not r["text_layer"].startswith("no")]
    assert files
    result = CliRunner().invoke(app, ["check", *map(str, files), "--format", "json", "--no-ocr"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1), result.output[-2000:]
    documents = json.loads(result.stdout)["documents"]
    assert [d["status"] for d in documents] == ["ok"] * len(files)
