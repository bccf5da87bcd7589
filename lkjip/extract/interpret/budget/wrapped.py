"""Amounts printed broken: over the lines of a narrow cell, or with a stray space.

A column too narrow for "Rp 1.506.190.000" prints "1.506.190.00" on one line and "Rp 0"
on the next: the pieces are one amount, not two stacked figures. They are joined when
the first line alone does not group its digits by three and the joined text does, so
two amounts stacked in one cell ("1.000.000" over "2.000.000") stay two. A joined amount
is a reading the printed text does not give as such: its cell is marked inferred
("amount_rejoined"), so no rule builds an error on it.
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


# A space typed after or before a separator inside one amount: "1,584,085, 700",
# "48. 592.221.203,-", "2,602,500 ,000".
_STRAY_SPACE = re.compile(r"([.,])\s+(?=\d)|(?<=\d)\s+([.,])(?=\d{3}\b)")


def rejoined_amount(text: str) -> str | None:
    """The amount a cell prints broken (over two lines, or with a stray space after a
    separator), joined; None when the cell reads as printed or is not one amount."""
    if "\n" in text.strip():
        return unwrapped_amount(text)
    if not _STRAY_SPACE.search(text) or _GROUPED.fullmatch(_RP.sub("", text).strip()):
        return None
    joined = _RP.sub("", _STRAY_SPACE.sub(lambda m: m.group(1) or m.group(2), text)).strip()
    return joined if _GROUPED.fullmatch(joined) else None
