"""A Rencana Aksi's target per triwulan, and the year's target it implies.

A Rencana Aksi prints the target of each quarter ("TW 1 | TW 2 | TW 3 | TW 4"). When the
quarters run cumulatively (each at least the one before: 25 %, 50 %, 75 %, 100 %) the
last quarter's is the year's target; otherwise (a quarter's own share) no column is.
The year's target so found is inferred, not printed as such (`YEAR_FROM_QUARTERS`).
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from lkjip.extract.interpret.indicators.header_columns import Layout
from lkjip.extract.source import RawTable
from lkjip.numbers import NumberStyle, parse_number

# Cell.inferred code (lkjip.checks.certainty.INFERRED).
YEAR_FROM_QUARTERS = "year_target_from_quarters"

_LAST_QUARTER = re.compile(r"\b(?:tw|triwulan|kuartal|q)\s*[-.]?\s*(?:4|iv)\b|\bsemester\s*(?:2|ii)\b")
# Share of the rows holding every quarter's number that must run cumulatively (a plan
# may print a quarter out of step, "0 % | 50 % | 100 % | 0 %", without being a share per quarter).
_CUMULATIVE_SHARE = 0.5


def year_target_from_quarters(table: RawTable, layout: Layout, style: NumberStyle | None) -> Layout:
    """`layout` with its last quarter's target column read as the year's target, when
    the table has no target column of its own and its quarters run cumulatively."""
    quarters = sorted(layout.by_role("target_periode"), key=lambda c: c.index)
    if layout.by_role("target") or len(quarters) < 2 or not _LAST_QUARTER.search(quarters[-1].header):
        return layout
    complete = rising = 0
    for r in range(max(layout.header_rows) + 1, table.n_rows):
        values = []
        for c in quarters:
            first = table.text(r, c.index).strip().split("\n")[0]
            parsed = parse_number(first, style) if first else None
            values.append(None if parsed is None else float(parsed.value))
        if any(v is None for v in values):
            continue
        complete += 1
        rising += all(a is not None and b is not None and a <= b for a, b in itertools.pairwise(values))
    if not complete or rising < _CUMULATIVE_SHARE * complete:
        return layout
    last = quarters[-1]
    columns = [dataclasses.replace(c, role="target", inferred=YEAR_FROM_QUARTERS) if c is last else c
               for c in layout.columns]
    return Layout(layout.header_rows, columns, layout.header_signature, layout.formula)
