"""LKJ-K007: a staff breakdown that does not add up to the number stated above it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref
from lkjip.numbers import format_id
from lkjip.records import Extraction


@register
class StaffCountsAddUp(Rule):
    """Flags a list of staff (by rank, echelon or education) whose numbers do not add
    up to the head-count the sentence introducing it states.

    Why: the staff profile of chapter I is copied from year to year and edited by hand;
    a breakdown that no longer sums to the stated total means one of them is stale.

    The list must follow its sentence directly ("… sebanyak 70 orang PNS dan 18 orang
    PTT yang terdiri atas :" then "1. Pejabat Eselon II/b : 1 orang" …). The sum is
    accepted when it equals any number the sentence states or all of them together
    (the seed: 1 + 3 + 9 + 5 + 52 + 18 = 88 = 70 PNS + 18 PTT, and by education
    5 + 37 + 4 + 24 = 70 = "Dari 70 PNS"; both agree, no finding). Tolerance: none,
    head-counts are whole numbers.
    """

    code = "LKJ-K007"
    title: ClassVar[dict[str, str]] = {"en": "Staff counts do not add up", "id": "Jumlah pegawai tidak sesuai"}
    severity: ClassVar[Severity] = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        lists = doc.staff_counts
        for lst in lists:
            total = sum(n for _, n, _ in lst.items)
            stated = [s.value for s in lst.stated]
            if total in stated or total == sum(stated):
                continue
            arith = " + ".join(format_id(n) for _, n, _ in lst.items) + f" = {format_id(total)}"
            says = " dan ".join(f"{format_id(s.value)} {s.group}" for s in lst.stated)
            page = lst.page
            yield self.finding(
                f'Staff list on {page_ref(page, "en")}: {arith}, but the text introducing it says "{says}" '
                f'("{lst.statement[:160]}").',
                f'Daftar pegawai pada {page_ref(page, "id")}: {arith}, tetapi kalimat pengantarnya menyebut "{says}" '
                f'("{lst.statement[:160]}").',
                [Evidence(s.cell, float(s.value), f"stated {s.group}") for s in lst.stated] +
                [Evidence(cell, float(n), f"listed {label}") for label, n, cell in lst.items],
            )
