"""The accounts of a financial-statement summary and the budget version its anggaran column
holds. Not a rule.

A CaLK restates the same few accounts of the Laporan Realisasi Anggaran in several summaries
(the budget change "Anggaran Penetapan | Anggaran Perubahan | Naik/(Turun)", the "Ikhtisar
Anggaran dan Realisasi", the LRA itself). The account names are fixed by the government
accounting standard (SAP: Pendapatan, Belanja Operasi, Belanja Modal, Surplus/Defisit …), so
"Jumlah Belanja" in one table is "BELANJA" in another. The budget version is read from the
anggaran column's heading: "Anggaran Perubahan" / "Anggaran Setelah Perubahan" / "P-APBD" /
"DPPA" is the revised budget, "Murni" / "Penetapan" / "Induk" / "Sebelum Perubahan" the
original one; a bare "Anggaran" says neither, and "Perubahan" without "Anggaran" before it
may be the change (a delta), so both stay unknown and are never compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from lkjip.checks.certainty import is_doubtful
from lkjip.records import BudgetRow, Extraction

BudgetVersion = Literal["original", "revised"]

_ORIGINAL = re.compile(r"\bmurni\b|\bpenetapan\b|\binduk\b|sebelum\s+perubahan|\bawal\b", re.I)
_REVISED = re.compile(r"anggaran\s+(setelah\s+|sesudah\s+)?perubahan|setelah\s+perubahan|sesudah\s+perubahan|"
                      r"\bp\s*-?\s*apbd\b|\bapbd\s*-?\s*p\b|apbd\s+perubahan|\bdppa\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Leading codes and outline marks ("5.1", "A.", "1)", "II.") and the total's word.
_LEAD = re.compile(r"^(?:(?:\d+(?:\s*\.\s*\d+)*|[ivxlc]+|[a-z])\s*[.)]?\s+)?(?:(?:sub\s*)?(?:jumlah|total)\s+)?")

# SAP account names (normalised: lower case, letters and spaces) → one key per account.
_ACCOUNTS: dict[str, str] = {
    "pendapatan": "pendapatan",
    "pendapatan asli daerah": "pendapatan asli daerah",
    "pad": "pendapatan asli daerah",
    "pendapatan transfer": "pendapatan transfer",
    "belanja": "belanja",
    "belanja operasi": "belanja operasi",
    "belanja pegawai": "belanja pegawai",
    "belanja barang": "belanja barang dan jasa",
    "belanja barang dan jasa": "belanja barang dan jasa",
    "belanja modal": "belanja modal",
    "belanja tak terduga": "belanja tak terduga",
    "belanja tidak terduga": "belanja tak terduga",
    "surplus defisit": "surplus defisit",
    "pembiayaan netto": "pembiayaan netto",
    "silpa": "silpa",
    "sisa lebih pembiayaan anggaran": "silpa",
}


def account_key(name: str) -> str | None:
    """The SAP account a line names ("Jumlah Belanja" → "belanja", "Surplus/(Defisit)" →
    "surplus defisit"), None for any other line."""
    words = " ".join(re.sub(r"[^a-z0-9.)]+", " ", name.lower()).split())
    words = _LEAD.sub("", words)
    words = " ".join(re.sub(r"[^a-z]+", " ", words).split())
    return _ACCOUNTS.get(words)


def budget_version(heading: str | None) -> BudgetVersion | None:
    """The budget version an anggaran column's heading names, None when it names none."""
    if not heading:
        return None
    text = " ".join(heading.split())
    if _ORIGINAL.search(text):
        return None if _REVISED.search(text) and not re.search(r"sebelum\s+perubahan", text, re.I) else "original"
    return "revised" if _REVISED.search(text) else None


@dataclass
class StatementSummary:
    """One table's anggaran of the SAP accounts it prints, in one known budget version."""

    table: str
    version: BudgetVersion
    heading: str  # the anggaran column's heading as printed
    years: frozenset[str]  # years printed in that heading or the table's caption
    accounts: dict[str, BudgetRow] = field(default_factory=dict)

    @property
    def page(self) -> int | None:
        return next(iter(self.accounts.values())).page if self.accounts else None


def _usable(row: BudgetRow) -> bool:
    """An anggaran read as printed: no dash taken for zero, nothing inferred or unsure."""
    cell = row.cells.get("anggaran")
    return row.anggaran is not None and cell is not None and not is_doubtful([cell])


def _is_summary(keys: set[str]) -> bool:
    """The whole entity's budget: it closes with the surplus or deficit, or prints both the
    revenue and the spending totals (a kegiatan's breakdown by kind of belanja does neither)."""
    return "surplus defisit" in keys or {"pendapatan", "belanja"} <= keys


def statement_summaries(doc: Extraction) -> list[StatementSummary]:
    """The document's financial-statement summaries whose budget version is printed."""
    by_table: dict[str, list[BudgetRow]] = {}
    for row in doc.budget:
        by_table.setdefault(row.table, []).append(row)
    out: list[StatementSummary] = []
    for table, rows in by_table.items():
        heading = rows[0].columns.get("anggaran", "")
        version = budget_version(heading)
        if version is None:
            continue
        found: dict[str, list[BudgetRow]] = {}
        for row in rows:
            key = account_key(row.name)
            if key is not None:
                found.setdefault(key, []).append(row)
        if not _is_summary(set(found)):
            continue
        years = set(_YEAR.findall(heading))
        place = doc.tables.get(table)
        if not years and place is not None:
            years = set(_YEAR.findall(place.caption or ""))
        summary = StatementSummary(table, version, " ".join(heading.split()), frozenset(years))
        for key, named in found.items():
            # An account printed twice with different amounts is no one figure to compare.
            if len({r.anggaran for r in named}) == 1 and _usable(named[0]):
                summary.accounts[key] = named[0]
        out.append(summary)
    return out


__all__ = ["BudgetVersion", "StatementSummary", "account_key", "budget_version", "statement_summaries"]
