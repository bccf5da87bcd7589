"""A bare TARGET heading over rupiah beside a rupiah REALISASI column: the budget.

Revenue and financing tables (Target dan Realisasi Pendapatan / Pembiayaan Daerah) head
their budget "TARGET": the amount planned, in rupiah like the realisasi beside it. Elsewhere
"Target" is an indicator's, so the heading alone says nothing; the figures decide (both
columns hold rupiah amounts), and the column's cells say their role was inferred from them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# "TARGET", "Target (Rp)", "TARGET 2021": nothing else in the heading.
_BARE_TARGET = re.compile(r"^\W*target\W*(?:rp\W*)?(?:(?:19|20)\d{2}\W*)?$", re.I)


def target_as_budget(by_role: dict[str, list[Any]], holds_money: Callable[[Any], bool]) -> None:
    """Move the one bare TARGET column to `anggaran` when the table has no budget column and
    it and the one realisasi column hold rupiah (`holds_money(group)`)."""
    if by_role.get("anggaran") or len(by_role.get("realisasi", [])) != 1:
        return
    targets = [g for g in by_role.get("other", []) if _BARE_TARGET.match(g.header)]
    if len(targets) != 1 or not holds_money(targets[0]) or not holds_money(by_role["realisasi"][0]):
        return
    target = targets[0]
    target.role, target.inferred = "anggaran", ("column_role_values",)
    by_role["anggaran"] = [target]
    by_role["other"] = [g for g in by_role["other"] if g is not target]
