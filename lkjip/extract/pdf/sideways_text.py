"""Text that runs sideways on the page as displayed.

A page stored with /Rotate 90 or 270 over upright content (a scanner or a tool that
"turned" the page by its flag alone) displays its lines running top-to-bottom or
bottom-to-top. Read as displayed, every line is a column: words interleave, tables and
figures are lost, and a words-vs-numeral rule can compare pieces of different lines.
Such a page is read upright instead (its /Rotate changed in the reader's copy to the
quarter turn that makes its lines run left to right: 0 for a page turned by its flag, 90
or 270 for a landscape table drawn turned on a portrait page), and its evidence boxes are
moved back to the page as displayed (`ocr_display.cells_to_displayed`). A page no turn
makes upright is reported as not read, never read as interleaved lines.
"""

from __future__ import annotations

import numpy as np

from lkjip.extract.source import Page

# Enough neighbouring characters to judge, and the share that must step vertically.
_MIN_PAIRS = 40
_SIDEWAYS_SHARE = 0.6


def _steps(page: Page) -> tuple[np.ndarray, np.ndarray] | None:
    """(dx, dy) between neighbouring visible characters that move, or None if too few."""
    boxes = page.char_boxes
    if boxes is None or len(page.text) < _MIN_PAIRS:
        return None
    text = np.frombuffer(page.text.encode("utf-32-le"), dtype=np.uint32)
    visible = ~np.isnan(boxes[:, 0]) & (text > 32)
    cx, cy = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    pair = visible[:-1] & visible[1:]
    dx, dy = np.diff(cx)[pair], np.diff(cy)[pair]
    moving = (np.abs(dx) + np.abs(dy)) > 0
    if int(moving.sum()) < _MIN_PAIRS:
        return None
    return dx[moving], dy[moving]


def runs_sideways(page: Page) -> bool:
    """True when most neighbouring characters of a line step along y, not x."""
    steps = _steps(page)
    if steps is None:
        return False
    dx, dy = steps
    return float(np.mean(np.abs(dy) > np.abs(dx))) >= _SIDEWAYS_SHARE


def reads_upright(page: Page) -> bool:
    """True when the lines run left to right (not sideways, not upside down)."""
    steps = _steps(page)
    if steps is None:
        return True
    dx, dy = steps
    across = np.abs(dx) >= np.abs(dy)
    return float(np.mean(across)) > 1 - _SIDEWAYS_SHARE and float(np.mean(dx[across] > 0)) >= _SIDEWAYS_SHARE
