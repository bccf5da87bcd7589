"""Cells Tesseract could not read at all, asked of the other engine.

A black-and-white scan at 150 dpi leaves some print too broken for Tesseract: a header
cell holding only "%" is read as nothing on the page and as "00" or "To" from its crop,
so the column loses its name and every check on its percentages. The line recogniser
(RapidOCR, `ocr.rapid`) reads such a crop plainly. It is asked only about cells over
printed ink that stay empty after Tesseract's own re-reading, so a page Tesseract reads
well costs nothing more; a figure it alone read is kept in doubt (`ocr_rereads_differ`:
the engines did not agree, since one of them found nothing).
"""

from __future__ import annotations

from PIL import Image, ImageOps

from lkjip.extract.ocr.cells import REREADS_DIFFER, add_doubt, crop_box
from lkjip.extract.source import RawCell

# The line recogniser's score (0..100) below which its reading of a cell is not taken.
_MIN_CONFIDENCE = 80.0
# White margin around the crop (px): the recogniser's text detector needs room around print.
_MARGIN_PX = 20
# At most this many cells of one table are asked (each is one recogniser run, ~0.1 s).
_MAX_CELLS = 12


def read_empty_cells(cells: list[RawCell], image: Image.Image, scale: float) -> int:
    """Fill each still-empty cell of `cells` with the line recogniser's reading of its crop
    when that reading is sure; returns the number of cells filled."""
    from lkjip.extract.ocr.rapid import available, read_lines

    empty = [c for c in cells if c.bbox is not None and not c.text.strip()][:_MAX_CELLS]
    if not empty or not available():
        return 0
    filled = 0
    for cell in empty:
        assert cell.bbox is not None
        box = crop_box(cell.bbox, scale)
        if box is None:
            continue
        left, top = box[0], box[1]
        crop = ImageOps.expand(image.crop(box).convert("L"), _MARGIN_PX, fill=255)
        lines = read_lines(crop)
        if not lines or min(line.confidence for line in lines) < _MIN_CONFIDENCE:
            continue
        boxes = [(line.text, ((left - _MARGIN_PX + line.box[0]) / scale, (top - _MARGIN_PX + line.box[1]) / scale,
                              (left - _MARGIN_PX + line.box[2]) / scale, (top - _MARGIN_PX + line.box[3]) / scale))
                 for line in lines]
        cell.line_boxes = boxes
        cell.text = "\n".join(t for t, _ in boxes)
        cell.confidence = min(line.confidence for line in lines)
        cell.line_confidence = [line.confidence for line in lines]
        for i, (text, _) in enumerate(boxes):
            if any(ch.isdigit() for ch in text):
                add_doubt(cell, i, REREADS_DIFFER)
        filled += 1
    return filled
