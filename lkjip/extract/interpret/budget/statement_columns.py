"""Columns of a financial statement's budget table (the LRA of a CaLK, its notes' tables).

A Laporan Realisasi Anggaran compares years: "Anggaran 2017 | Realisasi 2017 | % | Realisasi
2016", often with a percentage change ("% +/-", "+\\-%") or a difference ("Naik/(Turun)")
beside them. This year's budget and spending are the table's anggaran and realisasi; the
earlier years' realisasi are set aside (role "prior"), and a percentage of change is not
the share of the budget spent (role "other"). Spreadsheet-printed statements use the
accounting format: zero printed as "-" (or "Rp -"), which `dash_zero` reads as 0.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from lkjip.numbers import parse_number

if TYPE_CHECKING:  # columns.py calls these while it reads a layout
    from lkjip.extract.interpret.budget.columns import ColumnGroup

_YEAR = re.compile(r"\b(19|20)\d{2}\b")

# "% +/-", "+\\-%", "% Naik/Turun", "Kenaikan (%)": the change against last year.
_CHANGE = re.compile(r"\+\s*[/\\]?\s*-|naik|turun|kenaikan|penurunan", re.I)
# Accounting-format zero: a dash alone, or after the currency mark ("Rp -", "Rp. -").
_DASH = re.compile(r"^\s*(?:rp\.?\s*)?[-–—−]\s*$", re.I)
_BUDGET_HEADING = re.compile(r"anggaran|reali[sz]asi|\bpagu\b", re.I)
# A text column that describes, measures or locates rather than names the line.
_NOT_A_SUBJECT = re.compile(r"indikator|target|sasaran|satuan|keterangan|\bket\b|lokasi|sumber|kinerja|"
                            r"tujuan|output|outcome|capaian", re.I)
_PARENTHESISED = re.compile(r"^\s*(?:rp\.?\s*)?\(\s*(?:rp\.?\s*)?([\d.,]*\d[\d.,]*)\s*\)\s*$", re.I)
_NUMBER_HEADING = re.compile(r"\s*(?:no|nomor)\.?\s*", re.I)
_CURRENCY_DASH = re.compile(r"^\s*rp\.?\s*[-–—−]\s*$", re.I)


def _years(group: ColumnGroup) -> set[int]:
    return {int(m.group(0)) for m in _YEAR.finditer(group.header)}


def change_percent_aside(by_role: dict[str, list[ColumnGroup]]) -> None:
    """A "%" column that is the change against another year is no share of the budget:
    its heading says so ("% +/-", "+\\-%"), or it stands right of a "Naik/(Turun)" column."""
    persen = by_role.get("persen", [])
    if not persen:
        return
    everything = sorted((g for groups in by_role.values() for g in groups), key=lambda g: g.columns[0])
    change = []
    for group in persen:
        at = everything.index(group)
        left = everything[at - 1] if at > 0 else None
        if _CHANGE.search(group.header) or (left is not None and _CHANGE.search(left.header)
                                            and re.fullmatch(r"\W*%\W*", group.header)):
            change.append(group)
    for group in change:
        group.role = "other"
        by_role.setdefault("other", []).append(group)
    by_role["persen"] = [g for g in persen if g not in change]


def prior_years_aside(by_role: dict[str, list[ColumnGroup]]) -> bool:
    """"Anggaran 2017 | Realisasi 2017 | Realisasi 2016": realisasi columns of distinct years,
    each heading printing its one year, beside a budget column of the latest year (or of
    none). The latest year's realisasi is the table's; the others are set aside ("prior").
    True when the table is such a comparison."""
    realisasi = by_role.get("realisasi", [])
    anggaran = by_role.get("anggaran", [])
    if len(realisasi) < 2 or not anggaran:
        return False
    years = [_years(g) for g in realisasi]
    if any(len(y) != 1 for y in years) or len({min(y) for y in years}) != len(years):
        return False
    latest = max(min(y) for y in years)
    if any(_years(g) - {latest} for g in anggaran):
        return False  # a budget of another year: several years' budgets, not this comparison
    keep = next(g for g, y in zip(realisasi, years, strict=True) if latest in y)
    for group in realisasi:
        if group is not keep:
            group.role = "prior"
            by_role.setdefault("prior", []).append(group)
    by_role["realisasi"] = [keep]
    return True


def dash_zero(text: str) -> bool:
    """The cell prints the accounting format's zero: "-" or "Rp -"."""
    return bool(_DASH.match(text))


# An amount as a spreadsheet's number format prints it: two decimals ("1,234,567.00",
# "(5.601.321.866,00)") or after the currency mark ("Rp 2,486,697,576").
_FORMATTED = re.compile(r"^\s*(?:rp\.?\s*\(?\s*[\d.,]+\)?|\(?\s*[\d.,]*\d[.,]\d{2}\s*\)?)\s*$", re.I)


def accounting_format(texts: list[str], seen_before: bool = False) -> bool:
    """The amount cells of a table print the accounting format: zero as a dash, every other
    amount formatted (two decimals or a currency mark), so a dash there is a printed 0. A
    table of dashes only prints no figure to tell: it follows the document's earlier tables
    (`seen_before`: one of them was in the accounting format)."""
    filled = [t for t in texts if t.strip() and (dash_zero(t) or re.search(r"\d", t)) and len(t) < 40]
    if any(_CURRENCY_DASH.match(t) for t in filled):
        return True  # "Rp -": the currency's own zero, whatever else the table prints
    dashes = sum(1 for t in filled if dash_zero(t))
    figures = [t for t in filled if not dash_zero(t)]
    if dashes and not figures:
        return seen_before
    return dashes > 0 and bool(figures) and all(_FORMATTED.match(t) for t in figures)


def parenthesised(text: str) -> str | None:
    """The figure inside "(5,601,321,866.00)", the accounting format's negative amount."""
    m = _PARENTHESISED.match(text)
    return m.group(1) if m else None


def subject_heading(texts: list[str], is_heading: Callable[[str], bool]) -> bool:
    """"Alat Bantu | Anggaran | Realisasi TA 2017 | Realisasi TA 2016 | +\\-%": a notes table
    headed by its subject over the name column and by column headings elsewhere, the
    budget's among them ("No" may stand before it). The first row is then the header
    whatever the subject's words."""
    filled = [t for t in texts if t.strip()]
    if len(filled) < 3:
        return False
    if _NUMBER_HEADING.fullmatch(filled[0]):
        filled = [filled[1], filled[0], *filled[2:]]  # "No | Lain-lain PAD Yang Sah | Realisasi"
    subject, rest = filled[0], filled[1:]
    return (len(subject.split()) <= 8 and not re.search(r"\d", subject) and not is_heading(subject)
            and all(is_heading(t) for t in rest) and any(_BUDGET_HEADING.search(t) for t in rest))


def subject_names(by_role: dict[str, list[ColumnGroup]]) -> None:
    """With no heading that says "Uraian" or "Program", the headed text column left of every
    amount column ("Pajak Daerah" over the taxes listed, "Alat Bantu" over its items) names
    the lines: the subject of a notes table, set where its name column's heading would be."""
    if by_role.get("name") or not (by_role.get("anggaran") or by_role.get("realisasi")):
        return
    amounts = [g for role in ("anggaran", "realisasi", "sisa", "persen", "prior") for g in by_role.get(role, [])]
    first_amount = min(g.columns[0] for g in amounts)
    others = [g for g in by_role.get("other", []) if g.header.strip() and g.columns[-1] < first_amount]
    if len(others) != 1 or _NOT_A_SUBJECT.search(others[0].header):
        return
    others[0].role = "name"
    by_role["name"] = others
    by_role["other"] = [g for g in by_role["other"] if g is not others[0]]


def money_or_dashes(texts: list[str]) -> bool:
    """Every figure of a column is a rupiah amount (≥ 100.000, formatted) or a dash: a list
    of spending without a budget column (No | Pajak Daerah | Realisasi)."""
    filled = [t for t in texts if t.strip()]
    if len(filled) < 2:
        return False
    for text in filled:
        if dash_zero(text):
            continue
        parsed = parse_number(text)
        if parsed is None or parsed.kind not in ("rupiah", "other") or abs(parsed.value) < 100_000:
            return False
    return True
