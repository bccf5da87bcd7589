"""Low-resolution scans read by the line recogniser (PP-OCR via RapidOCR), and the doubt an
amount keeps when its separators break its column's style.

Each test names the layout feature: a recognised line holding two cells of a row (split at
the gap in its ink), lines of one row on one baseline, the engine chosen by the scan's
resolution, a column of amounts with one that ends unlike the rest.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from lkjip.extract.ocr.cells import GLYPH
from lkjip.extract.ocr.rapid import available
from lkjip.extract.ocr.rapid_page import split_line, visual_rows
from lkjip.extract.ocr.separator_style import column_style, mark_separator_doubts
from lkjip.extract.pdf.reader import (
    LINE_RECOGNISER,
    TESSERACT,
    ScanSignals,
    engines_note,
    page_recogniser,
)
from lkjip.extract.source import Page, RawCell, RawTable
from tests.conftest import SEED_PDF
from tests.inputs.scans import scanned_rendition

needs_rapid = pytest.mark.skipif(not available(), reason="rapidocr_onnxruntime is not installed")


def _line_image(blobs: list[tuple[int, int]], width: int = 200, height: int = 20) -> np.ndarray:
    gray = np.full((height, width), 255, dtype=np.uint8)
    for x0, x1 in blobs:
        gray[5:15, x0:x1] = 0
    return gray


def test_a_line_over_two_cells_splits_at_the_gap_in_its_ink() -> None:
    # "Alokasi:" inked at 10-60, the amount at 120-190: the word boundary falls in the gap,
    # not where a share by character count would put it (inside the amount).
    gray = _line_image([(10, 60), (120, 190)])
    words = split_line((0, 0, 200, 20), "Alokasi: 64.968.000,00", gray)
    assert [w for w, _ in words] == ["Alokasi:", "64.968.000,00"]
    boundary = words[0][1][2]
    assert 60 <= boundary <= 120
    assert words[1][1][2] == 200


def test_tight_print_shares_the_line_by_character_count() -> None:
    gray = _line_image([(0, 200)])  # no gap at all
    words = split_line((0, 0, 100, 20), "ab cd", gray)
    assert [w for w, _ in words] == ["ab", "cd"]
    assert words[0][1][2] == pytest.approx(50.0)


def test_lines_on_one_baseline_are_one_row_left_to_right() -> None:
    lines = [((300, 102, 380, 118), "57,47", 95.0), ((10, 100, 120, 120), "Pengadaan", 90.0),
             ((10, 140, 120, 160), "Koordinasi", 92.0)]
    rows = visual_rows(lines)
    assert [[t for _, t, _ in row] for row in rows] == [["Pengadaan", "57,47"], ["Koordinasi"]]


def test_engine_follows_the_scan_resolution() -> None:
    low, fine, unknown = ScanSignals(1.0, False, 65.0), ScanSignals(1.0, False, 200.0), ScanSignals(1.0, False)
    assert page_recogniser(low, True) == LINE_RECOGNISER
    assert page_recogniser(low, False) == TESSERACT  # the fallback when RapidOCR is missing
    assert page_recogniser(fine, True) == TESSERACT
    assert page_recogniser(unknown, True) == TESSERACT


def test_engines_are_said_once_with_their_reasons() -> None:
    def ocr_page(engine: str) -> Page:
        return Page(number=1, width=10, height=10, text="", source="ocr", ocr_engine=engine)

    low = f"{LINE_RECOGNISER}: scan below 100 ppi"
    note = engines_note([ocr_page(low), ocr_page(low), ocr_page(TESSERACT)])
    assert note == "OCR engines: 2 page(s) rapidocr: scan below 100 ppi; 1 page(s) tesseract"
    assert engines_note([ocr_page(TESSERACT)]) is None  # nothing to say when Tesseract read all
    missing = engines_note([ocr_page(f"{TESSERACT}: scan below 100 ppi, RapidOCR not installed")])
    assert missing is not None and "install `rapidocr-onnxruntime`" in missing


def _column_table(texts: list[str]) -> RawTable:
    cells = [RawCell(text=t, row=i, col=0, bbox=(0, i * 20, 100, i * 20 + 18),
                     line_boxes=[(t, (0, i * 20, 100, i * 20 + 18))]) for i, t in enumerate(texts)]
    return RawTable(id="t", page=1, bbox=(0, 0, 100, 20 * len(texts)), grid=[[c] for c in cells])


def test_an_amount_ending_unlike_its_column_is_doubtful_not_repaired() -> None:
    # '.' between thousands and ',' before two decimals; the third read a '.' as ',':
    # 64.137,914 parses (sixty-four thousand) but fits the column only after a swap.
    table = _column_table(["108.802.265,00", "64.968.000,00", "64.137,914", "29.150.000,00"])
    assert column_style([c for row in table.grid for c in row if c]) == (",", 2)
    assert mark_separator_doubts(table) == 1
    odd = table.grid[2][0]
    assert odd is not None and odd.text == "64.137,914"  # left as read
    assert GLYPH in odd.doubts and odd.line_doubts == [(GLYPH,)]
    assert all(not c.doubts for row in table.grid for c in row if c is not None and c is not odd)


def test_a_column_of_one_style_has_no_separator_doubt() -> None:
    table = _column_table(["2.316.431.000", "1.464.448.000", "15.472.666.000", "57,47"])
    assert mark_separator_doubts(table) == 0


@needs_rapid
@pytest.mark.slow
def test_low_resolution_scan_is_read_by_the_line_recogniser(tmp_path: Path) -> None:
    """A budget table page scanned at 60 dpi (print ~6 px high): the line recogniser
    reads its amounts, and the document says which engine read it and why."""
    from lkjip.extract.readers import read_document

    pdf = scanned_rendition(SEED_PDF, tmp_path / "budget-60dpi.pdf", dpi=60, pages=[17])
    doc = read_document(pdf)
    assert any("rapidocr: scan below 100 ppi" in w for w in doc.warnings), doc.warnings
    digits = {re.sub(r"\D", "", m) for m in re.findall(r"\d[\d.,]*\d", doc.pages[0].text)}
    printed = ["2316431000", "2281358092", "1640000000", "1639949800", "676431000", "641408292"]
    assert sum(p in digits for p in printed) >= 4


def _ocr_page(confidence: float, words: int = 50) -> Page:
    return Page(number=1, width=100, height=100, text=" ".join(["kata"] * words), source="ocr",
                ocr_confidence=confidence)


@pytest.mark.parametrize(("confidence", "words", "engine"), [
    (80.6, 50, f"{LINE_RECOGNISER}: Tesseract unsure"),  # a 150-ppi table scan Tesseract doubts
    (92.0, 50, TESSERACT),  # a clean scan: Tesseract's reading stands
    (60.0, 5, TESSERACT),  # too few words to judge the reading by
])
def test_a_page_tesseract_reads_unsure_is_read_again_by_the_line_recogniser(
        monkeypatch: pytest.MonkeyPatch, confidence: float, words: int, engine: str) -> None:
    from PIL import Image

    from lkjip.extract.ocr import rapid_page, tesseract
    from lkjip.extract.pdf import reader

    image = Image.new("L", (100, 100), 255)
    monkeypatch.setattr(tesseract, "ocr_image", lambda img, *a: (_ocr_page(confidence, words), img))
    monkeypatch.setattr(rapid_page, "ocr_image_rapid", lambda img, *a: (_ocr_page(97.0), img))
    monkeypatch.setattr(reader, "line_recogniser_here", lambda: True)
    page, tables = reader.ocr_page_with_tables(image, 1, 72, "ind")
    assert page.ocr_engine == engine and tables == []
