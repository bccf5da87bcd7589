"""A budget table whose header row could not be read: its columns named by their arithmetic.

Scans print the header of a Realisasi Anggaran table on a dark halftone fill: OCR reads
nothing there while the body reads fine ("BELANJA LANGSUNG | 294.160.463.728 |
255.243.078.813 | 86,77", a 100-ppi black-and-white scan of an LKIP's Tabel 3.8). With no
heading to name them, two rupiah columns and a percentage column name themselves when, row
after row, the percentage is the second amount over the first: the first is the anggaran,
the second the realisasi. Every cell of those columns says its role was inferred
(`column_role_values`), so a finding resting on one is a warning at most; a table where two
such readings fit, or too few rows do, stays unread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import permutations
from typing import Any

from lkjip.extract.source import RawTable
from lkjip.numbers import NumberStyle, half_last_decimal, parse_number

INFERRED = ("column_role_values",)
_MIN_ROWS = 3  # rows where the percentage is the ratio of the two amounts
_MIN_SHARE = 0.75  # of the rows printing all three
_LETTER = re.compile(r"[^\W\d_]")
# A legible word: halftone speckle read as "t" or "k" is no heading.
_WORD = re.compile(r"[^\W\d_]{3,}")
_PERCENT_LIMIT = 1_000.0  # a realisasi share beyond this is no percentage


def header_unread(table: RawTable, header_rows: int) -> bool:
    """Header rows are there (a frame above the first figures) but hold no legible word."""
    return header_rows > 0 and not any(_WORD.search(table.text(r, c))
                                       for r in range(header_rows) for c in range(table.n_cols))


def _values(table: RawTable, group: Any, header_rows: int, style: NumberStyle | None) -> dict[int, tuple[float, str]]:
    out: dict[int, tuple[float, str]] = {}
    for r in range(header_rows, table.n_rows):
        for c in group.columns:
            text = table.text(r, c).strip()
            parsed = parse_number(text, style) if text else None
            if parsed is not None:
                out[r] = (parsed.value, text)
                break
    return out


def _fits(anggaran: dict, realisasi: dict, persen: dict) -> tuple[int, int]:
    """(rows where persen = realisasi / anggaran, rows printing all three)."""
    rows = [r for r in persen if r in anggaran and r in realisasi and anggaran[r][0] > 0]
    fit = sum(1 for r in rows
              if abs(realisasi[r][0] / anggaran[r][0] * 100 - persen[r][0]) <= half_last_decimal(persen[r][1]) + 0.01)
    return fit, len(rows)


def _lettered_rows(table: RawTable, group: Any, header_rows: int) -> int:
    return sum(1 for r in range(header_rows, table.n_rows)
               if any(_LETTER.search(table.text(r, c)) for c in group.columns))


_LEVEL_WORD = re.compile(r"^\W*(?:\d+\W*)*(sub\s*-?\s*kegiatan|kegiatan|program)", re.I)


def _level_most_lines_name(table: RawTable, group: Any, header_rows: int) -> str | None:
    """The level word ("program") most named lines start with: the lost heading
    of the name column, so a line printed without it ("Pengembangan, Pengelolaan dan
    Konservasi Sungai …" among the programs) is taken for a sibling, not a kegiatan."""
    names = [" ".join(table.text(r, c) for c in group.columns) for r in range(header_rows, table.n_rows)]
    names = [n for n in names if _LETTER.search(n)]
    words = [m.group(1).lower().replace(" ", "").replace("-", "") for n in names if (m := _LEVEL_WORD.match(n))]
    for word in set(words):
        if 2 * words.count(word) > len(names):
            return {"subkegiatan": "sub kegiatan"}.get(word, word)
    return None


def roles_from_arithmetic(table: RawTable, header_rows: int, by_role: dict[str, list[Any]],
                          holds_money: Callable[[Any], bool], style: NumberStyle | None) -> bool:
    """Name the unheaded columns of `by_role` (all "other") anggaran, realisasi, persen and
    name when exactly one pair of rupiah columns and one percentage column fit; True then."""
    if not header_unread(table, header_rows) or set(by_role) - {"other"}:
        return False
    groups = sorted(by_role.get("other", []), key=lambda g: g.columns[0])
    money = [g for g in groups if holds_money(g)]
    values = {id(g): _values(table, g, header_rows, style) for g in groups}
    shares = [g for g in groups if g not in money and len(values[id(g)]) >= _MIN_ROWS
              and all(0 <= v <= _PERCENT_LIMIT for v, _ in values[id(g)].values())]
    found = []
    for a, b in permutations(money, 2):
        if a.columns[0] > b.columns[0]:
            continue  # the budget is printed before what was spent of it
        for p in shares:
            fit, rows = _fits(values[id(a)], values[id(b)], values[id(p)])
            if fit >= _MIN_ROWS and fit >= _MIN_SHARE * rows:
                found.append((a, b, p))
    if len(found) != 1:
        return False
    anggaran, realisasi, persen = found[0]
    left = [g for g in groups if g.columns[0] < anggaran.columns[0]]
    name = max(left, key=lambda g: _lettered_rows(table, g, header_rows), default=None)
    if name is None or _lettered_rows(table, name, header_rows) * 2 < table.n_rows - header_rows:
        return False
    for group, role in ((anggaran, "anggaran"), (realisasi, "realisasi"), (persen, "persen")):
        group.role, group.inferred = role, INFERRED
        by_role[role] = [group]
    name.role = "name"  # which words name the line is no figure: nothing rests on it
    name.header = _level_most_lines_name(table, name, header_rows) or name.header
    by_role["name"] = [name]
    by_role["other"] = [g for g in groups if g.role == "other"]
    return True
