"""Figures in the running text equal to a sum the table's parts give. Not a rule.

Chapter II often lists the budget program by program ("d. Program Pemeliharaan Sarana Dan
Prasarana Aparatur, sebesar Rp. 9.046.730.910,-") before the Realisasi Anggaran table
prints it. Where a program's printed total is off the sum of its kegiatan, the text
stating that very sum says which figure is the odd one: the finding cites it. Only a
figure a typist would not round to (not whole millions) is taken for the same quantity.
"""

from __future__ import annotations

from lkjip.checks.budget.text_figures import is_table_value
from lkjip.records import Extraction, NarrativeAmount

_ROUND = 1_000_000


def text_stating(doc: Extraction, total: float, tolerance: float = 0.0) -> list[NarrativeAmount]:
    """Rupiah figures of the running text equal to `total`, one per page."""
    if round(total) % _ROUND == 0:
        return []
    out: dict[int | None, NarrativeAmount] = {}
    for amount in doc.amounts:
        if amount.kind == "rupiah" and abs(amount.value - total) <= tolerance + 0.005 \
                and amount.page not in out and not is_table_value(amount, doc):
            out[amount.page] = amount
    return list(out.values())
