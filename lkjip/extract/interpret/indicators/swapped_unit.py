"""A target and its unit typed into each other's cells: "Satuan | Target" printing
"649 | LHM/E". The Satuan column holds a bare number and the Target column a word
without a digit, so the number is the target and the word its unit. The swap is the
reader's inference, not the page's, so the target cell says so (`UNIT_SWAPPED`): no
error may rest on it."""

from __future__ import annotations

import re

# Cell.inferred code (lkjip.checks.certainty.INFERRED).
UNIT_SWAPPED = "unit_value_swapped"

_BARE_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
# A unit: one or two short words ("LHP", "LHM/E", "Dok.", "orang"), no digit.
_WORD = r"[^\W\d_](?:[^\W\d_]|[./-]){0,11}"
_UNIT = re.compile(rf"{_WORD}(?:\s+{_WORD})?")


def swapped(unit_text: str | None, target_text: str | None) -> bool:
    """Whether the Satuan cell's text is the target and the Target cell's its unit."""
    if not unit_text or not target_text:
        return False
    return bool(_BARE_NUMBER.fullmatch(" ".join(unit_text.split()))) and \
        bool(_UNIT.fullmatch(" ".join(target_text.split())))
