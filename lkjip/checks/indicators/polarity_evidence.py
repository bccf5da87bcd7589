"""Indicators the report itself treats as lower-is-better, shown by its own arithmetic.

An indicator's name ("Indeks Gini", "angka kemiskinan") only suggests that less is better;
a report that computes one of its rows' capaian as target / realisasi × 100 or
(2 × target − realisasi) / target × 100, where realisasi / target does not give it, says
so in figures. Another table of the same report that prints realisasi / target for that
indicator then contradicts the report's own convention: with this evidence a capaian
check may rest on the polarity as on a declared one.
"""

from __future__ import annotations

from collections.abc import Callable

from lkjip.checks.indicators.common import indicator_groups
from lkjip.records import Extraction, IndicatorRow

# (row, polarity) → whether that convention gives the row's printed capaian.
Explains = Callable[[IndicatorRow, str], bool]


def computed_lower(doc: Extraction, explains: Explains) -> dict[int, IndicatorRow]:
    """For every row (by id) of an indicator the report computes lower-is-better in some
    row, that row (the first one, to quote)."""
    out: dict[int, IndicatorRow] = {}
    for group in indicator_groups(doc):
        witness = next((r for r in group if _priced(r) and explains(r, "lower") and not explains(r, "higher")),
                       None)
        if witness is not None:
            out.update({id(r): witness for r in group})
    return out


def _priced(row: IndicatorRow) -> bool:
    t, r = row.target, row.realisasi
    return (row.capaian is not None and t is not None and r is not None and t.value is not None
            and r.value is not None and t.value != 0)
