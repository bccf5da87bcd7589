"""Indicators of one unruled band told apart by their numbers alone, values uncounted.

A table ruled only around its frame, its columns and its header holds every indicator
in one body band: the number cell stacks "1 … 15", the indicator cell the names, and a
value column as many values as it pleases (an ikhtisar that prints a capaian for each
kegiatan beside the indicators, so one indicator faces three values and six none). The
numbers are the only row marks, and they are not printed level with their names: a
number may stand at the top of its row while the name is centred in it, or below a
short name. The names' lines are cut into as many runs as there are numbers, each
number as near its own run as can be and each run as tight as can be, since a name's
own lines are set closer together than two names (`split_by_numbers`: the cut with
the least sum of number-to-run distances and gaps inside runs). Each value then goes
to the row, number and name together, it is nearest to (`pair_by_rows`).
"""

from __future__ import annotations

from statistics import median

from lkjip.extract.interpret.indicators.bullet_pairing import (
    Item,
    bullet_items,
)
from lkjip.extract.interpret.indicators.numbered_split import numbered_items
from lkjip.extract.source import RawTable
from lkjip.geometry import BBox

# A number further than this many line heights from its name is no mark of it.
_MAX_LINES_AWAY = 3.0
# The cut is quadratic in the lines: a cell longer than this is no table band.
_MAX_LINES = 200


def stacked_numbers(table: RawTable, row: int, indicator_col: int) -> list[Item] | None:
    """The lines of the number cell left of the indicator cell at `row` when they are two
    or more consecutive numbers with boxes, else None."""
    items = numbered_items(table, row, indicator_col, None)
    return items if items is not None and all(b is not None for i in items for _, b in i.lines) else None


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The vertical gap between two spans, 0 when they overlap."""
    return max(0.0, b[0] - a[1], a[0] - b[1])


def split_by_numbers(lines: list[tuple[str, BBox | None]],
                     numbers: list[Item]) -> tuple[list[Item], list[tuple[float, float]]] | None:
    """One indicator per number and each row's vertical span (number and name together),
    or None when the lines cannot be cut so or a number stands far from its name."""
    boxes = [b for _, b in lines]
    spans = [(b[1], b[3]) for b in boxes if b is not None]
    marks = [(n.bbox[1], n.bbox[3]) for n in numbers if n.bbox is not None]
    n, k = len(spans), len(marks)
    if len(spans) != len(lines) or len(marks) != len(numbers) or n < k or k < 2 or n > _MAX_LINES:
        return None
    gaps = [spans[i + 1][0] - spans[i][1] for i in range(n - 1)]  # gaps[i]: after line i
    inside = [0.0]
    for g in gaps:
        inside.append(inside[-1] + max(g, 0.0))  # inside[b] - inside[a]: gaps within lines[a:b]
    inf = float("inf")
    # best[j][i]: the least cost of cutting lines[:i] into the first j runs.
    best = [[inf] * (n + 1) for _ in range(k + 1)]
    cut: list[list[int]] = [[0] * (n + 1) for _ in range(k + 1)]
    best[0][0] = 0.0
    for j in range(1, k + 1):
        for i in range(j, n - (k - j) + 1):
            for s in range(j - 1, i):
                if best[j - 1][s] == inf:
                    continue
                cost = best[j - 1][s] + _distance(marks[j - 1], (spans[s][0], spans[i - 1][1])) + \
                    inside[i - 1] - inside[s]
                if cost < best[j][i]:
                    best[j][i], cut[j][i] = cost, s
    if best[k][n] == inf:
        return None
    bounds = [n]
    for j in range(k, 0, -1):
        bounds.append(cut[j][bounds[-1]])
    bounds.reverse()
    height = median(b - t for t, b in spans)
    items: list[Item] = []
    rows: list[tuple[float, float]] = []
    for j in range(k):
        a, b = bounds[j], bounds[j + 1]
        run = (spans[a][0], spans[b - 1][1])
        if _distance(marks[j], run) > _MAX_LINES_AWAY * height:
            return None
        item = bullet_items(lines[a:b])
        if len(item) != 1:
            return None
        items.append(item[0])
        rows.append((min(run[0], marks[j][0]), max(run[1], marks[j][1])))
    return items, rows


def pair_by_rows(rows: list[tuple[float, float]], values: list[Item]) -> list[Item | None]:
    """For each row, the value nearest it (several joined, in order; None where none is)."""
    out: list[Item | None] = [None] * len(rows)
    for v in values:
        box = v.bbox
        if box is None:
            continue
        k = min(range(len(rows)), key=lambda r: (_distance(rows[r], (box[1], box[3])), r))
        prior = out[k]
        out[k] = v if prior is None else Item(prior.text + "\n" + v.text, prior.top, prior.lines + v.lines)
    return out

