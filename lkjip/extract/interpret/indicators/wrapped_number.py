"""A value wrapped in its narrow cell right after its decimal separator ("134,\\n4"): the
two lines are one number. Read joined, and marked so (Cell.inferred "amount_rejoined"),
since the join is the reader's, not the page's."""

from __future__ import annotations

import re

# Digits ending in a separator, a line break, then the remaining one to three digits and
# at most a footnote mark or percent sign: nothing else on either line.
_WRAPPED = re.compile(r"^\s*(\d{1,3}(?:[.,]\d{3})*[.,])[ \t]*\n[ \t]*(\d{1,3}\s*[*%]?)\s*$")

REJOINED = "amount_rejoined"


def rejoined(text: str) -> str | None:
    """The cell's number with the wrap taken out ("134,\\n4" → "134,4"), or None when the
    cell is not one number wrapped after its separator."""
    m = _WRAPPED.match(text)
    return m.group(1) + m.group(2) if m else None
