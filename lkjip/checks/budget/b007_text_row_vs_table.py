"""LKJ-B007: the text states a named program's (or kegiatan's) budget differently from
its row in the budget table."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.budget.arithmetic import evidence, label, printed
from lkjip.checks.budget.b002_text_total_vs_table import looks_mistyped
from lkjip.checks.budget.text_figures import is_table_value, other_stage, subject
from lkjip.checks.certainty import flag
from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref
from lkjip.match.names import name_key
from lkjip.numbers import format_id
from lkjip.records import BudgetRow, Extraction, NarrativeAmount

_NAMED_LEVELS = ("program", "kegiatan", "sub_kegiatan")
# A name this short ("Program Umum") is too likely to open a longer one to identify a row.
_MIN_NAME_WORDS = 3
# The name must be printed within this many characters before the amount, in its sentence.
_NAME_REACH = 300
_LEVEL_WORD = re.compile(r"^(program|kegiatan|sub\s*kegiatan)\s+", re.I)


def _bare(name: str) -> str:
    return name_key(_LEVEL_WORD.sub("", name.strip()))


def named_row(amount: NarrativeAmount, rows: list[BudgetRow]) -> BudgetRow | None:
    """The budget row whose name the sentence prints before the amount: the longest name
    found, so "Program Pelayanan Administrasi Perkantoran" wins over a shorter one."""
    offset = amount.context_offset if amount.context_offset is not None else amount.context.find(amount.text)
    if offset is None or offset < 0:
        return None
    before = amount.context[max(0, offset - _NAME_REACH):offset]
    sentence = re.split(r"[.;:]\s+(?=[A-Z])", before)[-1]
    key = f" {name_key(sentence)} "
    found = [r for r in rows if len(_bare(r.name).split()) >= _MIN_NAME_WORDS and f" {_bare(r.name)} " in key]
    if not found:
        return None
    longest = max(len(_bare(r.name)) for r in found)
    best = [r for r in found if len(_bare(r.name)) == longest]
    return best[0] if len({(r.anggaran, r.realisasi) for r in best}) == 1 else None


def _rounded(value: float) -> int:
    """Trailing zeros of a whole amount (221.865.000 → 3)."""
    digits = str(round(value))
    return len(digits) - len(digits.rstrip("0")) if round(value) else 0


def _round_like(value: float, like: float) -> float:
    """`value` rounded to as many trailing zeros as `like` prints."""
    unit = 10 ** _rounded(like)
    return float(round(value / unit) * unit)


@register
class TextRowVsTable(Rule):
    """A program's or kegiatan's amount in the text contradicts its row in the table.

    Chapter III often retells the budget program by program: "Program Pelayanan
    Administrasi Perkantoran dengan alokasi anggaran sebesar Rp 2.316.431.000,-
    terealisasi Rp 2.190.000.000,- atau 94,54 %". Each amount is tied to the budget row
    whose program/kegiatan name the sentence prints before it (the longest name that
    matches, at least three words) and to the column its lead-in names (anggaran,
    alokasi, pagu → anggaran; realisasi, terealisasi, penyerapan → realisasi). When the
    amount looks like a mistyped copy of the row's value (same number of digits, at most
    two digits changed or swapped), the text and the table cannot both be right.

    Example: the table prints "Program Pelayanan Administrasi Perkantoran 2.316.431.000",
    the text "alokasi anggaran Program Pelayanan Administrasi Perkantoran sebesar
    Rp 2.316.413.000" — difference 18.000.

    Not flagged: an amount equal to the row's value in any column, or to it rounded as
    the text prints it ("Rp 221.865.000,-" for 221.865.120,00); one whose lead-in puts
    it at another stage or year ("APBD murni", "tahun 2017"); one that is not digit-close
    (a share or a different quantity, not a typo); a name shared by rows with different
    amounts. Tolerance: exact (whole rupiah).
    """

    code = "LKJ-B007"
    title: ClassVar[dict[str, str]] = {"en": "A program's amount in the text contradicts its table row",
                                       "id": "Anggaran program pada narasi berbeda dengan barisnya di tabel"}
    severity = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        rows = [r for r in doc.budget if r.level in _NAMED_LEVELS]
        if not rows:
            return
        seen: set[tuple[str, int, str, float]] = set()
        for amount in doc.amounts:
            if amount.kind != "rupiah" or is_table_value(amount, doc):
                continue
            column = subject(amount)
            if column is None or other_stage(amount, doc.metadata.year):
                continue
            row = named_row(amount, rows)
            if row is None:
                continue
            stated = getattr(row, column)
            values = {v for v in (row.anggaran, row.realisasi, row.sisa) if v is not None}
            if stated is None or amount.value in values or not looks_mistyped(amount.value, stated):
                continue
            if _rounded(amount.value) and _round_like(stated, amount.value) == amount.value:
                continue  # "Rp 221.865.000" for 221.865.120,00: the text rounds, it does not contradict
            key = (row.table, row.row, column, amount.value)
            if key not in seen:
                seen.add(key)
                yield self._finding(row, column, amount)

    def _finding(self, row: BudgetRow, column: str, amount: NarrativeAmount) -> Finding:
        stated = getattr(row, column)
        diff = format_id(abs(amount.value - stated))
        words = f" {amount.words}" if amount.words else ""
        en = (f"The text on {page_ref(amount.page, 'en')} states the {column} of “{label(row)}” as "
              f"{amount.text}{words}, but its row in the table on {page_ref(row.page, 'en')} "
              f"(table {row.table}, row {row.row}) prints {printed(row, column)}; difference {diff}.")
        idn = (f"Narasi pada {page_ref(amount.page, 'id')} menyebut {column} “{label(row)}” "
               f"{amount.text}{words}, tetapi barisnya di tabel pada {page_ref(row.page, 'id')} "
               f"(tabel {row.table}, baris {row.row}) tertulis {printed(row, column)}; selisih {diff}.")
        ev = [Evidence(cell=amount.cell, value=float(amount.value), role="stated in text"),
              evidence(row, column, "table row")]
        return flag(self, en, idn, ev)
