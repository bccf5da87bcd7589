"""Shading drawn inside shading: a cell's text band, not a rule.

Word shades a table row by filling each cell and, inset a few points, the paragraph in
it, in the same colour and with no stroke. The inner fill's edges are no rules: read as
rules they cut every shaded cell into a narrow empty strip, the text, and another strip
(and a wrapped name into one piece per paragraph), so a shaded row's cells no longer
sit in the columns of the unshaded rows. A fill nested in a fill of its colour is
therefore dropped; an outer fill, whose edges lie on the cell's rules, is kept.
"""

from __future__ import annotations

import numpy as np

# (left, bottom, right, top) in user space, and the fill colour (r, g, b, a).
Fill = tuple[tuple[float, float, float, float], tuple[int, int, int, int]]

_INSIDE = 0.5  # points a nested fill may overhang its outer one (rounding)


def nested_fills(fills: list[Fill]) -> set[int]:
    """Indexes of the fills lying within another, larger fill of the same colour."""
    if len(fills) < 2:
        return set()
    boxes = np.array([f[0] for f in fills], dtype=float)
    colours = np.array([f[1] for f in fills], dtype=np.int64)
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    out: set[int] = set()
    for i in range(len(fills)):
        x0, y0, x1, y1 = boxes[i]
        inside = ((boxes[:, 0] <= x0 + _INSIDE) & (boxes[:, 1] <= y0 + _INSIDE) & (boxes[:, 2] >= x1 - _INSIDE)
                  & (boxes[:, 3] >= y1 - _INSIDE) & (area > area[i]) & (colours == colours[i]).all(axis=1))
        if inside.any():
            out.add(i)
    return out
