"""Amounts typed with malformed digit groups, read by their row's own arithmetic.

A typist's slip leaves a group of two or four digits: "37.664.381200,00" (a dot lost),
"3.8000.000.000,00" (a zero doubled). No notation reads such a text, so the cell stays
unreadable — unless the row says what it must be: a row that prints anggaran, realisasi
and sisa fixes any one of them by the other two (anggaran − realisasi = sisa). The
readings tried are the digits joined ("37664381200") and, for a group of four, the group
with one digit dropped ("3.800.000.000"); a reading is taken only when exactly one choice
for the row's malformed cells makes the row add up. A row that prints one amount only (a
comparison of realisasi by year) is fixed by the rows under it instead: a program's
malformed amount is the reading that equals the sum of its kegiatan in that column, when
exactly one does. It stays a reading the page does not
print as such: the cell is marked inferred ("amount_regrouped"), so no rule builds an
error on it.

A first group opening with a zero ("04.597.911.173") is no numeral either: a digit was
lost in front of it (a narrow column cut it off). The readings tried are each digit put
back ("104.597.911.173" … "904.597.911.173"); when the row's arithmetic picks none, the
amount is read as printed (4.597.911.173), marked inferred ("leading_zero_group"): its
other figures may still be compared with it, in a warning only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import product

from lkjip.records import BudgetRow

# Thousands by "." (decimals after ",") or by "," (decimals after "."), some group not of three.
_SHAPES = (re.compile(r"^(?:rp\.?\s*)?(\d{1,4}(?:\.\d{2,6})+)(?:,\d{2}|,-)?$", re.I),
           re.compile(r"^(?:rp\.?\s*)?(\d{1,4}(?:,\d{2,6})+)(?:\.\d{2})?$", re.I))
_COLUMNS = ("anggaran", "realisasi", "sisa")
_MIN_DIGITS = 6
_RANK = {"program": 1, "kegiatan": 2, "sub_kegiatan": 3}
REGROUPED = "amount_regrouped"
LEADING_ZERO = "leading_zero_group"
# "04.597.911.173", "Rp 07.250.000,-": a well-formed amount but for its first group's zero.
_LEADING_ZERO = re.compile(r"^(?:rp\.?\s*)?0(?!0)(\d{1,2}(?:\.\d{3}){2,}|\d{1,2}(?:,\d{3}){2,})(?:,\d{2}|,-|\.\d{2})?$", re.I)
SLIPPED = "amount_mark_slipped"


def readings(text: str) -> list[int]:
    """The amounts a malformed grouping may stand for; [] for a well-formed or non-amount text."""
    compact = text.strip().replace(" ", "")
    zero = _LEADING_ZERO.match(compact)
    if zero is not None:
        digits = re.sub(r"[.,]", "", zero.group(1))
        return [int(f"{lost}0{digits}") for lost in range(1, 10)]
    for shape in _SHAPES:
        m = shape.match(compact)
        if m is None:
            continue
        groups = re.split(r"[.,]", m.group(1))
        if (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])) or len("".join(groups)) < _MIN_DIGITS:
            return []  # well formed (the number reader's), or too short for an amount ("98,17")
        out = {int("".join(groups))}
        for i, g in enumerate(groups):
            if len(g) == 4 and i > 0:
                for k in range(4):
                    out.add(int("".join([*groups[:i], g[:k] + g[k + 1:], *groups[i + 1:]])))
        return sorted(out)
    return []


# Groups of three digits behind one to three, both marks between them: "1.579,307,000".
_SLIPPED = re.compile(r"^(?:rp\.?\s*)?(\d{1,3}(?:[.,]\d{3}){2,})$", re.I)


def slipped_separator(text: str) -> int | None:
    """An amount whose groups are all of three digits but whose marks mix "." and ","
    ("1.579,307,000" in a list printing 1,050,000,000): a mark with more groups after it
    is no decimal mark, so the digits joined are the amount, one mark mistyped. Still a
    reading the page does not print as such (its cell is marked SLIPPED)."""
    m = _SLIPPED.match(text.strip().replace(" ", ""))
    if m is None or "." not in m.group(1) or "," not in m.group(1):
        return None
    return int(re.sub(r"[.,]", "", m.group(1)))


def regroup_malformed(rows: list[BudgetRow]) -> None:
    """Give malformed amounts of `rows` the one reading their row's arithmetic allows, or
    else the one their rows below add up to."""
    _by_own_arithmetic(rows)
    _by_children(rows)
    _as_printed(rows)


def _as_printed(rows: list[BudgetRow]) -> None:
    """An amount whose first group opens with a zero, no arithmetic having put back the
    digit lost before it: read as printed, marked inferred."""
    for row in rows:
        for column in _COLUMNS:
            cell = row.cells.get(column)
            if cell is None or getattr(row, column) is not None:
                continue
            m = _LEADING_ZERO.match(cell.text.strip().replace(" ", ""))
            if m is not None:
                setattr(row, column, float(re.sub(r"[.,]", "", m.group(1))) * (row.multiplier or 1))
                row.cells[column] = replace(cell, inferred=(*cell.inferred, LEADING_ZERO))


def _children(rows: list[BudgetRow], i: int) -> list[BudgetRow]:
    """The rows right under rows[i] (its kegiatan, for a program), up to the next row of
    its level or above, or a row of no rank (a total)."""
    rank = _RANK.get(rows[i].level)
    out: list[BudgetRow] = []
    for row in rows[i + 1:]:
        below = _RANK.get(row.level)
        if rank is None or below is None or below <= rank:
            break
        if below == rank + 1:
            out.append(row)
    return out


def _by_children(rows: list[BudgetRow]) -> None:
    for i, row in enumerate(rows):
        if sum(c in row.cells for c in _COLUMNS) != 1:
            continue  # a row printing more amounts is its own arithmetic's to decide
        for column in _COLUMNS:
            cell = row.cells.get(column)
            if cell is None or getattr(row, column) is not None:
                continue
            found = readings(cell.text)
            children = _children(rows, i) if found else []
            values = [getattr(c, column) for c in children]
            if not children or any(v is None for v in values):
                continue
            scale = row.multiplier or 1
            fits = [v * scale for v in found if abs(v * scale - sum(values)) < 0.5]
            if len(fits) == 1:
                setattr(row, column, float(fits[0]))
                row.cells[column] = replace(cell, inferred=(*cell.inferred, REGROUPED))


def _by_own_arithmetic(rows: list[BudgetRow]) -> None:
    for row in rows:
        options: dict[str, list[int]] = {}
        for column in _COLUMNS:
            cell = row.cells.get(column)
            if cell is not None and getattr(row, column) is None:
                found = readings(cell.text)
                if found:
                    options[column] = found
        if not options:
            continue
        fixed = {c: getattr(row, c) for c in _COLUMNS if c not in options}
        if any(v is None for v in fixed.values()):
            continue  # a column missing: nothing to check the reading against
        scale = row.multiplier or 1
        fits = []
        for choice in product(*options.values()):
            values = {**fixed, **{c: float(v * scale) for c, v in zip(options, choice, strict=True)}}
            if abs(values["anggaran"] - values["realisasi"] - values["sisa"]) < 0.5:
                fits.append(values)
        if len(fits) != 1:
            continue
        for column in options:
            setattr(row, column, fits[0][column])
            cell = row.cells[column]
            row.cells[column] = replace(cell, inferred=(*cell.inferred, REGROUPED))
