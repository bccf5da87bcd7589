"""A body cell spanning columns its header separates, split where the header's rules are.

A faint or broken rule in the body (a low-resolution scan, a rule the scanner washed out)
joins two cells of a row: "144,98" under "% CAPAIAN" and "Sangat Berhasil" under
"KRITERIA" become one cell spanning both columns, while the header above keeps its rule
between them. Read as one cell, the capaian is lost to every column reader.

Where a row above the cell separates two of the columns it spans, the cell is one row
high over at most three columns, and its words
fall clearly on either side of that boundary (no word crosses it and the gap between
the nearest words on either side is wider than the space between words), the cell is
split there, each part keeping its own words. A label really merged across the columns
("Rata-rata Capaian" over No … Satuan) prints all its words in one of them, or runs its
words across the boundary, and stays as printed.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from lkjip.extract.source import Page, RawCell, RawTable
from lkjip.geometry import BBox

if TYPE_CHECKING:
    from lkjip.extract.grid.tables import CharCentres

# The gap across a boundary must be this many times the print's height: wider than the
# space between words of one phrase (about a third of it), as a cell's padding is.
_GAP_HEIGHTS = 1.0
# A word may touch a boundary by this much (points) and still be on its side.
_TOUCH = 1.0
# A lost rule joins a cell with a neighbour or two; a cell over more columns is a band or
# a block whose rules the page never drew (a cascade of plans laid out without them).
_MAX_SPAN = 3


def word_boxes(page: Page, indices: list[int]) -> list[BBox]:
    """Boxes of the words among the page's characters `indices` (ascending)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    prev = -2
    for i in indices:
        if start is not None and (i != prev + 1 or page.text[i].isspace()):
            runs.append((start, prev + 1))
            start = None
        if start is None and not page.text[i].isspace():
            start = i
        prev = i
    if start is not None:
        runs.append((start, prev + 1))
    return [box for s, e in runs if (box := page.bbox_of(s, e)) is not None]


def _separates(table: RawTable, r: int, k: int) -> bool:
    left, right = table.grid[r][k - 1], table.grid[r][k]
    return left is not None and right is not None and left is not right


def _separated(table: RawTable, cell: RawCell, k: int) -> bool:
    """A row above `cell` prints different cells either side of grid boundary k (a body
    row of one data line may lose the same rule in every row: the header alone keeps it)."""
    return any(_separates(table, r, k) for r in range(cell.row))


def _cuts(words: list[BBox], xs: list[float], bounds: list[int]) -> list[int]:
    """The boundaries among `bounds` the words fall clearly on either side of."""
    if len(words) < 2:
        return []
    height = sorted(w[3] - w[1] for w in words)[len(words) // 2]
    out = []
    for k in bounds:
        x = xs[k]
        if any(w[0] < x - _TOUCH and w[2] > x + _TOUCH for w in words):
            continue
        left = [w[2] for w in words if (w[0] + w[2]) / 2 < x]
        right = [w[0] for w in words if (w[0] + w[2]) / 2 >= x]
        if left and right and min(right) - max(left) >= _GAP_HEIGHTS * height:
            out.append(k)
    return out


def split_under_header_columns(page: Page, table: RawTable, xs: list[float],
                               centres: CharCentres | None) -> None:
    """Split, in place, each body cell of `table` spanning columns a row above separates
    where its words fall clearly either side (`xs`: the grid's column boundaries)."""
    if page.char_boxes is None or centres is None or len(xs) != table.n_cols + 1:
        return
    from lkjip.extract.grid.tables import cell_lines

    seen: set[int] = set()
    for r in range(1, table.n_rows):
        for cell in list(table.grid[r]):
            if cell is None or id(cell) in seen or cell.row != r or cell.colspan < 2 or cell.bbox is None:
                continue
            seen.add(id(cell))
            if cell.rowspan > 1 or cell.colspan > _MAX_SPAN:
                continue  # a block merged over rows or many columns: the readers of stacked cells have it
            bounds = [k for k in range(cell.col + 1, cell.col + cell.colspan) if _separated(table, cell, k)]
            if not bounds:
                continue
            cuts = _cuts(word_boxes(page, centres.inside(cell.bbox)), xs, bounds)
            if not cuts:
                continue
            edges = [cell.col, *cuts, cell.col + cell.colspan]
            for a, b in pairwise(edges):
                box = (xs[a], cell.bbox[1], xs[b], cell.bbox[3])
                lines = cell_lines(page, box, centres)
                part = RawCell("\n".join(t for t, _ in lines), cell.row, a, box, cell.rowspan, b - a, lines)
                for rr in range(cell.row, min(cell.row + cell.rowspan, table.n_rows)):
                    for cc in range(a, b):
                        table.grid[rr][cc] = part


__all__ = ["split_under_header_columns", "word_boxes"]
