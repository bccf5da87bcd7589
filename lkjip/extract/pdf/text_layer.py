"""Is a page's text layer usable, or must the page be OCR'd?

Three cases: no text at all (a scan), a layer polluted by a watermark that a trial
PDF tool stamped on every page (its lines are removed, the rest kept), and a layer
that is garbage (a bad earlier OCR: '579.tlt4.ggg,sg', 'Transpoftasi'). Garbage is
measured, not guessed from the file: the share of word tokens that no printed text
would contain (letters mixed with digits or stray symbols inside a word, no vowel in
a long word) and the share of the most common Indonesian function words, which any
real paragraph of Bahasa Indonesia is full of. A layer whose fonts map glyphs to no
real characters (`glyph_map`) is garbage too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from lkjip.extract.pdf.glyph_map import garbled_glyphs

# Lines that trial versions of PDF tools stamp on every page (never report content).
WATERMARK_LINE = re.compile(
    r"^\s*(click to buy now!?|pdf-xchange( \d+(\.\d+)*)?( editor| viewer| pro)?|www\.docu-track\.com|"
    r"evaluation (only|warning).*|created (with|by) (a )?(trial|unregistered|demo) version.*|"
    r"unregistered version.*|this document was created by an unregistered.*|"
    r"edited (with|by) (the )?(trial|demo) version.*)\s*$",
    re.IGNORECASE,
)
# Below this many non-space characters a page has no usable text (a scan, a bare
# page number or a stamp only).
MIN_CHARS = 40
# A real text layer has few malformed tokens (a few codes like 'III-11', 'm2');
# a bad OCR layer has many. Measured on the corpus: real pages stay under 0.12.
MAX_MALFORMED_SHARE = 0.25
# Common function words in running Indonesian text: 15-30% of tokens on real pages.
MIN_FUNCTION_WORD_SHARE = 0.04
_MIN_TOKENS_TO_JUDGE = 25
_SAMPLE_TOKENS = 250

FUNCTION_WORDS = frozenset(
    ["yang", "dan", "di", "ke", "dari", "dengan", "untuk", "dalam", "pada", "ini", "itu", "atau", "oleh", "adalah", "tahun", "sebagai", "akan", "telah", "tidak", "serta", "juga", "bagi", "karena", "sehingga", "antara", "secara", "tersebut", "dapat", "kinerja", "program", "kegiatan", "program", "sasaran", "indikator", "target", "realisasi", "anggaran", "jumlah", "provinsi", "kabupaten", "kota", "dinas", "badan", "daerah", "pemerintah", "pelaksanaan", "capaian", "persentase", "rp", "no", "tabel", "bab", "total"]
)

_TOKEN = re.compile(r"\S+")
_EDGE_PUNCT = "\"'()[]{}<>.,;:!?*-–—/|"
_VOWELS = set("aeiouAEIOU")
# Tokens that legitimately mix letters and digits or punctuation.
_LEGIT_MIXED = re.compile(
    r"^(\d+(?:[.,]\d+)*[a-zA-Z%]{0,4}|[a-zA-Z]{1,4}\d{1,4}|[IVXLC]+-\d+|\d+[.,]?[a-zA-Z]\.?|"
    r"[a-zA-Z]+[-/][a-zA-Z]+([-/][a-zA-Z]+)*|Rp\.?\d[\d.,]*-?|[a-zA-Z]\.|[a-zA-Z]+\.[a-zA-Z]+(\.[a-zA-Z]+)*|"
    r"\d+(\.\d+)+|[a-zA-Z]+-\d+|\d+/\d+)$"
)


_NUMERIC = re.compile(r"[\d.,%()/-]+")


@dataclass(frozen=True)
class LayerQuality:
    kind: Literal["ok", "none", "garbage"]
    reason: str
    malformed_share: float = 0.0
    function_word_share: float = 0.0


def strip_watermark_lines(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without watermark lines, and the (start, end) spans removed."""
    removed: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if WATERMARK_LINE.match(line):
            removed.append((pos, min(end + 1, len(text))))
        pos = end + 1
    if not removed:
        return text, removed
    keep: list[str] = []
    last = 0
    for s, e in removed:
        keep.append(text[last:s])
        last = e
    keep.append(text[last:])
    return "".join(keep), removed


def _malformed(token: str) -> bool:
    return _malformed_word(token.strip(_EDGE_PUNCT))


def _malformed_word(word: str) -> bool:
    """`word`: a token without its edge punctuation."""
    if len(word) < 3:
        return False
    if word.isalpha():
        # Most words (hot: every page is assessed). Letters only: no legit-mixed pattern
        # fits (each needs a digit, '.', '-' or '/'), so only the vowel test can flag it.
        return len(word) >= 5 and _VOWELS.isdisjoint(word) and not word.isupper()
    return _malformed_mixed(word)


def _malformed_mixed(word: str) -> bool:
    """The full test, for any word of 3 characters or more."""
    if _LEGIT_MIXED.match(word):
        return False
    letters = sum(ch.isalpha() for ch in word)
    digits = sum(ch.isdigit() for ch in word)
    others = len(word) - letters - digits
    if letters and digits:
        return True
    if others and letters and any(ch in "|{}@$#^~\\_=+<>?!;" for ch in word):
        return True
    if letters >= 5 and not any(ch in _VOWELS for ch in word) and not word.isupper():
        return True
    # Digits broken by letters-like symbols: '8zo.164mono', '1@,m'
    return bool(digits and others > 2 and not _NUMERIC.fullmatch(word))


def assess(text: str) -> LayerQuality:
    """Judge a page's text layer (watermark lines already removed or not)."""
    clean, _ = strip_watermark_lines(text)
    # Non-space characters (str.split drops exactly what str.isspace calls space).
    if len("".join(clean.split())) < MIN_CHARS:
        return LayerQuality("none", "no text layer" if not clean.strip() else "almost no text")
    # Fonts without a usable ToUnicode map: the characters are not the print (`glyph_map`).
    garbled = garbled_glyphs(clean)
    if garbled:
        return LayerQuality("garbage", garbled, 1.0)
    tokens = _TOKEN.findall(clean)
    # A sample is enough to judge a page, and keeps this cheap on every page.
    tokens = tokens[:_SAMPLE_TOKENS]
    bare = [t.strip(_EDGE_PUNCT) for t in tokens]
    words = [w for w in bare if len(w) >= 3]
    if len(words) < _MIN_TOKENS_TO_JUDGE:
        return LayerQuality("ok", "too little text to judge")
    malformed = sum(map(_malformed_word, words)) / len(words)
    function = sum(w.lower() in FUNCTION_WORDS for w in bare) / len(tokens)
    if malformed > MAX_MALFORMED_SHARE:
        return LayerQuality("garbage", f"{malformed:.0%} of words are malformed", malformed, function)
    if function < MIN_FUNCTION_WORD_SHARE and malformed > MAX_MALFORMED_SHARE / 2:
        return LayerQuality("garbage", f"{malformed:.0%} malformed words and almost no Indonesian function words",
                            malformed, function)
    return LayerQuality("ok", "usable", malformed, function)
