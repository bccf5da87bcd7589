"""A table continued on the next page repeats its header and its row of column numbers
("(1) (2) (3)"): both go, or the numbers row in the body made the indicator header run
down to it, swallowing the first page's rows."""

from __future__ import annotations

from lkjip.extract.grid.continuation import join_continued_tables
from lkjip.extract.source import Page, RawCell, RawTable

_XS = [100.0, 250.0, 400.0, 500.0]


def _part(page: int, rows: list[list[str]], top: float) -> RawTable:
    grid: list[list[RawCell | None]] = []
    for r, row in enumerate(rows):
        y = top + 20 * r
        grid.append([RawCell(text, r, c, (_XS[c], y, _XS[c + 1], y + 20)) for c, text in enumerate(row)])
    bbox = (_XS[0], top, _XS[-1], top + 20 * len(rows))
    return RawTable(id=f"p{page}-t1", page=page, bbox=bbox, grid=grid, pages=[page], row_pages=[page] * len(rows),
                    engine="lattice")


def test_repeated_bracketed_column_numbers_are_dropped() -> None:
    header = [["Sasaran", "Indikator Kinerja", "Target 2016"], ["(1)", "(2)", "(3)"]]
    first = _part(1, [*header, ["Meningkatnya akses", "Cakupan air minum", "70%"]], 650.0)
    second = _part(2, [*header, ["Meningkatnya luas RTH", "Jumlah kawasan", "2 Kawasan"]], 60.0)
    pages = [Page(number=n, width=595.0, height=842.0, text="") for n in (1, 2)]
    (joined,) = join_continued_tables([first, second], pages)
    assert [[c.text for c in row if c is not None] for row in joined.grid] == [
        header[0], header[1], ["Meningkatnya akses", "Cakupan air minum", "70%"],
        ["Meningkatnya luas RTH", "Jumlah kawasan", "2 Kawasan"]]
