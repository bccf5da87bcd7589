"""One program printed on several lines of a realisation table, its lines' pagu summed.

Tables that budget per sasaran or indicator ("Tabel 3.7 Realisasi Anggaran per
Indikator") print the program's name again on each line that funds it, each line with
its own share: "Program Pengembangan Data/Informasi/Statistik Daerah 2.420.810.000",
"… 1.397.870.000", "… 871.800.000". Name matching finds three equally good lines and
pairs none. Their shares may cover only part of the program (other kegiatan fund no
indicator), but together they cannot exceed it: a sum above the program's anggaran in
the program list is a contradiction. Not a rule (LKJ-B005 reports it).
"""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz import fuzz

from lkjip.records import BudgetRow

MIN_SAME = 92.0  # whole-name similarity (0..100): the lines print the program's name itself
MIN_LINES = 2


def lines_over_program(program: BudgetRow, table: list[BudgetRow], key: Callable[[str], str],
                       tolerance: float) -> list[BudgetRow]:
    """The lines of one table that each print `program`'s name, where they are at least
    two, show different shares (not the program's pagu repeated on every line) and add
    up to more than the program's anggaran; else []."""
    if program.anggaran is None:
        return []
    name = key(program.name)
    same = [t for t in table if t.anggaran is not None and fuzz.ratio(name, key(t.name)) >= MIN_SAME]
    if len({t.table for t in same}) != 1 or len(same) < MIN_LINES:
        return []  # one line is a plain pair; lines of several tables are several printings
    if len({t.anggaran for t in same}) < len(same):
        return []  # an amount printed twice may be the program's pagu repeated per line
    if any(t.parent is not None for t in same):
        return []  # a line nested under another is a part, not a share of the program
    total = sum(t.anggaran or 0.0 for t in same)
    return same if total > program.anggaran + tolerance + 0.005 else []
