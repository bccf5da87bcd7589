"""A table continued on the next page whose rules cut it into other columns.

A ruling engine derives columns from the rules each page draws: a header drawn with extra
rules on the first page gives it more (empty) columns than the continued page, or the
continued page lacks a rule the first had. Within the same outer frame, each column of
the continued table is mapped to the first table's column under which its cells sit
(by their horizontal middles), so rows carry over into the right columns. No mapping is
made when a column's text sits under none, or two columns land in one and both hold
text in one row.

A column whose text is only ever in cells merged over several columns (a group row
"MISI KETIGA : …" across the table, "VI. SASARAN :" beside its wording) is placed by
those cells' left rule, not by their text, which lies over other columns; such a cell
keeps its span, from the first table's column under its left rule to the one under its
right rule, as the same group rows of the first page do.
"""

from __future__ import annotations

from lkjip.extract.source import RawCell, RawTable

_TOLERANCE = 6.0


def column_extents(table: RawTable) -> dict[int, tuple[float, float]]:
    """Each column's left and right edge, from its single-column cells; a column that
    only ever starts a merged cell spans that cell (its covered columns get none)."""
    single: dict[int, tuple[float, float]] = {}
    merged: dict[int, tuple[float, float]] = {}
    for row in table.grid:
        for cell in row:
            if cell is None or cell.bbox is None:
                continue
            into = single if cell.colspan == 1 else merged
            x0, x1 = into.get(cell.col, (cell.bbox[0], cell.bbox[2]))
            into[cell.col] = (min(x0, cell.bbox[0]), max(x1, cell.bbox[2]))
    covered = {c for c, (a, b) in merged.items() for d in single if d != c and a - 1 <= single[d][0] < b - 1}
    return {**{c: e for c, e in merged.items() if c not in single and c not in covered}, **single}


def _text_middles(table: RawTable) -> dict[int, float]:
    """The horizontal middle of the text of each column holding text in cells of its own
    (the text, not the cell: a value printed across a narrow column's rule sits where it
    is read)."""
    spans: dict[int, tuple[float, float]] = {}
    for row in table.grid:
        for cell in row:
            if cell is None or not cell.text.strip() or cell.colspan > 1:
                continue
            boxes = [b for t, b in cell.line_boxes if t.strip()] or ([cell.bbox] if cell.bbox else [])
            for b in boxes:
                x0, x1 = spans.get(cell.col, (b[0], b[2]))
                spans[cell.col] = (min(x0, b[0]), max(x1, b[2]))
    return {c: (a + b) / 2 for c, (a, b) in spans.items()}


def _merged_starts(table: RawTable, placed: dict[int, float]) -> dict[int, float]:
    """The left rule of each column holding text only in merged cells (not in `placed`)."""
    starts: dict[int, float] = {}
    for row in table.grid:
        for cell in row:
            if cell is None or not cell.text.strip() or cell.bbox is None or cell.col in placed:
                continue
            starts[cell.col] = min(starts.get(cell.col, cell.bbox[0]), cell.bbox[0])
    return starts


def _column_at(target: dict[int, tuple[float, float]], x: float, side: int) -> int | None:
    """The column whose edge on `side` (0 left, 1 right) is the rule at `x`, else the one
    `x` falls strictly inside."""
    on_rule = [c for c, e in target.items() if abs(e[side] - x) <= _TOLERANCE]
    if len(on_rule) == 1:
        return on_rule[0]
    inside = [c for c, (a, b) in target.items() if a + _TOLERANCE < x < b - _TOLERANCE]
    return inside[0] if len(inside) == 1 else None


def same_frame(a: RawTable, b: RawTable) -> bool:
    return a.bbox is not None and b.bbox is not None and abs(a.bbox[0] - b.bbox[0]) <= _TOLERANCE and \
        abs(a.bbox[2] - b.bbox[2]) <= _TOLERANCE


def column_map(prev: RawTable, nxt: RawTable) -> dict[int, int] | None:
    """For each column of `nxt` holding text, the column of `prev` it sits under."""
    target = column_extents(prev)
    if not target:
        return None
    out: dict[int, int] = {}
    middles = _text_middles(nxt)
    for col, mid in middles.items():
        under = [c for c, (a, b) in target.items() if a - 1 <= mid <= b + 1]
        if len(under) != 1:
            return None
        out[col] = under[0]
    for col, x in _merged_starts(nxt, middles).items():
        start = _column_at(target, x, 0)
        if start is None:
            return None
        out[col] = start
    # Two columns under one (a rule the first page does not draw) must never both hold
    # text in one row.
    for row in nxt.grid:
        taken = [out[c.col] for c in {id(c): c for c in row if c is not None and c.text.strip()}.values()
                 if c.col in out]
        if len(taken) != len(set(taken)):
            return None
    return out


def remap_rows(nxt: RawTable, mapping: dict[int, int], width: int,
               target: dict[int, tuple[float, float]] | None = None) -> list[list[RawCell | None]]:
    """`nxt`'s rows in the first table's columns (cells moved, empty columns dropped); a
    merged cell spans the first table's columns between its rules (`target`: their extents)."""
    rows: list[list[RawCell | None]] = []
    to: dict[int, range] = {}  # a cell's new columns, decided once (merged cells recur)
    for row in nxt.grid:
        new: list[RawCell | None] = [None] * width
        for cell in row:
            if cell is None:
                continue
            if id(cell) not in to:
                to[id(cell)] = _new_columns(cell, mapping, target or {})
                if to[id(cell)]:
                    cell.col, cell.colspan = to[id(cell)][0], len(to[id(cell)])
            for col in to[id(cell)]:
                if cell.text.strip() or new[col] is None:
                    new[col] = cell
        rows.append(new)
    return rows


def _new_columns(cell: RawCell, mapping: dict[int, int], target: dict[int, tuple[float, float]]) -> range:
    start = mapping.get(cell.col)
    if start is None:
        return range(0)
    if cell.colspan == 1 or cell.bbox is None:
        return range(start, start + 1)
    end = _column_at(target, cell.bbox[2], 1)
    return range(start, end + 1) if end is not None and end >= start else range(start, start + 1)
