"""Is "Jumlah Penyediaan Bahan Bacaan Aparatur" the same indicator as "- Jumlah
Penyediaan bahan bacaan bagi aparatur"? Yes. Is "Jumlah Kalender Meja" the same as
"Jumlah Kalender Dinding"? No.

Names are normalized (case, bullets, outline numbers "1.1." or a bare row number "1 ",
punctuation, glued prepositions "dimedia", filler words "bagi/yang/dan", common
abbreviations), then compared word by word (or with the spaces gone, for a word
hyphenated at a line end, "masya-rakat"): every word one name has and the other lacks
must be a one-letter slip of a word the other has ("terlayannya"/"terlayaninya"). A single meaningful word of difference keeps two
indicators apart, because a wrong match would invent a contradiction between two
different indicators, which is worse than missing one.

`part_of` is looser (a unit in parentheses on one side, a name cut short or with a stray
word) and only excuses an absence (LKJ-K005); it never pairs values.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

# Words that carry no identity: prepositions and fillers agencies add or drop freely. "atau"
# joins the same two things "dan" does ("Pemilu atau Pemilukada" / "Pemilu dan Pemilukada").
_FILLER = frozenset({
    "bagi", "yang", "dan", "atau", "dalam", "pada", "untuk", "serta", "oleh", "dengan", "ke", "dari",
    "atas", "terhadap", "para", "se", "tahun", "th", "thn",
})  # fmt: skip
_ABBREVIATIONS = {
    "prov": "provinsi", "kab": "kabupaten", "kec": "kecamatan", "pemprov": "pemerintah provinsi",
    "pemkab": "pemerintah kabupaten", "pemkot": "pemerintah kota", "jml": "jumlah",
    "prosentase": "persentase", "presentase": "persentase", "prosentasi": "persentase",
    "persentasi": "persentase", "persen": "persentase", "%": "persentase",
}
_BULLET = re.compile(r"^\s*(?:[-–—•·▪●*]\s*|\(?[a-zA-Z]\)\s+|[a-z]\.\s+|\(?\d{1,2}[.)]\s+)")
# "1.1. ", "6.8 ", or a bare row number "1 " printed in the name's cell (Dinkes Jabar 2016
# p. 110): an outline number, not part of the name. A number glued to a unit ("100%") or
# followed by a digit is kept.
_OUTLINE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[^\W\d_])")
# A trailing "(%)", "(unit usaha)", "(Tingkat Penyusutan Lahan)": a unit or gloss one table
# prints after the name and another leaves out (excused by `part_of` only).
_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)[\s.,;:]*$")
_GLUED_DI = re.compile(r"\bdi\s+(?=[a-z])")  # "di media" and "dimedia" both become "dimedia"
_TOKEN = re.compile(r"[a-z0-9%]+")
_MIN_TYPO_LENGTH = 5


@lru_cache(maxsize=8192)
def indicator_tokens(name: str) -> tuple[str, ...]:
    text = _BULLET.sub("", name.lower(), count=1)
    text = _OUTLINE.sub("", text, count=1)
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


def _without_trailing_parens(name: str) -> list[str]:
    """The name, then the name without its last, last two … trailing parentheses."""
    out = [name]
    while True:
        shorter = _TRAILING_PAREN.sub("", out[-1], count=1)
        if shorter == out[-1] or not shorter.strip():
            return out
        out.append(shorter)


def _same_tokens(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    # "masya-rakat" against "masyarakat": a word hyphenated at a line end in one cell.
    return ta == tb or "".join(ta) == "".join(tb)


def same_indicator(a: str, b: str) -> bool:
    """True when two printed names denote one indicator (see the module doc)."""
    ta, tb = indicator_tokens(a), indicator_tokens(b)
    if not ta or not tb:
        return False
    if _same_tokens(ta, tb):
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
    from lkjip.match.name_index import SameIndicatorIndex

    groups: list[int] = []
    leaders = SameIndicatorIndex()  # the leaders a name could match, not all of them (n, not n²)
    by_key: dict[str, int] = {}
    for name in names:
        key = indicator_key(name)
        if key in by_key:
            groups.append(by_key[key])
            continue
        found = leaders.first_match(name)
        if found is None:
            found = leaders.add(name)
        by_key[key] = found
        groups.append(found)
    return groups


def part_of(a: str, b: str) -> bool:
    """True when name `a` may be name `b`, or a piece of it as a table cut it. Looser than
    `same_indicator` and meant only to excuse an absence, never to pair values: `a` (at
    least three words) is a run of `b`'s words ("Tingkat konsistensi pelaksanaan" of "…
    pelaksanaan pembangunan terhadap rencana pembangunan", a cell cut at a page or row
    break, or "benih unggul komoditas strategis", its second line read alone), or the two
    differ by one stray word from a neighbouring cell and share at least four.
    """
    if same_indicator(a, b):
        return True
    # A trailing "(%)" or "(unit usaha)" printed on one side only. Not in `same_indicator`:
    # a budget table misread as Pengukuran prints "Jumlah pasar … (unit)" beside rupiah, and
    # pairing its values would invent contradictions. Two different glosses ("(TV lokal)",
    # "(TV nasional)") stay apart because only one side is ever shortened.
    for x, y in ((a, b), (b, a)):
        ty = indicator_tokens(y)
        if any(_same_tokens(indicator_tokens(v), ty) for v in _without_trailing_parens(x)[1:]):
            return True
    ta, tb = indicator_tokens(a), indicator_tokens(b)
    n = len(ta)
    if n >= 3 and any(tb[i:i + n] == ta for i in range(len(tb) - n + 1)):
        return True
    short, long_ = sorted((ta, tb), key=len)
    if len(long_) - len(short) == 1 and len(short) >= 4:
        return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
    return False


def may_be_cut_form(a: str, b: str) -> bool:
    """`part_of` either way: one name may be the other, or a piece of it."""
    return part_of(a, b) or part_of(b, a)
