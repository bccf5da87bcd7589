"""Prose set in a shaded panel or frame, which the table finder reads as a table.

Some reports print their chapter III narrative inside a coloured box: the grid engines
see its border and return a "table" of one or two columns whose rows are the lines of
the paragraphs ("(11) Kegiatan Pelatihan … dengan", "alokasi anggaran sebesar Rp. …").
Its figures are running text, not table values: a table has cells that hold a number
and nothing else; a panel of prose has none, and most of its rows are lines of words.

An outlined budget narrative ("A. Belanja Langsung (APBD) sebesar Rp …", "B. …" hanging
from letters in the margin) is read by the column finder as a table of two columns: the
outline letters, and beside them whole paragraphs. It is prose too: every cell is either
a column of outline marks or a paragraph of many lines written in sentences.
"""

from __future__ import annotations

import re

from lkjip.extract.source import RawTable

# A cell that is one number (an amount, a percentage, a count): what tables are made of.
_NUMBER_CELL = re.compile(r"^\s*(?:Rp\.?\s*)?[-+(]?\d[\d.,]*\)?\s*%?\s*(?:,-)?\s*$", re.I)
# A list marker or a year alone in a cell is no table value.
_MARKER_CELL = re.compile(r"^\s*(?:\(?\d{1,2}[.)]?|(?:19|20)\d{2})\s*$")
_MIN_WORDS = 3
_PROSE_SHARE = 0.6
_MIN_ROWS = 6
_LOWER_SHARE = 0.5
# A cell of outline marks only: "A.", "B.\nC.", "d.\ne.", "2)".
_OUTLINE_MARKS = re.compile(r"^(?:\s*\(?(?:[A-Za-z]|\d{1,2}|[ivxIVX]{1,4})[.)]\s*)+$")
# A paragraph: this many lines, with this many words in lower case (the sentences'
# "sebesar", "dengan", "yang" between title-cased program names).
_PARAGRAPH_LINES = 5
_PARAGRAPH_LOWER = 10


def is_prose_panel(table: RawTable) -> bool:
    """No cell holds a number alone; most rows hold one printed line of words (a wrapped
    table cell holds several); most of the words are lower case, as in sentences."""
    lines = rows = words = lower = 0
    for row in table.grid:
        texts = list(dict.fromkeys(c.text.strip() for c in row if c is not None and c.text and c.text.strip()))
        if not texts:
            continue
        rows += 1
        for text in texts:
            if _NUMBER_CELL.match(text) and not _MARKER_CELL.match(text):
                return False
        line = max(texts, key=len)
        if "\n" not in line and len(line.split()) >= _MIN_WORDS:
            lines += 1
        words += len(line.split())
        lower += sum(1 for w in line.split() if w[:1].islower())
    return rows >= _MIN_ROWS and lines >= _PROSE_SHARE * rows and lower >= _LOWER_SHARE * words


def is_outline_prose(table: RawTable) -> bool:
    """Every cell is outline marks or a paragraph (many lines, sentences' lower-case words
    among them), no cell a number alone, and some cell a paragraph."""
    paragraphs = 0
    for row in table.grid:
        for cell in row:
            text = cell.text.strip() if cell is not None and cell.text else ""
            if not text or _OUTLINE_MARKS.match(text):
                continue
            if _NUMBER_CELL.match(text):
                return False
            lines = [ln for ln in text.split("\n") if ln.strip()]
            words = text.split()
            if len(lines) < _PARAGRAPH_LINES or sum(1 for w in words if w[:1].islower()) < _PARAGRAPH_LOWER:
                return False
            paragraphs += 1
    return paragraphs > 0
