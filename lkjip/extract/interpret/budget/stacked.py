"""Tables ruled only between columns: many lines stacked in one cell, one line per row.

An LRA or a ledger printed with vertical rules (and a rule under the header) gives the
lattice engine one tall cell per column, each holding every line of the body:
"4\\n4.1\\n4.1.01…" beside "PENDAPATAN DAERAH\\nURUSAN …" beside "12.459.352.172.672,00\\n…".
The lines of the cells sit at the same heights, so the rows are there: each height where
the cells print a line becomes a grid row of its own, every cell keeping its line's box.
Only rows where some cell stacks two figures or more are split, so a header whose words
wrap over three lines stays one row.
"""

from __future__ import annotations

from dataclasses import replace

from lkjip.extract.interpret.budget.wrapped import unwrapped_amount
from lkjip.extract.source import RawCell, RawTable
from lkjip.geometry import union_bbox
from lkjip.numbers import NumberStyle, parse_number

# Lines whose tops are this close print one row.
_SAME_LINE = 3.0


def _figures(cell: RawCell, style: NumberStyle | None) -> int:
    return sum(1 for text, _ in cell.line_boxes if (p := parse_number(text, style)) is not None
               and p.kind in ("rupiah", "other", "percent"))


def _own_cells(table: RawTable, r: int) -> list[RawCell]:
    unique = {id(x): x for x in table.grid[r] if x is not None}
    return [c for c in unique.values() if c.row == r]


def _is_stacked(cells: list[RawCell], style: NumberStyle | None) -> bool:
    return sum(1 for c in cells if len(c.line_boxes) >= 2 and _figures(c, style) >= 2
               and unwrapped_amount(c.text) is None) >= 2


def _split_row(table: RawTable, r: int, cells: list[RawCell], start: int) -> list[list[RawCell | None]]:
    """One grid row per printed line height; cells renumbered from grid row `start`."""
    tops = sorted(b[1] for c in cells for _, b in c.line_boxes)
    heights: list[float] = []
    for top in tops:
        if not heights or top - heights[-1] > _SAME_LINE:
            heights.append(top)
    rows: list[list[RawCell | None]] = [[None] * table.n_cols for _ in heights]
    for cell in cells:
        lines_at: dict[int, list[tuple[str, tuple[float, float, float, float]]]] = {}
        for text, box in cell.line_boxes:
            k = max(i for i, h in enumerate(heights) if box[1] >= h - _SAME_LINE)
            lines_at.setdefault(k, []).append((text, box))
        for k, lines in lines_at.items():
            piece = RawCell(" ".join(t for t, _ in lines), start + k, cell.col,
                            union_bbox([b for _, b in lines]), 1, cell.colspan, list(lines), cell.confidence)
            for c in range(cell.col, min(cell.col + cell.colspan, table.n_cols)):
                rows[k][c] = piece
    return rows


def unstack_rows(table: RawTable, style: NumberStyle | None) -> RawTable:
    """`table` with every row of stacked lines split into one row per line (the same
    table when no row stacks figures)."""
    stacked = {r for r in range(table.n_rows) if _is_stacked(_own_cells(table, r), style)}
    if not stacked:
        return table
    grid: list[list[RawCell | None]] = []
    row_pages: list[int | None] = []
    moved: dict[int, RawCell] = {}  # copies, renumbered: the source table stays as read
    for r in range(table.n_rows):
        page = table.page_of_row(r)
        if r in stacked:
            new_rows = _split_row(table, r, _own_cells(table, r), len(grid))
        else:
            for c in _own_cells(table, r):
                moved[id(c)] = replace(c, row=len(grid))
            new_rows = [[None if c is None else moved.get(id(c)) for c in table.grid[r]]]
        grid.extend(new_rows)
        row_pages.extend([page] * len(new_rows))
    return replace(table, grid=grid, row_pages=row_pages)
