"""Two ruled tables printed one right under the other, read as one grid.

A CaLK prints the budget change ("Uraian | Anggaran Penetapan | Anggaran Perubahan |
Naik/(Turun)") and the Ikhtisar ("Uraian | Anggaran Setelah Perubahan | Realisasi | Lebih/
(Kurang) | %") with nothing between them, or so little that the first one's bottom rule and
the second one's top rule snap into one. Their cells then share corners and the lattice
geometry groups them as one table, with the union of both tables' column rules: the second
table's amounts land in the first one's columns ("Belanja 5,623,321,866.00" read as a name,
its Lebih/(Kurang) as the anggaran).

The layout feature: across a horizontal rule that no cell crosses, the column rules above
and below are different sets, neither holding the other. Within one table a header spanning
several columns, a "Jumlah" across the number and name columns, or a title row across the
width only leave out some of the rules drawn elsewhere: the rules of one side are a subset
of the other's. Two tables, each with its own columns, each have a rule the other lacks.
The rules on each side are taken together (every row above, every row below), so rows with
merged cells inside one table never split it.

A long word-processor table may also shift its inner column rules a few points from one row
block to the next (a "Sasaran Strategis" band, then indicators drawn with other widths): one
table, whose next row carries on with data. So the split is kept only where the lower part
opens with headings of its own (`opens_with_headings`): two or more cells of words, no
figure but a year ("Uraian | Anggaran Setelah Perubahan | Realisasi TA 2017 | %"); a band
across the table or a numbered line carries the table above on.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from lkjip.extract.source import RawTable
from lkjip.geometry import BBox

_TOLERANCE = 2.0  # points within which two rules are one


def _axis(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _TOLERANCE:
            out.append(v)
    return out


def _at(axis: list[float], v: float) -> int:
    """The index of the axis line nearest v."""
    i = bisect_left(axis, v)
    if i == len(axis) or (i > 0 and v - axis[i - 1] <= axis[i] - v):
        return i - 1
    return i


def _split_once(cells: list[BBox]) -> tuple[list[BBox], list[BBox]] | None:
    ys = _axis([c[1] for c in cells] + [c[3] for c in cells])
    xs = _axis([c[0] for c in cells] + [c[2] for c in cells])
    n = len(ys)
    if n < 4:
        return None
    spans = [(_at(ys, c[1]), _at(ys, c[3]), _at(xs, c[0]), _at(xs, c[2])) for c in cells]
    above: list[set[int]] = [set() for _ in range(n)]  # column rules of the cells ending at or above k
    below: list[set[int]] = [set() for _ in range(n)]  # … of the cells starting at or below k
    crossed = [0] * (n + 1)
    for top, bottom, left, right in spans:
        above[bottom] |= {left, right}
        below[top] |= {left, right}
        crossed[top + 1] += 1
        crossed[bottom] -= 1
    for k in range(1, n):
        above[k] |= above[k - 1]
        crossed[k] += crossed[k - 1]
    for k in range(n - 2, -1, -1):
        below[k] |= below[k + 1]
    for k in range(2, n - 2):  # at least two row lines on either side
        if crossed[k] or not above[k] or not below[k]:
            continue
        if above[k] - below[k] and below[k] - above[k]:
            upper = [c for c, s in zip(cells, spans, strict=True) if s[1] <= k]
            lower = [c for c, s in zip(cells, spans, strict=True) if s[0] >= k]
            return upper, lower
    return None


def split_stacked_frames(cells: list[BBox]) -> list[list[BBox]]:
    """One cell group as the tables it stacks, top to bottom (itself when it is one table)."""
    out: list[list[BBox]] = []
    rest = cells
    while (parts := _split_once(rest)) is not None:
        out.append(parts[0])
        rest = parts[1]
    out.append(rest)
    return out


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def opens_with_headings(table: RawTable) -> bool:
    """The table's first row holds column headings: two or more cells of words, none with a
    figure but a year ("%" alone may head a column)."""
    if table.n_rows < 2:
        return False
    cells = {id(c): c for c in table.grid[0] if c is not None and c.row == 0 and c.text.strip()}
    texts = [" ".join(c.text.split()) for c in cells.values()]
    worded = [t for t in texts if re.search(r"[^\W\d_]{2,}", t)]
    return len(worded) >= 2 and all(not re.search(r"\d", _YEAR.sub("", t)) and len(t) <= 60 for t in texts)


__all__ = ["opens_with_headings", "split_stacked_frames"]
