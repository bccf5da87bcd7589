"""Text that runs sideways on the page as displayed.

A page stored with /Rotate 90 or 270 over upright content (a scanner or a tool that
"turned" the page by its flag alone) displays its lines running top-to-bottom or
bottom-to-top. Read as displayed, every line is a column: words interleave, tables and
figures are lost, and a words-vs-numeral rule can compare pieces of different lines.
Such a page is read upright instead (its /Rotate set to 0 in the reader's copy), and its
evidence boxes are moved back to the page as displayed (`ocr_display.cells_to_displayed`).
Sideways text on a page without /Rotate cannot be turned that way: the page is reported
as not read, never read as garbage.
"""

from __future__ import annotations

import numpy as np

from lkjip.extract.source import Page

# Enough neighbouring characters to judge, and the share that must step vertically.
_MIN_PAIRS = 40
_SIDEWAYS_SHARE = 0.6


def runs_sideways(page: Page) -> bool:
    """True when most neighbouring characters of a line step along y, not x."""
    boxes = page.char_boxes
    if boxes is None or len(page.text) < _MIN_PAIRS:
        return False
    text = np.frombuffer(page.text.encode("utf-32-le"), dtype=np.uint32)
    visible = ~np.isnan(boxes[:, 0]) & (text > 32)
    cx, cy = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    pair = visible[:-1] & visible[1:]
    if int(pair.sum()) < _MIN_PAIRS:
        return False
    dx = np.abs(np.diff(cx))[pair]
    dy = np.abs(np.diff(cy))[pair]
    moving = (dx + dy) > 0
    if int(moving.sum()) < _MIN_PAIRS:
        return False
    return float(np.mean(dy[moving] > dx[moving])) >= _SIDEWAYS_SHARE
