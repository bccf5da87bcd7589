"""Long OCR runs say how far they have got; `lkjip check --workers` bounds the OCR pool."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import lkjip.extract.isolation as isolation
import lkjip.extract.pdf.reader as reader
from lkjip.cli import app
from lkjip.extract.limits import ReadLimits
from lkjip.extract.source import Page, SourceDocument
from lkjip.results import DocumentResult


def test_ocr_progress_goes_to_the_sink_page_by_page(monkeypatch: pytest.MonkeyPatch) -> None:
    lines: list[str] = []
    monkeypatch.setattr(reader, "progress_sink", lines.append)
    progress = reader.OcrProgress(12)
    progress.page_done(4)
    progress.page_done(9)
    progress.close()
    assert len(lines) == 2 and lines[1].startswith("OCR 2 pages (at page 9 of 12)") and "s a page" in lines[1]


def test_short_documents_show_no_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    lines: list[str] = []
    monkeypatch.setattr(reader, "progress_sink", lines.append)
    reader.OcrProgress(reader.OcrProgress.MIN_PAGES - 1).page_done(1)
    assert lines == []


def _reads_with_progress(path: Path, limits: ReadLimits) -> SourceDocument:
    assert reader.progress_sink is not None
    for done in (1, 2):
        reader.progress_sink(f"OCR {done} pages (at page {done} of 9), 1.0 s a page")
    page = Page(number=1, width=595, height=842, text="x")
    return SourceDocument(file=str(path), sha256="0", kind="pdf", page_count=1, pages=[page], tables=[])


def test_the_killable_reader_sends_its_progress_to_the_parent(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # The forked child runs the patched reader; its progress lines come back through a pipe.
    monkeypatch.setattr(isolation, "read_document", _reads_with_progress)
    seen: list[str] = []
    doc = isolation.read_isolated(tmp_path / "scan.pdf", ReadLimits(timeout_s=30), on_progress=seen.append)
    assert doc.pages[0].text == "x"
    assert seen and seen[-1] == "OCR 2 pages (at page 2 of 9), 1.0 s a page"


def test_check_workers_bounds_the_ocr_pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[ReadLimits] = []

    def fake_check(path: Path, limits: ReadLimits, rules: object, on_progress: object = None) -> DocumentResult:
        from lkjip.records import Extraction

        seen.append(limits)
        return DocumentResult(Extraction(file=str(path), sha256=None, kind="pdf", pages=1), [])

    monkeypatch.setattr("lkjip.cli.check_document", fake_check)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    result = CliRunner().invoke(app, ["check", str(pdf), "--workers", "1", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert seen[0].ocr_workers == 1
    assert CliRunner().invoke(app, ["check", str(pdf), "--workers", "0"]).exit_code == 2
