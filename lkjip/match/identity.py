"""Is "Jumlah Penyediaan Bahan Bacaan Aparatur" the same indicator as "- Jumlah
Penyediaan bahan bacaan bagi aparatur"? Yes. Is "Jumlah Kalender Meja" the same as
"Jumlah Kalender Dinding"? No.

Names are normalized (case, bullets, punctuation, glued prepositions "dimedia", filler
words "bagi/yang/dan", common abbreviations), then compared word by word: every word
one name has and the other lacks must be a one-letter slip of a word the other has
("terlayannya"/"terlayaninya"). A single meaningful word of difference keeps two
indicators apart, because a wrong match would invent a contradiction between two
different indicators, which is worse than missing one.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

# Words that carry no identity: prepositions and fillers agencies add or drop freely.
_FILLER = frozenset({
    "bagi", "yang", "dan", "dalam", "pada", "untuk", "serta", "oleh", "dengan", "ke", "dari",
    "atas", "terhadap", "para", "se", "tahun", "th", "thn",
})  # fmt: skip
_ABBREVIATIONS = {
    "prov": "provinsi", "kab": "kabupaten", "kec": "kecamatan", "pemprov": "pemerintah provinsi",
    "pemkab": "pemerintah kabupaten", "pemkot": "pemerintah kota", "jml": "jumlah",
    "prosentase": "persentase", "presentase": "persentase", "persen": "persentase", "%": "persentase",
}
_BULLET = re.compile(r"^\s*(?:[-–—•·▪●*]\s*|\(?[a-zA-Z]\)\s+|[a-z]\.\s+|\(?\d{1,2}[.)]\s+)")
_GLUED_DI = re.compile(r"\bdi\s+(?=[a-z])")  # "di media" and "dimedia" both become "dimedia"
_TOKEN = re.compile(r"[a-z0-9%]+")
_MIN_TYPO_LENGTH = 5


@lru_cache(maxsize=8192)
def indicator_tokens(name: str) -> tuple[str, ...]:
    text = _BULLET.sub("", name.lower(), count=1)
    text = _GLUED_DI.sub("di", text)
    tokens: list[str] = []
    for tok in _TOKEN.findall(text):
        for word in _ABBREVIATIONS.get(tok, tok).split():
            if word not in _FILLER:
                tokens.append(word)
    return tuple(tokens)


def indicator_key(name: str) -> str:
    """A normalized name: equal keys always mean the same indicator."""
    return " ".join(indicator_tokens(name))


def _is_slip(a: str, b: str) -> bool:
    if a.isdigit() or b.isdigit():
        return False  # "Misi 1" and "Misi 2" are different
    if min(len(a), len(b)) < _MIN_TYPO_LENGTH:
        return False
    return Levenshtein.distance(a, b) <= 1


def same_indicator(a: str, b: str) -> bool:
    """True when two printed names denote one indicator (see the module doc)."""
    ta, tb = indicator_tokens(a), indicator_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    only_a = list((Counter(ta) - Counter(tb)).elements())
    only_b = list((Counter(tb) - Counter(ta)).elements())
    if len(only_a) != len(only_b) or len(only_a) > max(1, len(ta) // 6):
        return False
    unmatched = list(only_b)
    for word in only_a:
        slip = next((w for w in unmatched if _is_slip(word, w)), None)
        if slip is None:
            return False
        unmatched.remove(slip)
    return True


def group_indicators(names: list[str]) -> list[int]:
    """A group number for each name: names of one group are the same indicator.

    Groups are joined only through direct matches of exact keys or slips, so A~B and B~C
    with A and C different words cannot chain (each name joins the first group whose
    first member it matches).
    """
    groups: list[int] = []
    leaders: list[str] = []
    by_key: dict[str, int] = {}
    for name in names:
        key = indicator_key(name)
        if key in by_key:
            groups.append(by_key[key])
            continue
        found = next((g for g, leader in enumerate(leaders) if same_indicator(name, leader)), None)
        if found is None:
            found = len(leaders)
            leaders.append(name)
        by_key[key] = found
        groups.append(found)
    return groups
