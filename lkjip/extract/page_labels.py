"""The page numbers a report prints on its own pages ("14", "v", "I-5"), per PDF page.

An auditor looks for "halaman 14" in the printed report, not for the PDF's 16th page: covers,
forewords numbered in roman and chapters numbered on their own ("II-3") make the two differ.
A label is read from the page's header or footer band: a short token at the start or end of
a line there ("Laporan Kinerja 2022      15", "- 15 -", "Hal. 15", "15 | LKjIP", "I- 5").

A number in a header is not necessarily a page number (a year, a chapter number, a table's
row): a label is only believed when a nearby page carries the label the sequence predicts
(same prefix, number one step per page, at least three pages in the run). Pages with no believed label get none; reports then
fall back to the PDF page and say so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lkjip.extract.source import Page

MARGIN = 0.12  # header/footer band: this share of the page height at the top and the bottom
NEIGHBOURHOOD = 6  # a label needs a confirming page at most this many pages away
MIN_RUN = 3  # … and a run of at least this many pages (two list items can line up by chance)
_EDGE_LINES = 2
# A number that reads as a year needs a long run of pages to count as a page number.
_YEARS = (1945, 2100)
MIN_YEARLIKE_RUN = 5  # pages without boxes: the first and last lines stand for the bands

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_ROMAN = re.compile(r"^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", re.IGNORECASE)
# A label token, its decorations stripped: "15", "v", "I-5", "II.3", "A-2".
_LABEL = re.compile(r"^(?:(?P<prefix>[IVX]{1,4}|[A-Z])\s*[-–.]\s*)?(?P<num>\d{1,4}|[ivxlcIVXLC]{1,7})$")
_WORDS = re.compile(r"^(?:hal(?:aman)?|hlm|page)\.?\s*", re.IGNORECASE)
_OF = re.compile(r"\s+(?:dari|of)\s+\d{1,4}$", re.IGNORECASE)
_DECOR = " \t-–—.|│()[]:·•"
_SPLIT = re.compile(r"\s{2,}|\s*[|│]\s*")
_LIST_MARKER = re.compile(r"^(?:\d{1,3}|[a-z])[.)]$")


@dataclass(frozen=True)
class _Candidate:
    page: int
    label: str  # as printed, tidied ("I-5")
    prefix: str
    number: int  # the numeric value of the counting part (roman converted)
    roman: bool


def roman_value(text: str) -> int | None:
    """"xiv" → 14; None when the text is not a roman numeral."""
    if not text or not _ROMAN.match(text):
        return None
    values = [_ROMAN_VALUES[ch] for ch in text.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _token_label(token: str, page: int) -> _Candidate | None:
    if _LIST_MARKER.match(token.strip()):
        return None  # "5)", "6.": an item of a numbered list running across the page break
    token = _OF.sub("", _WORDS.sub("", token.strip(_DECOR))).strip(_DECOR)
    m = _LABEL.match(token)
    if not m:
        return None
    prefix, num = (m.group("prefix") or "").upper(), m.group("num")
    if num.isdigit():
        return _Candidate(page, f"{prefix}-{int(num)}" if prefix else str(int(num)), prefix, int(num), False)
    value = roman_value(num)
    if value is None or prefix:
        return None
    return _Candidate(page, num, "", value, True)


def _band_lines(page: Page) -> list[str]:
    lines = [line for line in page.lines() if line.text.strip()]
    if not lines:
        return []
    boxed = [line for line in lines if line.bbox is not None]
    if not boxed or page.height <= 0:
        return [line.text for line in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]]
    top, bottom = page.height * MARGIN, page.height * (1 - MARGIN)
    return [line.text for line in boxed if line.bbox[3] <= top or line.bbox[1] >= bottom]


def _candidates(page: Page) -> list[_Candidate]:
    out: list[_Candidate] = []
    for text in _band_lines(page):
        text = text.strip()
        parts = [p for p in _SPLIT.split(text) if p.strip(_DECOR)]
        # The whole line ("- 15 -", "Hal. 15"), else its first and last column.
        tokens = [text] + ([parts[0], parts[-1]] if len(parts) > 1 else [])
        words = text.split()
        if len(words) > 1:  # "Dinas Kesehatan Provinsi 8", "… Tahun 2016 II - 1": single spaces
            tokens += [" ".join(words[:3]), " ".join(words[-3:]), " ".join(words[:2]), " ".join(words[-2:]),
                       words[0], words[-1]]
        found: list[_Candidate] = []
        for token in tokens:
            cand = _token_label(token, page.number)
            if cand is None or cand in found:
                continue
            # "II - 1" read whole wins over the bare "1" at its end.
            if not cand.prefix and any(c.prefix and c.number == cand.number for c in found):
                continue
            found.append(cand)
        out += [c for c in found if c not in out]
    return out


def printed_page_labels(pages: Sequence[Page]) -> dict[int, str]:
    """PDF page number (1-based) → the page number printed on that page, where believed."""
    found = {page.number: _candidates(page) for page in pages if page.number > 0}
    by_key: dict[tuple[str, bool, int], list[int]] = {}
    for number, cands in found.items():
        for c in cands:
            by_key.setdefault((c.prefix, c.roman, c.number - number), []).append(number)
    labels: dict[int, str] = {}
    for number, cands in found.items():
        best: tuple[int, _Candidate] | None = None
        for c in cands:
            # Believed when another page nearby continues the same sequence; of several
            # believed readings the longest sequence wins (a year under "REALISASI" may
            # happen to continue a running header's year for one page, page numbers run on).
            others = by_key[(c.prefix, c.roman, c.number - number)]
            if len(others) < MIN_RUN or not any(o != number and abs(o - number) <= NEIGHBOURHOOD
                                                for o in others):
                continue
            if _YEARS[0] <= c.number <= _YEARS[1] and len(others) < MIN_YEARLIKE_RUN:
                continue
            if best is None or len(others) > best[0]:
                best = (len(others), c)
        if best is not None:
            labels[number] = best[1].label
    return labels
