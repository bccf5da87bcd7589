"""A table joined over hundreds of pages (a ledger printed as one ruled grid) is joined and
measured in linear time: the next page is compared with the last page's part only, and
the column count is kept per grid instead of scanned at every row."""

from __future__ import annotations

from lkjip.extract.grid.continuation import join_continued_tables
from lkjip.extract.source import Page, RawCell, RawTable


def _page_table(page: int, rows: int = 12) -> RawTable:
    xs = (40.0, 200.0, 400.0, 520.0, 640.0)
    grid: list[list[RawCell | None]] = []
    for r in range(rows):
        top = 60.0 + 60 * r
        grid.append([RawCell(f"{page}.{r}.{c}" if c else f"4.1.{r}", r, c, (xs[c], top, xs[c + 1], top + 50))
                     for c in range(len(xs) - 1)])
    return RawTable(id=f"p{page}-t1", page=page, bbox=(40.0, 60.0, 640.0, 60.0 + 60 * rows), grid=grid,
                    pages=[page], row_pages=[page] * rows)


def test_a_table_over_400_pages_joins_into_one() -> None:
    pages = [Page(number=p, width=600, height=800, text="") for p in range(1, 401)]
    # how its time grows is measured by bench/bench_scaling.py
    [joined] = join_continued_tables([_page_table(p) for p in range(1, 401)], pages)
    assert joined.pages == list(range(1, 401)) and joined.n_rows == 400 * 12
    assert joined.grid[-1][0].row == joined.n_rows - 1


def test_the_column_count_follows_the_grid() -> None:
    table = _page_table(1, rows=2)
    assert table.n_cols == 4
    table.grid.append([None] * 6)  # a row appended (a continuation) is counted
    assert table.n_cols == 6
    table.grid = [[None] * 3]  # a new grid is counted anew
    assert table.n_cols == 3
