"""When a finding rests on a doubtful OCR reading: one threshold for every rule.

A rule that compares values calls `is_doubtful(cells)` on the Cells its evidence
comes from and passes the result to `Rule.finding(..., doubtful=...)`, which turns an
error into a warning; `doubt_note(cells, lang)` is the sentence to append to the
message so the reader knows why ("… read by OCR with 54% confidence: check the page").

Threshold: Tesseract's word confidence (0..100) below 80 means a wrong character is
likely. On the OCR'd seed (200 dpi, `ind`), amounts read right come at 88-96; the
same amounts from a skewed or faint scan drop into the 40-70s when a digit is
misread. A value from a text layer has no confidence (None) and is never doubtful.
"""

from __future__ import annotations

from collections.abc import Iterable

from lkjip.records import Cell

DOUBTFUL_BELOW = 80.0


def doubtful_cells(cells: Iterable[Cell | None], threshold: float = DOUBTFUL_BELOW) -> list[Cell]:
    """The cells read by OCR with a confidence under the threshold."""
    return [c for c in cells if c is not None and c.confidence is not None and c.confidence < threshold]


def is_doubtful(cells: Iterable[Cell | None], threshold: float = DOUBTFUL_BELOW) -> bool:
    """True when any value the finding rests on was read by OCR below `threshold`."""
    return bool(doubtful_cells(cells, threshold))


def doubt_note(cells: Iterable[Cell | None], lang: str, threshold: float = DOUBTFUL_BELOW) -> str:
    """A sentence naming the doubtful readings, to append to a finding's message ('' if none)."""
    weak = doubtful_cells(cells, threshold)
    if not weak:
        return ""
    parts = ", ".join(f"'{c.text}'" + (f" (p. {c.page})" if c.page is not None and lang == "en" else
                                       f" (hlm. {c.page})" if c.page is not None else "")
                      + f" {c.confidence:.0f}%" for c in weak)
    if lang == "en":
        return f" Read by OCR with low confidence: {parts}; check the page image before relying on it."
    return f" Dibaca dengan OCR berkeyakinan rendah: {parts}; periksa gambar halamannya sebelum mengandalkannya."
