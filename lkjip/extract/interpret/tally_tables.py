"""Count tables closed by JUMLAH rows: raw tables → `TallyTable` records.

A conclusion chapter counts the indicators by grade, group by group:

    MISI    SASARAN  JUMLAH INDIKATOR  Sangat Baik  Baik  Cukup  Kurang
    MISI 1  1        2                 2            0     0      0
            2        2                 2            0     0      0
    JUMLAH           4                 4            0     0      0
    …
    JUMLAH TOTAL     21                16           1     2      2

Its value columns hold small whole counts (no separators, no decimals, "-" for none; no
amount or percentage anywhere in its body) and are filled on every JUMLAH row; a column of ordinals ("1", "2" per sasaran) is left empty
on the JUMLAH rows, which tells it from a count. A JUMLAH row adds up the rows since the
previous JUMLAH row; a last total row straight after a JUMLAH row, or headed "TOTAL" below
plain JUMLAH rows, adds up the JUMLAH rows (and any rows after the last of them). A value
column headed "JUMLAH"/"TOTAL" holds each row's own sum. Judging whether they add up is
LKJ-K015's; this module only reads the grouping as the layout prints it.
"""

from __future__ import annotations

import re

from lkjip.extract.source import RawTable
from lkjip.records import Cell, TallyRow, TallyTable

_TOTAL = re.compile(r"^\s*(?:jumlah|total|sub\s*-?\s*total|grand\s*total)\b", re.I)
_GRAND = re.compile(r"\b(?:total|keseluruhan|seluruhnya)\b", re.I)
_COUNT = re.compile(r"^\d{1,3}$")
_NIL = re.compile(r"^[-–—]$")
_SUM_HEADER = re.compile(r"\b(?:jumlah|total)\b", re.I)
# An amount ("1.263.958.495,00", "5,623,321") or a share ("98,5 %") anywhere in the body:
# a financial statement whose "-" columns would otherwise pass for counts of none.
_NOT_A_COUNT = re.compile(r"\d[.,]\d{3}|%")
_MIN_VALUE_COLUMNS = 2
_MIN_NUMBERING = 3


def _is_count(text: str) -> bool:
    return bool(_COUNT.match(text) or _NIL.match(text))


def _count(text: str) -> int:
    return 0 if _NIL.match(text) else int(text)


def _is_numbering(texts: list[str]) -> bool:
    """The column-number row under a header ("1 2 3 4 5 6 7")."""
    filled = [t for t in texts if t]
    return len(filled) >= _MIN_NUMBERING and all(t.isdigit() for t in filled) and \
        [int(t) for t in filled] == list(range(int(filled[0]), int(filled[0]) + len(filled)))


def _label(texts: list[str], value_columns: list[int]) -> str:
    first = value_columns[0]
    return " ".join(" ".join(t.split()) for t in texts[:first] if t)


def tally_of(table: RawTable) -> TallyTable | None:
    """The table read as counts with JUMLAH rows, or None when it is not one."""
    texts = [[" ".join(table.text(r, c).split()) for c in range(table.n_cols)] for r in range(table.n_rows)]
    total_rows = [r for r, row in enumerate(texts) if _TOTAL.match(next((t for t in row if t), ""))]
    if not total_rows:
        return None
    candidates = [c for c in range(table.n_cols) if all(_is_count(texts[r][c]) for r in total_rows)]
    if len(candidates) < _MIN_VALUE_COLUMNS:
        return None
    start = next((r for r, row in enumerate(texts)
                  if sum(_is_count(row[c]) for c in candidates) >= _MIN_VALUE_COLUMNS and not _is_numbering(row)),
                 None)
    if start is None or start > total_rows[0]:
        return None
    if any(_NOT_A_COUNT.search(t) for row in texts[start:] for t in row[1:]):
        return None
    # Every value column counts something on a total row: a column of "-" alone is no count.
    values = [c for c in candidates if all(not texts[r][c] or _is_count(texts[r][c])
                                           for r in range(start, table.n_rows))
              and any(_COUNT.match(texts[r][c]) for r in total_rows)]
    if len(values) < _MIN_VALUE_COLUMNS or values[0] == 0:
        return None  # a count table names its rows in the columns left of the counts
    columns = {c: " ".join(" ".join(texts[r][c] for r in range(start) if texts[r][c]).split()) for c in values}
    rows: list[TallyRow] = []
    for r in range(start, table.n_rows):
        if not any(texts[r][c] for c in values):
            continue  # a spacer row between groups
        label = _label(texts[r], values)
        role = "subtotal" if _TOTAL.match(label) else "part"
        page = table.row_pages[r] if r < len(table.row_pages) and table.row_pages[r] else table.page
        counts = {}
        for c in values:
            if texts[r][c]:
                raw = table.grid[r][c]
                counts[c] = (_count(texts[r][c]), Cell(texts[r][c], page, table.id, r, columns[c] or None,
                                                      raw.bbox if raw is not None else None))
        rows.append(TallyRow(label, role, counts))  # type: ignore[arg-type]
    parts = _grouping(rows)
    if not parts:
        return None
    sums = [c for c in values if _SUM_HEADER.search(columns[c])]
    total_column = sums[0] if len(sums) == 1 and sums[0] in (values[0], values[-1]) else None
    return TallyTable(table.id, table.page, columns, rows, parts, total_column)


def _grouping(rows: list[TallyRow]) -> dict[int, list[int]]:
    """Which rows each JUMLAH row adds up (see the module docstring); marks the grand total."""
    parts: dict[int, list[int]] = {}
    pending: list[int] = []
    subtotals: list[int] = []
    for i, row in enumerate(rows):
        if row.role == "part":
            pending.append(i)
            continue
        plain_before = any(not _GRAND.search(rows[s].label) for s in subtotals)
        if subtotals and (not pending or (_GRAND.search(row.label) and plain_before)):
            row.role = "total"
            parts[i] = subtotals + pending
            subtotals, pending = [], []
        elif pending:
            parts[i] = pending
            subtotals.append(i)
            pending = []
    if len(parts) == 1:
        for i in parts:
            rows[i].role = "total"  # one total row: it adds up every row above it
    return parts


def tally_tables(tables: list[RawTable]) -> list[TallyTable]:
    return [t for t in (tally_of(table) for table in tables) if t is not None]
