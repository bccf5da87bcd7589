"""LKJ-B013: a printed difference between two years is not the later year minus the earlier."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.budget.arithmetic import evidence, label, printed
from lkjip.checks.certainty import flag
from lkjip.checks.finding import Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref, table_ref
from lkjip.numbers import format_id
from lkjip.records import Extraction


@register
class ChangeVsYears(Rule):
    """Naik/(Turun) ≠ this year's figure − last year's.

    Flags a line of a year comparison ("Realisasi 2021 | Realisasi 2020 | Naik/(Turun)",
    an LRA or its summary) whose printed difference is not the later year's figure minus
    the earlier one's. The column states how the year moved; a wrong one misreports it,
    usually because a figure was copied from another line.

    Example (Ringkasan LRA Kabupaten Batang 2021, PEMBIAYAAN NETTO): 165.995.334.920,13 −
    104.320.373.864,86 = 61.674.961.055,27, but NAIK/TURUN prints 14.216.142.245,00 (the
    change of Jumlah Pengeluaran Pembiayaan).

    Sign: the heading's convention, later minus earlier, a fall in parentheses; a
    difference printed with the opposite sign but the right size is not reported (a
    convention, not a wrong figure). Only lines printing all three figures are checked; a
    dash is no figure here. Tolerance: none (whole rupiah); the `rupiah-tolerance` setting
    in lkjip.toml adds slack. An error only when all three figures were read with
    certainty; the column's role comes from its heading (Naik/Turun beside two years).
    """

    code = "LKJ-B013"
    title: ClassVar[dict[str, str]] = {"en": "Year-on-year difference is not the later year minus the earlier",
                                       "id": "Selisih naik/(turun) tidak sama dengan tahun berjalan dikurangi "
                                             "tahun sebelumnya"}
    severity = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        for row in doc.budget:
            if row.realisasi is None or row.prior is None or row.change is None:
                continue
            computed = row.realisasi - row.prior
            slack = config.rupiah_tolerance + 0.005
            if abs(computed - row.change) <= slack or abs(computed + row.change) <= slack:
                continue
            now, before, stated = (printed(row, c) for c in ("realisasi", "prior", "change"))
            where_en = f"{page_ref(row.page, 'en')}, {table_ref(row.table, 'en')}"
            where_id = f"{page_ref(row.page, 'id')}, {table_ref(row.table, 'id')}"
            en = (f"“{label(row)}” ({where_en}): {now} − {before} = {format_id(round(computed, 2))}, "
                  f"but the difference column prints {stated}.")
            idn = (f"“{label(row)}” ({where_id}): {now} − {before} = {format_id(round(computed, 2))}, "
                   f"tetapi kolom naik/(turun) tertulis {stated}.")
            ev = [evidence(row, "realisasi", "realisasi"), evidence(row, "prior", "earlier year"),
                  evidence(row, "change", "stated difference")]
            yield flag(self, en, idn, ev)
