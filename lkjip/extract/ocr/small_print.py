"""A one-line cell of small print read again at the letter height Tesseract reads best.

On a scanned header band the sub-headings ("DPA", "DPPA", "Realisasi", the column numbers
"3 4 5") are a few pixels tall, grey on a grey fill and surrounded by much empty cell:
read from the cell's crop as a block (psm 6) Tesseract returns nothing at all, although
the word is plain to the eye. The same print, trimmed to its ink, stretched to black on
white, enlarged until its line is about `TARGET_LINE_PX` tall and read as one line
(psm 7), comes back with high confidence. Only a crop holding one line of print is read
this way (several lines are what psm 6 is for); the caller keeps whichever reading is
surer, so a cell the block reading already read well is not touched.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageOps

# Height in pixels of a line of print (ascender to descender) that Tesseract's line
# recogniser reads best; a 7-pt heading at 200 dpi is about half of it.
TARGET_LINE_PX = 34
# A line already this tall is not enlarged (nothing to gain, and bigger crops cost time).
_MIN_GAIN = 1.2
# The darkest and the paper-grey percentiles stretched to black and white.
_INK_PERCENTILE, _PAPER_PERCENTILE = 1.0, 90.0
# Rows or columns dark over this share of their length are a rule left in the crop.
_RULE_SHARE = 0.8
# A run of inked rows at the crop's top or bottom edge no taller than this share of the
# tallest run is what is left of a skewed rule (its steps), not a line of print.
_EDGE_RUN_SHARE = 0.4
_EDGE_PX = 3
# A blank gap of at least this many pixel rows between inked rows separates two lines.
_LINE_GAP_PX = 2
# White margin around the enlarged line: Tesseract misses print touching the border.
MARGIN_PX = 24
# Fewer inked pixels than this are specks, not print.
_MIN_INK_PX = 12
# Ink and paper closer than this (grey levels) are an even fill or blank paper, not print.
_MIN_CONTRAST = 40.0


def stretched(gray: np.ndarray) -> np.ndarray:
    """Ink to black and paper to white: a grey fill behind print no longer looks like ink."""
    ink, paper = np.percentile(gray, _INK_PERCENTILE), np.percentile(gray, _PAPER_PERCENTILE)
    span = max(float(paper - ink), 1.0)
    return np.clip((gray.astype(np.float32) - ink) / span * 255.0, 0, 255).astype(np.uint8)


def ink_lines(ink: np.ndarray) -> list[tuple[int, int]]:
    """Runs of inked pixel rows (top, bottom exclusive), runs closer than a line gap joined."""
    rows = np.flatnonzero(ink.any(axis=1))
    if not len(rows):
        return []
    runs: list[list[int]] = [[int(rows[0]), int(rows[0]) + 1]]
    for r in rows[1:]:
        if r - runs[-1][1] < _LINE_GAP_PX:
            runs[-1][1] = int(r) + 1
        else:
            runs.append([int(r), int(r) + 1])
    return [(a, b) for a, b in runs]


def print_lines(ink: np.ndarray) -> list[tuple[int, int]]:
    """`ink_lines` less specks and the thin runs along the crop's top or bottom edge
    that a skewed rule leaves (a step of it per few pixel rows)."""
    runs = [(a, b) for a, b in ink_lines(ink) if ink[a:b].sum() >= _MIN_INK_PX]
    if not runs:
        return []
    tallest = max(b - a for a, b in runs)
    height = ink.shape[0]

    def rule_piece(a: int, b: int) -> bool:
        at_edge = a <= _EDGE_PX or b >= height - _EDGE_PX
        return at_edge and b - a <= max(_EDGE_PX, _EDGE_RUN_SHARE * tallest) and b - a < tallest

    return [(a, b) for a, b in runs if not rule_piece(a, b)]


def one_line_enlarged(crop: Image.Image) -> tuple[Image.Image, tuple[int, int, int, int]] | None:
    """The crop's one line of print, black on white, enlarged to the target line height,
    and the line's ink box in the crop's pixels; None when the crop holds no print,
    several lines, or print already tall enough."""
    raw = np.asarray(crop.convert("L"))
    if np.percentile(raw, _PAPER_PERCENTILE) - np.percentile(raw, _INK_PERCENTILE) < _MIN_CONTRAST:
        return None
    gray = stretched(raw)
    ink = gray < 128
    # A rule the crop's inset did not trim off (a skewed scan) is not print.
    ink[ink.mean(axis=1) > _RULE_SHARE, :] = False
    ink[:, ink.mean(axis=0) > _RULE_SHARE] = False
    if ink.sum() < _MIN_INK_PX:
        return None
    lines = print_lines(ink)
    if len(lines) != 1:
        return None
    top, bottom = lines[0]
    cols = np.flatnonzero(ink[top:bottom].any(axis=0))
    left, right = int(cols[0]), int(cols[-1]) + 1
    factor = TARGET_LINE_PX / max(bottom - top, 1)
    if factor < _MIN_GAIN:
        return None
    line = Image.fromarray(gray[top:bottom, left:right])
    big = line.resize((max(round(line.width * factor), 1), max(round(line.height * factor), 1)),
                      Image.Resampling.LANCZOS)
    return ImageOps.expand(big, border=MARGIN_PX, fill=255), (left, top, right, bottom)
