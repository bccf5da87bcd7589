"""Targets printed as a range ("75,70 – 76,20", "68,75-\\n69,25", "5 s/d 7"): their two
bounds, so the range can be compared between tables and a capaian checked against it.

Indicator readers keep such a cell as text (value None), since neither bound alone is the
target. Both bounds are read as printed; which one a capaian is computed against is the
agency's convention, so findings that rest on a range are warnings.
"""

from __future__ import annotations

import re
from typing import Any

from lkjip.numbers import parse_number

# Two numbers joined by a dash or "s/d" / "s.d." / "sampai"; the wrap of a cell may fall on
# either side of the dash. A leading "-" is no minus here: index targets are positive.
_RANGE = re.compile(
    r"^\s*(?P<lo>\d[\d.,]*)\s*(?:[-–—]|s\s*[/.]\s*d\.?|sampai)\s*(?P<hi>\d[\d.,]*)\s*(?P<unit>%|[^\W\d_]+)?\s*$",
    re.IGNORECASE)

# Where the two bounds part, for quoting each as printed.
RANGE_SPLIT = re.compile(r"\s*(?:[-–—]|s\s*[/.]\s*d\.?|sampai)\s*", re.IGNORECASE)


def range_bounds(q: Any) -> tuple[float, float] | None:
    """The (low, high) bounds of a target printed as a range, or None for anything else
    (a single value, a compound cell, text)."""
    if q is None or q.value is not None or q.parts:
        return None
    m = _RANGE.match(" ".join(q.text.split()))
    if m is None:
        return None
    lo, hi = parse_number(m.group("lo")), parse_number(m.group("hi"))
    if lo is None or hi is None:
        return None
    low, high = float(lo.value), float(hi.value)
    return (low, high) if 0 < low < high else None
