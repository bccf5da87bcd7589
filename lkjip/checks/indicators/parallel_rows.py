"""Two tables listing one set of indicators in one order: a row's place in its table.

A report restates its indicators in several tables (the Renstra comparison, the Renja, the
Lampiran), usually in the same order. When two tables list the same number of indicators,
the n-th row of one and the n-th row of the other are most likely one indicator; where
their names differ by one word's form ("… P2UPD bersertifikat" / "… P2UPD bersertifikasi")
that place vouches for the pairing as a shared sasaran would
(lkjip.checks.indicators.name_variants).
"""

from __future__ import annotations

from lkjip.records import IndicatorRow

# Fewer rows than this make a coincidence of places too likely to vouch for anything.
MIN_ROWS = 4


def places(rows: list[IndicatorRow]) -> dict[int, tuple[int, int]]:
    """id(row) -> (its place among its table's rows, the number of those rows), in the
    order the rows are given (the document's)."""
    by_table: dict[str, list[IndicatorRow]] = {}
    for row in rows:
        by_table.setdefault(row.table, []).append(row)
    return {id(row): (k, len(listed)) for listed in by_table.values() for k, row in enumerate(listed)}


def same_place(a: list[IndicatorRow], b: list[IndicatorRow], where: dict[int, tuple[int, int]]) -> bool:
    """Whether a row of `a` and a row of `b`, in two tables of equally many rows (at least
    MIN_ROWS), stand at the same place."""
    return any(x.table != y.table and (p := where.get(id(x))) is not None and p == where.get(id(y))
               and p[1] >= MIN_ROWS for x in a for y in b)
