"""The words printed white on a dark band, read again and put in the page's text.

Tesseract's page reading turns white headings on a dark header band into noise ("REA
SEALISAS W | IL AR ARGE"), and everything downstream reads the page text: the split of a
heading cell the scan joined (`grid.spanning_header`), the mending of heading words, the
table kind. Each band (`dark_fills.dark_fill_mask`) is read once more from its inverted
crop, as one block of text, and its words replace the page words inside it. A band whose
crop reads as nothing legible (a dark photo, a logo) keeps the page's reading.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from lkjip.extract.ocr.cells import page_words
from lkjip.extract.ocr.components import components_with_stats
from lkjip.extract.source import Page

# A band's reading is kept when its words average this confidence or more.
_MIN_BAND_CONFIDENCE = 60.0
# Line keys of band words are apart from Tesseract's blocks (block numbers start at 1).
_BAND_BLOCK = 100_000


def _bands(mask: np.ndarray) -> list[tuple[int, int, int, int]]:
    """(x0, top, x1, bottom) in pixels of each band of the mask."""
    count, _, stats, _ = components_with_stats(mask.astype(np.uint8))
    return [(int(x), int(y), int(x + w), int(y + h)) for x, y, w, h, _ in stats[1:count]]


def _inside(box: tuple[float, float, float, float], band: tuple[int, int, int, int]) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return band[0] <= cx <= band[2] and band[1] <= cy <= band[3]


def with_band_words(page: Page, upright: Image.Image, scale: float, mask: np.ndarray, lang: str) -> Page:
    """`page` with the words inside each dark band of `mask` read again from the band's
    inverted crop; the page itself when no band reads legibly."""
    import pytesseract

    from lkjip.extract.ocr.tesseract import (
        OcrWord,
        fix_percent_signs,
        mean_confidence,
        words_to_page,
    )

    gray = np.asarray(upright.convert("L"))
    read: list[tuple[tuple[int, int, int, int], list[OcrWord]]] = []
    for k, (x0, top, x1, bottom) in enumerate(_bands(mask)):
        crop = Image.fromarray(255 - gray[top:bottom, x0:x1])
        data = pytesseract.image_to_data(crop, lang=lang, config="--psm 6", output_type=pytesseract.Output.DICT)
        words = []
        for i, text in enumerate(data["text"]):
            text, conf = (text or "").strip(), float(data["conf"][i])
            if not text or conf < 0:
                continue
            left, y, w, h = (float(data[key][i]) for key in ("left", "top", "width", "height"))
            key = (_BAND_BLOCK + k * 1000 + int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
            words.append(OcrWord(text, (x0 + left, top + y, x0 + left + w, top + y + h), conf, key))
        words = fix_percent_signs(words)
        if words and mean_confidence(words) >= _MIN_BAND_CONFIDENCE:
            read.append(((x0, top, x1, bottom), words))
    if not read:
        return page
    merged: list[OcrWord] = []
    placed = [False] * len(read)
    fallback = page.ocr_confidence or 0.0  # a word of punctuation kept no confidence of its own
    for word in page_words(page):
        box = (word.box[0] * scale, word.box[1] * scale, word.box[2] * scale, word.box[3] * scale)
        inside = [j for j, (band, _) in enumerate(read) if _inside(box, band)]
        if not inside:
            conf = fallback if word.confidence is None else word.confidence
            merged.append(OcrWord(word.text, box, conf, (0, 0, word.line)))
            continue
        j = inside[0]
        if not placed[j]:  # the band's words where its first page word was
            merged.extend(read[j][1])
            placed[j] = True
    for j, (band, words) in enumerate(read):
        if not placed[j]:  # the page reading had nothing there: before the first line below it
            at = next((i for i, w in enumerate(merged) if w.box[1] >= band[1]), len(merged))
            merged[at:at] = words
    out = words_to_page(merged, page.number, page.width, page.height, scale, page.rotation)
    out.ocr_engine, out.low_resolution = page.ocr_engine, page.low_resolution
    return out
