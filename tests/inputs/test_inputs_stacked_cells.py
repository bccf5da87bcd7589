"""Cells re-read together: their crops stacked on one sheet, one Tesseract run, each
word back in its own cell with its box on the page (`ocr.stacked`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from lkjip.extract.ocr.stacked import read_cells

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract missing: apt-get install tesseract-ocr tesseract-ocr-ind")

SCALE = 200 / 72  # a page rendered at 200 dpi
CELLS = [((60.0, 60.0, 260.0, 100.0), "Program Kepegawaian Daerah"),
         ((300.0, 60.0, 460.0, 100.0), "1.474.299.550"),
         ((60.0, 100.0, 260.0, 160.0), "Alokasi :\n64.968.000,00"),
         ((300.0, 100.0, 460.0, 160.0), "98,83")]


def _font() -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    found = sorted(Path("/usr/share/fonts").rglob("DejaVuSans.ttf"))
    return ImageFont.truetype(str(found[0]), 30) if found else ImageFont.load_default()


@needs_tesseract
@pytest.mark.slow
def test_stacked_cells_each_keep_their_own_reading_and_place() -> None:
    page = Image.new("L", (int(520 * SCALE), int(200 * SCALE)), 255)
    draw = ImageDraw.Draw(page)
    for (x0, top, x1, bottom), text in CELLS:
        draw.rectangle((x0 * SCALE, top * SCALE, x1 * SCALE, bottom * SCALE), outline=0, width=3)
        draw.multiline_text((x0 * SCALE + 14, top * SCALE + 12), text, fill=0, font=_font(), spacing=10)
    tiny = (470.0, 170.0, 472.0, 172.0)  # too small to read: no reading, no shift of the others
    readings = read_cells(page, [box for box, _ in CELLS] + [tiny], SCALE, "ind")
    assert readings[-1] is None
    for ((x0, top, x1, bottom), text), reading in zip(CELLS, readings, strict=False):
        assert reading is not None and reading.text.split() == text.split()
        assert len(reading.line_boxes) == text.count("\n") + 1
        for _, (lx0, lt, lx1, lb) in reading.line_boxes:  # on the page, inside its cell
            assert x0 <= lx0 < lx1 <= x1 and top <= lt < lb <= bottom
