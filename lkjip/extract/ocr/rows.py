"""An OCR'd page's words regrouped into the rows they are printed on.

Tesseract's lines follow its layout blocks: on a borderless two-column list (program
names on the left, amounts on the right, no rules) it often reads the left column as
one block and the amounts as another, so no line holds a name and its amount, and the
order of lines is not the order on the paper. Readers that pair things across a row
(the Perjanjian Kinerja's "Program … Anggaran" list) read `visual_rows(page)` instead:
the same characters, boxes and confidences, each line one printed row (words whose
vertical middles fall in one band), left to right, rows top to bottom.
"""

from __future__ import annotations

import re

import numpy as np

from lkjip.extract.source import Page

_WORD = re.compile(r"\S+")


def visual_rows(page: Page) -> Page:
    """A copy of an OCR'd page whose lines are its printed rows (see the module doc)."""
    if page.char_boxes is None or not page.text:
        return page
    boxes = page.char_boxes
    words: list[tuple[int, int, float, float, float]] = []  # start, end, x0, top, bottom
    for m in _WORD.finditer(page.text):
        box = page.bbox_of(m.start(), m.end())
        if box is not None:
            words.append((m.start(), m.end(), box[0], box[1], box[3]))
    if not words:
        return page
    rows: list[list[tuple[int, int, float, float, float]]] = []
    bands: list[tuple[float, float]] = []
    for word in sorted(words, key=lambda w: (w[3] + w[4]) / 2):
        middle = (word[3] + word[4]) / 2
        # A word joins the row whose band (its first word's height) holds its middle.
        if bands and bands[-1][0] <= middle <= bands[-1][1]:
            rows[-1].append(word)
        else:
            rows.append([word])
            bands.append((word[3], word[4]))
    order: list[int] = []  # index into page.text of each new character; -1 a separator
    for r, row in enumerate(rows):
        if r:
            order.append(-1)
        for k, (start, end, *_rest) in enumerate(sorted(row, key=lambda w: w[2])):
            if k:
                order.append(-2)
            order.extend(range(start, end))
    index = np.asarray(order, dtype=np.intp)
    real = index >= 0
    text = "".join(page.text[i] if i >= 0 else ("\n" if i == -1 else " ") for i in order)
    new_boxes = np.full((len(order), 4), np.nan, dtype=np.float32)
    new_boxes[real] = boxes[index[real]]
    out = Page(number=page.number, width=page.width, height=page.height, text=text, char_boxes=new_boxes,
               source=page.source, ocr_confidence=page.ocr_confidence, rotation=page.rotation,
               has_ruling=page.has_ruling, read_upright=page.read_upright, low_resolution=page.low_resolution)
    if page.char_confidence is not None:
        conf = np.full(len(order), np.nan, dtype=np.float32)
        conf[real] = page.char_confidence[index[real]]
        out.char_confidence = conf
    return out
