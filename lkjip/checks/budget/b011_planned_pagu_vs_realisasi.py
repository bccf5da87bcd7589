"""LKJ-B011: a program's or kegiatan's pagu in the planning chapter differs from the
realisation table.

LKJ-B005 compares the programs the Perjanjian Kinerja budgets. Reports also print the
pagu in Bab II outside the PK ("Tabel 2.5 Pagu Program/Kegiatan", "Alokasi Anggaran
Program dan Kegiatan"), program by program and kegiatan by kegiatan, and the PK of an
eselon III lists kegiatan, not programs: those lines are this rule's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from rapidfuzz import fuzz

from lkjip.checks.budget.arithmetic import evidence, label, printed
from lkjip.checks.budget.b005_pk_vs_realisasi import in_perjanjian_kinerja, program_key
from lkjip.checks.budget.kegiatan_by_place import pairs_by_place
from lkjip.checks.finding import Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref
from lkjip.numbers import format_amount
from lkjip.records import BudgetRow, Extraction

MIN_RATIO = 92.0  # whole-name similarity (0..100): "… Kantor" is not "… Kantor UPTD Balai X"
MIN_MARGIN = 5.0  # ...and this much better than the next candidate
_LEVELS = ("program", "kegiatan")
# Levels a rule may compare on: printed ("PROGRAM …", "Kegiatan …"), the kode's depth,
# the outline numbering, a PROGRAM / KEGIATAN column; never the position alone.
_PRINTED_LEVEL = {"word", "code", "outline", "column", ""}


def _key(row: BudgetRow) -> str:
    return re.sub(r"^kegiatan\s+", "", program_key(row.name))


def _pairs(planned: list[BudgetRow], table: list[BudgetRow]) -> list[tuple[BudgetRow, BudgetRow]]:
    """(plan line, table line) of one level whose names are safely one line: the best
    match clearly ahead of the next, and no other plan line taking the same table line."""
    keys = [(t, _key(t)) for t in table]
    chosen: dict[int, list[tuple[BudgetRow, BudgetRow]]] = {}
    for row in planned:
        key = _key(row)
        if len(key) < 8:
            continue
        scored = sorted(((fuzz.ratio(key, k), t) for t, k in keys), key=lambda x: -x[0])
        if not scored or scored[0][0] < MIN_RATIO:
            continue
        if len(scored) > 1 and scored[0][0] - scored[1][0] < MIN_MARGIN:
            continue
        chosen.setdefault(id(scored[0][1]), []).append((row, scored[0][1]))
    return [pair for pairs in chosen.values() if len(pairs) == 1 for pair in pairs]


@register
class PlannedPaguVsRealisasi(Rule):
    """Pagu planned in Bab II vs the Realisasi Anggaran table, line by line.

    Flags a program or kegiatan whose anggaran in a budget list of the planning chapter
    (a Program | Anggaran table outside the PK's programs: "Tabel 2.5 Pagu Program/Kegiatan
    APBD TA. 2016", or the kegiatan a Perjanjian Kinerja budgets) differs from the
    anggaran of the same line in the Realisasi Anggaran table. Example: the pagu list
    prints "Kegiatan Perencanaan di Dinas Perkebunan 465.000.000", the realisation table
    "1) Kegiatan Perencanaan di Dinas Perkebunan 465.000.000 | 461.178.100" — they agree;
    had the table printed 456.000.000 the two are reported.

    Lines are paired within one level (program with program, kegiatan with kegiatan,
    each level printed on the page, not guessed from position) by their whole names,
    ignoring case, punctuation and the words "Program"/"Kegiatan"; a name that matches
    two lines about equally, or a table line two plan lines claim, is left alone
    (kegiatan of the same name recur under several UPTD). Kegiatan named differently
    (the plan's "… Kantor BP2MB", the table's "… Kantor Balai Sertifikasi dan Pengawasan
    Mutu Benih … (BSPMB)") are paired by their place under a program both tables budget
    alike, when the same number of alike-named kegiatan follow it and all but one agree.

    A warning: the plan is printed on the original (murni) budget and the table may show
    the budget after the change (perubahan); the report should then say so. Programs of a
    Perjanjian Kinerja are LKJ-B005's. Tolerance: exact (whole rupiah).
    """

    code = "LKJ-B011"
    title: ClassVar[dict[str, str]] = {"en": "Planned pagu differs from the realisation table",
                                       "id": "Pagu rencana berbeda dengan tabel realisasi"}
    severity = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        named: dict[str, list[tuple[BudgetRow, BudgetRow]]] = {}
        for level in _LEVELS:
            planned = [r for r in doc.budget if r.table_kind == "program_anggaran" and r.level == level
                       and r.anggaran is not None and r.level_evidence in _PRINTED_LEVEL
                       and not (level == "program" and in_perjanjian_kinerja(doc, r.page))]
            table = [r for r in doc.budget if r.table_kind == "realisasi_anggaran" and r.level == level
                     and r.anggaran is not None and r.level_evidence in _PRINTED_LEVEL]
            if not planned or not table:
                continue
            named[level] = _pairs(planned, table)
            for plan, row in named[level]:
                if abs((plan.anggaran or 0) - (row.anggaran or 0)) <= config.rupiah_tolerance + 0.005:
                    continue
                yield self._finding(plan, row)
        # Kegiatan the names did not pair, paired by their place under one program
        # (lkjip.checks.budget.kegiatan_by_place).
        seen = {id(plan) for plan, _ in named.get("kegiatan", [])}
        for plan, row in pairs_by_place(doc, named.get("program", []), _key, config.rupiah_tolerance):
            if id(plan) not in seen:
                yield self._finding(plan, row, by_place=True)

    def _finding(self, plan: BudgetRow, row: BudgetRow, by_place: bool = False) -> Finding:
        diff = format_amount(abs((plan.anggaran or 0) - (row.anggaran or 0)))
        en = (f"“{label(plan)}”: the budget list of the plan ({page_ref(plan.page, 'en')}) gives a pagu of "
              f"{printed(plan, 'anggaran')}, the Realisasi Anggaran table ({page_ref(row.page, 'en')}, "
              f"“{label(row)}”) {printed(row, 'anggaran')}; difference {diff}. Legitimate after a budget "
              f"change, but the report should explain it.")
        idn = (f"“{label(plan)}”: daftar anggaran rencana ({page_ref(plan.page, 'id')}) mencantumkan pagu "
               f"{printed(plan, 'anggaran')}, tabel Realisasi Anggaran ({page_ref(row.page, 'id')}, "
               f"“{label(row)}”) {printed(row, 'anggaran')}; selisih {diff}. Wajar bila ada perubahan "
               f"anggaran, tetapi laporan perlu menjelaskannya.")
        if by_place:
            en += (" The two lines are named differently; they are paired by their place under the "
                   "program, which both tables budget alike, with every other kegiatan agreeing.")
            idn += (" Kedua baris dinamai berbeda; dipasangkan menurut urutannya di bawah program yang "
                    "anggarannya sama di kedua tabel, dengan semua kegiatan lainnya sama nilainya.")
        return self.finding(en, idn, [evidence(plan, "anggaran", "planned pagu"),
                                      evidence(row, "anggaran", "Realisasi Anggaran table")])
