"""Whether enough of a table's rows follow one way of computing a column to call it the
table's own convention (a difference in points or in percent; a ratio of two years).

The rows that do not follow it are then the table's slips. Too few rows, or too small a
share, and the table has no convention to hold them to: nothing is said.
"""

from __future__ import annotations

MIN_ROWS = 3
MIN_SHARE = 2 / 3


def is_convention(following: int, judged: int) -> bool:
    """`following` of `judged` rows fit it: at least MIN_ROWS, and MIN_SHARE of them."""
    return following >= MIN_ROWS and following >= MIN_SHARE * judged
