"""The columns of a realisation form, read from its header as a person reads it.

Permendagri 86/2017 evaluation forms and RFK (realisasi fisik dan keuangan) forms number
their columns under the headings ("1 2 3 3a 3b … 14"), and split a numbered column into
K and Rp (kinerja, rupiah) or Rupiah and % on a line of their own. The numbering row is
the anchor: every numbered column (or each of its K / Rp parts) becomes a leaf column;
its left and right edges are the rules around it when the page draws them (cells of
the page's ruled tables), else halfway to its neighbours. Each leaf's heading is every
header word above it, a heading spanning several columns ("ANGGARAN" over PER PAKET …
PER PROGRAM) counting for each column its rules (or its own width) cover.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from lkjip.extract.interpret.budget.form_words import Word, WordLine
from lkjip.extract.source import RawTable
from lkjip.geometry import BBox

_NUMBER_TOKEN = re.compile(r"^\(?\d{1,2}[a-e]?\)?$")
_SUB_TOKEN = re.compile(r"^(k|rp|rp\.|%|rupiah|fisik|keu|keuangan)$", re.I)
_AMOUNT = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
# Header lines above the numbering row are this close to each other (points).
_HEADER_GAP = 26.0
_HEADER_DEPTH = 140.0
_BAND = 16.0  # numbering tokens printed at several heights (centred in cells of unequal height)
_MIN_NUMBERS = 4
_MAX_CELL_HEIGHT = 200.0  # a frame around the whole page is no cell


@dataclass
class FormColumn:
    number: str  # the printed column number ("3a"), with its K / Rp part ("7/Rp")
    x0: float
    x1: float
    heading: str  # every header word above it, top to bottom
    sub: str = ""  # its K / Rp / % part, if split

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class FormHeader:
    columns: list[FormColumn]
    top: float  # the header's first line
    bottom: float  # the last header line (numbering or K / Rp)

    def column_at(self, word: Word) -> int | None:
        """The leaf column a word sits in: the one its centre lies in, else the nearest."""
        for i, col in enumerate(self.columns):
            if col.x0 <= word.cx <= col.x1:
                return i
        if not self.columns:
            return None
        # Between two columns' rules (an indent, a gap the rules leave): the nearer edge.
        def gap(k: int) -> float:
            col = self.columns[k]
            return max(col.x0 - word.cx, word.cx - col.x1, 0.0)
        i = min(range(len(self.columns)), key=gap)
        return i if gap(i) <= (self.columns[i].x1 - self.columns[i].x0) else None


def _numbering(lines: list[WordLine]) -> tuple[list[Word], float, float] | None:
    """The numbering row: number tokens on lines within one narrow band, at least four,
    increasing from left to right."""
    for i, line in enumerate(lines):
        if not (len(line.words) >= 2 and all(_NUMBER_TOKEN.match(w.text) for w in line.words)):
            continue
        band = [w for ln in lines[i:i + 4] if ln.top - line.top <= _BAND
                and all(_NUMBER_TOKEN.match(w.text) for w in ln.words) for w in ln.words]
        band.sort(key=lambda w: w.cx)
        values = [int(re.sub(r"\D", "", w.text)) for w in band]
        if len(band) >= _MIN_NUMBERS and all(b >= a for a, b in itertools.pairwise(values)) \
                and len(set(values)) >= _MIN_NUMBERS - 1:
            return band, min(w.top for w in band), max(w.bottom for w in band)
    return None


def page_cells(tables: list[RawTable], page: int) -> list[BBox]:
    """The boxes of the ruled cells the page's tables draw on `page` (a table carried over
    a page break holds cells of several pages), tall frames left out."""
    out: list[BBox] = []
    for table in tables:
        for r, row in enumerate(table.grid):
            if table.page_of_row(r) != page:
                continue
            for c, cell in enumerate(row):
                if cell is not None and cell.bbox is not None and cell.row == r and cell.col == c \
                        and cell.bbox[3] - cell.bbox[1] < _MAX_CELL_HEIGHT:
                    out.append(cell.bbox)
    return out


def _rules(cells: list[BBox], top: float, bottom: float) -> list[float]:
    """x of the vertical rules crossing the band [top, bottom]: the edges of ruled cells there."""
    xs: set[float] = set()
    for x0, y0, x1, y1 in cells:
        if y0 <= (top + bottom) / 2 <= y1:
            xs.add(round(x0, 1))
            xs.add(round(x1, 1))
    return sorted(xs)


def _between(rules: list[float], x: float, left: float, right: float) -> tuple[float, float]:
    """The rules nearest x on either side, kept within [left, right] (the neighbours)."""
    lo = max((r for r in rules if left - 2 <= r < x), default=left)
    hi = min((r for r in rules if x < r <= right + 2), default=right)
    return lo, hi


def _spans(centres: list[float], lo: float, hi: float) -> list[tuple[float, float]]:
    edges = [lo] + [(a + b) / 2 for a, b in itertools.pairwise(centres)] + [hi]
    return list(itertools.pairwise(edges))


def read_form_header(lines: list[WordLine], cells: list[BBox], page_width: float) -> FormHeader | None:
    """The header of a numbered form on a page, or None when no numbering row is found."""
    found = _numbering(lines)
    if found is None:
        return None
    numbers, n_top, n_bottom = found
    rules = _rules(cells, n_top, n_bottom)
    centres = [w.cx for w in numbers]
    # The outer columns reach as far beyond their number as their inner edge lies within.
    first = max(0.0, centres[0] - (centres[1] - centres[0]) / 2)
    last = min(page_width, centres[-1] + (centres[-1] - centres[-2]) / 2)
    spans = _spans(centres, first, last)
    # K / Rp (or Rupiah / %) parts on a line just above or below the numbering.
    subs = [w for ln in lines if abs(ln.cy - (n_top + n_bottom) / 2) <= _HEADER_GAP
            and ln.words and all(_SUB_TOKEN.match(w.text) for w in ln.words) for w in ln.words]
    bottom = max([n_bottom] + [w.bottom for w in subs])
    columns: list[FormColumn] = []
    for k, (word, (left, right)) in enumerate(zip(numbers, spans, strict=True)):
        # The rules drawing the number's cell, up to its neighbours' numbers: a wide name
        # column's rules lie beyond the halfway point to the next number.
        lo = max((r for r in rules if (centres[k - 1] if k else left) < r < word.cx), default=left)
        hi = min((r for r in rules if word.cx < r < (centres[k + 1] if k + 1 < len(centres) else right)),
                 default=right)
        parts = sorted((s for s in subs if lo <= s.cx <= hi), key=lambda s: s.cx)
        if len(parts) >= 2:
            for part, (p_lo, p_hi) in zip(parts, _spans([p.cx for p in parts], lo, hi), strict=True):
                a, b = _between(rules, part.cx, p_lo, p_hi)
                columns.append(FormColumn(f"{word.text}/{part.text}", a, b, "", part.text))
        else:
            columns.append(FormColumn(word.text, lo, hi, "", parts[0].text if parts else ""))
    header_lines = _header_lines(lines, n_top, _frame_top(cells, n_top, n_bottom))
    if not rules and header_lines:
        columns = _unnumbered(columns, numbers, header_lines)
    elif rules:
        columns = _ruled_unnumbered(columns, cells, n_top, n_bottom)
    top = min((ln.top for ln in header_lines), default=n_top)
    for col in columns:
        col.heading = _heading(col, header_lines, cells)
    return FormHeader(columns, top, bottom)


def _unnumbered(columns: list[FormColumn], numbers: list[Word], header_lines: list[WordLine]) -> list[FormColumn]:
    """Columns the numbering skips (ANGGARAN SUB-KEGIATAN, … KEGIATAN, … PROGRAM printed
    between "3" and "4"), found without rules: on the header line printing the most
    headings, each heading over no column number is a column of its own, and the edges
    fall halfway between all the columns' centres."""
    line = max(header_lines, key=lambda ln: len(_phrases(ln)))
    phrases = _phrases(line)
    split = [c for c in columns if c.sub]
    apart = [p for p in phrases
             if not any(p[0].x0 - 3 <= w.cx <= p[-1].x1 + 3 for w in numbers)
             and not any(c.x0 <= (p[0].x0 + p[-1].x1) / 2 <= c.x1 for c in split)]
    if not apart or split:
        return columns
    centres = sorted([(c.cx if c.sub else next((w.cx for w in numbers if w.text == c.number), c.cx), c.number)
                      for c in columns] + [((p[0].x0 + p[-1].x1) / 2, "") for p in apart])
    lo, hi = columns[0].x0, columns[-1].x1
    return [FormColumn(number, a, b, "") for (_, number), (a, b)
            in zip(centres, _spans([c for c, _ in centres], lo, hi), strict=True)]


_MIN_COLUMN_WIDTH = 12.0  # narrower ruled gaps are slivers between rules, not columns


def _ruled_unnumbered(columns: list[FormColumn], cells: list[BBox], n_top: float, n_bottom: float) -> list[FormColumn]:
    """Ruled cells of the numbering row that hold no column number (ANGGARAN SUB-KEGIATAN,
    … KEGIATAN, … PROGRAM ruled between "3" and "4", the numbering printing only "3"
    under the first): each is a column of its own, between the rules that draw it."""
    mid = (n_top + n_bottom) / 2
    extra = [FormColumn("", x0, x1, "") for x0, y0, x1, y1 in cells
             if y0 <= mid <= y1 and x1 - x0 >= _MIN_COLUMN_WIDTH
             and columns[0].x0 - 1 <= (x0 + x1) / 2 <= columns[-1].x1 + 1
             and not any(c.x0 - 1 <= (x0 + x1) / 2 <= c.x1 + 1 for c in columns)]
    return sorted(columns + extra, key=lambda c: c.x0) if extra else columns


def _frame_top(cells: list[BBox], n_top: float, n_bottom: float) -> float | None:
    """The top rule of a ruled header: from the cells holding the numbering row, up through
    the cells stacked on them. Title lines above it are no heading. None when unruled."""
    mid = (n_top + n_bottom) / 2
    holding = [c[1] for c in cells if c[1] <= mid <= c[3]]
    if not holding:
        return None
    top = start = min(holding)
    while True:
        above = [c[1] for c in cells if abs(c[3] - top) <= 3 and c[1] < top - 1 and n_top - c[1] <= _HEADER_DEPTH]
        if not above:
            return top if top < start else None  # no ruled heading cells above: unknown
        top = min(above)


def _header_lines(lines: list[WordLine], numbering_top: float, frame_top: float | None) -> list[WordLine]:
    """Lines above the numbering row, going up while they follow each other closely, print
    no amount and no "Label : value" of the form's heading, and stay inside the frame."""
    above = [ln for ln in lines if ln.bottom <= numbering_top + 1]
    out: list[WordLine] = []
    edge = numbering_top
    for ln in reversed(above):
        if edge - ln.bottom > _HEADER_GAP or numbering_top - ln.top > _HEADER_DEPTH or _AMOUNT.search(ln.text) \
                or ":" in ln.text or (frame_top is not None and ln.top < frame_top - 2):
            break
        out.append(ln)
        edge = ln.top
    return list(reversed(out))


def _phrases(line: WordLine) -> list[list[Word]]:
    """Words of one header line that read as one heading (gaps no wider than two spaces)."""
    out: list[list[Word]] = []
    for w in line.words:
        if out and w.x0 - out[-1][-1].x1 <= 1.2 * w.height:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _cell_span(cells: list[BBox], x: float, y: float) -> tuple[float, float] | None:
    for x0, y0, x1, y1 in cells:
        if x0 <= x <= x1 and y0 <= y <= y1:
            return x0, x1
    return None


def _heading(col: FormColumn, header_lines: list[WordLine], cells: list[BBox]) -> str:
    parts: list[str] = []
    for line in header_lines:
        for phrase in _phrases(line):
            x0, x1 = phrase[0].x0, phrase[-1].x1
            cy = sum(w.cy for w in phrase) / len(phrase)
            span = _cell_span(cells, (x0 + x1) / 2, cy) or (x0, x1)
            lo, hi = min(span[0], x0), max(span[1], x1)
            if lo - 1 <= col.cx <= hi + 1 or (lo <= col.x0 + 1 and col.x1 - 1 <= hi) \
                    or col.x0 <= (x0 + x1) / 2 <= col.x1:
                parts.append(" ".join(w.text for w in phrase))
    if col.sub:
        parts.append(col.sub)
    return " ".join(parts)
