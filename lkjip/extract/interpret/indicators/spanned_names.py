"""An indicator name wrapped over grid rows that one merged value cell spans.

A ruled table draws a rule only between indicators; the table engine still gives each
text line of a wrapped name its own grid row, while the values, centred in their tall
cell, come out as one merged cell spanning those rows ("Cakupan penanganan kekerasan" /
"terhadap perempuan" beside one "100%"). The name's lower lines print no value of their
own: they are the rest of the name of the indicator whose value cells cover them.
"""

from __future__ import annotations

from lkjip.extract.source import RawCell, RawTable


def _cell_at(table: RawTable, row: int, col: int) -> RawCell | None:
    return table.grid[row][col] if col < len(table.grid[row]) else None


def continues_spanned_name(table: RawTable, first: int, last: int, anchor: int,
                           value_cols: list[int], own_cols: list[int]) -> bool:
    """Whether the indikator cell on rows first..last continues the name of the indicator
    whose cell starts at row `anchor`: every value column holds, on these rows, only a
    merged cell that starts at `anchor` (and at least one such cell spans them), and no
    NO/sasaran cell starts here (which would begin another indicator)."""
    if first <= anchor:
        return False
    spanned = False
    for col in value_cols:
        for r in range(first, last + 1):
            cell = _cell_at(table, r, col)
            if cell is None or not cell.text.strip():
                continue
            if cell.row != anchor:
                return False  # a value of its own, or of some other row
            spanned = True
    if not spanned:
        return False
    return not any((c := _cell_at(table, r, col)) is not None and c.row == r and c.text.strip()
                   for col in own_cols for r in range(first, last + 1))
