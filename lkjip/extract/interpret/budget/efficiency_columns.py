"""The efficiency table (Efisiensi Penggunaan Sumber Daya): No | Indikator Kinerja | Sat |
Target | Realisasi | Anggaran (Rp.) | Realisasi Anggaran (%) | Tingkat Efisiensi.

Each line is an indicator with the budget spent on reaching it: the indicator names the
budget line (there is no program column), and its targets beside the amounts do not make
the table a Renja plan. Told by the "Efisiensi" heading over the last column.
"""

from __future__ import annotations

import re
from typing import Any

_EFFICIENCY = re.compile(r"\befisiensi\b", re.I)
_INDICATOR = re.compile(r"^\W*indikator\b", re.I)


def indicator_names(by_role: dict[str, list[Any]]) -> bool:
    """Let the one indicator column name the lines of an efficiency table with a budget
    column and no name column; True when the table is one."""
    others = by_role.get("other", [])
    indicators = [g for g in others if _INDICATOR.match(g.header)]
    if by_role.get("name") or not by_role.get("anggaran") or len(indicators) != 1 \
            or not any(_EFFICIENCY.search(g.header) for g in others):
        return False
    indicators[0].role = "name"
    by_role["name"] = indicators
    by_role["other"] = [g for g in others if g is not indicators[0]]
    return True
