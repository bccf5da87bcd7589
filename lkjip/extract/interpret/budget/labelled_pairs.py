"""Values labelled inside their cell, stacked over two grid rows: one budget line.

A program table may give each sub-kegiatan two ruled rows and print, under one
"ANGGARAN (Rp)" heading, "Alokasi : 64.968.000,00" in the upper row and "Realisasi :
64.137.914" in the lower, and under "% Realisasi" "Fisik : 100" over "Keuangan : 98,83".
The labels, not the headings, say which figure is which: read by the heading alone the
column holds two amounts per line and the line's budget and spending are lost.

Each column that stacks such a pair is split in two, headed by its heading plus the label
("ANGGARAN (Rp) Alokasi" | "ANGGARAN (Rp) Realisasi", "% Realisasi Fisik" | "% Realisasi
Keuangan"), and the two grid rows of each pair become one, so the column reader sees an
anggaran, a realisasi and a persen beside the name; % fisik stays its own column, it is
no share of the budget. A figure of a split column printed without a label (the kegiatan
line over its sub-kegiatan: "529.533.550,00" | "57,47") goes under the sub-column its
heading names and carries the doubt `label_inferred`: the labels of its neighbours, not
its own, placed it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lkjip.extract.source import RawCell, RawTable

LABEL_INFERRED = "label_inferred"

# A label opening a cell: the word, an optional ':' or ';' (OCR), then a new line, the end,
# or the figure. OCR drops or swaps a letter ("Realisas:", "Fsik:", "Alokasi;").
_END = r"\s*[:;]?\s*(?:\n|$|(?=\d|rp\b))"
_BUDGET = re.compile(r"^\s*(alokas[il1!]|pagu|anggaran)" + _END, re.I)
_SPENT = re.compile(r"^\s*(real[il1]?[sz]a?s?[il1!]?)" + _END, re.I)
_FISIK = re.compile(r"^\s*(f[il1]?s[il1]?k)" + _END, re.I)
_KEUANGAN = re.compile(r"^\s*(keu(?:angan)?)" + _END, re.I)
_DIGIT = re.compile(r"\d")
# Rows a page break may put between an upper half and its lower half: the rest of the
# upper row, the heading printed again.
_MAX_BREAK_ROWS = 4


@dataclass(frozen=True)
class _Pair:
    """A kind of labelled pair: its upper and lower label, their headings, and which of
    the two an unlabelled figure of the column is (0 upper, 1 lower)."""

    upper: re.Pattern[str]
    lower: re.Pattern[str]
    names: tuple[str, str]
    unlabelled: int


_MONEY = _Pair(_BUDGET, _SPENT, ("Alokasi", "Realisasi"), 0)
# "% Realisasi" over Fisik / Keuangan: a bare share beside a budget is the money's.
_SHARE = _Pair(_FISIK, _KEUANGAN, ("Fisik", "Keuangan"), 1)
_PAIRS = (_MONEY, _SHARE)


def _own(table: RawTable, r: int, c: int) -> RawCell | None:
    row = table.grid[r]
    cell = row[c] if c < len(row) else None
    return cell if cell is not None and cell.row == r and cell.col == c and cell.colspan == 1 else None


def _label(cell: RawCell | None) -> tuple[_Pair, int] | None:
    """Which label opens `cell`: its pair and whether it is the upper (0) or lower (1)."""
    if cell is None:
        return None
    for pair in _PAIRS:
        if pair.upper.match(cell.text):
            return pair, 0
        if pair.lower.match(cell.text):
            return pair, 1
    return _misread_label(cell.text)


# Any word opening a cell as a label does: the word, an optional mark, then the figure.
_ANY_LABEL = re.compile(r"^\s*([^\W\d_][^\W\d_!|]{3,11})" + r"\s*[:;!]?\s*(?:\n|$|(?=\d))", re.I)
# The label words, by pair and half, for words a blurred scan garbled beyond the patterns
# ("Realisns!", "Keunngan:", "Aokasi:"): the nearest by letters scans confuse, if near.
_LABEL_WORDS = (("alokasi", _MONEY, 0), ("realisasi", _MONEY, 1), ("fisik", _SHARE, 0), ("keuangan", _SHARE, 1))
_LABEL_SLACK = 1.5  # a word of seven letters or more: a confused letter and one other
_SHORT_LABEL_SLACK = 1.0


def _misread_label(text: str) -> tuple[_Pair, int] | None:
    from lkjip.extract.ocr.header_words import misread_distance

    m = _ANY_LABEL.match(text)
    if m is None:
        return None
    word = m.group(1).lower()
    scored = sorted((misread_distance(word, known), k) for k, (known, _, _) in enumerate(_LABEL_WORDS)
                    if abs(len(known) - len(word)) <= 1)
    if not scored:
        return None
    best, k = scored[0]
    slack = _LABEL_SLACK if len(_LABEL_WORDS[k][0]) >= 7 else _SHORT_LABEL_SLACK
    if best > slack or (len(scored) > 1 and scored[1][0] <= best):
        return None
    return _LABEL_WORDS[k][1], _LABEL_WORDS[k][2]


def _lower_row_free(table: RawTable, r: int, columns: set[int]) -> bool:
    """Row r + 1 prints nothing of its own outside the labelled columns: it is the lower
    half of row r's line, not a line of its own."""
    for c in range(table.n_cols):
        cell = table.grid[r + 1][c] if c < len(table.grid[r + 1]) else None
        if cell is None or cell.row != r + 1 or c in columns:
            continue
        if cell.text.strip():
            return False
    return True


def _pairs(table: RawTable) -> tuple[dict[int, _Pair], set[int]]:
    """The split columns (with their pair) and the upper rows of the stacked lines."""
    columns: dict[int, _Pair] = {}
    starts: dict[int, set[int]] = {}
    for r in range(table.n_rows - 1):
        for c in range(table.n_cols):
            upper, lower = _label(_own(table, r, c)), _label(_own(table, r + 1, c))
            if upper is None or lower is None or upper[0] is not lower[0] or (upper[1], lower[1]) != (0, 1):
                continue
            if columns.setdefault(c, upper[0]) is not upper[0]:
                continue
            starts.setdefault(r, set()).add(c)
    rows = {r for r, cols in starts.items() if any(columns[c] is _MONEY for c in cols)
            and _lower_row_free(table, r, set(columns))}
    if not any(p is _MONEY for p in columns.values()) or not rows:
        return {}, set()
    return columns, rows


def _carried_over(table: RawTable, columns: dict[int, _Pair], uppers: set[int]) -> dict[int, int]:
    """Lower halves a page break parted from their upper half: an upper label whose row
    below is blank, then (on the next page) the repeated heading, then a row opening with
    the lower labels and, beside them, only a text tail (no figure). Returns the ids of
    those lower cells → the row of their upper half."""
    out: dict[int, int] = {}
    split = set(columns)
    for r in range(table.n_rows - 1):
        if r in uppers or not any((lb := _label(_own(table, r, c))) is not None and lb[1] == 0
                                  and lb[0] is columns[c] for c in split):
            continue
        page = table.page_of_row(r)
        for r2 in range(r + 1, min(r + 1 + _MAX_BREAK_ROWS, table.n_rows)):
            own = [c for c in {id(x): x for x in table.grid[r2] if x is not None}.values() if c.row == r2]
            lowers = [c for c in own if c.col in split and (lb := _label(c)) is not None and lb[1] == 1
                      and lb[0] is columns[c.col]]
            if lowers:
                rest = [c for c in own if c not in lowers]
                if table.page_of_row(r2) != page and not any(_DIGIT.search(c.text) for c in rest):
                    out.update({id(c): r for c in lowers})
                break
            if any(_label(c) is not None for c in own):
                break
            if any(c.text.strip() for c in own) and (table.page_of_row(r2) == page
                                                     or any(_DIGIT.search(c.text) for c in own)):
                break  # printed matter on the same page, or figures: not the break's heading
    return out


def _without_label(cell: RawCell, pattern: re.Pattern[str]) -> RawCell:
    """`cell` with its opening label cut off (its lines too, so boxes mark the figure)."""
    if not pattern.match(cell.text):
        pattern = _ANY_LABEL  # a label known by its misread word (`_misread_label`)
    m = pattern.match(cell.text)
    text = cell.text[m.end():].strip() if m else cell.text
    lines, conf, doubts = list(cell.line_boxes), list(cell.line_confidence), list(cell.line_doubts)
    if m and lines:
        first = pattern.match(lines[0][0])
        rest = lines[0][0][first.end():].strip() if first else lines[0][0]
        if rest:
            lines[0] = (rest, lines[0][1])
        else:
            lines, conf, doubts = lines[1:], conf[1:], doubts[1:]
    return replace(cell, text=text, line_boxes=lines, line_confidence=conf, line_doubts=doubts)


def _is_heading_cell(cell: RawCell | None) -> bool:
    return cell is not None and bool(cell.text.strip()) and not _DIGIT.search(cell.text) and _label(cell) is None


def _heading_rows(table: RawTable, columns: dict[int, _Pair], first: int) -> dict[int, set[int]]:
    """Per split column, the rows of its heading: the last row above the first stacked
    line whose cell prints words, no figure and no label, and the heading printed again
    on a later page (a row of words only, its cell in the column a heading's too)."""
    out: dict[int, set[int]] = {}
    for c in columns:
        for r in range(first - 1, -1, -1):
            if _is_heading_cell(_own(table, r, c)):
                out[c] = {r}
                break
    if len(out) != len(columns):
        return out
    pages = {table.page_of_row(r) for rows in out.values() for r in rows}
    words = {c: _words(table.text(min(rows), c)) for c, rows in out.items()}
    for r in range(first, table.n_rows):
        own = [x for x in {id(x): x for x in table.grid[r] if x is not None}.values() if x.row == r]
        if table.page_of_row(r) in pages or any(_DIGIT.search(x.text) or _label(x) for x in own):
            continue
        # The heading again, not a line of words: some column repeats a word of its heading.
        if not any(words[c] & _words(table.text(r, c)) for c in columns):
            continue
        for c in columns:
            if _is_heading_cell(_own(table, r, c)):
                out[c].add(r)
    return out


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{3,}", text)}


def split_labelled_pairs(table: RawTable) -> RawTable:
    """`table` with each column of labelled pairs split in two and each pair's two grid
    rows made one (the same table when it stacks no labelled budget pair)."""
    columns, uppers = _pairs(table)
    if not columns:
        return table
    headings = _heading_rows(table, columns, min(uppers))
    if set(headings) != set(columns):
        return table  # a column without a heading to name its halves: leave it as read
    new_col = []
    shift = 0
    for c in range(table.n_cols):
        new_col.append(c + shift)
        shift += c in columns
    n_cols = table.n_cols + len(columns)
    # The heading printed again after a page break carries nothing: its row goes.
    repeated = set.intersection(*(rows - {min(rows)} for rows in headings.values()))
    new_row: list[int] = []
    for r in range(table.n_rows):
        new_row.append(new_row[-1] if r - 1 in uppers or r in repeated else (new_row[-1] + 1 if new_row else 0))
    grid: list[list[RawCell | None]] = [[None] * n_cols for _ in range(new_row[-1] + 1)]
    row_pages: list[int | None] = [None] * len(grid)
    for r in range(table.n_rows):
        row_pages[new_row[r]] = row_pages[new_row[r]] or table.page_of_row(r)
    carried = _carried_over(table, columns, uppers)
    seen: set[int] = set()
    for r in range(table.n_rows):
        for c in range(table.n_cols):
            cell = table.grid[r][c] if c < len(table.grid[r]) else None
            if cell is None or id(cell) in seen or cell.row in repeated:
                continue
            seen.add(id(cell))
            top, bottom = new_row[cell.row], new_row[min(cell.row + cell.rowspan, table.n_rows) - 1]
            if id(cell) in carried:
                top = bottom = new_row[carried[id(cell)]]
            for part, part_top, part_bottom in _parted_at_band(table, cell, columns, uppers, new_row, top, bottom):
                _put(grid, _placed(part, columns, headings, new_col), part_top, part_bottom)
    return replace(table, grid=grid, row_pages=row_pages)


def _put(grid: list[list[RawCell | None]], placed: list[tuple[RawCell, int, int]], top: int, bottom: int) -> None:
    for piece, col, span in placed:
        piece = replace(piece, row=top, col=col, rowspan=bottom - top + 1, colspan=span)
        for rr in range(top, bottom + 1):
            for cc in range(col, col + span):
                held = grid[rr][cc]
                if held is None or not held.text.strip():
                    grid[rr][cc] = piece


def _parted_at_band(table: RawTable, cell: RawCell, columns: dict[int, _Pair], uppers: set[int],
                    new_row: list[int], top: int, bottom: int) -> list[tuple[RawCell, int, int]]:
    """A cell beside the split columns spanning a band's row and the stacked pair under it,
    because a blurred scan lost the rule between them in its column only: the figure
    columns still part the band's row (printing nothing) from the pair's. The cell's lines
    above that rule are the band's ("Penilaian dan Evaluasi Kinerja Aparatur"), the rest
    the pair's ("Pelaksanaan Penilaian …", its "7."). Returns (cell, top, bottom) pieces."""
    whole = [(cell, top, bottom)]
    r0 = cell.row
    if cell.colspan != 1 or cell.col in columns or bottom <= top or not cell.line_boxes or r0 in uppers \
            or r0 + 1 not in uppers or r0 + 1 >= cell.row + cell.rowspan:
        return whole
    band = [_own(table, r0, c) for c in columns]
    if any(b is None or b.text.strip() or b.bbox is None for b in band):
        return whole
    rule = max(b.bbox[3] for b in band if b is not None and b.bbox is not None)
    above = [i for i, (_, box) in enumerate(cell.line_boxes) if (box[1] + box[3]) / 2 < rule]
    below = [i for i in range(len(cell.line_boxes)) if i not in above]
    if not below:
        return whole

    def part(keep: list[int]) -> RawCell:
        lines = [cell.line_boxes[i] for i in keep]
        return replace(cell, text="\n".join(t for t, _ in lines), line_boxes=lines,
                       line_confidence=[cell.line_confidence[i] for i in keep if i < len(cell.line_confidence)],
                       line_doubts=[cell.line_doubts[i] for i in keep if i < len(cell.line_doubts)])

    return [(part(above), top, top), (part(below), new_row[r0 + 1], bottom)]


def _placed(cell: RawCell, columns: dict[int, _Pair], headings: dict[int, set[int]],
            new_col: list[int]) -> list[tuple[RawCell, int, int]]:
    """Where one cell goes in the widened grid: (cell, first column, columns spanned)."""
    c, last = cell.col, cell.col + cell.colspan - 1
    if cell.colspan == 1 and c in columns:
        pair = columns[c]
        if cell.row in headings[c]:
            return [(replace(cell, text=f"{cell.text} {name}"), new_col[c] + k, 1) for k, name in enumerate(pair.names)]
        if cell.row > min(headings[c]):
            label = _label(cell)
            # The label places the figure: in its own column, or in the one column its pair
            # heads when a footer's merged cells shift it under another heading
            # ("Rata-rata | Keuangan : 90,50 %" under ANGGARAN).
            home = [] if label is None else [c] if label[0] is pair else \
                [k for k, p in columns.items() if p is label[0]]
            if label is not None and len(home) == 1:
                kind, half = label
                return [(_without_label(cell, kind.upper if half == 0 else kind.lower), new_col[home[0]] + half, 1)]
            if cell.text.strip():
                if label is None and _ANY_LABEL.match(cell.text) and _DIGIT.search(cell.text):
                    # A label garbled past knowing ("Alulessi 44.349.800,00"): the word goes,
                    # the figure is placed by the heading like an unlabelled one.
                    cell = _without_label(cell, _ANY_LABEL)
                return [(replace(cell, doubts=(*cell.doubts, LABEL_INFERRED)), new_col[c] + pair.unlabelled, 1)]
            return [(cell, new_col[c], 1)]
    end = new_col[min(last, len(new_col) - 1)] + (1 if last in columns else 0)
    return [(cell, new_col[c], end - new_col[c] + 1)]


__all__ = ["LABEL_INFERRED", "split_labelled_pairs"]
