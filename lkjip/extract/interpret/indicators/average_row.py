"""The closing "Rata-rata capaian" row of a Pengukuran Kinerja table.

Its label is merged across the name, target and realisasi columns and only the capaian
column prints a figure of its own: the table's average capaian. It is kept as a row named
by its label, with that capaian alone. What it averages is read from its place in the
table, so the cell says so (`AVERAGE_ROW`): no error rests on it.

Some tables close on a row with no label at all, a lone figure under the capaian column
("… | 56,41" then "| | | 93,24"): the table's summary capaian, which the text then
quotes. It is no indicator, so it is kept on the table (IndicatorTable.closing_capaian),
not as a row; LKJ-K013 compares it with the mean of the capaian above it.
"""

from __future__ import annotations

import re

from lkjip.extract.source import RawCell, RawTable

AVERAGE_ROW = "average_row"  # lkjip.checks.certainty.INFERRED

_AVERAGE = re.compile(r"^\s*rata[\s-]*rata\b", re.I)


def average_capaian_cell(label: str, spanning: RawCell, capaian_cells: list[RawCell | None]) -> RawCell | None:
    """The capaian cell of an average row: the label spans the other value columns and a
    single capaian column prints its own cell; None for any other row."""
    if not _AVERAGE.match(label):
        return None
    own = [c for c in capaian_cells if c is not None and c is not spanning and c.text.strip()]
    return own[0] if len(own) == 1 else None


def closing_capaian_cell(table: RawTable, capaian_cols: list[int]) -> RawCell | None:
    """The lone figure of a table's last grid row, under a capaian column, when every
    other cell of that row is empty and the figure starts on that row (not a cell merged
    down from above); None otherwise."""
    last = table.n_rows - 1
    if last < 1 or not capaian_cols:
        return None
    row = table.grid[last]
    filled = {id(c): c for c in row if c is not None and c.text.strip()}
    if len(filled) != 1:
        return None
    (cell,) = filled.values()
    if cell.row != last or cell.col not in capaian_cols or not re.fullmatch(r"[\d.,]+\s*%?", cell.text.strip()):
        return None
    return cell
