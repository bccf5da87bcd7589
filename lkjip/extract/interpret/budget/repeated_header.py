"""A budget table whose header is printed again at the top of the next page.

Word repeats a table's header row on every page it runs over ("Ulangi sebagai baris
judul"), and the table engines then see one table per page, each with its own header. A
grand total at the end of the last part adds up every part's lines, so the parts must be
read as one table: otherwise the total is compared with the last page's lines only, and
a 50-line list whose total is 2 rupiah off reads as "5 lines sum to 17 billion, the total
prints 13 trillion".

The part on the next page carries on the table above when all of these hold:
- it is the first table of the page right after the page the earlier part ends on;
- its headings are the earlier part's, word for word, with the same column roles;
- no caption above it announces a table of its own ("Tabel 3.22 …"; "Lanjutan Tabel …"
  announces the same one);
- the earlier part does not end with its own total line;
- where both parts number their lines, the numbering goes on (46 after 45), never
  restarting at 1.
"""

from __future__ import annotations

import re

from lkjip.extract.interpret.budget.columns import BudgetLayout
from lkjip.extract.source import RawTable
from lkjip.records import BudgetRow

_NEW_TABLE = re.compile(r"\b(?:tabel|table)\b", re.IGNORECASE)
_CONTINUED = re.compile(r"\blanjutan\b|\(lanj", re.IGNORECASE)
_LINE_NUMBER = re.compile(r"^\s*(\d{1,4})\s*[.)]?\s*$")


def _headings(layout: BudgetLayout) -> list[tuple[str, str]]:
    return sorted((role, " ".join(g.header.lower().split()))
                  for role, groups in layout.groups.items() for g in groups)


def _line_number(table: RawTable, row: int) -> int | None:
    texts = table.row_texts(row) if 0 <= row < table.n_rows else []
    m = _LINE_NUMBER.match(texts[0]) if texts else None
    return int(m.group(1)) if m else None


def _first_number(table: RawTable, layout: BudgetLayout) -> int | None:
    for r in range(layout.header_rows, table.n_rows):
        if any(t.strip() for t in table.row_texts(r)[1:]):
            return _line_number(table, r)
    return None


def _last_number(table: RawTable) -> int | None:
    for r in range(table.n_rows - 1, -1, -1):
        if any(t.strip() for t in table.row_texts(r)):
            return _line_number(table, r)
    return None


def repeats_header(previous: RawTable, previous_layout: BudgetLayout, previous_rows: list[BudgetRow],
                   table: RawTable, layout: BudgetLayout) -> bool:
    """Whether `table`, read with its own `layout`, is the earlier part's table carried on
    with its header printed again (see the module docstring for the conditions)."""
    if not previous_rows or previous_rows[-1].level == "total" or layout.kind != previous_layout.kind:
        return False
    if _NEW_TABLE.search(table.caption or "") and not _CONTINUED.search(table.caption or ""):
        return False
    mine = _headings(layout)
    if not mine or mine != _headings(previous_layout):
        return False
    before, first = _last_number(previous), _first_number(table, layout)
    return before is None or first is None or first == before + 1
