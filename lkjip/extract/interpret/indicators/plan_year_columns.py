"""A plan's target for a named year, and the capaian against it.

"Target RPJMD | 2016 | 2018" and "% Capaian thadap RPJMD | 2016 | 2018": the plan's
targets for the years named, not only its end target. Such a column holds the target of
its year (and the capaian against it), read under that year; but which target a report
compares with there (the plan's, the agreement's, the end's) varies even within one
table, so every value read from it is marked `measure_uncertain`: no error rests on it.
A header that says "akhir" (the end target) is left as it is; one that says "jangka
menengah" too, unless a realisasi column of its own year stands beside it ("Tahun 2022"
spanning "Target Jangka Menengah | Realisasi": the plan's target for 2022, not its end's).
"""

from __future__ import annotations

import dataclasses

from lkjip.extract.interpret.indicators.header_columns import Column

MEASURE_UNCERTAIN = "measure_uncertain"  # lkjip.checks.certainty.INFERRED
_PLAN_ROLES = {"target_akhir": "target", "capaian_akhir": "capaian"}


def plan_year_columns(columns: list[Column]) -> list[Column]:
    """The columns with each year-named plan target or capaian read as that year's."""
    realised = {c.year for c in columns if c.role == "realisasi" and c.year is not None}

    def for_its_year(c: Column) -> bool:
        if c.role not in _PLAN_ROLES or c.year is None or "akhir" in c.header:
            return False
        return "jangka" not in c.header or c.year in realised

    return [dataclasses.replace(c, role=_PLAN_ROLES[c.role], inferred=c.inferred or MEASURE_UNCERTAIN)
            if for_its_year(c) else c for c in columns]
