"""Every format copes with what a batch really holds: an unreadable file, a DOCX (no pages,
no boxes), a document without findings, and a PDF that moved since it was read."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import openpyxl
import pytest

from lkjip.checks.finding import Evidence, Finding
from lkjip.records import Cell, Extraction
from lkjip.report.render import OutputError, annotated_paths, write_report
from lkjip.results import DocumentResult, RunResult


def _mixed_run() -> RunResult:
    broken = Extraction(file="broken.pdf", sha256=None, kind=None, pages=None, status="error",
                        error={"code": "corrupt", "message": "pdfium cannot parse the file"})
    docx = Extraction(file="draft.docx", sha256="a" * 64, kind="docx", pages=None)
    finding = Finding("LKJ-B002", "error", {"en": "Total differs", "id": "Total berbeda"},
                      {"en": "1 + 2 = 3, but the text says 4", "id": "1 + 2 = 3, tetapi narasi menyebut 4"},
                      [Evidence(Cell(text="4", table="docx-t1", row=3, column="anggaran"), 4.0, "text")])
    moved = Extraction(file="moved-away.pdf", sha256="b" * 64, kind="pdf", pages=3)
    moved_finding = Finding("LKJ-B001", "warning", {"en": "Parts", "id": "Rincian"}, {"en": "m", "id": "p"},
                            [Evidence(Cell(text="9", page=2, bbox=(10, 10, 20, 20)))])
    clean = Extraction(file="clean.pdf", sha256="c" * 64, kind="pdf", pages=1)
    return RunResult([DocumentResult(broken), DocumentResult(docx, [finding]),
                      DocumentResult(moved, [moved_finding]), DocumentResult(clean)], lang="en", rules=[])


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "github", "html", "table", "xlsx"])
def test_every_format_renders_a_mixed_batch(fmt: str, tmp_path) -> None:
    out = tmp_path / f"report.{fmt}"
    assert write_report(_mixed_run(), fmt, out) == []
    if fmt == "json":
        assert [d["status"] for d in json.loads(out.read_text())["documents"]] == ["error", "ok", "ok", "ok"]
    elif fmt == "sarif":
        assert len(json.loads(out.read_text())["runs"][0]["results"]) == 2
    elif fmt == "junit":
        root = ET.parse(out).getroot()
        assert root.get("errors") == "1" and root.get("failures") == "1"  # the warning is below --fail-on
    elif fmt == "xlsx":
        assert openpyxl.load_workbook(out).active.max_row == 4  # header, unreadable, two findings
    else:
        text = out.read_text(encoding="utf-8")
        assert "broken.pdf" in text and "draft.docx" in text


def test_pdf_format_annotates_only_what_it_can(tmp_path) -> None:
    notes = write_report(_mixed_run(), "pdf", tmp_path / "out")
    assert any("draft.docx" in n and "not annotated" in n for n in notes)
    assert any("broken.pdf" in n for n in notes) and any("moved-away.pdf" in n for n in notes)
    assert any("moved-away.pdf: no longer there" in n for n in notes)
    assert not list(tmp_path.rglob("*.pdf"))


def test_annotated_paths() -> None:
    from pathlib import Path

    assert annotated_paths(["a/r.pdf"], Path("x.pdf")) == [Path("x.pdf")]
    assert annotated_paths(["a/r.pdf", "b/r.pdf", "c/s.pdf"], Path("out")) == [
        Path("out/r.lkjip.pdf"), Path("out/r-2.lkjip.pdf"), Path("out/s.lkjip.pdf")]


def test_binary_formats_refuse_stdout_and_folders(tmp_path) -> None:
    with pytest.raises(OutputError):
        write_report(_mixed_run(), "xlsx", None)
    with pytest.raises(OutputError):
        write_report(_mixed_run(), "xlsx", tmp_path)  # a folder, not a file
