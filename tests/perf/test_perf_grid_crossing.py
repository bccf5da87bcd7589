"""The raster pass runs only where the page's rules cross like a grid's."""

from __future__ import annotations

import pytest

from lkjip.cli import TableEngines, _limits
from lkjip.extract.page_triage import rules_cross_like_grid, second_engine_worthwhile


def _h(x0: float, x1: float, y: float) -> dict:
    return {"x0": x0, "x1": x1, "top": y, "bottom": y, "orientation": "h"}


def _v(x: float, top: float, bottom: float) -> dict:
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "orientation": "v"}


def _grid(x0: float, top: float, x1: float, bottom: float, n: int, gap: float = 0.0) -> list[dict]:
    """An n×n grid; with `gap`, every rule stops that far short of the frame."""
    out: list[dict] = []
    for k in range(n + 1):
        y = top + (bottom - top) * k / n
        x = x0 + (x1 - x0) * k / n
        out.append(_h(x0 + gap, x1 - gap, y))
        out.append(_v(x, top + gap, bottom - gap))
    return out


def _per_cell(x0: float, top: float, x1: float, bottom: float, n: int) -> list[dict]:
    """A grid drawn as Word does: one segment per cell side."""
    xs = [x0 + (x1 - x0) * k / n for k in range(n + 1)]
    ys = [top + (bottom - top) * k / n for k in range(n + 1)]
    out = [_h(xs[i], xs[i + 1], y) for y in ys for i in range(n)]
    return out + [_v(x, ys[i], ys[i + 1]) for x in xs for i in range(n)]


def _concentric(cx: float, cy: float, sizes: list[float]) -> list[dict]:
    out: list[dict] = []
    for s in sizes:
        out += [_h(cx - s, cx + s, cy - s), _h(cx - s, cx + s, cy + s),
                _v(cx - s, cy - s, cy + s), _v(cx + s, cy - s, cy + s)]
    return out


def _letters(x0: float, y: float, count: int) -> list[dict]:
    """Strokes of letters drawn as paths: short pieces, scattered."""
    out: list[dict] = []
    for i in range(count):
        x = x0 + 7 * i
        out += [_v(x, y, y + 4), _h(x, x + 4, y + 4), _h(x, x + 3, y)]
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
    [*_letters(400, 40, 20), _h(120, 500, 52), _h(120, 500, 53.5)],  # header text as paths + rules
    # Underlines above, column separators below: many rules, none meeting.
    [_h(50, 300, y) for y in (100, 130, 160, 190)] + [_v(x, 300, 500) for x in (50, 150, 250, 350)],
    [_h(50, 500, 100), _h(50, 500, 300), _h(50, 500, 500), _v(30, 100, 500)],
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
