"""Amounts broken over the lines of a narrow cell.

A column too narrow for "Rp 1.506.190.000" prints "1.506.190.00" on one line and "Rp 0"
on the next: the pieces are one amount, not two stacked figures. They are joined when
the first line alone does not group its digits by three and the joined text does, so
two amounts stacked in one cell ("1.000.000" over "2.000.000") stay two.
"""

from __future__ import annotations

import re

# Digits grouped by three with one separator, decimals (if any) after the other one.
_GROUPED = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:(?!\1)[.,]\d{2})?(?:,-)?")
_RP = re.compile(r"rp\.?", re.I)


def unwrapped_amount(text: str) -> str | None:
    """The amount a cell's lines print together, or None when they are not one."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 2 or _GROUPED.fullmatch(_RP.sub("", lines[0]).strip()):
        return None
    joined = "".join(_RP.sub("", ln) for ln in lines).replace(" ", "")
    return joined if _GROUPED.fullmatch(joined) else None
