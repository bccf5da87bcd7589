"""The fast lattice geometry gives exactly pdfplumber's cells, groups and order.

Random ruled pages (grids with merged and spanning cells, near-duplicate rules within
the snap tolerance, rules broken into pieces, stray rules, several tables) go through
both pdfplumber's functions and `lattice_geometry`; every stage must match float for
float and in the same order.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from pdfplumber import utils as plumber_utils
from pdfplumber.table import (
    cells_to_tables,
    edges_to_intersections,
    intersections_to_cells,
    merge_edges,
)

from lkjip.extract.grid import lattice as lattice
from lkjip.extract.grid.tables import INTERSECT, JOIN, MIN_EDGE, SNAP, edges_to_cell_groups
from lkjip.geometry import h_edge, v_edge

Edge = dict[str, Any]


def _segment(rng: random.Random, a: float, b: float, make: Any) -> list[Edge]:
    """One rule from a to b, drawn whole, in pieces (gaps below or above the join
    tolerance), overlapping pieces, or twice."""
    kind = rng.random()
    if kind < 0.55:
        return [make(a, b)]
    if kind < 0.8:  # broken: pieces with small (joinable) or large (real) gaps
        cut = rng.uniform(a, b)
        gap = rng.choice([0.0, 0.4, 2.9, 3.0, 3.5, 8.0])
        return [make(a, cut), make(min(cut + gap, b), b)]
    if kind < 0.9:  # overlapping pieces
        cut = rng.uniform(a, b)
        return [make(cut - rng.uniform(0, 5), b), make(a, cut)]
    return [make(a, b), make(a + rng.uniform(-1, 1), b)]


def _jitter(rng: random.Random) -> float:
    """Offsets within and around the snap tolerance, and exact repeats."""
    return rng.choice([0.0, 0.0, 0.0, rng.uniform(-1.5, 1.5), rng.uniform(-3.2, 3.2), 3.0, -3.0])


def _grid(rng: random.Random, left: float, top: float) -> list[Edge]:
    n_cols, n_rows = rng.randint(1, 6), rng.randint(1, 9)
    xs = [left]
    for _ in range(n_cols):
        xs.append(xs[-1] + rng.choice([rng.uniform(4, 120), 30.0, 50.5]))
    ys = [top]
    for _ in range(n_rows):
        ys.append(ys[-1] + rng.choice([rng.uniform(4, 40), 14.25, 20.0]))
    edges: list[Edge] = []
    for j, y in enumerate(ys):
        outer = j in (0, len(ys) - 1)
        for i in range(n_cols):
            # Inner segments go missing: merged cells spanning columns.
            if outer or rng.random() > 0.2:
                yy = y + _jitter(rng)
                edges += _segment(rng, xs[i], xs[i + 1], lambda a, b, yy=yy: h_edge(a, b, yy))
    for i, x in enumerate(xs):
        outer = i in (0, len(xs) - 1)
        for j in range(n_rows):
            if outer or rng.random() > 0.2:  # spanning rows
                xx = x + _jitter(rng)
                edges += _segment(rng, ys[j], ys[j + 1], lambda a, b, xx=xx: v_edge(xx, a, b))
    if rng.random() < 0.3:  # a rule overshooting the frame
        edges.append(h_edge(xs[0] - rng.uniform(0, 10), xs[-1] + rng.uniform(0, 10), ys[-1] + rng.uniform(-2, 2)))
    return edges


def _page(seed: int) -> list[Edge]:
    rng = random.Random(seed)
    edges: list[Edge] = []
    top = rng.uniform(20, 60) if rng.random() < 0.8 else rng.uniform(0, 2)
    for _ in range(rng.randint(1, 3)):
        # Near the origin a snapped coordinate `x + (avg - x)` need not equal avg.
        left = rng.uniform(20, 80) if rng.random() < 0.8 else rng.uniform(0, 2)
        edges += _grid(rng, left, top)
        # Next table just below, sometimes touching (shared corners), sometimes apart.
        top = max(e["bottom"] for e in edges) + rng.choice([0.0, 1.0, 2.5, 10.0, 40.0])
    for _ in range(rng.randint(0, 6)):  # stray rules: underlines, ticks, frames
        x, y = rng.uniform(0, 500), rng.uniform(0, 800)
        if rng.random() < 0.5:
            edges.append(h_edge(x, x + rng.uniform(0.5, 200), y))
        else:
            edges.append(v_edge(x, y, y + rng.uniform(0.5, 200)))
    if rng.random() < 0.3:  # integer coordinates, as some producers write them
        for e in edges:
            for k in ("x0", "x1", "top", "bottom"):
                e[k] = round(e[k])
            e["width"], e["height"] = e["x1"] - e["x0"], e["bottom"] - e["top"]
    rng.shuffle(edges)
    return edges


def _bbox_sets(inter: dict[Any, dict[str, list[Edge]]]) -> dict[Any, tuple[set, set]]:
    return {p: ({plumber_utils.obj_to_bbox(e) for e in d["v"]}, {plumber_utils.obj_to_bbox(e) for e in d["h"]})
            for p, d in inter.items()}


def _named(inter: dict[Any, tuple[set[int], set[int]]], rules: list) -> dict[Any, tuple[set, set]]:
    """The fast intersections with rule ids turned back into boxes."""
    return {p: ({rules[i][:4] for i in v}, {rules[i][:4] for i in h}) for p, (v, h) in inter.items()}


@pytest.mark.parametrize("seed", range(200))
def test_every_stage_matches_pdfplumber(seed: int) -> None:
    edges = _page(seed)
    merged = merge_edges(edges, SNAP, SNAP, JOIN, JOIN)
    rules = lattice.merge_rules(lattice.rules_of(edges), SNAP, SNAP, JOIN, JOIN)
    assert rules == lattice.rules_of(merged)

    merged = plumber_utils.filter_edges(merged, min_length=MIN_EDGE)
    rules = lattice.filter_rules(rules, MIN_EDGE)
    assert rules == lattice.rules_of(merged)

    inter = edges_to_intersections(merged, INTERSECT, INTERSECT)
    fast_inter = lattice.rules_to_intersections(rules, INTERSECT, INTERSECT)
    assert _named(fast_inter, rules) == _bbox_sets(inter)

    cells = intersections_to_cells(inter)
    assert lattice.intersections_to_cells(fast_inter) == cells
    assert lattice.cells_to_tables(cells) == cells_to_tables(cells)


def _plumber_groups(edges: list[Edge]) -> list[list[tuple[float, ...]]]:
    if len(edges) < 4:
        return []
    merged = plumber_utils.filter_edges(merge_edges(edges, SNAP, SNAP, JOIN, JOIN), min_length=MIN_EDGE)
    groups = cells_to_tables(intersections_to_cells(edges_to_intersections(merged, INTERSECT, INTERSECT)))
    return [[tuple(map(float, c)) for c in g] for g in groups if len(g) >= 2]


@pytest.mark.parametrize("seed", range(300, 360))
def test_cell_groups_match_pdfplumber(seed: int) -> None:
    edges = _page(seed)
    expected = _plumber_groups(edges)
    assert edges_to_cell_groups(edges) == expected


def test_the_random_pages_exercise_the_geometry() -> None:
    """The generator is worth its name: tables with merged cells and several groups."""
    groups = [_plumber_groups(_page(s)) for s in range(100)]
    assert sum(len(g) >= 2 for g in groups) >= 10  # pages holding two or more tables
    assert sum(len(t) for g in groups for t in g) >= 1000  # cells compared in total


def test_a_cell_merged_across_columns() -> None:
    """Two columns whose middle rule stops after the first row: the lower row is one
    wide cell, as pdfplumber sees it."""
    edges = [h_edge(0, 100, 0), h_edge(0, 100, 20), h_edge(0, 100, 40),
             v_edge(0, 0, 40), v_edge(50, 0, 20), v_edge(100, 0, 40)]
    assert edges_to_cell_groups(edges) == [[(0.0, 0.0, 50.0, 20.0), (0.0, 20.0, 100.0, 40.0),
                                            (50.0, 0.0, 100.0, 20.0)]]
    assert edges_to_cell_groups(edges) == _plumber_groups(edges)
