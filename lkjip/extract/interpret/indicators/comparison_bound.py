"""Targets and realisasi printed with a comparison sign: "> 100", "≥ 80 %", "< 5", "<= 2".

A target set as a bound ("more than 100") is still the figure the capaian is measured
against, and the realisasi of such an indicator is often printed the same way ("> 125").
The number after the sign is read as the value; the cell says so (`COMPARISON_BOUND`),
since the report states a bound, not the value itself: no error may rest on it.
"""

from __future__ import annotations

import re

COMPARISON_BOUND = "comparison_bound"  # lkjip.checks.certainty.INFERRED

_SIGN = re.compile(r"^\s*(?:>=|<=|=>|=<|≥|≤|>|<)\s*(?=\d)")


def without_sign(text: str | None) -> str | None:
    """The cell's text with its leading comparison sign removed; None when it has none."""
    m = _SIGN.match(text or "")
    return (text or "")[m.end():] if m else None
