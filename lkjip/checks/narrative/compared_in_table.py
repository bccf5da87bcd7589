"""The table pair a sentence comparing an indicator with another region's means.

After a comparison with another level of government ("Realisasi 2022 | Realisasi Daerah":
the regency's Maturitas SPIP "Level 3 (3,157)" beside the province's "Level 3 (3,141)"),
the text states by how much one leads: "Hal ini berarti realisasi indikator kinerja
Maturitas SPIP Pemerintah Kabupaten … lebih unggul 0,13 poin nilai". The two figures
that difference is of are the table's: the row's own realisasi and the compared figure
(IndicatorRow.compared_realisasi, lkjip.extract.interpret.indicators.other_region_columns).

A sentence means such a row when it compares ("lebih unggul", "lebih tinggi", "lebih
rendah" …, not "naik"/"turun", a change over time), names a level of government (the
other side of the comparison), names no target or earlier year (another comparison),
and names one indicator of such a table printed on its page or the two before (three
quarters of the indicator's distinctive words, as LKJ-N004 ties a sentence to an
indicator). The sentence itself is read first, then the two before it ("Pada indikator
“Maturitas SPIP”, … lebih unggul … . Bahwa realisasi …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lkjip.checks.indicators.common import distinctive_words
from lkjip.numbers import NumberStyle, decimals_printed, find_numbers
from lkjip.records import Extraction, IndicatorRow, Quantity

# "lebih unggul", "lebih tinggi dari …", "lebih rendah": one side leads the other.
COMPARATIVE = re.compile(r"\blebih\s+(?:unggul|tinggi|besar|baik|rendah|kecil)\b", re.I)
# The other side of the comparison: a level of government, or "the level above".
_LEVEL = re.compile(r"\b(?:nasional|provinsi|kabupaten|kota|daerah|pusat|regional|pemda|di\s+atasnya|"
                    r"level\s+(?:di\s+)?atas)\b", re.I)
# A difference from the target or from an earlier year is another comparison.
_OTHER_COMPARISON = re.compile(r"\btarget\b|\btahun\s+(?:lalu|sebelumnya)\b|\b(?:19|20)\d{2}\b", re.I)
_PAGES_BEFORE = 2  # the table is printed "di atas": on the sentence's page or up to two before
_NAMED = 0.75  # share of an indicator's distinctive words that names it
_STEM = 5  # a word is found by its first letters ("maturitas"/"maturitasnya")


@dataclass(frozen=True)
class ComparedPair:
    """An indicator's own realisasi and the figure it is compared with, as one table prints them."""

    row: IndicatorRow
    own: Quantity
    other: Quantity

    @property
    def difference(self) -> float:
        return abs(float(self.own.value or 0) - float(self.other.value or 0))


def _named(words: list[str], window: str) -> bool:
    return bool(words) and sum(1 for w in words if re.search(rf"\b{re.escape(w[:_STEM])}", window)) \
        >= _NAMED * len(words)


def _pairs(doc: Extraction, page: int) -> list[ComparedPair]:
    out: list[ComparedPair] = []
    for row in doc.indicators:
        own, other = row.realisasi, row.compared_realisasi
        if own is None or other is None or own.value is None or other.value is None or row.page is None:
            continue
        if page - _PAGES_BEFORE <= row.page <= page:
            out.append(ComparedPair(row, own, other))
    return out


def compared_pair(doc: Extraction, windows: list[str], page: int) -> ComparedPair | None:
    """The one compared pair the sentence (`windows[0]`, then the sentences before it)
    means, or None: no comparison with another level, or no single indicator named."""
    sentence = windows[0]
    if COMPARATIVE.search(sentence) is None or _OTHER_COMPARISON.search(sentence):
        return None
    pairs = _pairs(doc, page)
    if not pairs or not any(_LEVEL.search(w) for w in windows):
        return None
    for window in windows:
        low = window.lower()
        named = {id(p.row): p for p in pairs if _named(distinctive_words(p.row.indikator), low)}
        names = {p.row.indikator.lower() for p in named.values()}
        if len(names) > 1:
            return None  # several indicators: which one the difference is of is unclear
        if named:
            return max(named.values(), key=lambda p: p.row.page or 0)  # the table nearest the text
    return None


def figure_of(q: Quantity, style: NumberStyle | None) -> str:
    """The figure a cell prints for its value ("Level 3\\n(3,157)" → "3,157"), or its text."""
    value = float(q.value or 0)
    same = [n.text for n in find_numbers(q.text, style) if abs(float(n.value) - value) <= 1e-9]
    # "Level 3 (3,00)": the score in brackets, printed to more decimals than the level.
    return max(same, key=decimals_printed) if same else " ".join(q.text.split())


def decimals_of(q: Quantity, style: NumberStyle | None) -> int:
    return decimals_printed(figure_of(q, style))
