"""How a person names a table and its cells: printed caption, header rows, data row numbers.

An auditor looks for "Tabel 3.2, row 4, column REALISASI 2018", not for grid row 5 of
`p17-t1`. From a raw table this reads:
- the caption the report prints above it ("Tabel 3.2 Pengukuran Kinerja …"; a title block in
  capitals such as "PENGUKURAN KINERJA" when there is no numbered caption);
- its header rows: the leading rows of words (years allowed: "REALISASI 2018") and the row
  of column numbers some reports print under them ("(1) (2) (3)"); a header repeated where a
  table continues on the next page is a header again, not a data row;
- each data row's number counted from 1, and each column's header as printed (the texts of
  the header rows above it, top to bottom: "REALISASI" over "2018" → "REALISASI 2018").
"""

from __future__ import annotations

import re

from lkjip.extract.source import RawTable
from lkjip.records import TablePlace

MAX_HEADER_ROWS = 4
MAX_CAPTION = 120
_NUMBERED_CAPTION = re.compile(r"\b(?:lanjutan\s+)?(?:tabel|table|tab\.)\s*[0-9IVX]+(?:\s*[.\-]\s*[0-9]+)*\b.*",
                               re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")
_DIGIT = re.compile(r"\d")


def _squash(text: str) -> str:
    return " ".join(text.split())


def printed_caption(caption: str) -> str | None:
    """The table's printed caption from the text above it: a numbered one ("Tabel 3.2 …"),
    else a block of capitalised title lines right above the table; None otherwise."""
    lines = [_squash(line) for line in caption.splitlines() if line.strip()]
    start = max(0, len(lines) - 3)
    for i in range(len(lines) - 1, start - 1, -1):
        m = _NUMBERED_CAPTION.search(lines[i])
        if m and m.start() < 8:  # the line starts with it, not a sentence citing it
            text = m.group(0)
            if len(text.split()) <= 2 and i + 1 < len(lines):  # "Tabel 2.4." over its title line
                text = f"{text} {lines[i + 1]}"
            return text[:MAX_CAPTION]
    title: list[str] = []
    for line in reversed(lines[-2:]):
        letters = [ch for ch in line if ch.isalpha()]
        if len(letters) < 4 or sum(ch.isupper() for ch in letters) < 0.9 * len(letters):
            break
        title.insert(0, line)
    return " ".join(title)[:MAX_CAPTION] or None


def _is_column_numbers(texts: list[str]) -> bool:
    filled = [t.strip() for t in texts if t.strip()]
    return len(filled) >= 2 and all(_COLUMN_NUMBER.match(t) for t in filled)


def _is_header_words(texts: list[str]) -> bool:
    """Words only, numbers allowed as years ("REALISASI 2018") or short codes ("NO")."""
    filled = [t for t in texts if t.strip()]
    return bool(filled) and all(not _DIGIT.search(_YEAR.sub("", t)) for t in filled)


def _header_rows(table: RawTable) -> int:
    n = 0
    while n < min(MAX_HEADER_ROWS, table.n_rows - 1):
        texts = table.row_texts(n, filled=True)
        if _is_column_numbers(texts):
            return n + 1  # the numbering row closes the header
        if not _is_header_words(texts):
            break
        n += 1
    return n


def _column_headers(table: RawTable, header_rows: int) -> list[str]:
    out = []
    for col in range(table.n_cols):
        parts: list[str] = []
        for r in range(header_rows):
            text = _squash(table.filled_text(r, col))
            if text and not _COLUMN_NUMBER.match(text) and text not in parts:
                parts.append(text)
        out.append(" ".join(parts))
    return out


def _column_spans(table: RawTable) -> list[tuple[float, float] | None]:
    spans: list[tuple[float, float] | None] = [None] * table.n_cols
    for row in table.grid:
        for cell in row:
            if cell is None or cell.colspan != 1 or cell.bbox is None or cell.col >= table.n_cols:
                continue
            x0, x1 = cell.bbox[0], cell.bbox[2]
            old = spans[cell.col]
            spans[cell.col] = (x0, x1) if old is None else (min(old[0], x0), max(old[1], x1))
    return spans


def table_place(table: RawTable, ordinal: int) -> TablePlace:
    header_rows = _header_rows(table)
    header_keys = {tuple(_squash(t) for t in table.row_texts(r)) for r in range(header_rows)}
    numbers: dict[int, int] = {}
    count = 0
    for r in range(header_rows, table.n_rows):
        texts = table.row_texts(r)
        if not any(t.strip() for t in table.row_texts(r, filled=True)):
            continue
        # A header repeated on the next page, or its column numbers, is not a data row.
        if tuple(_squash(t) for t in texts) in header_keys or _is_column_numbers(texts):
            continue
        count += 1
        numbers[r] = count
    header_boxes = [cell.bbox for r in range(header_rows) for cell in table.grid[r]
                    if cell is not None and cell.bbox is not None]
    header_bbox = ((min(b[0] for b in header_boxes), min(b[1] for b in header_boxes),
                    max(b[2] for b in header_boxes), max(b[3] for b in header_boxes)) if header_boxes else None)
    return TablePlace(id=table.id, page=table.page, ordinal=ordinal, caption=printed_caption(table.caption),
                      header_rows=header_rows, row_numbers=numbers,
                      column_headers=_column_headers(table, header_rows),
                      # A DOCX's boxes are synthetic (no page geometry): no column by position.
                      column_spans=_column_spans(table) if table.page is not None else [],
                      header_bbox=header_bbox, header_page=table.page_of_row(0) if header_rows else None)


def table_places(tables: list[RawTable]) -> dict[str, TablePlace]:
    """Every raw table's place, numbered by order of appearance on its first page."""
    seen: dict[int | None, int] = {}
    out: dict[str, TablePlace] = {}
    for table in tables:
        seen[table.page] = seen.get(table.page, 0) + 1
        out[table.id] = table_place(table, seen[table.page])
    return out
