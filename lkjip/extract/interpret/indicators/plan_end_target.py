"""The plan's end target, in the plan's last year: that year's target.

A report on 2021 "disusun berdasarkan Rencana Strategis 2016 – 2021" compares each
realisasi with "TARGET RENSTRA", the plan's end target. In the plan's last year the end
target is the year's target: read as the table's target when the report names the plan's
period and the table is about its last year, marked `measure_uncertain` (which target a
report compares with varies), so no error rests on it.

Any earlier year the end target is still a target: the plan's for its last year. A
report on 2016 under the Renstra 2013 – 2018 prints "TARGET AKHIR RENSTRA" beside the
year's target and realisasi; the lampiran's Renstra table prints the same indicator's
target for 2018. Read under the plan's last year (`target_by_year`), also marked
`measure_uncertain`, the two can be compared, in a warning at most.
"""

from __future__ import annotations

import dataclasses
import re

from lkjip.extract.interpret.indicators.header_columns import Column
from lkjip.extract.interpret.indicators.plan_year_columns import MEASURE_UNCERTAIN
from lkjip.extract.source import SourceDocument

CAPAIAN_END = "capaian_end"  # the role of a capaian against the end target, under the end's year
_PLANS = {"renstra": r"rencana\s+strategis|renstra", "rpjmd": r"rencana\s+pembangunan\s+jangka\s+menengah|rpjmd"}
_PERIOD = r"[^.\n]{0,40}?\b((?:19|20)\d{2})\s*(?:[-–—]|s\.?\s?d\.?|sampai(?:\s+dengan)?)\s*((?:19|20)\d{2})\b"


def plan_ends(source: SourceDocument, year: int | None = None) -> dict[str, int]:
    """The last year of each plan whose period the report names once ("Rencana Strategis
    2016 – 2021": renstra 2021); a plan named with several periods is left out. With the
    report's `year`, only periods holding it count: a ministry's "Rencana Strategis
    Kementerian Kesehatan Tahun 2010 - 2014" cited in a report on 2016 is no plan of its."""
    text = "\n".join(p.text for p in source.pages)
    out: dict[str, int] = {}
    for plan, words in _PLANS.items():
        ends = {int(m.group(2)) for m in re.finditer(rf"(?i)\b(?:{words})\b{_PERIOD}", text)
                if 0 < int(m.group(2)) - int(m.group(1)) <= 6
                and (year is None or int(m.group(1)) <= year <= int(m.group(2)))}
        if len(ends) == 1:
            out[plan] = ends.pop()
    return out


def end_targets_of_the_year(columns: list[Column], ends: dict[str, int], year: int | None) -> list[Column]:
    """The columns with an end target of a plan ending in `year` read as `year`'s target,
    in a table that reports realisasi and prints no target of its own."""
    if year is None or not any(c.role == "realisasi" for c in columns) or any(c.role == "target" for c in columns):
        return columns

    def ends_now(c: Column) -> bool:
        return c.role == "target_akhir" and c.year is None and \
            any(ends.get(plan) == year and re.search(words, c.header) for plan, words in _PLANS.items())

    return [dataclasses.replace(c, role="target", year=year, inferred=c.inferred or MEASURE_UNCERTAIN)
            if ends_now(c) else c for c in columns]


def end_targets_under_their_year(columns: list[Column], ends: dict[str, int], year: int | None) -> list[Column]:
    """The end target columns of a plan whose last year is after `year`, read as the plan's
    target for its last year (a column naming no year, its plan named in its header)."""
    if year is None:
        return columns

    def end_of(c: Column) -> int | None:
        if c.role != "target_akhir" or c.year is not None:
            return None
        found = {ends[plan] for plan, words in _PLANS.items() if plan in ends and re.search(words, c.header)}
        return found.pop() if len(found) == 1 and min(found) > year else None

    out = [dataclasses.replace(c, role="target", year=end, inferred=c.inferred or MEASURE_UNCERTAIN)
           if (end := end_of(c)) is not None else c for c in columns]
    ends_read = {c.year for c, was in zip(out, columns, strict=True) if c.role != was.role}
    if len(ends_read) != 1:
        return out
    # "Capaian Tahun 2016 terhadap Target Akhir Renstra (%)": the year's realisasi against
    # that end target, kept apart from the year's own capaian.
    end = ends_read.pop()
    return [dataclasses.replace(c, role=CAPAIAN_END, year=end, inferred=c.inferred or MEASURE_UNCERTAIN)
            if c.role == "capaian_akhir" else c for c in out]
