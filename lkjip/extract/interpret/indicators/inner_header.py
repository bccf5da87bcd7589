"""A table whose header row sits below other rows: an engine joined the tail of one table
(continued from the previous page) with the next table, printed right under it with a
heading line between ("… | 64,42% | 109.19%", "2. Misi 2 : …", "NO | Sasaran | Indikator
Kinerja | Target | Realisasi | Capaian"). The rows from the header down are a table of
their own; what is above is left as it was (no header says what its columns are).
"""

from __future__ import annotations

import dataclasses

from lkjip.extract.interpret.indicators.header_columns import Layout, read_layout
from lkjip.extract.source import RawCell, RawTable

_MAX_START = 10  # a header further down is another table's business, not a stray tail's


def _rows_from(table: RawTable, start: int, stop: int | None = None) -> RawTable:
    """Rows start..stop of `table` as a table: cells renumbered, one above `start` dropped."""
    moved: dict[int, RawCell | None] = {}
    grid: list[list[RawCell | None]] = []
    for row in table.grid[start:stop]:
        out: list[RawCell | None] = []
        for cell in row:
            if cell is not None and id(cell) not in moved:
                moved[id(cell)] = None if cell.row < start else dataclasses.replace(cell, row=cell.row - start)
            out.append(None if cell is None else moved[id(cell)])
        grid.append(out)
    above = [t.strip() for r in range(start) for t in table.row_texts(r) if t.strip()]
    return RawTable(f"{table.id}h", table.page_of_row(start), table.bbox, grid,
                    pages=sorted({p for p in table.row_pages[start:] if p is not None}) or table.pages,
                    row_pages=table.row_pages[start:stop], caption="\n".join(above[-2:]) or table.caption,
                    engine=table.engine)


def table_below_header(table: RawTable) -> tuple[RawTable, Layout] | None:
    """The table from the first inner header row that names an indicator and a target or
    realisasi column down, or None."""
    for start in range(1, min(table.n_rows - 1, _MAX_START)):
        if sum(1 for t in table.row_texts(start) if t.strip()) < 2:
            continue
        # A few rows say whether a header starts here; a long table is copied only then.
        probe = read_layout(_rows_from(table, start, start + 8))
        if probe is None or probe.header_rows[0] != 0 or probe.first("indikator") is None or \
                not (probe.by_role("target") or probe.by_role("realisasi")):
            continue
        lower = _rows_from(table, start)
        layout = read_layout(lower)
        if layout is not None:
            return lower, layout
    return None
