"""An indicator name printed in another of the grid columns its header spans.

"Indikator Kinerja" heads three grid columns (a ruling drawn for some rows only); most
names fill a cell merged over all three, but a long one wrapped line by line sits in the
middle column while the first, where lkjip looks, holds an empty cell merged down beside
it. The name is the text of the header's other columns on those rows, top to bottom.
"""

from __future__ import annotations

from lkjip.extract.source import RawCell, RawTable


def _at(table: RawTable, row: int, col: int) -> RawCell | None:
    return table.grid[row][col] if col < len(table.grid[row]) else None


def name_beside(table: RawTable, header_rows: list[int], col: int, first: int, last: int) -> RawCell | None:
    """A cell holding the name printed on rows first..last in the other columns under the
    header cell spanning `col`, when there is one; else None."""
    head = next((h for r in header_rows if (h := _at(table, r, col)) is not None and h.colspan > 1), None)
    if head is None:
        return None
    siblings = [c for c in range(head.col, head.col + head.colspan) if c != col]
    texts: list[str] = []
    boxes = []
    for r in range(first, last + 1):
        for c in siblings:
            cell = _at(table, r, c)
            if cell is None or cell.row != r or cell.col != c or not cell.text.strip():
                continue
            if cell.row + cell.rowspan - 1 > last:
                return None  # a cell running past this row's span is not part of this name
            texts.append(cell.text.strip())
            boxes.extend((t, b) for t, b in cell.line_boxes if t.strip())
    if not texts:
        return None
    return RawCell("\n".join(texts), first, col, None, rowspan=last - first + 1, line_boxes=boxes)
