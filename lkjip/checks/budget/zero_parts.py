"""A total printed under lines that all print zero: whatever the lines' hierarchy, it
cannot be their sum. Not a rule (LKJ-B001 reports it).

A statement's notes table ("Rincian Estimasi dan Realisasi Pendapatan": Pendapatan Asli
Daerah, then Pajak Daerah, Retribusi Daerah under it, … then Jumlah) nests its lines by
indentation alone, so which line adds into which is not read and the total's parts are not
linked. One column still tells: when every line above the table's first "Jumlah" prints
0 (or the accounting format's dash) in it, no grouping of them makes the non-zero figure
the total prints there — a figure copied from another year or table.
"""

from __future__ import annotations

from lkjip.checks.budget.arithmetic import value
from lkjip.records import BudgetRow

MIN_PARTS = 2


def unlinked_first_total(rows: list[BudgetRow]) -> tuple[int, list[BudgetRow]] | None:
    """(position, the lines above it) of the table's first total when it prints the word
    (Jumlah/Total), no line is linked to it, and it and every line above it lie on the
    table's first page (the lines it can total were all read)."""
    at = next((i for i, r in enumerate(rows) if r.level == "total"), None)
    if at is None or at < MIN_PARTS or rows[at].level_evidence != "word":
        return None
    if any(r.parent == at for r in rows):
        return None  # its parts are linked: the ordinary sum checks it
    parts = rows[:at]
    if any(r.page != rows[at].page for r in parts):
        return None
    return at, parts


def all_zero(parts: list[BudgetRow], column: str, tolerance: float) -> bool:
    """Every part prints a figure in `column`, and each is zero."""
    return all((v := value(p, column)) is not None and abs(v) <= tolerance + 0.005 for p in parts)
