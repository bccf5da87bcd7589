"""A ruled row carried over a page break in every text column at once.

A tall row broken by the page ends on the next page as a row of its own: the rest of the
indicator's name ("OPD & Kab/Kota yang memiliki sertifikat kompetensi") beside the rest of
its sasaran ("sumberdaya aparatur"), with no number and no value. Its name may start with
a capital ("OPD", "Prioritas"), so the name alone does not say it is a tail; the sasaran
carried on beside it does: a new indicator under a new sasaran prints its own number or
its values.
"""

from __future__ import annotations

from lkjip.extract.source import RawTable


def sasaran_carried_over(table: RawTable, first: int, sasaran_col: int | None, no_col: int | None) -> bool:
    """Whether row `first` continues the row above it in the sasaran column too: a sasaran
    printed in this row's own cell, the row above under a sasaran, the number column empty."""
    if sasaran_col is None or first == 0:
        return False
    cell = table.grid[first][sasaran_col] if sasaran_col < len(table.grid[first]) else None
    if cell is None or cell.row != first or not cell.text.strip():
        return False
    if no_col is not None and table.text(first, no_col).strip():
        return False
    return bool(table.filled_text(first - 1, sasaran_col).strip())
