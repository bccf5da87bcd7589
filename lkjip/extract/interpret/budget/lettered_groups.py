"""Programs grouped under lettered lines: "A. Program Utama" over "1. Program …", "2. Program …",
then "B. Program Penunjang" over its own numbered programs.

Every line says "Program", so the word gives them one level; the outline and the sums tell
the lettered line apart: it prints what the numbered programs under it add up to, a
subtotal of the list. Such a line is read as a total of those programs (by the sums:
"arithmetic", so no error rests on the level), and they add up into it.
"""

from __future__ import annotations

import re

from lkjip.records import BudgetRow

_LETTER = re.compile(r"^[A-Z]\.?$")
_NUMBER = re.compile(r"^\d{1,3}\.?$")
_SUMMED = ("anggaran", "realisasi")


def _adds_up(head: BudgetRow, parts: list[BudgetRow]) -> bool:
    checked = False
    for column in _SUMMED:
        total = getattr(head, column)
        values = [getattr(p, column) for p in parts]
        if total is None and all(v is None for v in values):
            continue
        if total is None or any(v is None for v in values) or abs(total - sum(values)) >= 0.5:  # type: ignore[arg-type]
            return False
        checked = True
    return checked


def group_lettered_programs(rows: list[BudgetRow]) -> None:
    """Mark the lettered program lines of `rows` (one table's, in order) that their numbered
    programs add up to as totals, and link those programs to them."""
    i = 0
    while i < len(rows):
        head = rows[i]
        if not (head.level == "program" and head.code and _LETTER.match(head.code)):
            i += 1
            continue
        j = i + 1
        while j < len(rows) and rows[j].level == "program" and rows[j].code and _NUMBER.match(rows[j].code):
            j += 1
        parts = rows[i + 1:j]
        if parts and _adds_up(head, parts):
            head.level, head.level_evidence = "total", "arithmetic"
            for part in parts:
                part.parent = i
        i = max(j, i + 1)
