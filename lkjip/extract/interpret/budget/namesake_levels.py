"""The level of a line under a heading that names two levels ("PROGRAM/KEGIATAN"), taken
from the same line in another table of the report whose heading or words say its level.

A Penetapan Kinerja lists each sasaran's "RTM OPD Penguatan Ketersediaan …" under
"PROGRAM/KEGIATAN", which leaves the level open; the realisation table a few pages on
prints the same lines under "Kegiatan". The line is the same line: it takes that level.
Only the level is set, as inferred (evidence "position": no printed fact on its own page
says it, so no rule builds an error on it), and no line is linked to another.
"""

from __future__ import annotations

import re

from lkjip.match.names import name_key
from lkjip.records import BudgetRow

_TWO_LEVELS = re.compile(r"program\s*/\s*kegiatan", re.I)
_NAMED_LEVELS = ("program", "kegiatan", "sub_kegiatan")
_PRINTED = ("word", "code", "outline", "column")
MIN_WORDS = 3  # a shorter name may open several lines' names


def levels_from_namesakes(rows: list[BudgetRow]) -> None:
    """Give an unlevelled line under a two-level heading the one level its namesakes in
    other tables print (in place)."""
    open_rows = [r for r in rows if r.level == "other" and r.level_evidence in (None, "none")
                 and _TWO_LEVELS.search(r.columns.get("name", ""))]
    if not open_rows:
        return
    known: dict[str, set[tuple[str, str]]] = {}
    for r in rows:
        if r.level in _NAMED_LEVELS and r.level_evidence in _PRINTED:
            known.setdefault(name_key(r.name), set()).add((r.level, r.table))
    for row in open_rows:
        key = name_key(row.name)
        if len(key.split()) < MIN_WORDS:
            continue
        found = {level for level, table in known.get(key, set()) if table != row.table}
        if len(found) == 1:
            row.level, row.level_evidence = found.pop(), "position"
