"""White print on a dark header band, scanned: the cells are read again from an image where
the band is inverted (dark print on light), since the plain page image loses the band."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from lkjip.extract.ocr.clean import plain_for_reading
from lkjip.extract.ocr.dark_fills import dark_fill_mask, with_dark_fills_inverted
from lkjip.extract.ocr.tesseract import find_engine, read_cell

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
SCALE = 200 / 72


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size) if FONT.exists() else ImageFont.load_default(size=size)


def _page(band_tone: int = 70) -> Image.Image:
    """A white page, a dark band (a table header) with white words, black print under it."""
    image = Image.new("L", (1400, 700), 250)
    draw = ImageDraw.Draw(image)
    draw.rectangle((100, 200, 1300, 300), fill=band_tone)
    draw.text((150, 225), "INDIKATOR", fill=255, font=_font(40))
    draw.text((700, 225), "REALISASI", fill=255, font=_font(40))
    draw.text((150, 360), "Persentase temuan 35,90%", fill=20, font=_font(36))
    return image


def test_a_dark_band_is_found_and_black_print_on_white_is_not() -> None:
    mask = dark_fill_mask(np.asarray(_page()), SCALE)
    assert mask is not None
    assert mask[250, 400] and mask[240, 180]  # the band, and a white letter inside it
    assert not mask[380, 300] and not mask[50, 50]  # print on paper, and bare paper


def test_a_page_without_a_dark_band_is_left_as_it_is() -> None:
    page = Image.new("L", (1400, 700), 250)
    ImageDraw.Draw(page).text((150, 360), "Persentase temuan 35,90%", fill=20, font=_font(36))
    plain = plain_for_reading(page)
    assert with_dark_fills_inverted(plain, page, SCALE) is plain


@pytest.mark.skipif(not find_engine().available, reason="Tesseract with 'ind' data is not installed")
def test_white_words_on_a_dark_band_read_from_the_inverted_image() -> None:
    page = _page()
    plain = plain_for_reading(page)
    cell = (140 / SCALE, 205 / SCALE, 600 / SCALE, 295 / SCALE)
    lost = read_cell(plain, cell, SCALE, "ind")
    assert lost is None or "INDIKATOR" not in lost.text  # the plain image whitened the band
    again = read_cell(with_dark_fills_inverted(plain, page, SCALE), cell, SCALE, "ind")
    assert again is not None and "INDIKATOR" in again.text
    # Outside the band the cells read the plain image, untouched.
    inverted = np.asarray(with_dark_fills_inverted(plain, page, SCALE))
    assert (inverted[320:, :] == np.asarray(plain)[320:, :]).all()


@pytest.mark.skipif(not find_engine().available, reason="Tesseract with 'ind' data is not installed")
def test_the_words_of_a_dark_band_replace_the_page_readings_of_it() -> None:
    from lkjip.extract.ocr.band_words import with_band_words
    from lkjip.extract.ocr.tesseract import read_words, words_to_page

    image = _page(band_tone=40)
    page = words_to_page(read_words(image, "ind"), 1, image.width / SCALE, image.height / SCALE, SCALE, 0)
    mask = dark_fill_mask(np.asarray(image), SCALE)
    assert mask is not None
    again = with_band_words(page, image, SCALE, mask, "ind")
    lines = again.text.splitlines()
    assert "INDIKATOR" in again.text and "REALISASI" in again.text
    # The band's line comes before the print under it, which is kept as read.
    band_line = next(i for i, line in enumerate(lines) if "INDIKATOR" in line)
    body_line = next(i for i, line in enumerate(lines) if "Persentase" in line)
    assert band_line < body_line and lines[body_line] == next(x for x in page.text.splitlines() if "Persentase" in x)
    box = again.bbox_of(again.text.index("REALISASI"), again.text.index("REALISASI") + len("REALISASI"))
    assert box is not None and 650 / SCALE < box[0] < 760 / SCALE and 200 / SCALE < box[1] < 300 / SCALE


def test_a_dark_area_that_reads_as_nothing_leaves_the_page_as_read() -> None:
    from lkjip.extract.ocr.band_words import with_band_words
    from lkjip.extract.ocr.tesseract import read_words, words_to_page

    if not find_engine().available:
        pytest.skip("Tesseract with 'ind' data is not installed")
    image = Image.new("L", (1400, 700), 250)
    ImageDraw.Draw(image).rectangle((100, 200, 1300, 300), fill=40)  # a dark bar, no print
    ImageDraw.Draw(image).text((150, 360), "Persentase temuan", fill=20, font=_font(36))
    page = words_to_page(read_words(image, "ind"), 1, image.width / SCALE, image.height / SCALE, SCALE, 0)
    mask = dark_fill_mask(np.asarray(image), SCALE)
    assert mask is not None
    assert with_band_words(page, image, SCALE, mask, "ind") is page
