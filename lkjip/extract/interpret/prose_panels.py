"""Prose set in a shaded panel or frame, which the table finder reads as a table.

Some reports print their chapter III narrative inside a coloured box: the grid engines
see its border and return a "table" of one or two columns whose rows are the lines of
the paragraphs ("(11) Kegiatan Pelatihan … dengan", "alokasi anggaran sebesar Rp. …").
Its figures are running text, not table values: a table has cells that hold a number
and nothing else; a panel of prose has none, and most of its rows are lines of words.
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
