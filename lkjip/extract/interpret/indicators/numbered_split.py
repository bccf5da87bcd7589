"""Indicators stacked in one cell beside a stack of their numbers ("1 / 2 / 3 / 4").

An unruled IKU table merges several rows into one: the number cell holds "1\n2\n3\n4",
the indicator cell the names, wrapped over one to three lines each, and every value
cell one value per indicator. Values are often printed level with the middle of a
wrapped name rather than its first line; each number stands level with its name's first
line, or just below it when centred on a two-line name: each name starts at the last
line level with or above its number.
"""

from __future__ import annotations

import itertools
import re

from lkjip.extract.interpret.indicators.bullet_pairing import (
    Item,
    bullet_items,
    cell_lines,
    value_items,
)
from lkjip.extract.source import RawTable
from lkjip.geometry import BBox

_NUMBER = re.compile(r"\d{1,3}\.?")
_LEVEL = 0.6  # within this share of a line's height: level with it


def numbered_items(table: RawTable, row: int, indicator_col: int, wanted: int | None) -> list[Item] | None:
    """The number cell's lines left of the indicator cell at `row`, when they are `wanted`
    (any count from two when None) consecutive numbers, else None."""
    if indicator_col == 0 or row >= table.n_rows or indicator_col - 1 >= len(table.grid[row]):
        return None
    cell = table.grid[row][indicator_col - 1]
    if cell is None or cell.row != row:
        return None
    lines = cell_lines(cell)
    texts = [t.strip() for t, _ in lines]
    if len(texts) < 2 or (wanted is not None and len(texts) != wanted) or \
            not all(_NUMBER.fullmatch(t) for t in texts):
        return None
    numbers = [int(t.rstrip(".")) for t in texts]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None
    return value_items(lines)


def split_at_numbers(lines: list[tuple[str, BBox | None]], numbers: list[Item]) -> list[Item] | None:
    """The indicators of `lines`, one per number: each starts at the last line whose top
    is level with or above its number's (a number centred on a two-line name sits
    between them); None when a number starts no new line."""
    boxes = [b for _, b in lines]
    if any(b is None for b in boxes) or any(n.top is None for n in numbers):
        return None
    starts: list[int] = []
    for number in numbers:
        assert number.top is not None
        above = [k for k, b in enumerate(boxes) if b is not None and b[1] <= number.top + _LEVEL * (b[3] - b[1])]
        if not above or (starts and above[-1] <= starts[-1]):
            return None
        starts.append(above[-1])
    if starts[0] != 0:
        return None
    items = [bullet_items(lines[a:b]) for a, b in itertools.pairwise([*starts, len(lines)])]
    if any(len(i) != 1 for i in items):
        return None
    return [i[0] for i in items]
