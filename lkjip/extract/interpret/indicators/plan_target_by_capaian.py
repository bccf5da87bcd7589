"""A plan's target printed without a year beside the year's realisasi and capaian.

"Target P.RPJMD | Realisasi | Capaian Kinerja (%)" in a table of the year's IKU: the
header names the plan, not the year, so the target reads as the plan's end target. But
where every row's capaian is its realisasi over that target (or the inverse, for an
indicator where lower is better), the column is what the year was measured against:
the plan's target for the year. Read so, marked `measure_uncertain` (which target a report
compares with varies), so no error rests on it.

Left alone: a header naming the end ("akhir"), a period or another year ("s.d 2018"), a
running total beside it (realisasi s.d. the year over the end target agrees too), a
capaian against the plan ("Capaian thd Target RPJMD"), and any row that disagrees.
"""

from __future__ import annotations

import dataclasses
import re

from lkjip.extract.interpret.indicators.header_columns import Column, Layout
from lkjip.extract.interpret.indicators.plan_year_columns import MEASURE_UNCERTAIN
from lkjip.extract.source import RawTable
from lkjip.numbers import NumberStyle, parse_number, split_footnote_mark

_NOT_THE_YEAR = re.compile(r"akhir|periode|jangka|s\.?\s?d\b|sampai|(?:19|20)\d{2}")
MIN_ROWS = 2  # rows that must agree; one could agree by chance
TOLERANCE = 0.6  # percentage points: a capaian truncated or rounded to a whole percent


def _number(text: str, style: NumberStyle | None) -> float | None:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) != 1:
        return None
    parsed = parse_number(split_footnote_mark(lines[0].strip())[0], style)
    return float(parsed.value) if parsed is not None else None


def _agrees(target: float, real: float, capaian: float) -> bool:
    if target == 0 or real == 0:
        return False
    return min(abs(real / target * 100 - capaian), abs(target / real * 100 - capaian)) <= TOLERANCE


def plan_target_of_the_year(table: RawTable, layout: Layout, year: int | None,
                            style: NumberStyle | None) -> list[Column]:
    """The columns, with a yearless plan target every row's capaian is measured against
    read as `year`'s target."""
    cols = layout.columns
    plan = [c for c in cols if c.role == "target_akhir"]
    real = [c for c in cols if c.role == "realisasi"]
    cap = [c for c in cols if c.role == "capaian"]
    if year is None or len(plan) != 1 or len(real) != 1 or len(cap) != 1 or \
            any(c.role in ("target", "kumulatif", "capaian_akhir") for c in cols):
        return cols
    p, r, k = plan[0], real[0], cap[0]
    if p.year is not None or _NOT_THE_YEAR.search(p.header) or r.year not in (None, year) or k.year not in (None, year):
        return cols
    header = set(layout.header_rows)
    agreeing = 0
    for row in range(table.n_rows):
        if row in header:
            continue
        values = [_number(table.text(row, c.index), style) for c in (p, r, k)]
        if any(v is None for v in values):
            continue
        t, v, c = (float(x) for x in values if x is not None)
        if not _agrees(t, v, c):
            return cols  # one row measured against something else: the column is not the year's
        agreeing += 1
    if agreeing < MIN_ROWS:
        return cols
    return [dataclasses.replace(c, role="target", year=year, inferred=c.inferred or MEASURE_UNCERTAIN)
            if c is p else c for c in cols]
