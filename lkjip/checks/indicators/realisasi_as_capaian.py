"""A capaian in the text that is, as printed, the indicator's realisasi (or target).

Chapter III retells each indicator: "Capaian kinerja peningkatan Nilai Produksi IKM
sebesar 1,309 %". When that figure is not the capaian the tables print (8,726) but,
digit for digit, the realisasi the same tables print for the same indicator and year
(1,309), the writer has put the realisasi in the capaian's place. A general "text
capaian differs from the table" comparison is noisy (retold figures are rounded,
restated against other targets, taken from other years); this shape is telling:
the figure exists in the tables, under the wrong column.

Equality is on the printed token ("1,309" and "1,309 %"; not "1.309", not "1,31"), so
the figure is read exactly as the table cell it copies: a document that groups
thousands with "," gives 1309 for both, whatever notation a lone "1,309" suggests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lkjip.checks.indicators.common import PLAN_KINDS, benchmarked
from lkjip.numbers import Quantity
from lkjip.records import Cell, IndicatorRow

# The printed figure without its percent sign, unit word or spaces: "1,309 %" -> "1,309".
_TOKEN = re.compile(r"^\s*([-–]?\d[\d.,]*)\s*(?:%|persen)?\s*$", re.I)


def printed_token(text: str | None) -> str | None:
    """The number as printed, for digit-for-digit equality; None for anything else
    ("15 (angka sementara)", "-")."""
    m = _TOKEN.match(text or "")
    return m.group(1).rstrip(".,") if m else None


@dataclass(frozen=True)
class CopiedFigure:
    """A table's realisasi or target that a text figure reprints."""

    row: IndicatorRow
    column: str  # "realisasi" or "target"
    quantity: Quantity
    cell: Cell | None


def _year_values(row: IndicatorRow, years: set[int | None]) -> list[tuple[str, Quantity, Cell | None]]:
    """The row's realisasi and target of the given years, with their cells."""
    out: list[tuple[str, Quantity, Cell | None]] = []
    for column, own, by_year in (("realisasi", row.realisasi, row.realisasi_by_year),
                                 ("target", row.target, row.target_by_year)):
        if own is not None and row.year in years:
            out.append((column, own, row.cells.get(column)))
        for year, q in by_year.items():
            if year in years and year != row.year:
                out.append((column, q, row.cells.get(f"{column}_{year}")))
    return out


def copied_figure(stated_text: str, group: list[IndicatorRow], years: set[int | None],
                  differs: Callable[[float, str], bool]) -> CopiedFigure | None:
    """The realisasi or target of `years` (in the group's measured, not plan, rows) that
    `stated_text` prints digit for digit, when that value read as the table reads it
    `differs` from every capaian; None otherwise, and when the figure reprints both a
    realisasi and a target (it then says nothing about the column it was taken from)."""
    token = printed_token(stated_text)
    if token is None:
        return None
    hits: dict[str, CopiedFigure] = {}
    # A row that prints its capaian beside the target first: the figure is shown from the
    # table whose capaian it displaces.
    for row in sorted(group, key=lambda r: r.capaian is None or r.target is None):
        if row.detail in PLAN_KINDS:
            continue  # a plan's figures are not the year's measured values
        for column, q, cell in _year_values(row, years):
            if q.value is None or benchmarked(cell) or printed_token(q.text) != token:
                continue
            hits.setdefault(column, CopiedFigure(row, column, q, cell))
    if len(hits) != 1:
        return None
    (hit,) = hits.values()
    return hit if differs(float(hit.quantity.value), hit.quantity.text) else None  # type: ignore[arg-type]
