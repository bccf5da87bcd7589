"""Page triage for the second table engine: framed boxes alone do not send a page to
camelot; a broken real table or unexplained grid rulings still do."""

from __future__ import annotations

from lkjip.extract.grid.camelot_engine import is_degenerate
from lkjip.extract.pdf.triage import edges_outside, is_framed_box, second_engine_worthwhile
from lkjip.extract.source import RawCell, RawTable
from lkjip.geometry import h_edge, v_edge


def _grid_edges(x0: float, top: float, x1: float, bottom: float, n: int) -> list[dict]:
    """Rulings of an n×n grid in pdfplumber's edge form."""
    out: list[dict] = []
    for k in range(n + 1):
        y = top + (bottom - top) * k / n
        x = x0 + (x1 - x0) * k / n
        out.append(h_edge(x0, x1, y))
        out.append(v_edge(x, top, bottom))
    return out


def _table(cells: list[tuple[str, int, int, int, int]], n: int,
           bbox: tuple[float, float, float, float]) -> RawTable:
    """An n×n grid of (text, row, col, rowspan, colspan) cells, merged as given."""
    grid: list[list[RawCell | None]] = [[None] * n for _ in range(n)]
    for text, r, c, rs, cs in cells:
        cell = RawCell(text, r, c, None, rowspan=rs, colspan=cs)
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                grid[rr][cc] = cell
    return RawTable(id="p1-t1", page=1, bbox=bbox, grid=grid)


# As the lattice engine reads a boxed page number: three bands, one of them filled.
PAGE_NUMBER_BOX = _table([("", 0, 0, 1, 3), ("II - 1", 1, 0, 1, 3), ("", 2, 0, 1, 3)], 3, (480, 765, 530, 793))
# A real table whose grid came out broken: few cells, most positions uncovered.
BROKEN_TABLE = _table([("NO", 0, 0, 1, 1), ("ANGGARAN", 0, 1, 1, 1), ("", 1, 0, 1, 1), ("", 2, 2, 1, 1)], 4,
                      (50, 100, 500, 400))
GOOD_TABLE = _table([("NO", 0, 0, 1, 1), ("PROGRAM", 0, 1, 1, 1), ("1", 1, 0, 1, 1), ("Program A", 1, 1, 1, 1)],
                    2, (50, 100, 500, 400))


def test_perf_page_number_box_is_a_framed_box() -> None:
    assert is_framed_box(PAGE_NUMBER_BOX) and is_degenerate(PAGE_NUMBER_BOX)
    assert not is_framed_box(GOOD_TABLE) and not is_degenerate(GOOD_TABLE)
    assert not is_framed_box(BROKEN_TABLE) and is_degenerate(BROKEN_TABLE)


def test_perf_framed_box_alone_does_not_call_the_second_engine() -> None:
    edges = _grid_edges(480, 765, 530, 793, 3)
    assert edges_outside(edges, [PAGE_NUMBER_BOX.bbox]) == []  # type: ignore[list-item]
    assert not second_engine_worthwhile(edges, [PAGE_NUMBER_BOX])


def test_perf_grid_rulings_beside_a_box_still_call_it() -> None:
    edges = _grid_edges(480, 765, 530, 793, 3) + _grid_edges(50, 100, 500, 400, 4)
    assert second_engine_worthwhile(edges, [PAGE_NUMBER_BOX])


def test_perf_broken_table_calls_it_good_table_does_not() -> None:
    edges = _grid_edges(50, 100, 500, 400, 3)
    assert second_engine_worthwhile(edges, [BROKEN_TABLE])
    assert not second_engine_worthwhile(edges, [GOOD_TABLE, PAGE_NUMBER_BOX])


def test_perf_no_grid_no_call() -> None:
    frame = [h_edge(50, 500, 100), h_edge(50, 500, 700)]
    assert not second_engine_worthwhile(frame, [])
