"""One indicator whose name the two tables spell differently by a typing slip in one word.

"Indeks ketentraman dan ketertiban masyarakat" in the Perjanjian Kinerja and "… ketertiban
masyakarakat" in the Pengukuran Kinerja are one indicator: reporting it as dropped from
one table and added to the other tells the auditor two wrong things. The names pair when
every word is the same but one, and that one is a slip of the other: the same first
letter, one edit apart (an insertion, deletion, substitution or swapped neighbours) when
both have six letters or more, two edits when both have eight or more ("dilatih" and
"dilantik" are two words, not a slip). Numbers must agree exactly ("Tahun 2019" and "Tahun
2018" are two indicators), and the pairing must be unique on both sides.
"""

from __future__ import annotations

from collections import defaultdict

from lkjip.match.names import name_key
from lkjip.numbers.units import edit_distance
from lkjip.records import IndicatorRow

# (shortest word, edits allowed): a longer word can take more slips and stay unmistakable.
SLIPS = ((8, 2), (6, 1))


def slipped_word(a: str, b: str) -> tuple[str, str] | None:
    """The one word in which two names differ by a typing slip, or None."""
    wa, wb = name_key(a).split(), name_key(b).split()
    if len(wa) != len(wb) or len(wa) < 3:
        return None
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(diff) != 1:
        return None
    x, y = diff[0]
    if not (x.isalpha() and y.isalpha()) or x[0] != y[0]:
        return None
    shortest = min(len(x), len(y))
    allowed = next((edits for letters, edits in SLIPS if shortest >= letters), 0)
    return (x, y) if allowed and edit_distance(x, y) <= allowed else None


def misspelt_pairs(left: list[IndicatorRow], right: list[IndicatorRow]) -> list[tuple[IndicatorRow, IndicatorRow]]:
    """Rows of `left` and `right` that name one indicator but for a slip in one word, each
    row in at most one pair and only where its counterpart is the only candidate."""
    found: dict[int, list[int]] = defaultdict(list)
    back: dict[int, list[int]] = defaultdict(list)
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            if slipped_word(a.indikator, b.indikator) is not None:
                found[i].append(j)
                back[j].append(i)
    return [(left[i], right[js[0]]) for i, js in found.items() if len(js) == 1 and len(back[js[0]]) == 1]
