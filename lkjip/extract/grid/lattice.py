"""pdfplumber's lattice geometry (edges → cells → tables), re-implemented to run fast.

Each function mirrors one of `pdfplumber.table` (0.11): `merge_edges` (with
`snap_edges` / `utils.snap_objects` and `join_edge_group`), `utils.filter_edges`,
`edges_to_intersections`, `intersections_to_cells` and `cells_to_tables`, and gives
the same result, float for float and in the same order (tests/tables/
test_tables_fast_geometry.py compares them on random grids). Why it is faster:

- edges are plain tuples, not dicts copied on every snap and join;
- intersections come from a sweep over vertical rules sorted by x (bisect), not a
  test of every vertical rule against every horizontal one;
- a cell's corner search walks only the points of its own column and row (dict
  indexes) and compares small integer sets of rule ids, where pdfplumber rescans
  every later point and rebuilds bbox sets for each pair;
- cells are grouped into tables by a union-find over shared corners, and
  pdfplumber's passes (which fix the order of a table's cells) are replayed over each
  table's own cells, not over every remaining cell of the page with `list.remove`.

The float arithmetic is kept exactly as pdfplumber writes it (a snapped coordinate
is `x + (avg - x)`, a joined rule's height `h + (new - old)`), because the cell
boxes are compared for equality downstream.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import groupby
from typing import Any

Point = tuple[Any, Any]
Box = tuple[Any, Any, Any, Any]
# A rule as (x0, top, x1, bottom, length, orientation): length is pdfplumber's
# "width" for a horizontal rule and "height" for a vertical one (what filter_edges tests).
Rule = tuple[Any, Any, Any, Any, Any, str]


def rules_of(edges: Iterable[dict[str, Any]]) -> list[Rule]:
    """pdfplumber edge dicts as rule tuples, in the same order."""
    out: list[Rule] = []
    for e in edges:
        o = e["orientation"]
        length = e["width"] if o == "h" else e["height"]
        out.append((e["x0"], e["top"], e["x1"], e["bottom"], length, o))
    return out


def _snap(rules: list[Rule], along_x: bool, tolerance: Any) -> list[Rule]:
    """`utils.snap_objects`: chain-cluster the distinct positions, move each cluster to
    its mean (summed in the order pdfplumber sums), clusters in ascending order."""
    key = 0 if along_x else 1
    values = sorted(set(r[key] for r in rules))
    cluster_of: dict[Any, int] = {}
    if tolerance == 0 or len(values) < 2:
        cluster_of = {v: i for i, v in enumerate(values)}
    else:
        n, last = 0, values[0]
        for v in values:
            if v > last + tolerance:
                n += 1
            cluster_of[v] = n
            last = v
    members: dict[int, list[Rule]] = {}
    for r in rules:  # stable: input order within a cluster, as pdfplumber's sorted()
        members.setdefault(cluster_of[r[key]], []).append(r)
    out: list[Rule] = []
    for c in sorted(members):
        cluster = members[c]
        avg = sum(r[key] for r in cluster) / len(cluster)
        for x0, top, x1, bottom, length, o in cluster:
            if along_x:
                d = avg - x0
                out.append((x0 + d, top, x1 + d, bottom, length, o))
            else:
                d = avg - top
                out.append((x0, top + d, x1, bottom + d, length, o))
    return out


def snap_rules(rules: list[Rule], along_x: bool, tolerance: Any) -> list[Rule]:
    """`_snap` for callers that need to know where each rule went: the last field of a
    rule (its orientation) is passed through, so it may carry the caller's tag."""
    return _snap(rules, along_x, tolerance)


def _join(group: Iterable[Rule], horizontal: bool, tolerance: Any) -> list[Rule]:
    """`join_edge_group`: collinear rules closer than `tolerance` become one."""
    lo, hi = (0, 2) if horizontal else (1, 3)
    ordered = sorted(group, key=lambda r: r[lo])
    joined = [ordered[0]]
    for r in ordered[1:]:
        last = joined[-1]
        if r[lo] <= last[hi] + tolerance:
            if r[hi] > last[hi]:
                x0, top, x1, bottom, length, o = last
                if horizontal:  # resize_object(…, "x1", v): width = v - x0
                    joined[-1] = (x0, top, r[2], bottom, r[2] - x0, o)
                else:  # resize_object(…, "bottom", v): height += v - bottom
                    joined[-1] = (x0, top, x1, r[3], length + (r[3] - bottom), o)
        else:
            joined.append(r)
    return joined


def merge_rules(rules: list[Rule], snap_x: Any, snap_y: Any, join_x: Any, join_y: Any) -> list[Rule]:
    """`merge_edges`: snap near-collinear rules together, then join their pieces."""
    if snap_x > 0 or snap_y > 0:
        rules = _snap([r for r in rules if r[5] == "v"], True, snap_x) + \
            _snap([r for r in rules if r[5] == "h"], False, snap_y)

    def group(r: Rule) -> tuple[str, Any]:
        return ("h", r[1]) if r[5] == "h" else ("v", r[0])

    out: list[Rule] = []
    for k, items in groupby(sorted(rules, key=group), key=group):
        out.extend(_join(items, k[0] == "h", join_x if k[0] == "h" else join_y))
    return out


def filter_rules(rules: list[Rule], min_length: Any) -> list[Rule]:
    """`utils.filter_edges(…, min_length=…)`."""
    return [r for r in rules if r[4] >= min_length]


def rules_to_intersections(rules: list[Rule], x_tolerance: Any, y_tolerance: Any
                           ) -> dict[Point, tuple[set[int], set[int]]]:
    """`edges_to_intersections`: each crossing point with its vertical and horizontal
    rules. pdfplumber keeps lists of edges and compares only their boxes, so a rule is
    named here by the index in `rules` of the first rule with its box."""
    box_id: dict[Box, int] = {}
    ids = [box_id.setdefault(r[:4], i) for i, r in enumerate(rules)]
    vs = sorted((i for i, r in enumerate(rules) if r[5] == "v"), key=lambda i: rules[i][0])
    hs = [i for i, r in enumerate(rules) if r[5] == "h"]
    xs = [rules[i][0] for i in vs]
    out: dict[Point, tuple[set[int], set[int]]] = {}
    for h in hs:
        h_x0, h_top, h_x1 = rules[h][:3]
        for v in vs[bisect_left(xs, h_x0 - x_tolerance):bisect_right(xs, h_x1 + x_tolerance)]:
            v_x0, v_top, _, v_bottom = rules[v][:4]
            if v_top <= h_top + y_tolerance and v_bottom >= h_top - y_tolerance:
                vertex = (v_x0, h_top)
                sets = out.get(vertex)
                if sets is None:
                    sets = out[vertex] = (set(), set())
                sets[0].add(ids[v])
                sets[1].add(ids[h])
    return out


def intersections_to_cells(intersections: dict[Point, tuple[set[int], set[int]]]) -> list[Box]:
    """`intersections_to_cells`: for each point in (x, y) order, the first (below, right)
    pair, below first, whose four corners are joined by rules gives its cell."""
    v_of = {p: v for p, (v, _) in intersections.items()}
    h_of = {p: h for p, (_, h) in intersections.items()}
    points = sorted(intersections)
    column: dict[Any, list[Point]] = {}  # points of one x, by y (points are sorted)
    row: dict[Any, list[Point]] = {}  # points of one y, by x
    for p in points:
        column.setdefault(p[0], []).append(p)
        row.setdefault(p[1], []).append(p)
    col_pos = {p: i for pts in column.values() for i, p in enumerate(pts)}
    row_pos = {p: i for pts in row.values() for i, p in enumerate(pts)}

    cells: list[Box] = []
    for pt in points:
        ph = h_of[pt]
        right = [r for r in row[pt[1]][row_pos[pt] + 1:] if not ph.isdisjoint(h_of[r])]
        if not right:
            continue
        pv = v_of[pt]
        found = None
        for b in column[pt[0]][col_pos[pt] + 1:]:
            if pv.isdisjoint(v_of[b]):
                continue
            bh = h_of[b]
            for r in right:
                corner = (r[0], b[1])
                cv = v_of.get(corner)
                if cv is not None and not cv.isdisjoint(v_of[r]) and not h_of[corner].isdisjoint(bh):
                    found = (pt[0], pt[1], corner[0], corner[1])
                    break
            if found:
                cells.append(found)
                break
    return cells


def cells_to_tables(cells: list[Box]) -> list[list[Box]]:
    """`cells_to_tables`: cells that share a corner form a table. pdfplumber grows one
    table at a time by passes over all remaining cells, which is quadratic on a page of
    many small frames. Its tables are the corner-sharing components (found here with a
    union-find), taken in the order of their first cell; its passes are replayed over
    each component's own cells only, which gives the same order of cells."""
    parent = list(range(len(cells)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[Point, int] = {}
    for i, (x0, top, x1, bottom) in enumerate(cells):
        for corner in ((x0, top), (x0, bottom), (x1, top), (x1, bottom)):
            j = owner.setdefault(corner, i)
            if j != i:
                parent[root(i)] = root(j)
    components: dict[int, list[Box]] = {}
    for i, cell in enumerate(cells):
        components.setdefault(root(i), []).append(cell)

    tables: list[list[Box]] = []
    for rest in components.values():
        corners: set[Point] = set()
        table: list[Box] = []
        while rest:
            left: list[Box] = []
            for cell in rest:
                x0, top, x1, bottom = cell
                own = ((x0, top), (x0, bottom), (x1, top), (x1, bottom))
                if not table or any(c in corners for c in own):
                    corners.update(own)
                    table.append(cell)
                else:
                    left.append(cell)
            if len(left) == len(rest):  # cannot happen in a connected component
                raise AssertionError("cells_to_tables: component not connected")
            rest = left
        tables.append(table)
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]
