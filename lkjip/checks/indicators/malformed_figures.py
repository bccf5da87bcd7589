"""A figure printed with malformed digit groups in one table and well formed in another:
"464.71,75" (a thousands group of two digits) where the other tables print "464.971,75".

The malformed numeral has no value, so a comparison of values passes it by; yet it is a
misprint a reader has to resolve. It is set beside the well-formed figure of the same
indicator and year when its digits are that figure's but for a digit or two (a dropped,
doubled or swapped digit): then it is the same figure mistyped. Digits equal to the
other's (only a separator slipped) are the same number and are left alone; digits far
from it may be another measure, and are left alone too.

The malformed cell is marked `malformed_numeral`, so a finding on it is a warning that
says what to verify, never an error.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz.distance import Levenshtein

from lkjip.records import Cell

MALFORMED_NUMERAL = "malformed_numeral"
# Digits in groups joined by '.' or ',', at least two marks, and maybe a unit word after.
_NUMERAL = re.compile(r"^\s*(\d{1,3}(?:[.,]\d+){2,})\s*(?:[A-Za-z%][A-Za-z%. ]*)?$")
_MAX_DIGIT_SLIPS = 2
_MIN_DIGITS = 4  # "1.2,3" is too short to tell a misprint from another number


def malformed_digits(text: str, value: float | None) -> str | None:
    """The digits of a cell that prints one numeral whose groups could not be read
    ("464.71,75" -> "4647175"); None for a read value or for other text."""
    if value is not None:
        return None
    m = _NUMERAL.match(" ".join(text.split()))
    if m is None:
        return None
    digits = re.sub(r"\D", "", m.group(1))
    return digits if len(digits) >= _MIN_DIGITS else None


def misprint_of(malformed: str, printed: str) -> bool:
    """Whether malformed digits are the well-formed `printed` figure's but for a digit or two."""
    first = re.search(r"\d[\d.,]*", printed)  # the figure, not a note's number after it
    digits = re.sub(r"\D", "", first.group()) if first else ""
    if len(digits) < _MIN_DIGITS or digits == malformed or digits[0] != malformed[0]:
        return False
    return Levenshtein.distance(digits, malformed) <= _MAX_DIGIT_SLIPS


def marked(cell: Cell) -> Cell:
    """The cell, its value marked unread (a malformed numeral)."""
    if MALFORMED_NUMERAL in cell.inferred:
        return cell
    return replace(cell, inferred=(*cell.inferred, MALFORMED_NUMERAL))
