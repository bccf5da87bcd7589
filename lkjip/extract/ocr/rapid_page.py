"""A scanned page read by the line recogniser (PP-OCR through `ocr.rapid`) into the same
Page Tesseract's reading gives: words with boxes and a confidence per character.

On a low-resolution scan (print 5-8 px high once the scan's own pixels are counted)
Tesseract reads few amounts digit for digit; PP-OCR reads most of them (on the labelled
pages of a 65-ppi scan in the corpus: 86 of 133 printed numbers digit-exact against 19).
It returns text LINES, a line being a run of print without a wide gap, often one table
cell, sometimes two cells of a row. The table builders work on words, so

- `split_line`: a line's words get their own boxes from the gaps in its ink (the widest
  gaps between the line's print, one per space of the text); where the ink shows fewer
  gaps than spaces, the line's width is shared by character count;
- `visual_rows`: lines on one baseline become one text line of the page (a table row
  read left to right), as Tesseract's reading of a row would be.

Each word carries its line's score scaled 0..100 like Tesseract's confidence, so the doubt
machinery (`ocr.cells`, `checks.certainty`) treats both readings alike.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from lkjip.extract.ocr import rapid
from lkjip.extract.ocr.tesseract import OcrWord, fix_percent_signs, words_to_page
from lkjip.extract.source import Page
from lkjip.geometry import BBox

# A gap between ink columns at least this share of the line's height separates words.
_WORD_GAP_SHARE = 0.25
# Lines whose vertical overlap is at least this share of the shorter one share a row.
_SAME_ROW_SHARE = 0.5


def read_page_lines(image: Image.Image) -> list[tuple[BBox, str, float]]:
    """The page's lines of print: axis-aligned box (pixels), text, confidence 0..100.

    Without the angle classifier: on a blurred low-resolution scan it takes upright lines
    for upside-down ones ("Berdasarkan tabel diatas …" turned and read as garbage, then
    dropped under the recogniser's score floor, amounts and all); the reader hands a page
    it had to turn to Tesseract, so the lines read here stand upright."""
    return [(ln.box, ln.text, ln.confidence) for ln in rapid.read_lines(image, turned_lines=False)]


def _ink_gaps(ink: np.ndarray, min_gap: int) -> list[tuple[int, int]]:
    """Runs of columns without ink between the first and last inked column (start, end)."""
    cols = ink.any(axis=0)
    inked = np.flatnonzero(cols)
    if len(inked) < 2:
        return []
    gaps, start = [], None
    for x in range(int(inked[0]), int(inked[-1]) + 1):
        if not cols[x]:
            start = x if start is None else start
        elif start is not None:
            if x - start >= min_gap:
                gaps.append((start, x))
            start = None
    return gaps


def split_line(box: BBox, text: str, gray: np.ndarray | None) -> list[tuple[str, BBox]]:
    """The words of a line with their own boxes (pixels of the page image)."""
    words = text.split()
    x0, top, x1, bottom = box
    if len(words) <= 1:
        return [(text.strip(), box)] if words else []
    bounds: list[float] | None = None
    if gray is not None:
        crop = gray[max(int(top), 0):int(bottom) + 1, max(int(x0), 0):int(x1) + 1]
        if crop.size:
            # Dark against the crop's own paper: the same threshold for grey and B/W scans.
            ink = crop < min(128, (int(crop.max()) + int(crop.min())) // 2)
            gaps = _ink_gaps(ink, max(int(_WORD_GAP_SHARE * (bottom - top)), 2))
            if len(gaps) >= len(words) - 1:
                widest = sorted(sorted(gaps, key=lambda g: g[1] - g[0], reverse=True)[:len(words) - 1])
                bounds = [x0 + (a + b) / 2 for a, b in widest]
    if bounds is None:
        # Too few gaps in the ink (tight print): share the width by character count.
        total = sum(len(w) for w in words) + len(words) - 1
        step, at, bounds = (x1 - x0) / max(total, 1), 0, []
        for w in words[:-1]:
            at += len(w) + 1
            bounds.append(x0 + (at - 0.5) * step)
    edges = [x0, *bounds, x1]
    return [(w, (edges[i], top, edges[i + 1], bottom)) for i, w in enumerate(words)]


def visual_rows(lines: list[tuple[BBox, str, float]]) -> list[list[tuple[BBox, str, float]]]:
    """Lines grouped by baseline, top to bottom, each row left to right."""
    rows: list[list[tuple[BBox, str, float]]] = []
    for line in sorted(lines, key=lambda ln: (ln[0][1] + ln[0][3]) / 2):
        top, bottom = line[0][1], line[0][3]
        if rows:
            r_top = min(ln[0][1] for ln in rows[-1])
            r_bottom = max(ln[0][3] for ln in rows[-1])
            overlap = min(bottom, r_bottom) - max(top, r_top)
            if overlap >= _SAME_ROW_SHARE * min(bottom - top, r_bottom - r_top):
                rows[-1].append(line)
                continue
        rows.append([line])
    return [sorted(row, key=lambda ln: ln[0][0]) for row in rows]


def page_words(image: Image.Image, lines: list[tuple[BBox, str, float]]) -> list[OcrWord]:
    """The lines as OcrWords in reading order, one line key per visual row."""
    gray = np.asarray(image.convert("L"))
    words: list[OcrWord] = []
    for r, row in enumerate(visual_rows(lines)):
        for box, text, conf in row:
            words.extend(OcrWord(w, b, conf, (r, 0, 0)) for w, b in split_line(box, text, gray))
    return fix_percent_signs(words)


def ocr_image_rapid(image: Image.Image, number: int, dpi: int) -> tuple[Page, Image.Image]:
    """OCR a rendered page with the line recogniser; returns the Page and the levelled
    image (for rulings), like `tesseract.ocr_image`."""
    from lkjip.extract.ocr.deskew import deskew

    scale = dpi / 72
    image, _ = deskew(image)
    words = page_words(image, read_page_lines(image))
    return words_to_page(words, number, image.width / scale, image.height / scale, scale, 0), image
