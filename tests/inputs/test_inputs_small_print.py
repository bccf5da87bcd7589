"""Small print in a tinted one-line header cell of a blurred scan, read enlarged
(`lkjip.extract.ocr.small_print`): a generated header band of sub-headings ("DPA",
"Target", ...) set in 6-pt bold on a grey fill, scanned at 100 dpi and rendered at 200."""

from __future__ import annotations

import io
import shutil

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.colors import Color
from reportlab.pdfgen import canvas

from lkjip.extract.ocr.small_print import TARGET_LINE_PX, ink_lines, one_line_enlarged, print_lines
from lkjip.extract.ocr.tesseract import ENLARGED_DIGITS_CONFIDENCE, _enlarged_line_words, read_cell

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract missing: apt-get install tesseract-ocr tesseract-ocr-ind")

_HEADINGS = ("DPA", "DPPA", "Realisasi", "Target")
_CELL_W, _CELL_H, _TOP = 50.0, 22.0, 58.0  # points; the band's cells side by side
_SCAN_DPI, _READ_DPI = 100, 200


def _header_band_scan(headings: tuple[str, ...] = _HEADINGS) -> tuple[Image.Image, list[tuple[float, float, float, float]]]:
    """A ruled header band of grey cells, each one sub-heading in small bold print, as a
    blurred low-resolution scan enlarged to the reading resolution; and the cells' boxes."""
    buf = io.BytesIO()
    page_h = 200.0
    pdf = canvas.Canvas(buf, pagesize=(400, page_h))
    boxes = []
    for k, word in enumerate(headings):
        x = 20 + k * _CELL_W
        pdf.setFillColor(Color(0.8, 0.8, 0.8))
        pdf.rect(x, page_h - _TOP - _CELL_H, _CELL_W, _CELL_H, fill=1, stroke=1)
        pdf.setFillColor(Color(0.25, 0.25, 0.25))
        pdf.setFont("Helvetica-Bold", 6)
        pdf.drawCentredString(x + _CELL_W / 2, page_h - _TOP - _CELL_H + 8, word)
        boxes.append((x, _TOP, x + _CELL_W, _TOP + _CELL_H))
    pdf.save()
    doc = pdfium.PdfDocument(buf.getvalue())
    try:
        low = doc[0].render(scale=_SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()
    factor = _READ_DPI / _SCAN_DPI
    image = low.resize((round(low.width * factor), round(low.height * factor)), Image.Resampling.BILINEAR)
    return image.filter(ImageFilter.GaussianBlur(1.0)), boxes


@needs_tesseract
def test_small_header_print_is_read_enlarged() -> None:
    image, boxes = _header_band_scan()
    scale = _READ_DPI / 72
    for word, box in zip(_HEADINGS, boxes, strict=True):
        cell = read_cell(image, box, scale, "ind")
        assert cell is not None and cell.text == word, f"{word!r} read as {cell and cell.text!r}"
        # The line's box is the print's, inside the cell, in points.
        (_, (x0, y0, x1, y1)), = cell.line_boxes
        assert box[0] <= x0 < x1 <= box[2] and box[1] <= y0 < y1 <= box[3]


def test_one_line_is_enlarged_to_the_reading_height() -> None:
    crop = Image.new("L", (120, 40), 200)  # a grey fill
    ImageDraw.Draw(crop).rectangle((30, 15, 70, 24), fill=60)  # one line of print, 10 px tall
    found = one_line_enlarged(crop)
    assert found is not None
    big, (left, top, right, bottom) = found
    assert (left, top, right, bottom) == (30, 15, 71, 25)
    ink = np.asarray(big) < 128
    rows = np.flatnonzero(ink.any(axis=1))
    assert abs((rows[-1] - rows[0] + 1) - TARGET_LINE_PX) <= 2
    # The grey fill was stretched to white paper.
    assert np.asarray(big)[0, 0] == 255


def test_two_lines_blank_cells_and_tall_print_are_left_to_the_block_reading() -> None:
    two = Image.new("L", (120, 60), 255)
    ImageDraw.Draw(two).rectangle((30, 10, 70, 19), fill=0)
    ImageDraw.Draw(two).rectangle((30, 30, 70, 39), fill=0)
    assert len(ink_lines(np.asarray(two) < 128)) == 2 and one_line_enlarged(two) is None
    assert one_line_enlarged(Image.new("L", (120, 40), 230)) is None
    tall = Image.new("L", (200, 80), 255)
    ImageDraw.Draw(tall).rectangle((30, 10, 150, 50), fill=0)
    assert one_line_enlarged(tall) is None
    # A rule left along the crop's edge is not a second line.
    ruled = Image.new("L", (120, 40), 255)
    ImageDraw.Draw(ruled).rectangle((30, 15, 70, 24), fill=0)
    ImageDraw.Draw(ruled).line((0, 38, 119, 38), fill=0)
    assert one_line_enlarged(ruled) is not None


def test_steps_of_a_skewed_rule_along_the_crop_edge_are_not_a_second_line() -> None:
    crop = Image.new("L", (240, 60), 210)  # a grey fill
    draw = ImageDraw.Draw(crop)
    for k in range(4):  # a rule fed askew: short pieces stepping down one pixel row each
        draw.line((k * 60, 1 + k, k * 60 + 50, 1 + k), fill=60, width=1)
    draw.rectangle((90, 30, 150, 47), fill=40)  # the heading, 18 px tall
    assert print_lines(np.asarray(crop) < 128) == [(30, 48)]
    found = one_line_enlarged(crop)
    assert found is not None and found[1] == (90, 30, 151, 48)



@needs_tesseract
def test_a_figure_only_the_enlarged_reading_found_stays_in_doubt() -> None:
    image, boxes = _header_band_scan(("1.250", "DPA"))
    scale = _READ_DPI / 72
    crops = [image.crop((round(b[0] * scale) + 4, round(b[1] * scale) + 4, round(b[2] * scale) - 4,
                         round(b[3] * scale) - 4)) for b in boxes]
    figure = _enlarged_line_words(crops[0], (0, 0), "ind")
    heading = _enlarged_line_words(crops[1], (0, 0), "ind")
    assert figure and all(w.conf <= ENLARGED_DIGITS_CONFIDENCE for w in figure)
    assert [w.text for w in heading] == ["DPA"] and heading[0].conf > ENLARGED_DIGITS_CONFIDENCE
