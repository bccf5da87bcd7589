"""LKJ-B005: the Perjanjian Kinerja's program budgets differ from the Realisasi Anggaran table."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from rapidfuzz import fuzz

from lkjip.checks.budget.arithmetic import evidence, label, printed
from lkjip.checks.budget.program_over_lines import lines_over_program
from lkjip.checks.finding import Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref
from lkjip.match.names import spelled_out
from lkjip.numbers import format_amount
from lkjip.records import BudgetRow, Extraction

_PK = re.compile(r"perjanjian\s+kinerja", re.I)
MIN_SCORE = 92.0  # token-set similarity (0..100) for two program names to be one program
MIN_MARGIN = 5.0  # ...and this much better than the next candidate


def program_key(name: str) -> str:
    """Lower case, punctuation gone, "program" dropped, a doubled word typed once
    ("Program Pelayanan Pelayanan Administrasi Perkantoran" → "pelayanan administrasi
    perkantoran"), abbreviations spelled out ("Adm" → "administrasi")."""
    words = re.sub(r"[^\w/]+", " ", name.lower()).split()
    words = [w for word in words if word != "program" for w in spelled_out(word).split()]
    out: list[str] = []
    for w in words:
        if not out or out[-1] != w:
            out.append(w)
    return " ".join(out)


def in_perjanjian_kinerja(doc: Extraction, page: int | None) -> bool:
    """The list sits under a Perjanjian Kinerja (its page or the one before names it): a
    program budget list elsewhere (Renja, pagu per urusan) is not the PK's."""
    texts = doc.page_texts
    if page is None:
        return any(_PK.search(t) for t in texts.values())
    return any(_PK.search(texts.get(p, "")) for p in (page, page - 1))


def match_programs(pk: list[BudgetRow], table: list[BudgetRow]) -> list[tuple[BudgetRow, BudgetRow]]:
    """Pairs (PK row, table row) whose names are safely the same program."""
    pairs = []
    keys = [(t, program_key(t.name)) for t in table]
    for row in pk:
        key = program_key(row.name)
        scored = sorted(((fuzz.token_set_ratio(key, k), t) for t, k in keys), key=lambda x: -x[0])
        if not scored or scored[0][0] < MIN_SCORE:
            continue
        if len(scored) > 1 and scored[0][0] - scored[1][0] < MIN_MARGIN:
            continue
        pairs.append((row, scored[0][1]))
    return pairs


@register
class PkVsRealisasi(Rule):
    """Perjanjian Kinerja program amounts vs the Realisasi Anggaran table.

    Flags a program whose anggaran in the Perjanjian Kinerja (the program list under the
    PK, or a ruled Program | Anggaran table) differs from its anggaran in the Realisasi
    Anggaran table. Programs are matched by name, ignoring case, punctuation, the word
    "Program" and a word typed twice: the seed's PK "Program Pelayanan Pelayanan
    Administrasi Perkantoran" is the table's "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN"
    (its 2.316.431.000 agrees). A name that matches nothing safely is left alone.

    A warning, not an error: the PK is signed at the start of the year on the original
    (murni) budget, and the table usually shows the budget after the change (perubahan),
    so a difference can be legitimate — but the report should then say so, and a reader
    comparing the two needs to know. Only lists printed on a page that (or whose previous
    page) names the Perjanjian Kinerja are compared. Tolerance: exact (whole rupiah).

    A program the table prints on several lines (one per sasaran or indicator, each with
    its share: "Program Pengembangan Data/Informasi/Statistik Daerah" 2.420.810.000,
    1.397.870.000 and 871.800.000 against the PK's 3.216.980.000) is compared by its
    lines' sum, and only where the sum exceeds the PK's anggaran: shares may cover part
    of a program, never more than all of it.
    """

    code = "LKJ-B005"
    title: ClassVar[dict[str, str]] = {"en": "Perjanjian Kinerja budget differs from the realisation table",
             "id": "Anggaran Perjanjian Kinerja berbeda dengan tabel realisasi"}
    severity = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        pk = [r for r in doc.budget if r.table_kind == "program_anggaran" and r.level == "program"
              and r.anggaran is not None and in_perjanjian_kinerja(doc, r.page)]
        table = [r for r in doc.budget if r.table_kind == "realisasi_anggaran" and r.level == "program"
                 and r.anggaran is not None]
        if not pk or not table:
            return
        pairs = match_programs(pk, table)
        for pk_row, t_row in pairs:
            if abs((pk_row.anggaran or 0) - (t_row.anggaran or 0)) <= config.rupiah_tolerance + 0.005:
                continue
            diff = format_amount(abs((pk_row.anggaran or 0) - (t_row.anggaran or 0)))
            en = (f"“{label(pk_row)}”: the Perjanjian Kinerja ({page_ref(pk_row.page, 'en')}) budgets "
                  f"{printed(pk_row, 'anggaran')}, the Realisasi Anggaran table "
                  f"({page_ref(t_row.page, 'en')}, “{label(t_row)}”) {printed(t_row, 'anggaran')}; "
                  f"difference {diff}. Legitimate after a budget change, but the report should explain it.")
            idn = (f"“{label(pk_row)}”: Perjanjian Kinerja ({page_ref(pk_row.page, 'id')}) menganggarkan "
                   f"{printed(pk_row, 'anggaran')}, tabel Realisasi Anggaran "
                   f"({page_ref(t_row.page, 'id')}, “{label(t_row)}”) {printed(t_row, 'anggaran')}; "
                   f"selisih {diff}. Wajar bila ada perubahan anggaran, tetapi laporan perlu menjelaskannya.")
            yield self.finding(en, idn, [evidence(pk_row, "anggaran", "Perjanjian Kinerja"),
                                         evidence(t_row, "anggaran", "Realisasi Anggaran table")])
        paired = {id(p) for p, _ in pairs}
        for pk_row in pk:
            if id(pk_row) in paired:
                continue
            lines = lines_over_program(pk_row, table, program_key, config.rupiah_tolerance)
            if lines:
                yield self._over_lines(pk_row, lines)

    def _over_lines(self, pk_row: BudgetRow, lines: list[BudgetRow]) -> Finding:
        terms = " + ".join(printed(t, "anggaran") for t in lines)
        total = format_amount(sum(t.anggaran or 0.0 for t in lines))
        pages_en = ", ".join(dict.fromkeys(page_ref(t.page, "en") for t in lines))
        pages_id = ", ".join(dict.fromkeys(page_ref(t.page, "id") for t in lines))
        en = (f"“{label(pk_row)}”: the Perjanjian Kinerja ({page_ref(pk_row.page, 'en')}) budgets "
              f"{printed(pk_row, 'anggaran')}, but the Realisasi Anggaran table prints the program on "
              f"{len(lines)} lines ({pages_en}) whose pagu add up to more: {terms} = {total}. The lines "
              f"may share the program between indicators, but not exceed it; check which figure is right.")
        idn = (f"“{label(pk_row)}”: Perjanjian Kinerja ({page_ref(pk_row.page, 'id')}) menganggarkan "
               f"{printed(pk_row, 'anggaran')}, tetapi tabel Realisasi Anggaran mencantumkan program ini "
               f"pada {len(lines)} baris ({pages_id}) yang pagunya berjumlah lebih besar: {terms} = {total}. "
               f"Baris-baris itu boleh membagi program per indikator, tetapi tidak melebihinya; periksa "
               f"angka mana yang benar.")
        return self.finding(en, idn, [evidence(pk_row, "anggaran", "Perjanjian Kinerja"),
                                      *(evidence(t, "anggaran", "part") for t in lines)])
