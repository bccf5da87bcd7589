"""LKJ-B007: the text states a named program's (or kegiatan's) budget differently from
its row in the budget table."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import ClassVar

from lkjip.checks.budget.arithmetic import evidence, label, printed
from lkjip.checks.budget.b002_text_total_vs_table import looks_mistyped
from lkjip.checks.budget.prose_rows import bare, named_row, named_rows
from lkjip.checks.budget.realisasi_ties import realisasi_ties
from lkjip.checks.budget.text_figures import is_table_value, other_stage, subject
from lkjip.checks.budget.zero_in_text import zero_statements
from lkjip.checks.certainty import flag
from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref
from lkjip.match.names import name_key
from lkjip.numbers import format_amount
from lkjip.records import BudgetRow, Extraction, NarrativeAmount

_NAMED_LEVELS = ("program", "kegiatan", "sub_kegiatan")
# A line grouping the belanja ("Belanja Tidak Langsung", "BELANJA LANGSUNG").
_BELANJA = re.compile(r"\s*belanja\s+\w+", re.I)
# An amount that is not a typo of its row's, but this close, is only a warning to verify.
_NEAR_SHARE = 0.1


def _rounds_to(stated: float, value: float) -> bool:
    """`value` is `stated` rounded to thousands or millions, as text rounds ("Rp
    221.865.000,-" for 221.865.120,00); 668.200.000 for 668.220.000 is not."""
    v = round(value)
    return any(v % unit == 0 and v != round(stated) and round(stated / unit) * unit == v
               for unit in (10**3, 10**6))


def _near(value: float, stated: float) -> bool:
    """Not a typo apart, but the same order of amount: a figure the text changed."""
    return bool(stated) and len(str(round(value))) == len(str(round(stated))) and \
        abs(value - stated) <= _NEAR_SHARE * abs(stated)


@register
class TextRowVsTable(Rule):
    """A program's or kegiatan's amount in the text contradicts its row in the table.

    Chapter III often retells the budget program by program: "Program Pelayanan
    Administrasi Perkantoran dengan alokasi anggaran sebesar Rp 2.316.431.000,-
    terealisasi Rp 2.190.000.000,- atau 94,54 %", or item by item: "22. Kegiatan
    Pemeliharaan … . Jumlah anggaran … kegiatan ini sebesar Rp …". Each amount is tied to
    the budget row whose program/kegiatan name its sentence or list item prints before it
    (`prose_rows.named_row`: the nearest full name, at least three words; a name in other
    words only as a guess, which makes the finding a warning) and to the column its lead-in names (anggaran,
    alokasi, pagu → anggaran; realisasi, terealisasi, penyerapan → realisasi). When the
    amount looks like a mistyped copy of the row's value (same number of digits, at most
    two digits changed or swapped), the text and the table cannot both be right.

    Example: the table prints "Program Pelayanan Administrasi Perkantoran 2.316.431.000",
    the text "alokasi anggaran Program Pelayanan Administrasi Perkantoran sebesar
    Rp 2.316.413.000" — difference 18.000.

    Not flagged: an amount equal to the row's value in any column, or to it rounded to
    thousands or millions ("Rp 221.865.000,-" for 221.865.120,00); one whose lead-in puts
    it at another stage or year ("APBD murni", "tahun 2017"); a name shared by rows with
    different amounts. An amount that is not digit-close but within a tenth of the row's,
    under a name printed in full, and equal to no amount of the tables, is a warning (the
    text may mean another stage of the budget); farther apart it is a different quantity
    (a share), not flagged. A sentence stating "Rp. 0" for a line (revenue, spending, a
    program) its table prints a figure for is a warning: a template left unfilled.
    Tolerance: exact (whole rupiah).

    Also warnings: a figure a thousandth of one of several rows printing its full name,
    where those rows print different amounts (this year's and a plan's) and none prints
    the figure (LKIP BP3AKB 2016 p. 21: "Perlindungan Anak dengan alokasi biaya sebesar
    Rp.1,688,000.00", Tabel 2.3c 1,688,000,000, the plan for 2017 2,602,500,000); and a
    sentence stating an anggaran and a realisasi for a line it does not name ("sasaran
    ini"), its realisasi printed by one line of the tables whose anggaran differs by less
    than a quarter and no table printing the text's anggaran (p. 28 there: Rp.4,043,279,900.00
    and Rp.4,030,287,400.00, Tabel 3.2a 4,283,750,000 | 4,030,287,400).
    """

    code = "LKJ-B007"
    title: ClassVar[dict[str, str]] = {"en": "A program's amount in the text contradicts its table row",
                                       "id": "Anggaran program pada narasi berbeda dengan barisnya di tabel"}
    severity = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        yield from self._zeros(doc)
        rows = [r for r in doc.budget if r.level in _NAMED_LEVELS or
                (r.level == "other" and _BELANJA.match(r.name))]
        seen: set[tuple[str, int, str, float]] = set()
        if not rows:
            yield from self._tied_by_realisasi(doc, seen)  # lines without a program name (sasaran)
            return
        budget_values = {v for r in doc.budget for v in (r.anggaran, r.realisasi) if v is not None}
        for amount in doc.amounts:
            if amount.kind != "rupiah" or is_table_value(amount, doc):
                continue
            column = subject(amount)
            if column is None:
                continue
            match = named_row(amount, rows)
            if match is None:
                yield from self._dropped_group(amount, column, rows, seen)
                continue
            row = match.row
            stage = other_stage(amount, doc.metadata.year)
            if stage and name_key(stage) not in name_key(row.name):
                continue  # "Belanja Tidak Langsung" names its row, not another stage
            stated = getattr(row, column)
            values = {v for v in (row.anggaran, row.realisasi, row.sisa) if v is not None}
            if stated is None or amount.value in values or _rounds_to(stated, amount.value):
                continue
            typo = looks_mistyped(amount.value, stated) or (match.certain and amount.value * 1000 == stated)
            if not typo and not (match.certain and _near(amount.value, stated)
                                 and amount.value not in budget_values):
                continue
            key = (row.table, row.row, column, amount.value)
            if key not in seen:
                seen.add(key)
                twins = [r for r in rows if r is not row and getattr(r, column) == stated
                         and bare(r.name) == bare(row.name)]
                yield self._finding(row, column, amount, match.certain, typo, twins)
        yield from self._tied_by_realisasi(doc, seen)

    def _tied_by_realisasi(self, doc: Extraction, seen: set[tuple[str, int, str, float]]) -> Iterator[Finding]:
        """A sentence's anggaran for a line it does not name, the line found by the
        sentence's realisasi (lkjip.checks.budget.realisasi_ties): a warning."""
        for tie in realisasi_ties(doc):
            row, amount = tie.row, tie.anggaran
            key = (row.table, row.row, "anggaran", amount.value)
            if key in seen:
                continue
            seen.add(key)
            diff = format_amount(abs(amount.value - (row.anggaran or 0.0)))
            en = (f"The text on {page_ref(amount.page, 'en')} states an anggaran of {amount.text} and a "
                  f"realisasi of {tie.realisasi.text}; that realisasi is the one of “{label(row)}” in the table "
                  f"on {page_ref(row.page, 'en')}, whose anggaran is {printed(row, 'anggaran')}; difference "
                  f"{diff}. Check which figure, or which stage of the budget, the text means.")
            idn = (f"Narasi pada {page_ref(amount.page, 'id')} menyebut anggaran {amount.text} dengan "
                   f"realisasi {tie.realisasi.text}; realisasi itu milik “{label(row)}” pada tabel di "
                   f"{page_ref(row.page, 'id')}, yang anggarannya {printed(row, 'anggaran')}; selisih {diff}. "
                   f"Periksa angka atau tahap anggaran mana yang dimaksud narasi.")
            ev = [Evidence(cell=amount.cell, value=float(amount.value), role="stated in text"),
                  Evidence(cell=tie.realisasi.cell, value=float(tie.realisasi.value), role="realisasi in text"),
                  evidence(row, "anggaran", "table row"), evidence(row, "realisasi", "table row")]
            ev += [evidence(r, "anggaran", "agrees with table") for r in tie.namesakes]
            yield self.finding(en, idn, ev, severity="warning")

    def _dropped_group(self, amount: NarrativeAmount, column: str, rows: list[BudgetRow],
                       seen: set[tuple[str, int, str, float]]) -> Iterator[Finding]:
        """A figure a thousandth of one of the rows its full name is printed on, where those
        rows print different amounts (this year's table and a plan for later years) and none
        prints the figure: whichever row the text means, a group of digits is missing. A
        warning, the row being one of several."""
        found = named_rows(amount, rows)
        if found is None or not found[1]:
            return
        candidates = found[0]
        printed_values = {v for r in candidates for v in (r.anggaran, r.realisasi, r.sisa) if v is not None}
        if amount.value in printed_values:
            return
        thousandfold = [r for r in candidates if getattr(r, column) == amount.value * 1000]
        if not thousandfold:
            return
        row = max(thousandfold, key=lambda r: (r.anggaran is not None) + (r.realisasi is not None))
        key = (row.table, row.row, column, amount.value)
        if key in seen:
            return
        seen.add(key)
        others = [r for r in candidates if getattr(r, column) not in (None, getattr(row, column))]
        yield self._finding(row, column, amount, True, True, [r for r in thousandfold if r is not row],
                            differing=others)

    def _zeros(self, doc: Extraction) -> Iterator[Finding]:
        """The text states a line's figure as zero where its row prints one: a warning, the
        sentence perhaps a template left unfilled (lkjip.checks.budget.zero_in_text)."""
        for amount, row, column in zero_statements(doc):
            en = (f"The text on {page_ref(amount.page, 'en')} states the {column} of “{label(row)}” as "
                  f"{amount.text}, but its row in the table on {page_ref(row.page, 'en')} prints "
                  f"{printed(row, column)}: check whether the sentence was left as a template.")
            idn = (f"Narasi pada {page_ref(amount.page, 'id')} menyebut {column} “{label(row)}” "
                   f"{amount.text}, tetapi barisnya di tabel pada {page_ref(row.page, 'id')} tertulis "
                   f"{printed(row, column)}: periksa apakah kalimatnya masih berupa templat.")
            ev = [Evidence(cell=amount.cell, value=0.0, role="stated in text"), evidence(row, column, "table row")]
            yield self.finding(en, idn, ev, severity="warning")

    def _finding(self, row: BudgetRow, column: str, amount: NarrativeAmount, certain: bool,
                 typo: bool, twins: list[BudgetRow], differing: list[BudgetRow] | None = None) -> Finding:
        stated = getattr(row, column)
        diff = format_amount(abs(amount.value - stated))
        words = f" {amount.words}" if amount.words else ""
        en = (f"The text on {page_ref(amount.page, 'en')} states the {column} of “{label(row)}” as "
              f"{amount.text}{words}, but its row in the table on {page_ref(row.page, 'en')} "
              f"(table {row.table}, row {row.row}) prints {printed(row, column)}; difference {diff}.")
        idn = (f"Narasi pada {page_ref(amount.page, 'id')} menyebut {column} “{label(row)}” "
               f"{amount.text}{words}, tetapi barisnya di tabel pada {page_ref(row.page, 'id')} "
               f"(tabel {row.table}, baris {row.row}) tertulis {printed(row, column)}; selisih {diff}.")
        cell = amount.cell if certain else replace(amount.cell, inferred=(*amount.cell.inferred, "row_named_loosely"))
        ev = [Evidence(cell=cell, value=float(amount.value), role="stated in text"),
              evidence(row, column, "table row")]
        if twins:
            pages = sorted({t.page for t in twins if t.page is not None})
            en += f" Other tables print the same figure ({', '.join(page_ref(p, 'en') for p in pages)})."
            idn += f" Tabel lain mencetak angka yang sama ({', '.join(page_ref(p, 'id') for p in pages)})."
            ev += [evidence(t, column, "agrees with table") for t in twins]
        if amount.value * 1000 == stated:
            en += " The text's figure is a thousandth of the table's: a group of digits is missing."
            idn += " Angka narasi seperseribu angka tabel: satu kelompok digit hilang."
        if differing:
            # Another table prints the name with another amount: which row the text means is
            # not certain, only that its figure is none of theirs.
            shown_en = ", ".join(f"{printed(r, column)} ({page_ref(r.page, 'en')})" for r in differing[:3])
            shown_id = ", ".join(f"{printed(r, column)} ({page_ref(r.page, 'id')})" for r in differing[:3])
            en += f" Other rows of that name print {shown_en}; check which one the text means."
            idn += f" Baris lain dengan nama itu tertulis {shown_id}; periksa baris mana yang dimaksud narasi."
            return self.finding(en, idn, ev, severity="warning")
        elif not typo:
            # More than a typo apart: perhaps another stage of the budget the text leaves unsaid.
            en += " The two differ by more than a typo: check which stage of the budget the text means."
            idn += " Keduanya berbeda lebih dari salah ketik: periksa tahap anggaran mana yang dimaksud narasi."
            return self.finding(en, idn, ev, severity="warning")
        return flag(self, en, idn, ev)
