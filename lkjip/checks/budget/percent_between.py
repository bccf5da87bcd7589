"""A percentage set between the two amounts it relates: "Realisasi … sebesar Rp. R atau
mencapai P % dari anggaran (estimasi pendapatan) yang ditetapkan sebesar Rp. A". The
spending comes right before the percentage, the budget it is a share of right after,
introduced by "dari" and a budget word. Not a rule (LKJ-B003 checks P = R / A × 100).
"""

from __future__ import annotations

import re

from lkjip.checks.budget.text_figures import lead_in
from lkjip.records import BudgetRow, Extraction, NarrativeAmount

# Between the spending and its percentage: "atau mencapai", "atau sebesar", "atau".
_JOIN = re.compile(r"^\s*,?\s*atau(?:\s+(?:mencapai|sebesar|setara\s+dengan|sama\s+dengan))?\s*$", re.I)
# Between the percentage and the budget: "dari anggaran … sebesar", "dari estimasi pendapatan …".
_OF_BUDGET = re.compile(r"^\s*dari\s+(?:total\s+|jumlah\s+)?(?:anggaran|estimasi|pagu|target\s+pendapatan)\b"
                        r"[^.;:]{0,70}$", re.I)
_SPENT = re.compile(r"reali[sz]asi|terserap|penyerapan", re.I)
_SPENT_REACH = 160  # how far before the spending its sentence may say it is spending


def pair_around(doc: Extraction, pct: NarrativeAmount) -> tuple[NarrativeAmount, NarrativeAmount] | None:
    """(anggaran, realisasi) the percentage stands between, or None."""
    if not _JOIN.match(lead_in(pct)):
        return None
    at = pct.context_offset or 0
    same = [a for a in doc.amounts if a.context == pct.context and a.page == pct.page]
    before = [a for a in same if (a.context_offset or 0) < at]
    after = [a for a in same if (a.context_offset or 0) > at]
    if not before or not after:
        return None
    realisasi = max(before, key=lambda a: a.context_offset or 0)
    anggaran = min(after, key=lambda a: a.context_offset or 0)
    if realisasi.kind != "rupiah" or anggaran.kind != "rupiah" or not anggaran.value:
        return None
    if not _OF_BUDGET.match(lead_in(anggaran)):
        return None
    start = realisasi.context_offset or 0
    if not _SPENT.search(pct.context[max(0, start - _SPENT_REACH):start]):
        return None
    return anggaran, realisasi


def row_of_amounts(doc: Extraction, anggaran: float, realisasi: float) -> BudgetRow | None:
    """A budget line printing the sentence's two amounts and a percentage of its own (the
    statement's line the text retells), first in reading order."""
    for row in doc.budget:
        if row.persen is not None and row.anggaran == anggaran and row.realisasi == realisasi:
            return row
    return None
