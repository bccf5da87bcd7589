"""A subtotal line that names the range of groups it adds up: "Program Strategis A s/d G",
"Jumlah Program I s.d. III", "Total Sasaran 1 sampai dengan 3". Not a rule.

Such a line stands above (or below) the groups it covers, with nothing in the table's
nesting tying them to it: the groups are the table's own lettered or numbered lines whose
codes run from the first to the last code the line names. Each code must be printed on
exactly one line of the table (a numbering repeated under each program, "1." … "3.", names
no group), else the range is not read at all. A group that prints no amount of its own
counts as the sum of its lines, when every one of them prints one — a figure read from the
structure, not the page, so a finding on it can only ask to verify.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lkjip.checks.budget.arithmetic import children_of, unreadable, value
from lkjip.records import BudgetRow

# The range's two ends joined by "s/d", "s.d.", "sampai (dengan)", "hingga" (a bare dash
# is left out: "COVID-19", "2015-2019" name no range of lines).
_RANGE = re.compile(
    r"(?<![\w./])([A-Za-z]|[IVXLivxl]{1,6}|\d{1,2})\s*"
    r"(?i:s\s*/\s*d\.?|s\s*\.\s*d\s*\.?|sampai(?:\s+dengan)?|hingga)\s*"
    r"([A-Za-z]|[IVXLivxl]{1,6}|\d{1,2})(?![\w/])")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
# Levels of lines that belong to a group rather than stand over groups.
_NAMED_PARTS = ("kegiatan", "sub_kegiatan", "paket")
# More groups than this under one line is not a list of groups but a misreading.
_MAX_GROUPS = 26


@dataclass(frozen=True)
class Group:
    row: BudgetRow
    lines: tuple[BudgetRow, ...]  # its own lines, where it prints no amount of its own


@dataclass(frozen=True)
class RangeSubtotal:
    line: BudgetRow  # the line naming the range
    groups: tuple[BudgetRow, ...]  # the lines whose codes the range covers, in code order
    first: str
    last: str


def _roman(text: str) -> int | None:
    text = text.upper()
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        v = _ROMAN[c]
        total += -v if i + 1 < len(text) and _ROMAN[text[i + 1]] > v else v
    return total


def _to_roman(n: int) -> str:
    out = ""
    for v, s in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


def _sequences(first: str, last: str) -> list[list[str]]:
    """The codes from `first` to `last` in each numbering both can be read in (I s/d V:
    letters I…V or roman I…V), upper-cased."""
    out: list[list[str]] = []
    if first.isdigit() and last.isdigit():
        out.append([str(n) for n in range(int(first), int(last) + 1)])
        return [s for s in out if 2 <= len(s) <= _MAX_GROUPS]
    a, b = first.upper(), last.upper()
    if len(a) == 1 and len(b) == 1 and a.isalpha() and b.isalpha():
        out.append([chr(c) for c in range(ord(a), ord(b) + 1)])
    ra, rb = _roman(a), _roman(b)
    if ra is not None and rb is not None and _to_roman(ra) == a and _to_roman(rb) == b:
        out.append([_to_roman(n) for n in range(ra, rb + 1)])
    return [s for s in out if 2 <= len(s) <= _MAX_GROUPS]


def _code(row: BudgetRow) -> str | None:
    if row.code is None:
        return None
    code = row.code.strip().rstrip(".)").lstrip("(").strip().upper()
    return code or None


def range_subtotals(rows: list[BudgetRow]) -> list[RangeSubtotal]:
    """The lines of one table naming a range of its groups, each with those groups."""
    out: list[RangeSubtotal] = []
    children = children_of(rows)
    for at, line in enumerate(rows):
        if line.parent is not None or line.level in _NAMED_PARTS:
            continue  # a kegiatan's own words ("Laporan Triwulan I s/d IV") name no groups
        m = _RANGE.search(line.name)
        if m is None or (line.code is not None and _code(line) in (m.group(1).upper(), m.group(2).upper())):
            continue
        for codes in _sequences(m.group(1), m.group(2)):
            found: dict[str, list[BudgetRow]] = {c: [] for c in codes}
            for r in rows:
                if r is not line and (c := _code(r)) in found:
                    found[c].append(r)
            if any(len(v) != 1 for v in found.values()):
                continue
            groups = tuple(found[c][0] for c in codes)
            if len({g.level for g in groups}) != 1:
                continue  # one level of lines, or they are not one list
            places = [next(i for i, r in enumerate(rows) if r is g) for g in groups]
            if min(places) < at < max(places):
                continue  # a line among the groups is one of them, not their subtotal
            own = {id(r) for r in children.get(at, [])}
            if own and own == {id(g) for g in groups}:
                break  # the table nests them under it: the ordinary sum checks it
            out.append(RangeSubtotal(line, groups, m.group(1), m.group(2)))
            break
    return out


def group_amount(rows: list[BudgetRow], group: BudgetRow, column: str) -> tuple[float, Group] | None:
    """The group's amount in `column`: printed, or (printed blank) the sum of its own lines
    when every one prints one; None when neither can be read."""
    stated = value(group, column)
    if stated is not None:
        return stated, Group(group, ())
    if unreadable(group, column):
        return None
    at = next(i for i, r in enumerate(rows) if r is group)
    lines = children_of(rows).get(at, [])
    if not lines or any(value(r, column) is None for r in lines):
        return None
    return sum(value(r, column) or 0.0 for r in lines), Group(group, tuple(lines))
