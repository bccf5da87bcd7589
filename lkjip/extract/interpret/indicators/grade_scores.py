"""Values printed as a grade: "Level 3", "Nilai A (83)", "BB (64,00)", "Level 3" over "(3,157)".

Maturity, capability and evaluation indicators are reported as a level or a letter grade,
often with the score behind it in brackets. The score is the indicator's value when one
is printed; a level alone ("Level 3") is its number. Either way the number was chosen
from a grade rather than read as the value, so the cell says so (`GRADE_VALUE`): no
error may rest on it (a PK printing "Level 3" and a measurement printing "(3,35)" for
the same indicator are not a contradiction).
"""

from __future__ import annotations

import re

from lkjip.numbers import NumberStyle, parse_number

# Cell.inferred code (lkjip.checks.certainty.INFERRED).
GRADE_VALUE = "grade_value"

_NUM = r"\d{1,3}(?:[.,]\d+)?"
_GRADE = r"(?:nilai\s+|predikat\s+|kategori\s+)?(?:level\s+\d|[a-e]{1,3}[+-]?)"
# "Nilai A (83)", "BB(70)", "Level 3 (3,35)", "(64,00)BB": a grade with its score.
_WITH_SCORE = re.compile(rf"^(?:{_GRADE})\s*\(\s*({_NUM})\s*%?\s*\)$|^\(\s*({_NUM})\s*%?\s*\)\s*(?:[a-e]{{1,3}}[+-]?)$")
_LEVEL = re.compile(r"^level\s+(\d)$")


def grade_value(text: str, style: NumberStyle | None) -> float | None:
    """The value of a grade-printed cell, or None when the text is not one."""
    flat = " ".join(text.split()).lower()
    m = _WITH_SCORE.match(flat)
    if m:
        parsed = parse_number(m.group(1) or m.group(2), style)
        return float(parsed.value) if parsed is not None else None
    m = _LEVEL.match(flat)
    return float(m.group(1)) if m else None
