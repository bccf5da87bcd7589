"""The figures of a composite cell, and which of two cells' figures measure the same thing.

A cell may state one measure two ways: "20% (11 OPD)" in one table and "≥B = 12 OPD (20%)"
in another. Read as one number each, the first is 20 and the second is nothing; read
figure by figure they agree on the percentage and differ on the count. Like is compared
with like: a figure with a unit only with the other cell's figure of that unit; a bare
number ("62") only with a cell that states one figure ("65 orang"), since beside several
it is not clear which it restates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lkjip.numbers import parse_quantity, units_equivalent
from lkjip.numbers.quantity import Quantity

# Where a composite cell's statements part: "≥B = 12 OPD\n(20%)" -> "≥B", "12 OPD", "20%".
_PARTS = re.compile(r"[=()\n;]|\s/\s")


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str | None  # normalised ("persen", "orang", "opd"); None for a bare number
    text: str  # as printed, for the message and the value comparison


def figures(q: Quantity) -> list[Figure]:
    """The figures a cell states: its value and its bracketed second figure as read, or,
    where the cell as a whole reads as no number ("≥B = 12 OPD (20%)"), each of its parts
    that reads as one."""
    if q.value is not None:
        main = q.text.split("(")[0].strip() if q.secondary is not None else q.text.strip()
        out = [Figure(float(q.value), q.unit, main)]
        if q.secondary is not None and q.secondary.value is not None:
            out.append(Figure(float(q.secondary.value), q.secondary.unit, q.secondary.text))
        return out
    if q.parts:
        return []  # a tally of labelled parts is several measures, not one restated
    out = []
    for piece in _PARTS.split(q.text):
        part = parse_quantity(piece.strip()) if piece.strip() else None
        if part is not None and part.value is not None and not part.parts:
            out.append(Figure(float(part.value), part.unit, piece.strip()))
    return out


def like_pairs(a: list[Figure], b: list[Figure]) -> list[tuple[Figure, Figure]]:
    """The figures of two cells that measure the same thing, paired: by unit where both
    have it (each unit once on either side), else one bare number with one lone figure."""
    pairs = []
    for fa in a:
        if fa.unit is None:
            continue
        same_a = [f for f in a if f.unit is not None and units_equivalent(f.unit, fa.unit)]
        same_b = [f for f in b if f.unit is not None and units_equivalent(f.unit, fa.unit)]
        if len(same_a) == 1 and len(same_b) == 1:
            pairs.append((fa, same_b[0]))
    if pairs:
        return pairs
    if len(a) == 1 and len(b) == 1 and (a[0].unit is None or b[0].unit is None):
        return [(a[0], b[0])]
    return []
