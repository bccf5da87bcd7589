"""Lines a statement nests by indentation alone: a group line printing the sum of the
lines right under it ("Pendapatan Asli Daerah" over Pajak Daerah, Retribusi Daerah, …).

A CaLK's notes table lists its groups and their items alike, unnumbered and uncoded, and
closes with one "Jumlah" of the groups. Summed flat, the Jumlah would count every item
twice; which line adds into which is not printed, so no line is linked to the Jumlah.
"""

from __future__ import annotations

from lkjip.records import BudgetRow

_COLUMNS = ("anggaran", "realisasi")
_MAX_GROUP = 60  # lines a group may hold: keeps the search linear in long tables


def _sums_run_after(lines: list[BudgetRow], at: int, column: str) -> set[int]:
    """The ends j (exclusive) such that lines[at+1:j], two or more, add up to lines[at]."""
    head = getattr(lines[at], column)
    if not head:
        return set()
    ends, running = set(), 0.0
    for j in range(at + 1, min(len(lines), at + 1 + _MAX_GROUP)):
        value = getattr(lines[j], column)
        if value is None:
            break
        running += value
        if j - at >= 2 and abs(running - head) < 0.5:
            ends.add(j + 1)
    return ends


def heads_a_group(lines: list[BudgetRow]) -> bool:
    """Some line prints, in anggaran and in realisasi alike (each non-zero), the sum of the
    same run of two or more lines right after it: the list nests, it is not flat."""
    for at in range(len(lines) - 2):
        common = None
        for column in _COLUMNS:
            ends = _sums_run_after(lines, at, column)
            common = ends if common is None else common & ends
        if common:
            return True
    return False
