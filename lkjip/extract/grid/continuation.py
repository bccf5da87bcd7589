"""Tables that run over a page break become one table, repeated headers dropped."""

from __future__ import annotations

import re

from lkjip.extract.grid.continuation_columns import (
    column_extents,
    column_map,
    remap_rows,
    same_frame,
)
from lkjip.extract.source import Page, RawTable

# A continuation starts this close to the top of its page (as a share of the height).
_TOP_SHARE = 0.22
# ...and the table it continues ends this close to the bottom of the previous page.
_BOTTOM_SHARE = 0.70
_COLUMN_TOLERANCE = 6.0
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_COLUMN_NUMBER = re.compile(r"\(?\d{1,2}\)?")


def _last_page_rows(table: RawTable) -> list[list]:
    """The grid rows printed on the table's last page: a table joined over many pages is
    compared with the next page by its last part only (comparing the whole of it at every
    page made joining a 400-page ledger quadratic)."""
    if not table.row_pages or not table.pages:
        return table.grid
    last, r = table.pages[-1], len(table.grid)
    while r > 0 and r - 1 < len(table.row_pages) and table.row_pages[r - 1] == last:
        r -= 1
    return table.grid[r:] or table.grid


def _column_edges(grid: list[list]) -> list[float]:
    xs: set[float] = set()
    for row in grid:
        for cell in row:
            if cell is not None and cell.bbox is not None:
                xs.add(round(cell.bbox[0]))
                xs.add(round(cell.bbox[2]))
    return sorted(xs)


def _same_columns(a: RawTable, b: RawTable) -> bool:
    grid_a = _last_page_rows(a)
    if max((len(r) for r in grid_a), default=0) != b.n_cols:
        return False
    ea, eb = _column_edges(grid_a), _column_edges(b.grid)
    if "aligned" in (a.engine, b.engine):
        # Columns found from the text's gutters sit anywhere in the gutter, which differs
        # from page to page: the same count of columns inside the same row rules is enough.
        return bool(ea and eb) and abs(ea[0] - eb[0]) <= _COLUMN_TOLERANCE and abs(ea[-1] - eb[-1]) <= _COLUMN_TOLERANCE
    if len(ea) != len(eb):
        # Merged cells can hide an edge on one side; fall back to the outer frame.
        return bool(ea and eb) and abs(ea[0] - eb[0]) <= _COLUMN_TOLERANCE and abs(ea[-1] - eb[-1]) <= _COLUMN_TOLERANCE
    return all(abs(x - y) <= _COLUMN_TOLERANCE for x, y in zip(ea, eb, strict=True))


def _row_texts(table: RawTable, r: int) -> list[str]:
    """`RawTable.row_texts` over the row's own width (n_cols scans every row of the table)."""
    return [table.text(r, c) for c in range(len(table.grid[r]))]


def _norm(texts: list[str]) -> list[str]:
    return [" ".join(t.split()).lower() for t in texts]


def _header_rows(table: RawTable) -> int:
    """Rows at the top holding no digit-led values: the column headings."""
    n = 0
    for r in range(min(table.n_rows, 3)):
        texts = [t for t in _row_texts(table, r) if t.strip()]
        if not texts:
            break
        is_number_row = all(_COLUMN_NUMBER.fullmatch(t.strip()) for t in texts)  # "1 2 3", "(1) (2) (3)"
        # Years name columns ("REALISASI 2016"); any other digit is a value row.
        digits = [ch for t in texts for ch in _YEAR.sub("", t) if ch.isdigit()]
        if digits and not is_number_row:
            break
        n += 1
    return n


def _is_continuation(prev: RawTable, prev_page: Page, nxt: RawTable, next_page: Page) -> bool:
    if prev.bbox is None or nxt.bbox is None or nxt.page != (prev.pages[-1] + 1):
        return False
    if nxt.bbox[1] > next_page.height * _TOP_SHARE or prev.bbox[3] < prev_page.height * _BOTTOM_SHARE:
        return False
    # A new table announces itself ("Tabel 3.2 ...") above its first row.
    if any(w in nxt.caption.lower() for w in ("tabel", "table")):
        return False
    return _same_columns(prev, nxt) or _remappable(prev, nxt)


def _remappable(prev: RawTable, nxt: RawTable) -> bool:
    """Other columns in the same frame: a continuation when it starts with no header of
    its own (a value row, or the wrapped tail of the last cell) and its columns map."""
    if not same_frame(prev, nxt) or not nxt.grid:
        return False
    first = [t for t in nxt.row_texts(0) if t.strip()]
    if _header_rows(nxt) and len(first) > 1:
        return False
    return column_map(prev, nxt) is not None


def join_continued_tables(tables: list[RawTable], pages: list[Page]) -> list[RawTable]:
    by_number = {p.number: p for p in pages}
    out: list[RawTable] = []
    for table in tables:
        prev = out[-1] if out else None
        if prev is not None and table.page is not None and prev.pages and \
                _is_continuation(prev, by_number[prev.pages[-1]], table, by_number[table.page]):
            if not _same_columns(prev, table):
                mapping = column_map(prev, table)
                assert mapping is not None  # _is_continuation checked it
                table.grid = remap_rows(table, mapping, prev.n_cols, column_extents(prev))
            header = _header_rows(prev)
            skip = 0
            if header and table.n_rows > header and \
                    [_norm(_row_texts(prev, r)) for r in range(header)] == \
                    [_norm(_row_texts(table, r)) for r in range(header)]:
                skip = header
            # Column-number rows ("1 2 3 4") repeated under the header go too.
            offset = prev.n_rows
            renumbered: set[int] = set()
            for r in range(skip, table.n_rows):
                row = table.grid[r]
                for cell in row:
                    # A merged cell appears in several rows: renumber it once, at its first.
                    if cell is not None and id(cell) not in renumbered:
                        renumbered.add(id(cell))
                        cell.row = offset + cell.row - skip
                prev.grid.append(row)
                prev.row_pages.append(table.page)
            prev.pages.append(table.page)
            continue
        out.append(table)
    return out
