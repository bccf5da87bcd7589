"""What a reader makes of a file: pages of text with geometry, and raw tables.

Everything downstream points back here: a value's page, table, row, column and
cell box come from these objects, so a finding can be shown on the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import accumulate
from typing import Literal

import numpy as np

from lkjip.geometry import BBox


def _span_boxes(boxes: np.ndarray | None, starts: list[int], ends: list[int]) -> list[BBox | None]:
    """`Page.bbox_of(start, end)` for many spans at once (one fmin/fmax.reduceat).

    The same values as `bbox_of` span by span: the union of the character boxes, None
    for an empty span, a span past the boxes, or one whose boxes are all NaN.
    """
    out: list[BBox | None] = [None] * len(starts)
    if boxes is None or not starts:
        return out
    s = np.asarray(starts, dtype=np.intp)
    e = np.minimum(np.asarray(ends, dtype=np.intp), len(boxes))  # bbox_of slices: clipped
    spans = np.flatnonzero(s < e)
    if not len(spans):
        return out
    # reduceat over [s0, e0, s1, e1, ...] reduces boxes[s:e] at even positions; a NaN
    # row appended keeps an end equal to len(boxes) a valid index.
    index = np.empty(2 * len(spans), dtype=np.intp)
    index[0::2], index[1::2] = s[spans], e[spans]
    padded = np.concatenate([boxes, np.full((1, boxes.shape[1]), np.nan, dtype=boxes.dtype)])
    low = np.fmin.reduceat(padded, index, axis=0)[::2]
    high = np.fmax.reduceat(padded, index, axis=0)[::2]
    located = ~np.isnan(low[:, 0])  # all-NaN spans (no character has a box) stay None
    found = zip(low[located, 0].tolist(), low[located, 1].tolist(),
                high[located, 2].tolist(), high[located, 3].tolist(), strict=True)
    for k, box in zip(spans[located].tolist(), found, strict=True):
        out[k] = box
    return out


@dataclass
class TextLine:
    """One line of running text, with its span in `Page.text`."""

    text: str
    start: int
    end: int
    bbox: BBox | None


@dataclass
class Page:
    """A page's text and the box of every character of it.

    `char_boxes[i]` is the box of `text[i]` (NaN for line breaks a reader inserted),
    so any span of the text can be located without going back to the PDF.
    """

    number: int  # 1-based physical page; 0 for a DOCX, which has no pages
    width: float
    height: float
    text: str
    char_boxes: np.ndarray | None = None  # shape (len(text), 4), float32
    source: Literal["text", "ocr", "docx"] = "text"
    ocr_confidence: float | None = None  # mean word confidence 0..100 for OCR'd pages
    rotation: int = 0
    has_ruling: bool = False  # the page draws enough lines to hold a ruled table
    # OCR'd pages: the confidence (0..100) of the word each character belongs to (NaN
    # for separators); None for a text layer. See `confidence_of`.
    char_confidence: np.ndarray | None = None
    # A text page stored sideways (/Rotate over upright content) read upright: like an
    # OCR'd page turned upright, `rotation` turns it back to the page as displayed.
    read_upright: bool = False
    # OCR'd pages: seconds its OCR took (rendered image to tables), for the closing note.
    ocr_seconds: float | None = None
    # OCR'd pages: the engine that read it and why ("rapidocr: scan below 100 ppi").
    ocr_engine: str | None = None
    # OCR'd from a scan below 100 ppi: no value read there is certain (`ocr_low_resolution`).
    low_resolution: bool = False
    # Text pages naming a table: pictures large enough to hold one (`pdf/pictures.py`).
    pictures: list[BBox] = field(default_factory=list)

    @property
    def evidence_page(self) -> int | None:
        """The page a Cell should name: None for a DOCX (its one Page is number 0, and
        its boxes are synthetic: y counts paragraphs, see `docx_reader`)."""
        return self.number if self.number > 0 else None

    def confidence_of(self, start: int, end: int) -> float | None:
        """OCR confidence of a span of the text: its least confident word (a value is
        only as sure as its worst digit); None when the text did not come from OCR."""
        if self.char_confidence is None or start >= end:
            return None
        conf = self.char_confidence[start:end]
        conf = conf[~np.isnan(conf)]
        return float(conf.min()) if len(conf) else None

    def bbox_of(self, start: int, end: int) -> BBox | None:
        if self.char_boxes is None or start >= end:
            return None
        boxes = self.char_boxes[start:end]
        # Hot (called per character and per line): no boolean masks. Every reader sets a
        # row wholly or leaves it wholly NaN, so fmin/fmax, which skip NaN, give the union.
        if len(boxes) <= 1:
            if not len(boxes):
                return None
            x0, top, x1, bottom = boxes[0].tolist()
            return None if x0 != x0 else (x0, top, x1, bottom)  # NaN != NaN
        # tolist: Python floats at once (cheaper than float() of four numpy scalars).
        low, high = np.fmin.reduce(boxes, axis=0).tolist(), np.fmax.reduce(boxes, axis=0).tolist()
        if low[0] != low[0]:  # NaN
            return None
        return (low[0], low[1], high[2], high[3])

    def boxes_of(self, starts: list[int], ends: list[int]) -> list[BBox | None]:
        """`bbox_of` for many spans at once (the words of a page)."""
        return _span_boxes(self.char_boxes, starts, ends)

    def lines(self) -> list[TextLine]:
        """The text split at line breaks, each line with its span and box (`bbox_of`).

        Every extractor asks for a page's lines, several times: they are computed once
        and kept until `text` or `char_boxes` is replaced (readers rewrite both, e.g. when
        a watermark is dropped; an array edited in place is not noticed: replace it). A
        fresh list each call; its TextLines are shared, so callers must not mutate them.
        """
        text, boxes = self.text, self.char_boxes
        cached = self.__dict__.get("_lines_cache")
        if cached is not None and cached[0] is text and cached[1] is boxes:
            return list(cached[2])
        raws = text.split("\n")
        ends = list(accumulate((len(raw) + 1 for raw in raws), initial=-1))[1:]  # each line's end
        starts = [end - len(raw) for raw, end in zip(raws, ends, strict=True)]
        line_boxes = _span_boxes(boxes, starts, ends)
        out = [TextLine(*line) for line in zip(raws, starts, ends, line_boxes, strict=True)]
        self.__dict__["_lines_cache"] = (text, boxes, out)
        return list(out)

    def __getstate__(self) -> dict[str, object]:
        # The lines cache is rebuilt on demand: never pickled (the reader's child process
        # sends pages to the parent).
        state = dict(self.__dict__)
        state.pop("_lines_cache", None)
        state.pop("_words_cache", None)
        return state


@dataclass
class RawCell:
    """A table cell as printed. Covered parts of a merged cell are not cells of their own:
    the cell that holds the text has `rowspan`/`colspan` > 1."""

    text: str
    row: int
    col: int
    bbox: BBox | None
    rowspan: int = 1
    colspan: int = 1
    # Box of every text line inside the cell, top to bottom: lets a cell of stacked
    # bulleted indicators be paired with the values beside it by vertical position.
    line_boxes: list[tuple[str, BBox]] = field(default_factory=list)
    confidence: float | None = None  # OCR confidence 0..100 when the text came from OCR
    # OCR'd cells: the confidence of each of `line_boxes` (its least sure word), so a value
    # split out of a stacked cell carries its own line's doubt, not its neighbours'.
    line_confidence: list[float | None] = field(default_factory=list)
    # Why the reader doubts the text (lkjip.checks.certainty.INFERRED codes, e.g.
    # "ocr_glyph": a character scans confuse; "ocr_rereads_differ": a second reading of
    # the cell's crop gave other digits). Carried to every Cell read from this one.
    doubts: tuple[str, ...] = ()
    line_doubts: list[tuple[str, ...]] = field(default_factory=list)  # per line of line_boxes

    @property
    def text_bbox(self) -> BBox | None:
        """The box of what is printed in the cell (its text lines), else the cell's ruled box:
        evidence marks the value where it is printed, not the blank of a tall or merged cell."""
        boxes = [b for t, b in self.line_boxes if t.strip()]
        if not boxes:
            return self.bbox
        return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))


@dataclass
class RawTable:
    """A table as found on the page(s): a grid of cells, with where it came from.

    `grid[r][c]` is the cell covering row r, column c (the same object for every
    position a merged cell covers) or None where nothing was printed.
    """

    id: str  # stable within a document: "p17-t1", or "docx-t3"
    page: int | None  # first page (None for DOCX)
    bbox: BBox | None
    grid: list[list[RawCell | None]]
    pages: list[int] = field(default_factory=list)  # every page it spans
    row_pages: list[int | None] = field(default_factory=list)  # page of each grid row
    caption: str = ""  # the text just above the table (its title or lead-in sentence)
    engine: str = "pdfplumber"

    @property
    def n_rows(self) -> int:
        return len(self.grid)

    @property
    def n_cols(self) -> int:
        # Asked per row (row_texts) by every interpreter: scanning all rows each time made
        # a table joined over hundreds of pages quadratic. Kept while the grid is the same
        # list with the same number of rows (readers only ever append whole rows).
        key = (id(self.grid), len(self.grid))
        cached = self.__dict__.get("_n_cols")
        if cached is not None and cached[0] == key:
            return cached[1]
        n = max((len(r) for r in self.grid), default=0)
        self.__dict__["_n_cols"] = (key, n)
        return n

    def text(self, row: int, col: int) -> str:
        cell = self.grid[row][col] if col < len(self.grid[row]) else None
        if cell is None:
            return ""
        # Merged text belongs to its first row/column only; covered positions read empty.
        if cell.row != row or cell.col != col:
            return ""
        return cell.text

    def filled_text(self, row: int, col: int) -> str:
        """Text with vertical merges carried down (what a reader means for every row)."""
        cell = self.grid[row][col] if col < len(self.grid[row]) else None
        return cell.text if cell is not None else ""

    def row_texts(self, row: int, filled: bool = False) -> list[str]:
        get = self.filled_text if filled else self.text
        return [get(row, c) for c in range(self.n_cols)]

    def page_of_row(self, row: int) -> int | None:
        if row < len(self.row_pages):
            return self.row_pages[row]
        return self.page


@dataclass
class SourceDocument:
    """A file read into pages and raw tables; nothing judged yet."""

    file: str
    sha256: str
    kind: Literal["pdf", "docx"]
    page_count: int | None
    pages: list[Page]
    tables: list[RawTable]
    warnings: list[str] = field(default_factory=list)  # what a reader could not do (e.g. OCR missing)
