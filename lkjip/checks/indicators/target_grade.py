"""Targets printed as a letter grade alone ("BB", "Predikat A"): the grade, so two tables
that restate one target can be compared even though it is no number.

Only a cell that is a grade and nothing else counts: "WTP\\nBB" (an opinion beside a
grade) or "70 (BB)" (a score, compared by its number) are other things.
"""

from __future__ import annotations

import re
from typing import Any

# SAKIP / RB evaluation grades, best to worst, optionally after "Predikat" or "Nilai".
_GRADE = re.compile(r"^\s*(?:(?:predikat|nilai|kategori)\s*:?\s*)?[\"“]?(AA|A|BB|B|CC|C|D|E)[\"”]?\s*$",
                    re.IGNORECASE)


def grade_of(q: Any) -> str | None:
    """The grade a target cell prints alone (upper case), or None."""
    if q is None or q.value is not None or q.parts:
        return None
    m = _GRADE.match(" ".join(q.text.split()))
    return m.group(1).upper() if m else None
