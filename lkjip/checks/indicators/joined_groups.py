"""Folding indicator groups that a reading (not a printed name) shows to be one indicator.

A name spelled out against its acronym, or worded another way under the same sasaran,
joins two groups; every value cell of the joined rows carries the reading's code in
`Cell.inferred`, so a contradiction between them is at most a warning.
"""

from __future__ import annotations

from dataclasses import replace

from lkjip.records import IndicatorRow

_VALUE_CELLS = ("target", "realisasi", "capaian")


def marked(row: IndicatorRow, code: str) -> IndicatorRow:
    """A copy of the row whose value cells (of any year) carry `code`."""
    cells = {k: replace(c, inferred=(*c.inferred, code)) if k.split("_")[0] in _VALUE_CELLS else c
             for k, c in row.cells.items()}
    return replace(row, cells=cells)


def fold(groups: list[list[IndicatorRow]], joined: dict[int, int], code: str) -> list[list[IndicatorRow]]:
    """The groups with each group `j` of `joined` (j → i) added, marked, to group `i`."""
    if not joined:
        return groups
    out = [list(g) for g in groups]
    for j, i in joined.items():
        out[i] += [marked(r, code) for r in groups[j]]
    return [g for k, g in enumerate(out) if k not in joined]
