"""Cells that enclose other cells: the unruled remainder of a partly ruled region.

pdfplumber's cell search takes, from each corner, the first box whose four corners are
joined by rules. Where part of a table has no column rules (the unshaded rows of a banded
table beside ruled ones, a merged block of cells with ruled cells to its right), the box
found from that part's top-left corner runs on to the first corner it can close, around
cells that are ruled: one "cell" enclosing real cells. Filled first, it took their grid
places and read their text as its own. Enclosed cells are placed first; the enclosing
one keeps the places and the characters they leave.
"""

from __future__ import annotations

import numpy as np

from lkjip.geometry import BBox

_TOLERANCE = 1.0


def enclosed_by(cells: list[BBox]) -> dict[int, list[int]]:
    """For each cell that holds other cells of its table, the indexes of those cells."""
    if len(cells) < 3:
        return {}
    boxes = np.array(cells, dtype=float)
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    out: dict[int, list[int]] = {}
    for i in range(len(cells)):
        x0, top, x1, bottom = boxes[i]
        inside = ((boxes[:, 0] >= x0 - _TOLERANCE) & (boxes[:, 1] >= top - _TOLERANCE)
                  & (boxes[:, 2] <= x1 + _TOLERANCE) & (boxes[:, 3] <= bottom + _TOLERANCE) & (area < area[i]))
        if inside.any():
            out[i] = np.flatnonzero(inside).tolist()
    return out
