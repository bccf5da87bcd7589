"""Ruled rows whose vertical rules drift from the header's.

A ruled table drawn by hand may rule its lower rows a few points left of the header's
rules: "Target" spans x 344–424 in the header, the target "10,15" sits in a box 341–419
below. The grid engine keeps every rule, so the drifted rows cut the header's columns into
slivers (341–344, 419–424) and their cells span two grid columns: "10,15" starts in the
last sliver of "Satuan" and "9,58" in the last sliver of "Target". Read by the column a
cell starts in, the target is taken for a unit and the realisasi for the target.

A person reads each box under the header it lies under. So a cell spanning columns of
different headers is seated under the header holding most of its width, when that is
nearly all of it (a value merged over Target and Realisasi on purpose, "70 (BB)", spans
both about evenly and stays as printed).
"""

from __future__ import annotations

import dataclasses

from lkjip.extract.interpret.indicators.header_columns import Layout
from lkjip.extract.source import RawCell, RawTable

# Share of a cell's width that must lie under one header for the cell to be that header's.
MOST = 0.85


def _groups(layout: Layout) -> list[list[int]]:
    """Runs of adjacent grid columns right of the indikator under one header."""
    ind = layout.first("indikator")
    if ind is None:
        return []
    out: list[list[int]] = []
    prev: tuple[int, tuple[object, ...]] | None = None
    for col in sorted(layout.columns, key=lambda c: c.index):
        if col.index <= ind.index:
            continue
        key = (col.role, col.year, col.header)
        if out and prev is not None and prev[0] == col.index - 1 and prev[1] == key:
            out[-1].append(col.index)
        else:
            out.append([col.index])
        prev = (col.index, key)
    return out


def _extent(table: RawTable, layout: Layout, group: list[int]) -> tuple[float, float] | None:
    """The x-span of a header over its columns: its lowest header cell within them."""
    for h in sorted(layout.header_rows, reverse=True):
        if h >= table.n_rows:
            continue
        boxes = []
        for c in group:
            cell = table.grid[h][c] if c < len(table.grid[h]) else None
            if cell is None or cell.bbox is None or cell.col < group[0] or cell.col + cell.colspan - 1 > group[-1]:
                break
            boxes.append(cell.bbox)
        else:
            return min(b[0] for b in boxes), max(b[2] for b in boxes)
    return None


def _home(cell: RawCell, extents: list[tuple[float, float]]) -> int | None:
    """The header holding nearly all of a cell's width."""
    if cell.bbox is None:
        return None
    x0, x1 = cell.bbox[0], cell.bbox[2]
    width = x1 - x0
    if width <= 0:
        return None
    shares = [max(0.0, min(x1, b) - max(x0, a)) / width for a, b in extents]
    best = max(range(len(shares)), key=shares.__getitem__)
    return best if shares[best] >= MOST else None


def cells_under_their_header(table: RawTable, layout: Layout) -> RawTable:
    """The table with each drifted cell moved under the header it lies under."""
    groups = _groups(layout)
    if not any(len(g) > 1 for g in groups):
        return table  # no header spans two grid columns: nothing drifted
    extents = [_extent(table, layout, g) for g in groups]
    if any(e is None for e in extents):
        return table
    spans = [e for e in extents if e is not None]
    group_of = {c: k for k, g in enumerate(groups) for c in g}
    header = set(layout.header_rows)
    grid = table.grid
    for r in range(table.n_rows):
        if r in header:
            continue
        moves: list[tuple[RawCell, int]] = []
        for c in sorted(group_of):
            cell = table.grid[r][c] if c < len(table.grid[r]) else None
            if cell is None or cell.row != r or cell.col != c or cell.colspan < 2 or not cell.text.strip():
                continue
            last = c + cell.colspan - 1
            if last not in group_of or group_of[last] == group_of[c]:
                continue  # within one header: as printed
            home = _home(cell, spans)
            if home is not None and home != group_of[c]:
                moves.append((cell, home))
        if not moves:
            continue
        row = list(table.grid[r])
        for cell, _ in moves:
            for c in range(cell.col, cell.col + cell.colspan):
                if c < len(row) and row[c] is cell:
                    row[c] = None
        if any(row[groups[home][0]] is not None and row[groups[home][0]].text.strip()  # type: ignore[union-attr]
               for _, home in moves):
            continue  # the header's own column is printed on: leave the row as read
        for cell, home in moves:
            row[groups[home][0]] = dataclasses.replace(cell, col=groups[home][0], colspan=1)
        if grid is table.grid:
            grid = list(table.grid)
        grid[r] = row
    return table if grid is table.grid else dataclasses.replace(table, grid=grid)
