"""Long OCR runs say how far they have got; `lkjip check --workers` bounds the OCR pool."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import lkjip.extract.isolation as isolation
import lkjip.extract.pdf.reader as reader
from lkjip.cli import app
from lkjip.extract.errors import DocumentError
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


def _scan(tmp_path: Path, pages: int) -> Path:
    from PIL import Image, ImageDraw

    images = []
    for n in range(pages):
        im = Image.new("L", (850, 1100), 255)
        ImageDraw.Draw(im).text((100, 100 + n), f"Halaman pindaian {n + 1}", fill=0)
        images.append(im)
    path = tmp_path / "pindai.pdf"
    images[0].save(path, save_all=True, append_images=images[1:], resolution=100.0)
    return path


def _slow_ocr(image: object, number: int, dpi: int, lang: str, recogniser: str = "", low_res: bool = False
              ) -> tuple[Page, list]:
    import time

    time.sleep(0.4)  # a slow page, not a hung one
    return Page(number=number, width=612, height=792, text=f"halaman {number}", source="ocr"), []


@pytest.mark.parametrize("per_page, reads", [(5.0, True), (0.0, False)])
def test_each_page_sent_to_ocr_adds_to_the_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               per_page: float, reads: bool) -> None:
    # Six pages of 0.4 s each outlast a 1 s --timeout: only the per-page allowance lets a
    # long scan finish, in-process and in the killable reader alike.
    monkeypatch.setattr(reader, "ocr_page_with_tables", _slow_ocr)
    from lkjip.extract.ocr import tesseract

    monkeypatch.setattr(tesseract, "find_engine", lambda lang: tesseract.OcrEngine(lang, True, None))
    limits = ReadLimits(timeout_s=1.0, ocr_page_s=per_page, ocr_workers=1)
    path = _scan(tmp_path, 6)
    for read in (reader.read_pdf, lambda p, s, lim: isolation.read_isolated(p, lim)):
        if reads:
            doc = read(path, "0", limits)
            assert [p.text for p in doc.pages] == [f"halaman {n}" for n in range(1, 7)]
        else:
            with pytest.raises(DocumentError) as err:
                read(path, "0", limits)
            assert err.value.code == "timeout"


def test_the_parent_moves_its_deadline_when_the_child_is_granted_time(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def slow_scan(path: Path, limits: ReadLimits) -> SourceDocument:
        import time

        assert reader.time_granted_sink is not None
        for _ in range(3):
            reader.time_granted_sink(limits.ocr_page_s)
        time.sleep(2.0)  # past --timeout plus the grace, within the time granted
        page = Page(number=1, width=595, height=842, text="x")
        return SourceDocument(file=str(path), sha256="0", kind="pdf", page_count=1, pages=[page], tables=[])

    monkeypatch.setattr(isolation, "read_document", slow_scan)
    monkeypatch.setattr(isolation, "_GRACE_S", 0.2)
    doc = isolation.read_isolated(tmp_path / "scan.pdf", ReadLimits(timeout_s=1, ocr_page_s=2))
    assert doc.pages[0].text == "x"


def test_a_timeout_after_ocr_says_how_the_time_was_counted() -> None:
    budget = reader._TimeBudget(ReadLimits(timeout_s=10, ocr_page_s=20))
    budget.grant_ocr_page()
    budget.grant_ocr_page()
    err = budget.expired(4, 9)
    assert budget.seconds == 50
    assert "10 s + 20 s for each of 2 page(s) sent to OCR" in err.texts["en"]
    assert "halaman 5 dari 9" in err.texts["id"]
