"""LKJ-B016: two financial-statement summaries give one account different budgets in the same
budget version."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from typing import ClassVar

from lkjip.checks.budget.arithmetic import evidence, label, printed
from lkjip.checks.budget.statement_accounts import StatementSummary, statement_summaries
from lkjip.checks.finding import Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref, table_ref
from lkjip.records import Extraction

_VERSION_WORDS = {"revised": {"en": "revised budget (after the change)", "id": "anggaran setelah perubahan"},
                  "original": {"en": "original budget (before the change)", "id": "anggaran murni (sebelum perubahan)"}}


def _same_years(a: StatementSummary, b: StatementSummary, year: int | None) -> bool:
    """Both tables are of one year: the same years printed, or one printing none where the
    other prints only the year the report is on."""
    if a.years == b.years:
        return True
    printed_years = a.years or b.years
    return not (a.years and b.years) and year is not None and printed_years == {str(year)}


def _where(s: StatementSummary, lang: str) -> str:
    return f"{page_ref(s.page, lang)}, {table_ref(s.table, lang)}, «{s.heading}»"


@register
class AccountAcrossTables(Rule):
    """One account, one budget version, two statement summaries, two amounts.

    A CaLK restates the budget of the same accounts in several summaries: the budget change
    ("Uraian | Anggaran Penetapan | Anggaran Perubahan | Naik/(Turun)"), the "Ikhtisar
    Anggaran dan Realisasi" ("Anggaran Setelah Perubahan | Realisasi | Lebih/(Kurang)"), the
    LRA. Where two of them print the budget of the same version, each account must carry the
    same amount in both. Example (a CaLK 2017, one page): the change table prints Belanja
    Operasi "-" and Jumlah Belanja 906,001,415.00 under "Anggaran Perubahan", the Ikhtisar
    below it Belanja 5,623,321,866.00 under "Anggaran Setelah Perubahan"; both agree on
    Pendapatan 22,000,000.00 — the change table left Belanja Operasi out.

    Compared: the accounts the government accounting standard names (Pendapatan, Pendapatan
    Asli Daerah, Belanja, Belanja Operasi / Pegawai / Barang dan Jasa / Modal / Tak Terduga,
    Surplus/Defisit, Pembiayaan Netto, SILPA; "Jumlah Belanja" is Belanja), in tables that
    summarise the whole budget (a Surplus/Defisit line, or both Pendapatan and Belanja).
    Only tables whose anggaran heading names the same version: "Anggaran Perubahan",
    "Setelah Perubahan", "P-APBD", "DPPA" (revised) or "Murni", "Penetapan", "Induk",
    "Sebelum Perubahan" (original). A bare "Anggaran" names none, and "Perubahan" alone may
    be the change, not a level: such tables are not compared, nor the original budget with
    the revised one, nor tables of different years. The two tables must agree on at least
    one account (not zero): otherwise they may be the budgets of different units. A dash is
    no amount here. Tolerance: exact (whole rupiah).

    A warning: every amount is read as printed, but that two lines name one account of one
    budget is read from their names and headings; check which table misprints or omits it.
    """

    code = "LKJ-B016"
    title: ClassVar[dict[str, str]] = {"en": "One account has different budgets in two statement summaries",
                                       "id": "Satu akun beranggaran berbeda di dua tabel ikhtisar"}
    severity = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        slack = config.rupiah_tolerance + 0.005
        summaries = statement_summaries(doc)
        for a, b in combinations(summaries, 2):
            if a.version != b.version or not _same_years(a, b, doc.metadata.year):
                continue
            shared = [k for k in a.accounts if k in b.accounts]
            differ = [k for k in shared
                      if abs((a.accounts[k].anggaran or 0.0) - (b.accounts[k].anggaran or 0.0)) > slack]
            agree = [k for k in shared if k not in differ and abs(a.accounts[k].anggaran or 0.0) > slack]
            if differ and agree:
                yield self._finding(a, b, differ, agree[0])

    def _finding(self, a: StatementSummary, b: StatementSummary, differ: list[str], anchor: str) -> Finding:
        pairs = [(a.accounts[k], b.accounts[k]) for k in differ]
        terms = "; ".join(f"“{label(x)}” {printed(x, 'anggaran')} vs “{label(y)}” {printed(y, 'anggaran')}"
                          for x, y in pairs)
        same_a, same_b = a.accounts[anchor], b.accounts[anchor]
        version = _VERSION_WORDS[a.version]
        en = (f"Two summaries print the {version['en']} of the same accounts — {_where(a, 'en')} and "
              f"{_where(b, 'en')} — but disagree: {terms}. They agree on “{label(same_a)}” "
              f"{printed(same_a, 'anggaran')}, so both describe one budget; check which table omits or "
              f"misprints an account.")
        idn = (f"Dua tabel ikhtisar memuat {version['id']} untuk akun yang sama — {_where(a, 'id')} dan "
               f"{_where(b, 'id')} — tetapi berbeda: {terms.replace(' vs ', ' lawan ')}. Keduanya sama pada "
               f"“{label(same_b)}” {printed(same_b, 'anggaran')}, jadi menggambarkan satu anggaran; periksa "
               f"tabel mana yang melewatkan atau salah mencetak akun.")
        ev = [e for x, y in pairs for e in (evidence(x, "anggaran", "first summary"),
                                            evidence(y, "anggaran", "second summary"))]
        return self.finding(en, idn, ev)
