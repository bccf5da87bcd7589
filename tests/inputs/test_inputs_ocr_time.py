"""The closing note says how many pages were OCR'd and how long one took."""

from __future__ import annotations

import shutil

import pytest
from PIL import Image, ImageDraw, ImageFont

from lkjip.extract.interpret.coverage import coverage_of
from lkjip.extract.source import Page
from lkjip.records import Extraction
from lkjip.report.coverage import coverage_line
from tests.budget.test_budget_extract import source, text_page


def _doc() -> Extraction:
    return Extraction(file="t.pdf", sha256="0", kind="pdf", pages=3, budget=[])


def _ocr_page(number: int, seconds: float) -> Page:
    page = text_page([(60, 100, "Laporan kinerja")], number=number)
    page.source, page.ocr_seconds = "ocr", seconds
    return page


def test_ocr_pages_and_their_time_are_in_the_closing_note() -> None:
    pages = [text_page([(60, 100, "Bab I")], number=1), _ocr_page(2, 8.0), _ocr_page(3, 12.5)]
    cov = coverage_of(source([], pages), _doc())
    assert (cov.ocr_pages, cov.ocr_seconds_per_page) == ([2, 3], 10.2)
    assert coverage_line(cov, "en").endswith("; OCR: 2 pages, 10.2 s a page.")
    assert coverage_line(cov, "id").endswith("; OCR: 2 halaman, 10,2 detik per halaman.")
    assert cov.to_dict()["ocr_pages"] == [2, 3] and cov.to_dict()["ocr_seconds_per_page"] == 10.2


def test_a_document_without_ocr_keeps_its_note_and_json() -> None:
    cov = coverage_of(source([], [text_page([(60, 100, "Bab I")], number=1)]), _doc())
    assert "OCR" not in coverage_line(cov, "en")
    assert "ocr_pages" not in cov.to_dict()  # the optional fields appear only with OCR'd pages


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract missing")
def test_an_ocrd_page_records_its_time() -> None:
    from lkjip.extract.pdf.reader import ocr_page_with_tables

    image = Image.new("L", (800, 300), 255)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 28)
    except OSError:
        font = ImageFont.load_default(28)
    ImageDraw.Draw(image).text((40, 100), "Laporan Kinerja Tahun 2022", fill=0, font=font)
    page, _ = ocr_page_with_tables(image, 1, 150, "ind")
    assert page.ocr_seconds is not None and page.ocr_seconds > 0
