"""Unruled ledgers: rows and columns read from where the words sit on the page.

An LRA or APBD listing printed by a finance system (SIMDA, SIPKD) draws few or no rules:
the grid engines then see one tall cell per column, or nothing. A person reads such a
page by alignment, and so does this module:

- words at one height form a visual row (a name and its amounts may come from separate
  text runs, so rows are built from word boxes, not from the reader's lines);
- the header is the band of rows around the word URAIAN, down to the first row printing
  an amount;
- amount columns are where the amounts' right edges line up (figures are set flush
  right); each column is named by the header words above it, so "JUMLAH", "ANGGARAN",
  "REALISASI", "LEBIH / (KURANG)", "(%)" say what it holds, and a column of legal
  references ("DASAR HUKUM") or with no heading is no amount column;
- the rest of a row, left of the first amount column, is the kode (leading numerals with
  dots, spaced or not: "4 . 1 . 2 . 01 . 05") and the uraian.

Only geometry and words are read here; what the rows mean is `ledger.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lkjip.extract.interpret.budget.form_words import Word, WordLine
from lkjip.extract.source import Page

_WORD = re.compile(r"\S+")
_URAIAN = re.compile(r"^uraian\W*$", re.I)
_URAIAN_IN_TEXT = re.compile(r"(?<!\w)uraian(?!\w)", re.I)
_AMOUNTS_IN_TEXT = re.compile(r"\d{1,3}(?:[.,]\d{3})+[.,]\d{2}\b|\d{1,3}(?:[.,]\d{3}){2,}")
# The heading of the kode column, left of URAIAN: what makes a list of amounts a ledger.
_CODE_HEADING = re.compile(r"^(kode|rekening|no\.?|nomor|urut)\W*$", re.I)
# Figures as an amount column prints them: grouped thousands and/or two decimals, a sign
# in parentheses ("(5.698.912.431,00)", "0,00", "154,49", "2,486,697,576").
AMOUNT_SHAPE = re.compile(r"^\(?-?(?:\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+[.,]\d{1,2})\)?$")
_CODE_TOKEN = re.compile(r"^(?:\d+(?:[.\-]\d+)*[.\-]?|[.\-])$")
# Words naming a column of figures; a column headed otherwise (NO, KODE, DASAR HUKUM) is none.
_AMOUNT_HEADING = re.compile(r"anggaran|reali[sz]?asi|jumlah|pagu|lebih|kurang|bertambah|berkurang|naik|turun|"
                             r"selisih|sisa|%|persen|\brp\b|apbd|\bdpa\b|alokasi|estimasi", re.I)
_CODED_SHARE = 0.6  # of a ledger's lines carry a kode (the rest: Jumlah, surplus / defisit)
_SAME_ROW = 0.6  # tops closer than this share of a word's height print one row
_ALIGN = 4.0  # points: right edges this close line up in one column
_HEADER_ABOVE = 30.0  # header words may start this far above the URAIAN row


@dataclass
class AmountColumn:
    header: str
    x0: float
    x1: float  # the right edge the column's figures line up at (widest extent)
    right_min: float
    right_max: float


@dataclass
class LedgerRow:
    """One body row: its kode and uraian (left of the amounts) and its figures by column."""

    page: int
    top: float
    bottom: float
    code: str | None
    name: str
    name_x0: float | None
    name_box: tuple[float, float, float, float] | None
    figures: dict[int, Word] = field(default_factory=dict)  # column index -> word


@dataclass
class LedgerBlock:
    """The rows under one header on one page."""

    page: int
    columns: list[AmountColumn]
    rows: list[LedgerRow]
    header_text: str


def _words(page: Page) -> list[Word]:
    found = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(page.text)]
    boxes = page.boxes_of([f[1] for f in found], [f[2] for f in found])
    return [Word(text, *box) for (text, _, _), box in zip(found, boxes, strict=True) if box is not None]


def visual_rows(page: Page) -> list[WordLine]:
    """The page's words grouped by height, top to bottom, each row left to right."""
    words = sorted(_words(page), key=lambda w: (w.bottom, w.x0))
    rows: list[list[Word]] = []
    spans: list[tuple[float, float]] = []
    for w in words:
        # One row when the vertical spans overlap by most of the smaller: a dot or a comma
        # is short and low, yet sits on the line of its digits.
        if spans:
            top, bottom = spans[-1]
            overlap = min(bottom, w.bottom) - max(top, w.top)
            inside = top - 0.5 <= (w.top + w.bottom) / 2 <= bottom + 0.5 or w.top <= (top + bottom) / 2 <= w.bottom
            if inside or overlap >= _SAME_ROW * min(w.height, max(bottom - top, 1.0)):
                rows[-1].append(w)
                spans[-1] = (min(top, w.top), max(bottom, w.bottom)) if w.height > 2 else spans[-1]
                continue
        rows.append([w])
        spans.append((w.top, w.bottom))
    return [WordLine(sorted(r, key=lambda w: w.x0)) for r in rows]


def _amount_words(row: WordLine) -> list[Word]:
    return [w for w in row.words if AMOUNT_SHAPE.match(w.text)]


def _opens_with_code(row: WordLine) -> bool:
    """A kode then a word: an account line without figures ("1 PENDAPATAN"), not a heading."""
    words = row.words
    k = 0
    while k < len(words) and _CODE_TOKEN.match(words[k].text):
        k += 1
    return 0 < k < len(words) and any(c.isdigit() for c in words[0].text) and words[k].text[:1].isalpha()


def _columns(body: list[WordLine], band: list[Word]) -> list[AmountColumn]:
    """Right edges of amounts that line up, each named by the header words above it."""
    rights = sorted((w.x1, w.x0) for r in body for w in _amount_words(r))
    clusters: list[list[tuple[float, float]]] = []
    for right, left in rights:
        if clusters and right - clusters[-1][-1][0] <= _ALIGN:
            clusters[-1].append((right, left))
        else:
            clusters.append([(right, left)])
    least = 2 if len(body) > 2 else 1
    out: list[AmountColumn] = []
    for cluster in clusters:
        if len(cluster) < least:
            continue
        x0, x1 = min(c[1] for c in cluster), max(c[0] for c in cluster)
        above = [w for w in band if w.x1 >= x0 - 2 and w.x0 <= x1 + 2]
        above.sort(key=lambda w: (round(w.top), w.x0))
        header = " ".join(w.text for w in above)
        if _AMOUNT_HEADING.search(header):  # not a NO / KODE column of short numbers
            out.append(AmountColumn(header, x0, x1, cluster[0][0], cluster[-1][0]))
    return out


def _column_of(word: Word, columns: list[AmountColumn]) -> int | None:
    best: tuple[float, int] | None = None
    for i, col in enumerate(columns):
        if col.right_min - _ALIGN <= word.x1 <= col.right_max + _ALIGN:
            d = 0.0
        elif col.x0 <= (word.x0 + word.x1) / 2 <= col.x1:
            d = 1.0  # set inside the column but not flush right (a "-", an overflow)
        else:
            continue
        if best is None or d < best[0]:
            best = (d, i)
    return best[1] if best else None


def _split_row(row: WordLine, columns: list[AmountColumn], page: int) -> LedgerRow:
    left_edge = min(c.x0 for c in columns)
    figures: dict[int, Word] = {}
    left: list[Word] = []
    for w in row.words:
        col = _column_of(w, columns)
        if col is not None and col not in figures and (AMOUNT_SHAPE.match(w.text) or re.fullmatch(r"[\d().,\-–]+", w.text)):
            figures[col] = w
        elif w.x1 <= left_edge + 2 and col is None:
            left.append(w)
        # words right of the figures (a legal basis, a note) are not the row's
    code_words: list[Word] = []
    for w in left:
        if len(code_words) == len(left) - 1 and code_words:
            break  # keep at least one word for the name when there is one
        if _CODE_TOKEN.match(w.text) and (code_words or any(c.isdigit() for c in w.text)):
            code_words.append(w)
        else:
            break
    code = "".join(w.text for w in code_words) or None
    if code is not None and not any(c.isdigit() for c in code):
        code, code_words = None, []
    name_words = left[len(code_words):]
    name_box = None
    if name_words:
        name_box = (min(w.x0 for w in name_words), min(w.top for w in name_words),
                    max(w.x1 for w in name_words), max(w.bottom for w in name_words))
    return LedgerRow(page=page, top=row.top, bottom=row.bottom, code=code.strip(".-") if code else None,
                     name=" ".join(w.text for w in name_words), name_x0=name_box[0] if name_box else None,
                     name_box=name_box, figures=figures)


class WrapUnclear(Exception):
    """A line of uraian sits as close to the line above as to the line below, both
    line up with it, and its words do not say which it continues; or a line of words
    amid the ledger belongs to no line of it. Either way a line could be lost or joined
    wrongly, and the sums built on them would be wrong: the block is not read."""


def _full(row: LedgerRow | None, full_right: float) -> bool:
    """The row's uraian reaches the right of the uraian column (within a word or two)."""
    return row is not None and row.name_box is not None and row.name_box[2] >= full_right - 40


def _join_wrapped(rows: list[LedgerRow], text_only: list[bool]) -> list[LedgerRow]:
    """A row printing only words (no kode, no figure) is part of a neighbour's wrapped
    uraian: the tail of the row above when it starts in lower case ("listrik", "yang
    Dipisahkan") or lines up with it only; the head of the row below when that row
    prints no uraian of its own or lines up with it only; else of the nearer one. A line
    of words close to neither is running text: the ledger has ended."""
    out: list[LedgerRow] = []
    pending_head: LedgerRow | None = None
    full_right = max((r.name_box[2] for r in rows if r.name_box is not None), default=0.0)
    for i, row in enumerate(rows):
        if not text_only[i]:
            if pending_head is not None:
                row.name = f"{pending_head.name} {row.name}".strip()
                if row.name_x0 is None:
                    row.name_x0, row.name_box = pending_head.name_x0, pending_head.name_box
                pending_head = None
            out.append(row)
            continue
        if row.name_x0 is None or sum(c.isalpha() for c in row.name) < 2:
            continue  # words right of the figures only (a signature, a footer), a stray mark
        prev = out[-1] if out else None
        nxt = rows[i + 1] if i + 1 < len(rows) and not text_only[i + 1] else None
        height = max(row.bottom - row.top, 1.0)
        gap_prev = row.top - prev.bottom if prev is not None else None
        gap_next = nxt.top - row.bottom if nxt is not None else None
        near_prev = gap_prev is not None and gap_prev <= height
        near_next = gap_next is not None and gap_next <= height
        align_prev = near_prev and prev is not None and prev.name_x0 is not None and abs(prev.name_x0 - row.name_x0) <= 2
        align_next = near_next and nxt is not None and nxt.name_x0 is not None and abs(nxt.name_x0 - row.name_x0) <= 2
        if near_prev and row.name[:1].islower():
            head = False
        elif near_next and nxt is not None and not nxt.name:
            head = True  # the line below prints its kode and figures but no uraian of its own
        elif align_prev != align_next:
            head = align_next
        elif near_prev and near_next and abs(gap_prev - gap_next) < 0.3 * height:  # type: ignore[operator]
            # As close to both: a line wraps where the column is full, so the full line
            # of the two is the one that went on.
            prev_full, row_full = _full(prev, full_right), _full(row, full_right)
            if prev_full == row_full:
                raise WrapUnclear
            head = row_full
        elif near_prev and near_next:
            head = gap_next < gap_prev  # type: ignore[operator]
        else:
            head = near_next
        if head:
            pending_head = row
        elif near_prev and prev is not None:
            prev.name = f"{prev.name} {row.name}".strip()
            prev.bottom = max(prev.bottom, row.bottom)  # a third line continues from here
        elif any(not t for t in text_only[i + 1:]):
            raise WrapUnclear  # words amid the ledger's lines that belong to none of them
        else:
            break  # running text after the last line: the ledger has ended
    return out


def ledger_blocks(page: Page) -> list[LedgerBlock]:
    """Every ledger on the page: a header with a kode heading (KODE, NO, NOMOR URUT) left
    of URAIAN and named amount columns, and the rows under it down to the next such
    header or the first line of running text; most of its lines carry a kode."""
    if page.source != "text":
        return []  # OCR'd words carry confidences this reader does not pass on: the grid engines do
    # Cheap tests on the page's text first: most pages of a report are no ledger.
    if not _URAIAN_IN_TEXT.search(page.text) or len(_AMOUNTS_IN_TEXT.findall(page.text)) < 3:
        return []
    rows = visual_rows(page)
    anchors = [i for i, r in enumerate(rows) if any(_URAIAN.match(w.text) for w in r.words)]
    blocks: list[LedgerBlock] = []
    for k, a in enumerate(anchors):
        end = anchors[k + 1] if k + 1 < len(anchors) else len(rows)
        first_body = next((i for i in range(a + 1, end) if _amount_words(rows[i]) or _opens_with_code(rows[i])), None)
        if first_body is None:
            continue
        top = rows[a].top - _HEADER_ABOVE
        start = a
        while start > 0 and rows[start - 1].top >= top and not _amount_words(rows[start - 1]):
            start -= 1
        band = [w for r in rows[start:first_body] for w in r.words]
        uraian_x = min(w.x0 for w in rows[a].words if _URAIAN.match(w.text))
        if not any(_CODE_HEADING.match(w.text) and w.x1 < uraian_x for w in band):
            continue  # no kode column: a table of amounts, not a ledger (the grid engines read it)
        body = rows[first_body:end]
        columns = _columns(body, band)
        if not columns:
            continue
        split = [_split_row(r, columns, page.number) for r in body]
        text_only = [not s.figures and s.code is None for s in split]
        try:
            kept = _join_wrapped(split, text_only)
        except WrapUnclear:
            continue  # names could be joined two ways: left to the grid engines
        kept = [r for r in kept if r.code is not None or any(AMOUNT_SHAPE.match(w.text) for w in r.figures.values())]
        if sum(1 for r in kept if r.code) >= _CODED_SHARE * len(kept):
            blocks.append(LedgerBlock(page.number, columns, kept, " ".join(w.text for w in band)))
    return blocks
