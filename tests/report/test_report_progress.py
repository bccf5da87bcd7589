"""`check folder/ -o report.html`: progress on a terminal, a "wrote …" line, and every
document that could not be read named with why."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from lkjip.cli import app
from tests.conftest import SEED_PDF


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    shutil.copy(SEED_PDF, folder / "lkjip-2018.pdf")
    (folder / "rusak.pdf").write_bytes(b"not a pdf at all")
    return folder


def test_a_folder_to_a_file_says_what_it_wrote_and_names_the_unreadable(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["check", str(folder), "-f", "html", "-o", str(out), "--lang", "en"])
    assert result.exit_code == 3 and out.is_file()
    assert f"wrote {out}: 4 errors, 9 warnings, 0 notes in 2 document(s)" in result.output
    assert "rusak.pdf: could not be read [not-a-pdf]" in result.output


def test_progress_is_shown_on_a_terminal(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = io.StringIO()
    monkeypatch.setattr("lkjip.cli.err_console", Console(file=screen, force_terminal=True, width=200))
    result = CliRunner().invoke(app, ["check", str(folder), "-f", "json", "-o", str(tmp_path / "r.json")])
    assert result.exit_code == 3
    shown = screen.getvalue()
    assert "[1/2]" in shown and "[2/2]" in shown and "menulis" in shown
