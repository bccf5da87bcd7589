"""A column's separator style, and the OCR'd amounts that break it.

A scanned column of amounts prints them one way ("108.802.265,00": '.' between thousands,
',' before two decimals). OCR confuses '.' and ',' and drops them (the line recogniser
more than Tesseract: its digits are mostly right, its separators are not), so an amount
may read "64.137,914" (a '.' read as ',': sixty-four thousand instead of sixty-four
million) or "550.00". Each parses, so no other check doubts it. The column's own style
is the yardstick: an amount that ends unlike most of its column (another separator
before its last group, or another count of digits after it) is marked `ocr_glyph` and
left as read: it fits only after a '.'/',' swap, which is a guess, not a reading.
"""

from __future__ import annotations

import re
from collections import Counter

from lkjip.extract.ocr.cells import GLYPH, add_doubt, table_cells
from lkjip.extract.source import RawCell, RawTable

# A number with at least one separator: "1.250", "108.802.265,00", "57,47".
_SEPARATED_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d+)+(?![\d])")
# The column's style is trusted when this many amounts share it and they are most.
_MIN_AGREEING = 2
_MIN_SHARE = 0.6


def tail(token: str) -> tuple[str, int]:
    """The last separator of an amount and the count of digits after it ('.', 3)."""
    at = max(token.rfind("."), token.rfind(","))
    return token[at], len(token) - at - 1


def _amounts(text: str) -> list[str]:
    """Amounts of thousands (a group of 3 digits before the last separator): percentages
    and small decimals ("57,47") follow a style of their own."""
    return [t for t in _SEPARATED_NUMBER.findall(text) if len(re.sub(r"\D", "", t)) >= 6]


def column_style(cells: list[RawCell]) -> tuple[str, int] | None:
    """The tail most amounts of a column share, when enough agree."""
    tails = Counter(tail(t) for c in cells for t in _amounts(c.text))
    if not tails:
        return None
    style, count = tails.most_common(1)[0]
    if count >= _MIN_AGREEING and count >= _MIN_SHARE * sum(tails.values()):
        return style
    return None


def mark_separator_doubts(table: RawTable) -> int:
    """Mark `ocr_glyph` on each line holding an amount whose tail breaks its column's
    style; returns how many lines were marked."""
    by_col: dict[int, list[RawCell]] = {}
    for cell in table_cells(table):
        by_col.setdefault(cell.col, []).append(cell)
    marked = 0
    for cells in by_col.values():
        style = column_style(cells)
        if style is None:
            continue
        for cell in cells:
            lines = [t for t, _ in cell.line_boxes] or [cell.text]
            for i, line in enumerate(lines):
                if any(tail(t) != style for t in _amounts(line)):
                    add_doubt(cell, i if cell.line_boxes else None, GLYPH)
                    marked += 1
    return marked
