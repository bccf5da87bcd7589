"""When a finding rests on a value that was not read with certainty.

One home for the doubt every rule applies: a value read by OCR below a confidence, or a
number whose separators left its value open.

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
from typing import TYPE_CHECKING

from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.wording import page_ref
from lkjip.records import Cell

if TYPE_CHECKING:
    from lkjip.checks.rule import Rule

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
    parts = ", ".join(f"'{c.text}'" + (f" ({page_ref(c.page, lang)})" if c.page is not None else "")
                      + f" {c.confidence:.0f}%" for c in weak)
    if lang == "en":
        return f" Read by OCR with low confidence: {parts}; check the page image before relying on it."
    return f" Dibaca dengan OCR berkeyakinan rendah: {parts}; periksa gambar halamannya sebelum mengandalkannya."

def doubtful(*cells: Cell | None) -> bool:
    """A value read by OCR below confidence, or whose separators left its value open."""
    return is_doubtful(cells) or any(c is not None and c.ambiguous for c in cells)


def doubt(lang: str, *cells: Cell | None) -> str:
    """The sentence that says why a finding is only a warning ('' when it is not doubtful)."""
    note = doubt_note(cells, lang)
    loose = [c.text for c in cells if c is not None and c.ambiguous]
    if loose:
        quoted = ", ".join(f"'{t}'" for t in loose)
        note += (f" {quoted} can be read with either thousands separator; the document's style decided."
                 if lang == "en" else
                 f" {quoted} dapat dibaca dengan dua cara pemisah ribuan; gaya dokumen yang menentukan.")
    return note


def flag(rule: Rule, en: str, idn: str, ev: list[Evidence], cells: list[Cell | None] | None = None) -> Finding:
    """A finding of `rule`, a warning with the reason when a value it rests on is doubtful."""
    basis = cells if cells is not None else [e.cell for e in ev]
    return rule.finding(en + doubt("en", *basis), idn + doubt("id", *basis), ev,
                        doubtful=doubtful(*basis))
