"""A value wrapped in its narrow cell right after its decimal separator ("134,\\n4"): the
two lines are one number. Read joined, and marked so (Cell.inferred "amount_rejoined"),
since the join is the reader's, not the page's.

A rate's base wraps the same way: "89/100.00\\n0 KH", "5,8/100\\n0 KH" (per 100.000 and
per 1.000 live births). Joined only when the base comes out a power of ten, as rates'
bases are."""

from __future__ import annotations

import re

# Digits ending in a separator, a line break, then the remaining one to three digits and
# at most a footnote mark or percent sign: nothing else on either line.
_WRAPPED = re.compile(r"^\s*(\d{1,3}(?:[.,]\d{3})*[.,])[ \t]*\n[ \t]*(\d{1,3}\s*[*%]?)\s*$")

# A rate whose base breaks over the line: "86,97/100.\n000 KH".
_WRAPPED_BASE = re.compile(r"^\s*(\d+(?:[.,]\d+)?\s*/\s*1[0.]*)[ \t]*\n[ \t]*(0[0.]*)(\s*[A-Za-z]{1,4})?\s*$")

REJOINED = "amount_rejoined"


def rejoined(text: str) -> str | None:
    """The cell's number with the wrap taken out ("134,\\n4" → "134,4", "89/100.00\\n0 KH" →
    "89/100.000 KH"), or None when the cell is not one number wrapped so."""
    m = _WRAPPED.match(text)
    if m:
        return m.group(1) + m.group(2)
    m = _WRAPPED_BASE.match(text)
    if m is None:
        return None
    if not re.fullmatch(r"10+(?:\.0{3})*", m.group(1).split("/")[1].strip() + m.group(2)):
        return None  # the base joined is no power of ten in groups of three ("100.000")
    return m.group(1) + m.group(2) + (m.group(3) or "")
