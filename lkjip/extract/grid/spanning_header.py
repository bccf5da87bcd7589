"""A header cell drawn over several body columns because the rule between them was missed.

On a blurred scan the short rule that parts two headings ("Persentase (%)" | "Efisiensi
(%)") may not be found, and the grid then holds one heading cell over both columns:
"Persentase Efisiensi (%) (%)". Each column reads that joint heading, both columns get
the same role, and the table is misread. The body below still has its rules: when the
cell's words fall cleanly into the body columns under it (no word across a body rule,
every column with a word), the cell is split there, each part holding the words over its
column. A heading printed centred over two sub-columns ("Realisasi" over "Fisik |
Keuangan") has a header row of sub-headings under it, or one word across the rule, and
is left whole. Under it, a body row is one printing a figure in every column below the
heading, or one numbered in a cell of its own (a list of text columns under a dark header
band whose white column rules the scan does not show as rules).
"""

from __future__ import annotations

import re

from lkjip.extract.grid.header_columns import word_boxes
from lkjip.extract.grid.tables import CharCentres, cell_lines
from lkjip.extract.source import Page, RawCell, RawTable

# A word may reach this far (points) past a body rule and still count as on its side.
_RULE_SLACK = 1.5
_FIGURE = re.compile(r"\d")
_ROW_NUMBER = re.compile(r"\d{1,3}\.?")


def _body_columns(table: RawTable, cell: RawCell) -> list[tuple[float, float]] | None:
    """The x range of each column under the cell, from the first body row below it that
    prints a figure in those columns in cells of their own; None when there is none."""
    below = cell.row + cell.rowspan
    for r in range(below, table.n_rows):
        row = table.grid[r]
        under = [row[c] if c < len(row) else None for c in range(cell.col, cell.col + cell.colspan)]
        if any(u is None or u.bbox is None or u.colspan != 1 for u in under):
            continue
        # A row numbered in a cell of its own ("1", "2.") is a body row though its cells
        # under the heading print text (an IKU list: sasaran, indikator, formula, source).
        numbered = any(_ROW_NUMBER.fullmatch(c.text.strip()) for c in row if c is not None and c.row == r)
        if not numbered and not all(_FIGURE.search(u.text) for u in under if u is not None):
            # A row of sub-headings under the cell: the heading spans them by design.
            if r == below:
                return None
            continue
        return [(u.bbox[0], u.bbox[2]) for u in under if u is not None and u.bbox is not None]
    return None


def _split(page: Page, centres: CharCentres, table: RawTable, cell: RawCell) -> list[RawCell] | None:
    assert cell.bbox is not None
    cols = _body_columns(table, cell)
    if cols is None or len(cols) != cell.colspan:
        return None
    x0, top, x1, bottom = cell.bbox
    words = [(b[0], b[2]) for b in word_boxes(page, centres.inside(cell.bbox))]
    bounds = [b for (_, b) in cols[:-1]]
    for wx0, wx1 in words:
        if any(wx0 < b - _RULE_SLACK and wx1 > b + _RULE_SLACK for b in bounds):
            return None  # a word across a body rule: a heading centred over the columns
    parts: list[RawCell] = []
    for k, (cx0, cx1) in enumerate(cols):
        left = x0 if k == 0 else cx0
        right = x1 if k == len(cols) - 1 else cx1
        box = (left, top, right, bottom)
        lines = cell_lines(page, box, centres)
        if not any(re.search(r"[^\W\d_]{2}", t) for t, _ in lines):
            return None  # a column with no heading word of its own: the split is not clean
        parts.append(RawCell(text="\n".join(t for t, _ in lines), row=cell.row, col=cell.col + k, bbox=box,
                             rowspan=cell.rowspan, colspan=1, line_boxes=lines, doubts=cell.doubts))
    return parts


def split_spanning_headers(page: Page, table: RawTable, header_rows: int) -> int:
    """Split header cells over body columns at the body's rules; the number split."""
    if page.char_boxes is None or not len(page.char_boxes) or header_rows <= 0:
        return 0
    centres = CharCentres(page.char_boxes)
    seen: set[int] = set()
    count = 0
    for r in range(min(header_rows, table.n_rows)):
        for cell in list(table.grid[r]):
            if cell is None or id(cell) in seen or cell.colspan < 2 or cell.bbox is None or cell.row != r:
                continue
            seen.add(id(cell))
            parts = _split(page, centres, table, cell)
            if parts is None:
                continue
            for part in parts:
                for rr in range(part.row, min(part.row + part.rowspan, table.n_rows)):
                    table.grid[rr][part.col] = part
            count += 1
    return count
