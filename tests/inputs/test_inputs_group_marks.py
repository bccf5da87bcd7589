"""Amounts whose digit groups a scan parted by a misread mark (`ocr.group_marks`), on
synthetic cell lines as OCR gives them."""

from __future__ import annotations

import pytest

from lkjip.extract.ocr.cells import GLYPH, mark_glyph_doubts
from lkjip.extract.ocr.group_marks import mend_group_marks
from lkjip.extract.source import RawCell, RawTable


@pytest.mark.parametrize(("read", "mended"), [
    ("529.533-550.00", "529.533.550,00"),     # a dot read as '-', the decimal comma as a dot
    ("10.296 538.194,00", "10.296.538.194,00"),  # a dot lost to a gap
    ("79,476.688,00", "79.476.688,00"),       # the thousands dot read as the decimal comma
    ("234.534.200 ,00", "234.534.200,00"),    # a gap before the cents
    ("12'345.678,00", "12.345.678,00"),
    ("Alokasi: 8.406.981:211,00", "Alokasi: 8.406.981.211,00"),
])
def test_misread_marks_are_given_back(read: str, mended: str) -> None:
    assert mend_group_marks(read) == mended


@pytest.mark.parametrize("text", [
    "1,234,567.00",          # a consistent English amount
    "403,001.00",            # well formed by itself: its column decides (budget.mark_magnitude)
    "100.000-200.000",       # a range: no cents say the marks are one amount's
    "64.137,914",            # no cents: which mark was misread is a guess
    "5 100.000,00",          # a number beside an amount
    "57,47", "Rp 2.462.581.150,00",
])
def test_other_text_is_left_alone(text: str) -> None:
    assert mend_group_marks(text) == text


def test_a_mended_cell_line_is_in_doubt() -> None:
    box = (0.0, 0.0, 100.0, 20.0)
    cells = [RawCell(t, r, 0, box, line_boxes=[(t, box)]) for r, t in
             enumerate(["529.533-550.00", "64.968.000,00", "29.150.000,00"])]
    table = RawTable(id="p1-t1", page=1, bbox=box, grid=[[c] for c in cells], pages=[1], row_pages=[1, 1, 1])
    mark_glyph_doubts(table)
    assert cells[0].text == "529.533.550,00" and GLYPH in cells[0].doubts
    assert GLYPH not in cells[1].doubts
