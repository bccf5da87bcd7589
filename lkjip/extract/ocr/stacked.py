"""Many table cells read in one Tesseract run: their crops stacked on one white sheet.

Reading a cell from its own crop (psm 6, one block of text) is what Tesseract reads
best, but each run is a process that loads the language model: on a low-resolution
scan whose page reading left most cells doubtful, a table's re-reads one by one cost a
second each. Stacked one under the other with white space between, the crops are read
in one run; each word goes back to the crop whose rows hold its middle, with its box
moved from the sheet to the page. A crop is read as it would be alone: same inset,
same page segmentation, lines never shared (the gap is taller than any line spacing).
Each crop's paper is made white first (`clean.flatten_background`): alone, Tesseract
sets its threshold per crop, but a tinted header cell pasted on a white sheet would fall
under the sheet's threshold whole and read as nothing.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from lkjip.extract.ocr.clean import flatten_background
from lkjip.extract.ocr.tesseract import CellReading, OcrWord, cell_reading
from lkjip.geometry import BBox

# Pixels trimmed from each side of a crop so its ruling lines are not read as text.
_INSET_PX = 4
# White rows between crops (and around them): more than a line's spacing at 300 dpi.
_GAP_PX = 40
# One sheet stays under this height; more crops make another sheet (another run).
_MAX_SHEET_PX = 8000


def _crop_box(bbox: BBox, scale: float) -> tuple[int, int, int, int] | None:
    left, top = int(bbox[0] * scale) + _INSET_PX, int(bbox[1] * scale) + _INSET_PX
    right, bottom = int(bbox[2] * scale) - _INSET_PX, int(bbox[3] * scale) - _INSET_PX
    if right - left < 8 or bottom - top < 8:
        return None
    return left, top, right, bottom


def read_cells(image: Image.Image, bboxes: list[BBox], scale: float, lang: str) -> list[CellReading | None]:
    """Each cell's reading from its crop (None where it is too small or holds no value)."""
    boxes = [_crop_box(b, scale) for b in bboxes]
    out: list[CellReading | None] = [None] * len(bboxes)
    sheet: list[int] = []
    height = _GAP_PX
    for i, box in enumerate(boxes):
        if box is None:
            continue
        if sheet and height + box[3] - box[1] + _GAP_PX > _MAX_SHEET_PX:
            _read_sheet(image, boxes, sheet, scale, lang, out)
            sheet, height = [], _GAP_PX
        sheet.append(i)
        height += box[3] - box[1] + _GAP_PX
    if sheet:
        _read_sheet(image, boxes, sheet, scale, lang, out)
    return out


def _read_sheet(image: Image.Image, boxes: list[tuple[int, int, int, int] | None], members: list[int],
                scale: float, lang: str, out: list[CellReading | None]) -> None:
    import pytesseract

    placed: list[tuple[int, int, int]] = []  # index, top on the sheet, bottom on the sheet
    width = max(boxes[i][2] - boxes[i][0] for i in members if boxes[i]) + 2 * _GAP_PX  # type: ignore[index]
    height = _GAP_PX + sum(boxes[i][3] - boxes[i][1] + _GAP_PX for i in members if boxes[i])  # type: ignore[index]
    sheet = Image.new("L", (width, height), 255)
    y = _GAP_PX
    for i in members:
        box = boxes[i]
        assert box is not None
        crop = flatten_background(np.asarray(image.crop(box).convert("L")))
        sheet.paste(Image.fromarray(crop), (_GAP_PX, y))
        placed.append((i, y, y + box[3] - box[1]))
        y += box[3] - box[1] + _GAP_PX
    data = pytesseract.image_to_data(sheet, lang=lang, config=f"--psm 6 --dpi {round(scale * 72)}",
                                     output_type=pytesseract.Output.DICT)
    words: dict[int, list[OcrWord]] = {}
    for k, text in enumerate(data["text"]):
        text = (text or "").strip()
        conf = float(data["conf"][k])
        if not text or conf < 0:
            continue
        x, top, w, h = (float(data[key][k]) for key in ("left", "top", "width", "height"))
        mid = top + h / 2
        for i, a, b in placed:
            if a - _GAP_PX / 2 <= mid <= b + _GAP_PX / 2:
                box = boxes[i]
                assert box is not None
                dx, dy = box[0] - _GAP_PX, box[1] - a
                words.setdefault(i, []).append(OcrWord(
                    text, (x + dx, top + dy, x + w + dx, top + h + dy), conf,
                    (int(data["block_num"][k]), int(data["par_num"][k]), int(data["line_num"][k]))))
                break
    for i, cell_words in words.items():
        out[i] = cell_reading(cell_words, scale)
