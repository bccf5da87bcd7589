"""Bare year columns beside the plan's later target: what each of those years achieved.

A comparison with the RPJMD prints "TAHUN" over "2013 | 2014 | 2015 | 2016" and then
"TARGET 2018" (the plan's end): the bare years carry no value word, but with the plan's
target named apart, for a later year, they are what was realised in each year. Read as
realisasi of their year, marked `column_role_position` (the header does not say it), so
no error rests on them. Not where the table names any realisasi column itself, nor for a
year at or past the target's (a plan matrix of yearly targets).
"""

from __future__ import annotations

import dataclasses
import re

from lkjip.extract.interpret.indicators.header_columns import Column

ROLE_FROM_CONTEXT = "column_role_position"  # lkjip.checks.certainty.INFERRED
_BARE_YEAR = re.compile(r"(?:tahun|thn\.?)?\s*(?:19|20)\d{2}")


def realised_year_columns(columns: list[Column]) -> list[Column]:
    """The columns with each bare year before the latest target's year read as realisasi."""
    if any(c.role == "realisasi" for c in columns):
        return columns
    target_years = [c.year for c in columns if c.role == "target" and c.year is not None]
    if not target_years:
        return columns
    latest = max(target_years)
    return [dataclasses.replace(c, role="realisasi", inferred=ROLE_FROM_CONTEXT)
            if c.role == "other" and c.year is not None and c.year < latest and _BARE_YEAR.fullmatch(c.header)
            else c for c in columns]
