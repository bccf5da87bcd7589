"""Indicators stacked in one cell without bullet marks, split where their values start.

When no rule separates two rows, a table engine merges them: the indicator cell holds
two names ("Tingkat kesesuaian perencanaan …" then "Persentase usulan …") and every
value cell two values, each printed level with the first line of its indicator. Each
value column then says where an indicator starts: the indicator line level with each
value, or, for a value printed in the blank line between two names, the line after it. Kept only when every value column gives the same starts and the first value is
level with the cell's first line.
"""

from __future__ import annotations

import itertools

from lkjip.extract.interpret.indicators.bullet_pairing import Item, bullet_items
from lkjip.geometry import BBox

# Level within this share of a line's height counts as the same line.
_LEVEL = 0.6
# Two names a blank line apart: their lines' pitch at least this many times the usual.
_BLANK_LINE = 1.6


def _starts(lines: list[tuple[str, BBox | None]], tops: list[float]) -> list[int] | None:
    boxes = [b for _, b in lines]
    if any(b is None for b in boxes):
        return None
    starts: list[int] = []
    for top in tops:
        near = [k for k, b in enumerate(boxes) if b is not None and abs(b[1] - top) <= _LEVEL * (b[3] - b[1])]
        if not near:
            near = _after_gap(boxes, top)
        if len(near) != 1 or (starts and near[0] <= starts[-1]):
            return None
        starts.append(near[0])
    return starts if starts and starts[0] == 0 else None


def _after_gap(boxes: list[BBox | None], top: float) -> list[int]:
    """The line after a blank line the value is printed in: a value centred between two
    names whose cell leaves an empty line between them ("Kab/Kota" / 100,53 / "Persentase
    usulan"), level with no line of either."""
    tops = [b[1] for b in boxes if b is not None]
    pitches = sorted(b - a for a, b in itertools.pairwise(tops))
    if not pitches:
        return []
    pitch = pitches[len(pitches) // 2]
    return [k for k in range(1, len(boxes))
            if (a := boxes[k - 1]) is not None and (b := boxes[k]) is not None
            and a[3] <= top < b[1] and b[1] - a[1] >= _BLANK_LINE * pitch]


def split_at_value_tops(lines: list[tuple[str, BBox | None]], columns: list[list[Item]]) -> list[Item] | None:
    """The indicators of `lines`, one per value of each column in `columns` (every column
    holding the same number, more than one), or None when the values do not say."""
    wanted = {len(c) for c in columns}
    if len(wanted) != 1 or wanted.pop() < 2:
        return None
    found: list[int] | None = None
    for values in columns:
        if any(v.top is None for v in values):
            return None
        starts = _starts(lines, [v.top for v in values if v.top is not None])
        if starts is None or (found is not None and starts != found):
            return None
        found = starts
    assert found is not None
    bounds = [*found, len(lines)]
    items = [bullet_items(lines[a:b]) for a, b in itertools.pairwise(bounds)]
    if any(len(i) != 1 for i in items):
        return None
    return [i[0] for i in items]
