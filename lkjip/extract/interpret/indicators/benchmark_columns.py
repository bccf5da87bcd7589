"""A comparison table without a target: its benchmark column stands in for one.

"Realisasi 2016 | Realisasi 2015 | Realisasi 2016 thdp Thn 2015 (5/4)*100" and
"Realisasi 2016 | Capaian Kinerja dan Standar Nasional | Realisasi 2016 thdp Capaian
Nasional (4/5)*100%" print no target: they measure the year's realisasi against a
benchmark (last year's realisasi, the national figure) and print the ratio as the
table's capaian. There the ratio is the row's capaian and the national figure its
target, each marked `benchmark` (lkjip.checks.certainty.INFERRED): K004 may check the
ratio, as the table states it, but no rule compares such a target or capaian with the
agreed target or capaian other tables print.
"""

from __future__ import annotations

import dataclasses

from lkjip.extract.interpret.indicators.header_columns import Column

BENCHMARK = "benchmark"


def benchmark_columns(columns: list[Column]) -> list[Column]:
    """The columns with a target-less table's one ratio read as its capaian and its one
    national figure as its target; other tables' columns as they are."""
    roles = [c.role for c in columns]
    if "target" in roles or "capaian" in roles or roles.count("rasio") != 1 or roles.count("nasional") > 1:
        return columns
    if "realisasi" not in roles:
        return columns
    swap = {"rasio": "capaian", "nasional": "target"}
    return [dataclasses.replace(c, role=swap[c.role], year=None, inferred=c.inferred or BENCHMARK)
            if c.role in swap else c for c in columns]
