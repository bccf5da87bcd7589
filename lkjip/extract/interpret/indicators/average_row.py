"""The closing "Rata-rata capaian" row of a Pengukuran Kinerja table.

Its label is merged across the name, target and realisasi columns and only the capaian
column prints a figure of its own: the table's average capaian. It is kept as a row named
by its label, with that capaian alone. What it averages is read from its place in the
table, so the cell says so (`AVERAGE_ROW`): no error rests on it.
"""

from __future__ import annotations

import re

from lkjip.extract.source import RawCell

AVERAGE_ROW = "average_row"  # lkjip.checks.certainty.INFERRED

_AVERAGE = re.compile(r"^\s*rata[\s-]*rata\b", re.I)


def average_capaian_cell(label: str, spanning: RawCell, capaian_cells: list[RawCell | None]) -> RawCell | None:
    """The capaian cell of an average row: the label spans the other value columns and a
    single capaian column prints its own cell; None for any other row."""
    if not _AVERAGE.match(label):
        return None
    own = [c for c in capaian_cells if c is not None and c is not spanning and c.text.strip()]
    return own[0] if len(own) == 1 else None
