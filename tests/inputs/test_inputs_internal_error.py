"""An exception inside lkjip while reading is lkjip's fault, not the file's: status
`internal-error`, its own exit code (6) and a message that says so. A parsing library that
fails on the file's content stays `corrupt` (exit 3). Failures are injected into the reader."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

import lkjip.extract.pdf.reader as pdf_reader
from lkjip.cli import EXIT_INTERNAL, EXIT_UNREADABLE, app
from lkjip.extract.errors import ERROR_CODES
from lkjip.pipeline import extract
from tests.conftest import SEED_PDF

runner = CliRunner()


def _no_module(*args: object, **kwargs: object) -> None:
    raise ModuleNotFoundError("No module named 'cv2'", name="cv2")


def _library_chokes(page: object) -> None:
    json.loads("{")  # raises inside the json package, as a parser failing on bytes does


@pytest.fixture(params=["fork", "in-process"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "in-process":
        monkeypatch.setenv("LKJIP_IN_PROCESS", "1")
    return request.param


def test_an_attribute_error_in_the_reader_is_an_internal_error(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_reader, "DisplayFrame", None)  # `DisplayFrame.of(…)` → AttributeError in lkjip
    ex = extract(SEED_PDF)
    assert ex.status == "error" and ex.error is not None
    assert ex.error["code"] == "internal-error"
    message = ex.error["message"]
    assert "AttributeError" in message and "reader.py:" in message
    assert "fault in lkjip, not in the file" in message


def test_a_module_that_fails_to_import_is_an_internal_error(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_reader, "read_page_text", _no_module)
    ex = extract(SEED_PDF)
    assert ex.error is not None and ex.error["code"] == "internal-error"
    assert "ModuleNotFoundError" in ex.error["message"]


def test_a_library_failing_on_the_content_stays_corrupt(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_reader, "DisplayFrame", SimpleNamespace(of=_library_chokes))
    ex = extract(SEED_PDF)
    assert ex.error is not None and ex.error["code"] == "corrupt"
    assert "lkjip" not in ex.error["message"]


def test_the_command_line_exits_6_and_says_whose_fault_it_is(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    assert "internal-error" in ERROR_CODES and EXIT_INTERNAL not in (0, 1, 2, 3, 4, 5)
    monkeypatch.setattr(pdf_reader, "DisplayFrame", None)
    result = runner.invoke(app, ["check", str(SEED_PDF), "--format", "json"])
    assert result.exit_code == EXIT_INTERNAL, result.output
    doc = json.loads(result.stdout)["documents"][0]
    assert doc["status"] == "error" and doc["error"]["code"] == "internal-error"
    shown = runner.invoke(app, ["check", str(SEED_PDF), "--lang", "id"], terminal_width=300).output
    assert "lkjip gagal pada dokumen ini (kesalahan lkjip, bukan berkasnya)" in shown and "tidak dapat dibaca" not in shown
    result = runner.invoke(app, ["extract", str(SEED_PDF), "-o", str(tmp_path / "x.json")])
    assert result.exit_code == EXIT_INTERNAL
    # A damaged file next to it does not hide lkjip's own failure (6 wins over 3) …
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage")
    assert runner.invoke(app, ["check", str(SEED_PDF), str(bad)]).exit_code == EXIT_INTERNAL
    # … and alone it is still exit 3.
    monkeypatch.undo()
    assert runner.invoke(app, ["check", str(bad)]).exit_code == EXIT_UNREADABLE
