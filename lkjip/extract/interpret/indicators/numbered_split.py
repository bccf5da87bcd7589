"""Indicators stacked in one cell beside a stack of their numbers ("1 / 2 / 3 / 4").

An unruled IKU table merges several rows into one: the number cell holds "1\n2\n3\n4",
the indicator cell the names, wrapped over one to three lines each, and every value
cell one value per indicator. Values, and often the numbers too, are printed level with
the middle of a wrapped name rather than its first line, but each number stands beside
its own name: every name line goes to the number whose middle is nearest its own.
"""

from __future__ import annotations

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


def numbered_items(table: RawTable, row: int, indicator_col: int, wanted: int) -> list[Item] | None:
    """The number cell's lines left of the indicator cell at `row`, when they are `wanted`
    consecutive numbers, else None."""
    if indicator_col == 0 or row >= table.n_rows or indicator_col - 1 >= len(table.grid[row]):
        return None
    cell = table.grid[row][indicator_col - 1]
    if cell is None or cell.row != row:
        return None
    lines = cell_lines(cell)
    texts = [t.strip() for t, _ in lines]
    if len(texts) != wanted or wanted < 2 or not all(_NUMBER.fullmatch(t) for t in texts):
        return None
    numbers = [int(t.rstrip(".")) for t in texts]
    if numbers != list(range(numbers[0], numbers[0] + wanted)):
        return None
    return value_items(lines)


def split_at_numbers(lines: list[tuple[str, BBox | None]], numbers: list[Item]) -> list[Item] | None:
    """The indicators of `lines`, one per number, each line going to the number whose
    middle is nearest; None when a number gets no line or the groups interleave."""
    boxes = [b for _, b in lines]
    middles = [(b[1] + b[3]) / 2 for n in numbers for b in [n.bbox] if b is not None]
    if any(b is None for b in boxes) or len(middles) != len(numbers):
        return None
    owner = [min(range(len(middles)), key=lambda k, b=b: abs(middles[k] - (b[1] + b[3]) / 2))
             for b in boxes if b is not None]
    if owner != sorted(owner) or set(owner) != set(range(len(numbers))):
        return None
    groups = [[line for line, o in zip(lines, owner, strict=True) if o == k] for k in range(len(numbers))]
    items = [bullet_items(g) for g in groups]
    if any(len(i) != 1 for i in items):
        return None
    return [i[0] for i in items]
