"""The raster pass runs only where the page's rules cross like a grid's."""

from __future__ import annotations

import pytest

from lkjip.cli import TableEngines, _limits
from lkjip.extract.pdf.triage import rules_cross_like_grid, second_engine_worthwhile
from lkjip.geometry import h_edge, v_edge


def _grid(x0: float, top: float, x1: float, bottom: float, n: int, gap: float = 0.0) -> list[dict]:
    """An n×n grid; with `gap`, every rule stops that far short of the frame."""
    out: list[dict] = []
    for k in range(n + 1):
        y = top + (bottom - top) * k / n
        x = x0 + (x1 - x0) * k / n
        out.append(h_edge(x0 + gap, x1 - gap, y))
        out.append(v_edge(x, top + gap, bottom - gap))
    return out


def _per_cell(x0: float, top: float, x1: float, bottom: float, n: int) -> list[dict]:
    """A grid drawn as Word does: one segment per cell side."""
    xs = [x0 + (x1 - x0) * k / n for k in range(n + 1)]
    ys = [top + (bottom - top) * k / n for k in range(n + 1)]
    out = [h_edge(xs[i], xs[i + 1], y) for y in ys for i in range(n)]
    return out + [v_edge(x, ys[i], ys[i + 1]) for x in xs for i in range(n)]


def _concentric(cx: float, cy: float, sizes: list[float]) -> list[dict]:
    out: list[dict] = []
    for s in sizes:
        out += [h_edge(cx - s, cx + s, cy - s), h_edge(cx - s, cx + s, cy + s),
                v_edge(cx - s, cy - s, cy + s), v_edge(cx + s, cy - s, cy + s)]
    return out


def _letters(x0: float, y: float, count: int) -> list[dict]:
    """Strokes of letters drawn as paths: short pieces, scattered."""
    out: list[dict] = []
    for i in range(count):
        x = x0 + 7 * i
        out += [v_edge(x, y, y + 4), h_edge(x, x + 4, y + 4), h_edge(x, x + 3, y)]
    return out


@pytest.mark.parametrize("edges", [
    _grid(50, 100, 500, 400, 3),
    _grid(50, 100, 500, 400, 4, gap=5.0),  # rules that stop short: what the raster pass mends
    _per_cell(50, 100, 500, 400, 3),
], ids=["grid", "broken-grid", "per-cell-segments"])
def test_perf_grids_cross(edges: list[dict]) -> None:
    assert rules_cross_like_grid(edges)


@pytest.mark.parametrize("edges", [
    _concentric(40, 800, [37, 31, 25, 19]),  # a logo's nested squares
    [*_letters(400, 40, 20), h_edge(120, 500, 52), h_edge(120, 500, 53.5)],  # header text as paths + rules
    # Underlines above, column separators below: many rules, none meeting.
    [h_edge(50, 300, y) for y in (100, 130, 160, 190)] + [v_edge(x, 300, 500) for x in (50, 150, 250, 350)],
    [h_edge(50, 500, 100), h_edge(50, 500, 300), h_edge(50, 500, 500), v_edge(30, 100, 500)],
], ids=["concentric", "letters", "scattered", "three-rules-one-side"])
def test_perf_non_grids_do_not(edges: list[dict]) -> None:
    assert not rules_cross_like_grid(edges)


def test_perf_concentric_frames_do_not_send_a_page_to_the_raster_pass() -> None:
    edges = _concentric(40, 800, [37, 31, 25, 19]) + _letters(400, 40, 20)
    assert not second_engine_worthwhile(edges, [])
    assert second_engine_worthwhile(edges + _grid(50, 100, 500, 400, 3, gap=5.0), [])


def test_perf_tables_option_maps_to_reader_engines() -> None:
    assert _limits(None, 10, 10.0, False, TableEngines.vector).second_engine == "off"
    assert _limits(None, 10, 10.0, False).second_engine == "auto"
    assert _limits(None, 10, 10.0, False, TableEngines.thorough).second_engine == "always"
