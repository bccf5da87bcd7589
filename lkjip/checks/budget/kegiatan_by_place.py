"""Kegiatan paired by their place under a program that two budget tables print alike.

A plan list and a realisation table often name the same kegiatan differently: one cuts a
UPTD to its acronym ("… Kantor BP2MB"), the other spells the balai out ("… Kantor Balai
Sertifikasi dan Pengawasan Mutu Benih … (BSPMB)"), so whole-name matching leaves the
line alone. Yet where both tables print the program with the same anggaran and the same
number of kegiatan under it, in the same order, with alike names, and every kegiatan
but one agrees amount for amount, the odd one out is the same kegiatan with another
pagu: its place says which line it is. Not a rule (LKJ-B011 reports the pairs).
"""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz import fuzz

from lkjip.checks.budget.arithmetic import children_of, position, tables
from lkjip.records import BudgetRow, Extraction

# Names of two kegiatan at one place must still look alike (token-set similarity 0..100):
# "pemeliharaan sarana dan prasarana kantor bptp" vs "… kantor uptd balai proteksi … bptp"
# scores 82; two different kegiatan of one program ("evaluasi dan pelaporan internal" vs
# "kapasitas pengelolaan keuangan") score below 70.
MIN_ALIKE = 75.0
MIN_KEGIATAN = 2  # one kegiatan alone is the program itself: LKJ-B011's name pairing sees it


def _kegiatan_under(by_table: dict[str, list[BudgetRow]], program: BudgetRow) -> list[BudgetRow]:
    rows = by_table.get(program.table, [])
    if not any(r is program for r in rows):
        return []
    parts = children_of(rows).get(position(rows, program), [])
    return parts if all(p.level == "kegiatan" for p in parts) else []


def pairs_by_place(doc: Extraction, programs: list[tuple[BudgetRow, BudgetRow]],
                   key: Callable[[BudgetRow], str], tolerance: float) -> list[tuple[BudgetRow, BudgetRow]]:
    """(plan kegiatan, table kegiatan) at one place under programs paired by name, where
    the place alone is safe: equal program anggaran, equal kegiatan count, alike names at
    every place, and exactly one place whose anggaran differs (returned)."""
    out: list[tuple[BudgetRow, BudgetRow]] = []
    by_table = tables(doc)
    for plan_program, table_program in programs:
        if plan_program.anggaran is None or table_program.anggaran is None \
                or abs(plan_program.anggaran - table_program.anggaran) > tolerance + 0.005:
            continue  # a program of another anggaran may hold other kegiatan
        planned, printed = _kegiatan_under(by_table, plan_program), _kegiatan_under(by_table, table_program)
        if len(planned) < MIN_KEGIATAN or len(planned) != len(printed):
            continue
        if any(fuzz.token_set_ratio(key(a), key(b)) < MIN_ALIKE for a, b in zip(planned, printed, strict=True)):
            continue
        differing = [(a, b) for a, b in zip(planned, printed, strict=True)
                     if a.anggaran is None or b.anggaran is None
                     or abs(a.anggaran - b.anggaran) > tolerance + 0.005]
        if len(differing) == 1 and differing[0][0].anggaran is not None and differing[0][1].anggaran is not None:
            out.append(differing[0])
    return out
