"""Tables drawn without their outer side rules: the rules the rows end on stand in.

Some agencies' templates frame only the header: below it the row rules run out to the
table's left and right edges, but no vertical rule is drawn there. The lattice then
closes no cell in the first and last columns ("No", "Target 2016") and their text is
lost. Where three or more row rules end at one x, each meeting the table's column rules,
no column rule lies beyond that x (it is the table's side, not the edge of a merged
cell), and a column rule elsewhere spans the gap between two of them (so the gap is
inside one table, not between two stacked ones), the missing side rule is drawn there.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise

from lkjip.geometry import Edge, v_edge

_SAME = 1.0  # ends within this are one x; rules within this are one height
_TOUCH = 3.0  # a rule meets another within this (the lattice's own tolerance)
_NEAR = 6.0  # a vertical rule this close to the end but not at it: the rows overshoot it
_MIN_RULES = 3


def _cluster(values: list[float], tolerance: float) -> list[list[float]]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tolerance:
            out[-1].append(v)
        else:
            out.append([v])
    return out


def column_spans(verticals: list[Edge]) -> list[tuple[float, list[tuple[float, float]]]]:
    """Vertical rules by x, each x with its covered heights merged (pieces touching join)."""
    ordered = sorted(verticals, key=lambda e: float(e["x0"]))
    groups: list[list[Edge]] = []
    for e in ordered:
        if groups and float(e["x0"]) - float(groups[-1][-1]["x0"]) <= _SAME:
            groups[-1].append(e)
        else:
            groups.append([e])
    out: list[tuple[float, list[tuple[float, float]]]] = []
    for edges in groups:
        merged: list[tuple[float, float]] = []
        for top, bottom in sorted((float(e["top"]), float(e["bottom"])) for e in edges):
            if merged and top <= merged[-1][1] + _TOUCH:
                merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
            else:
                merged.append((top, bottom))
        out.append((sum(float(e["x0"]) for e in edges) / len(edges), merged))
    return out


def _covers(spans: list[tuple[float, float]], top: float, bottom: float) -> bool:
    return any(a <= top + _TOUCH and b >= bottom - _TOUCH for a, b in spans)


def close_open_sides(edges: list[Edge]) -> list[Edge]:
    """`edges` with a vertical rule added wherever row rules end at a common x inside one
    table and nothing is drawn there."""
    hs = [e for e in edges if e["orientation"] == "h"]
    vs = [e for e in edges if e["orientation"] == "v"]
    if len(hs) < _MIN_RULES or not vs:
        return edges
    columns = column_spans(vs)
    xs = [x for x, _ in columns]  # ascending
    met: dict[int, bool] = {}

    def meets(e: Edge) -> bool:
        known = met.get(id(e))
        if known is None:
            y, x0, x1 = float(e["top"]), float(e["x0"]), float(e["x1"])
            lo, hi = bisect_left(xs, x0 - _TOUCH), bisect_right(xs, x1 + _TOUCH)
            known = met[id(e)] = any(_covers(columns[k][1], y, y) for k in range(lo, hi))
        return known

    added: list[Edge] = []
    for side in ("x0", "x1"):
        ends: list[list[Edge]] = []
        for e in sorted(hs, key=lambda e: float(e[side])):
            if ends and float(e[side]) - float(ends[-1][-1][side]) <= _SAME:
                ends[-1].append(e)
            else:
                ends.append([e])
        for group in ends:
            if len(group) < _MIN_RULES:
                continue
            x = sum(float(e[side]) for e in group) / len(group)
            k = bisect_left(xs, x - _SAME)
            own = columns[k][1] if k < len(xs) and xs[k] <= x + _SAME else []
            tops = [float(e["top"]) for e in group]
            if _covers(own, min(tops), max(tops)):
                continue  # closed already (most row rules end on a column rule)
            ys = [c[0] for c in _cluster([float(e["top"]) for e in group if meets(e)], _SAME)]
            if len(ys) < _MIN_RULES:
                continue
            beside = [cx for cx, s in columns if any(a <= ys[-1] and b >= ys[0] for a, b in s)]
            if any(_SAME < abs(cx - x) <= _NEAR for cx in beside):
                continue  # the rows overshoot a side rule drawn beside their ends
            if any((cx < x - _SAME) if side == "x0" else (cx > x + _SAME) for cx in beside):
                continue  # an inner end (a merged cell's), not the table's side
            inner = [s for cx, s in columns if abs(cx - x) > _NEAR]
            for top, bottom in pairwise(ys):
                if not _covers(own, top, bottom) and any(_covers(s, top, bottom) for s in inner):
                    added.append(v_edge(x, top, bottom))
    return edges + added if added else edges
