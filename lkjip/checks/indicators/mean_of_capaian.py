"""Whether a stated average capaian is the mean of the capaian it averages.

Shared by LKJ-K013 (an average row of a table) and LKJ-K014 (a sasaran's average stated
in the text). The stated figure may differ from the mean by its own printed rounding plus
the rounding of the finest capaian averaged; beyond 5 % of the mean it is no plain mean of
these rows at all (a weighted one, or of other rows), so nothing is said.
"""

from __future__ import annotations

from dataclasses import dataclass

from lkjip.numbers import decimals_printed, format_id, half_last_decimal
from lkjip.records import IndicatorRow

NEAR = 0.05


@dataclass(frozen=True)
class MeanGap:
    """A stated average off the rows' mean: the figures a message shows."""

    listed: str  # the averaged capaian as printed, "; "-separated
    total: str  # their sum, printed
    mean: str  # their mean, printed
    count: int


def mean_gap(stated: float, stated_text: str, rows: list[IndicatorRow]) -> MeanGap | None:
    """The gap between a stated average and the mean of `rows`' capaian, or None where the
    figure is their mean within printed rounding, or too far off to be meant as one."""
    values = [float(r.capaian) for r in rows if r.capaian is not None]
    if not values:
        return None
    mean = sum(values) / len(values)
    tol = 10.0 ** -decimals_printed(stated_text, None) + max(half_last_decimal(r.capaian_text or "") for r in rows) + 1e-9
    off = abs(stated - mean)
    if off <= tol or off > NEAR * abs(mean):
        return None
    listed = "; ".join(" ".join((r.capaian_text or "").split()) for r in rows)
    return MeanGap(listed, format_id(round(sum(values), 2)), format_id(round(mean, 2)), len(values))
