"""Difference columns learned from a table's own rows: raw tables → `DifferenceTable`.

Many tables print a column that is one column minus another, with a heading that names
no budget role lkjip knows:

    URAIAN    PERGUB 47/2019      PERGUB 7/2020       PERGUB 16/2020      BERTAMBAH/BERKURANG
    1         2                   3                   4                   5 (4-2)
    BELANJA   14.080.970.638.142  14.080.970.638.142  13.158.927.472.650  (922.043.165.491,75)

Which columns it subtracts is read from the figures: the column `r` and the pair (a, b),
left of it, for which |r| = |a − b| on the most rows (the sign is the heading's
convention: "(4-2)", "Naik/(Turun)", "Lebih/(Kurang)"). A table takes such a rule only
when it holds on at least three rows and on three rows in four of those that print all
three figures, so a coincidence on a row or two makes no rule. Judging the rows that
break it is LKJ-B017's.

Only tables no budget or indicator reading typed are looked at: a typed table's sisa,
change and difference columns have rules of their own (B006, B013, K012). Cells a second
OCR reading did not confirm (`ocr_rereads_differ`) neither teach the rule nor break it.
"""

from __future__ import annotations

import itertools
import re

import numpy as np

from lkjip.extract.ocr.cells import REREADS_DIFFER
from lkjip.extract.source import RawCell, RawTable
from lkjip.numbers import NumberStyle, bracketed_negative, half_last_decimal, parse_number
from lkjip.records import Cell, DifferenceRow, DifferenceTable

_MIN_HOLDING = 3
_HOLDING_SHARE = 0.75
_MIN_ROWS = 3
# At most this many figure columns are tried (every ordered triple of them).
_MAX_COLUMNS = 12
_UNCONFIRMED = REREADS_DIFFER
_DIGIT = re.compile(r"\d")


def _value(raw: RawCell | None, text: str, style: NumberStyle | None) -> float | None:
    if raw is None or not text or "\n" in text or _UNCONFIRMED in raw.doubts or not _DIGIT.search(text):
        return None
    negative = bracketed_negative(text, style)
    if negative is not None:
        return negative
    parsed = parse_number(text, style)
    if parsed is None or parsed.kind == "percent":
        return None
    return float(parsed.value)


def _first_figure_row(table: RawTable, values: np.ndarray) -> int:
    filled = np.sum(~np.isnan(values), axis=1)
    return int(np.argmax(filled >= 2)) if (filled >= 2).any() else table.n_rows


def difference_of(table: RawTable, style: NumberStyle | None) -> DifferenceTable | None:
    """The table's difference column and the rows it rests on, or None when it has none."""
    if table.n_rows < _MIN_ROWS or table.n_cols < 3:
        return None
    texts = [[" ".join(table.text(r, c).split()) for c in range(table.n_cols)] for r in range(table.n_rows)]
    values = np.full((table.n_rows, table.n_cols), np.nan)
    for r in range(table.n_rows):
        for c in range(1, table.n_cols):
            v = _value(table.grid[r][c] if c < len(table.grid[r]) else None, texts[r][c], style)
            if v is not None:
                values[r, c] = v
    columns = [c for c in range(table.n_cols) if np.sum(~np.isnan(values[:, c])) >= _MIN_HOLDING][:_MAX_COLUMNS]
    if len(columns) < 3:
        return None
    # Half a unit of the last printed decimal: 0,005 for "…,75", none for whole rupiah. Asked
    # only of the figures a difference column may print (parsing every cell was a hot spot).
    slack = np.zeros((table.n_rows, table.n_cols))
    for c in columns:
        for r in np.flatnonzero(~np.isnan(values[:, c])):
            slack[r, c] = half_last_decimal(texts[r][c], style)
    best: tuple[int, int, int, int, int] | None = None  # (holding, tested, r, a, b)
    for a, b in itertools.permutations(columns, 2):
        if a > b:
            continue  # |a − b| = |b − a|: one order of each pair
        diff = np.abs(values[:, a] - values[:, b])
        for r in columns:
            if r <= max(a, b):
                continue  # a difference column stands right of what it subtracts
            printed = np.abs(values[:, r])
            tested = ~np.isnan(diff) & ~np.isnan(printed)
            holds = tested & (np.abs(printed - diff) <= slack[:, r] + 0.005) & (printed > 0)
            n_hold, n_tested = int(holds.sum()), int(tested.sum())
            if n_hold >= _MIN_HOLDING and n_hold >= _HOLDING_SHARE * n_tested and \
                    (best is None or n_hold > best[0]):
                best = (n_hold, n_tested, r, a, b)
    if best is None:
        return None
    holding, _, result, minuend, subtrahend = best
    start = _first_figure_row(table, values)
    headers = {c: " ".join(" ".join(texts[r][c] for r in range(start) if texts[r][c]).split())
               for c in (result, minuend, subtrahend)}
    rows = []
    for r in range(start, table.n_rows):
        label = " ".join(t for t in texts[r][:min(headers)] if t)
        row = DifferenceRow(label)
        for c in (result, minuend, subtrahend):
            raw = table.grid[r][c] if c < len(table.grid[r]) else None
            if raw is not None and not np.isnan(values[r, c]):
                page = table.row_pages[r] if r < len(table.row_pages) and table.row_pages[r] else table.page
                row.values[c] = (float(values[r, c]), Cell(texts[r][c], page, table.id, r, headers[c] or None,
                                                           raw.text_bbox, raw.confidence, inferred=raw.doubts))
        if len(row.values) == 3:
            rows.append(row)
    return DifferenceTable(table.id, table.page, " ".join(table.caption.split())[:160], headers,
                           result, minuend, subtrahend, rows, holding)


def difference_tables(tables: list[RawTable], typed: set[str], style: NumberStyle | None) -> list[DifferenceTable]:
    """The difference columns of the tables no budget or indicator reading typed."""
    return [d for d in (difference_of(t, style) for t in tables if t.id not in typed) if d is not None]
