"""Shading drawn inside shading: a cell's text band, not a rule.

Word shades a table row by filling each cell and, inset a few points, the paragraph in
it, in the same colour and with no stroke. The inner fill's edges are no rules: read as
rules they cut every shaded cell into a narrow empty strip, the text, and another strip
(and a wrapped name into one piece per paragraph), so a shaded row's cells no longer
sit in the columns of the unshaded rows. A fill nested in a fill of its colour is
therefore dropped; an outer fill, whose edges lie on the cell's rules, is kept.

Word also tiles one shaded cell with several fills side by side (a strip for each cell
margin beside the text's band, one band per paragraph). Where two tiles of one colour
meet beside a margin strip (a tile under `_STRIP` points wide), no colour changes on the
page: that seam is no rule either (`seam_sides`). Seams of wider tiles are kept: cells
filled one by one in one colour may have no other rule between them.
"""

from __future__ import annotations

import numpy as np

# (left, bottom, right, top) in user space, and the fill colour (r, g, b, a).
Fill = tuple[tuple[float, float, float, float], tuple[int, int, int, int]]

_INSIDE = 0.5  # points a nested fill may overhang its outer one (rounding)
_SEAM = 0.6  # points two tiles may stand apart (or overlap) and still meet
_STRIP = 8.0  # a cell margin's tile is narrower than this across its seam
# A side of a fill: its index in the box (left, bottom, right, top) and the facing side's.
_FACING = {0: 2, 1: 3, 2: 0, 3: 1}


def nested_fills(fills: list[Fill]) -> set[int]:
    """Indexes of the fills lying within another, larger fill of the same colour."""
    if len(fills) < 2:
        return set()
    boxes = np.array([f[0] for f in fills], dtype=float)
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    out: set[int] = set()
    for members in _same_colour_groups(fills):
        if len(members) < 2:
            continue  # a fill alone in its colour lies in no fill of its colour
        group, group_area = boxes[members], area[members]
        for i in members.tolist():
            x0, y0, x1, y1 = boxes[i]
            inside = ((group[:, 0] <= x0 + _INSIDE) & (group[:, 1] <= y0 + _INSIDE) & (group[:, 2] >= x1 - _INSIDE)
                      & (group[:, 3] >= y1 - _INSIDE) & (group_area > area[i]))
            if inside.any():
                out.add(i)
    return out


def _same_colour_groups(fills: list[Fill]) -> list[np.ndarray]:
    """The indexes (ascending) of the fills of each colour. Fills are compared only
    within their colour: a shaded table has hundreds of fills in two or three colours,
    and comparing each with all, colour by colour, was most of the page's ruling time."""
    ids: dict[tuple[int, ...], int] = {}
    colour_id = np.array([ids.setdefault(tuple(f[1]), len(ids)) for f in fills], dtype=np.int64)
    return [np.flatnonzero(colour_id == c) for c in range(len(ids))]


def _covered(span: tuple[float, float], pieces: list[tuple[float, float]]) -> bool:
    """The pieces, joined, cover the span (allowing the seam tolerance at each join)."""
    at = span[0]
    for low, high in sorted(pieces):
        if low > at + _SEAM:
            return False
        at = max(at, high)
    return at >= span[1] - _SEAM


def seam_sides(fills: list[Fill]) -> dict[int, set[int]]:
    """For each fill, the sides (0 left, 1 bottom, 2 right, 3 top, as in its box) along
    which same-coloured fills meet it over the side's whole length: seams between tiles
    of one shaded area, where the page shows no edge."""
    out: dict[int, set[int]] = {}
    if len(fills) < 2:
        return out
    boxes = np.array([f[0] for f in fills], dtype=float)
    narrow = (boxes[:, 2] - boxes[:, 0]) < _STRIP
    if not narrow.any():
        return out  # a seam is dropped only beside a margin strip: none on this page
    for members in _same_colour_groups(fills):
        if len(members) < 2 or not narrow[members].any():
            continue  # alone in its colour, or no margin strip in it: every edge stays
        group, group_narrow = boxes[members], narrow[members]
        for at, i in enumerate(members.tolist()):
            same = np.ones(len(members), dtype=bool)
            same[at] = False
            for side, facing in _FACING.items():
                lo, hi = (1, 3) if side in (0, 2) else (0, 2)  # the side runs along y, or along x
                span = (float(boxes[i, lo]), float(boxes[i, hi]))
                low, high = np.maximum(group[:, lo], span[0]), np.minimum(group[:, hi], span[1])
                meet = same & (np.abs(group[:, facing] - boxes[i, side]) <= _SEAM) & (high > low)
                if not (group_narrow[at] or group_narrow[meet].any()):
                    continue  # no margin strip at this seam: cells filled one by one keep their edge
                if meet.any() and _covered(span, list(zip(low[meet].tolist(), high[meet].tolist(), strict=True))):
                    out.setdefault(i, set()).add(side)
    return out
