"""A page as words on lines: what a person sees of a form whose grid the engines lose.

Realisation forms (RFK, Evaluasi Hasil Renja) print tall cells whose name wraps over
several lines while the amounts sit at another height, text boxes drawn as rectangles,
or a body with no row rules at all; the lattice engine then stacks many rows in one cell
or finds only the header. The text layer still says where every word is: this module
cuts the page's lines into words (at spaces and at gaps wider than a space, so two cells
printed without a space stay two words) and groups words of one height into physical
lines, top to bottom.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lkjip.extract.source import Page

# A gap between two characters this many times their height splits a word (two cells).
_GAP_SHARE = 0.6
# Words whose vertical centres are this close (share of their height) print one line.
_SAME_LINE_SHARE = 0.45


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


@dataclass
class WordLine:
    """Words at one height, left to right."""

    words: list[Word]

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def cy(self) -> float:
        return sum(w.cy for w in self.words) / len(self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def page_words(page: Page) -> list[Word]:
    """Every word of the page with its box (characters without a box are dropped).

    Kept on the page until its text or boxes are replaced, like `Page.lines`: a numbered
    form's page is split into words by the test for its numbering row and again to read it.
    A fresh list each call; its Words are shared, so callers must not mutate them."""
    if page.char_boxes is None or not page.text:
        return []
    cached = page.__dict__.get("_words_cache")
    if cached is not None and cached[0] is page.text and cached[1] is page.char_boxes:
        return list(cached[2])
    out = _split_words(page)
    page.__dict__["_words_cache"] = (page.text, page.char_boxes, out)
    return list(out)


def _split_words(page: Page) -> list[Word]:
    boxes = page.char_boxes
    assert boxes is not None
    text = page.text
    out: list[Word] = []
    for line in page.lines():
        if not line.text.strip():
            continue
        seg = boxes[line.start:line.end]
        heights = seg[:, 3] - seg[:, 1]
        # The line's letter height: a dot's own box is too short to measure a gap by.
        size = float(np.nanmax(heights)) if len(heights) and not np.all(np.isnan(heights)) else 1.0
        limit = _GAP_SHARE * max(size, 1.0)
        start: int | None = None
        for i, ch in enumerate(line.text):
            box = seg[i] if i < len(seg) else None
            blank = ch.isspace() or box is None or np.isnan(box[0])
            if start is not None and not blank:
                prev = seg[i - 1]
                gap = float(box[0] - prev[2])  # type: ignore[index]
                if gap > limit:
                    out.append(_word(text, seg, line.start, start, i))
                    start = None
            if blank:
                if start is not None:
                    out.append(_word(text, seg, line.start, start, i))
                    start = None
            elif start is None:
                start = i
        if start is not None:
            out.append(_word(text, seg, line.start, start, len(line.text)))
    return out


def _word(text: str, seg: np.ndarray, offset: int, start: int, end: int) -> Word:
    part = seg[start:end]  # a word's characters all have boxes (blanks end words)
    low, high = part.min(axis=0).tolist(), part.max(axis=0).tolist()
    return Word(text[offset + start:offset + end], low[0], low[1], high[2], high[3])


def word_lines(words: list[Word]) -> list[WordLine]:
    """Words grouped into physical lines by their vertical centres, top to bottom."""
    lines: list[WordLine] = []
    for word in sorted(words, key=lambda w: (w.cy, w.x0)):
        last = lines[-1] if lines else None
        # Glyph boxes: "j" reaches lower than "I"; words whose boxes mostly overlap in
        # height print on one line.
        overlap = min(word.bottom, last.words[-1].bottom) - max(word.top, last.words[-1].top) if last else 0.0
        # A dash's box is a sliver: it belongs to the line whose height its centre lies in.
        if last is not None and (abs(word.cy - last.cy) <= _SAME_LINE_SHARE * word.height
                                 or overlap >= 0.6 * min(word.height, last.words[-1].height)
                                 or (word.height <= 1.0 and last.top <= word.cy <= last.bottom)):
            last.words.append(word)
        else:
            lines.append(WordLine([word]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    return lines
