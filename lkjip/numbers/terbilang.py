"""Indonesian amounts written in words ("terbilang"), read and written.

Reports repeat key amounts in words: "Rp. 19.253.454.000,- (Sembilan belas milyar dua
ratus lima puluh tiga juta empat ratus lima puluh empat ribu rupiah)". The words are
typed separately from the numeral, so they disagree now and then; reading them back to
a number lets a check compare the two. The reader accepts the spellings found in the
wild (milyar/miliar/milyard, triliun/trilyun, "seribu" and "satu ribu", words run
together like "duapuluh") but rejects anything that is not a well-formed number, so a
parenthesised remark such as "(narasi)" is never mistaken for one.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

__all__ = ["find_terbilang", "number_to_words", "words_to_number"]

_DIGITS: dict[str, int] = {
    "nol": 0,
    "kosong": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}
_SCALES: dict[str, int] = {
    "ribu": 10**3,
    "juta": 10**6,
    "milyar": 10**9,
    "miliar": 10**9,
    "milyard": 10**9,
    "miliard": 10**9,
    "milliar": 10**9,
    "triliun": 10**12,
    "trilyun": 10**12,
    "kuadriliun": 10**15,
    "kuadrilyun": 10**15,
    "kuintiliun": 10**18,
    "kuantiliun": 10**18,
}
_GROUP_WORDS = frozenset({"se", "belas", "puluh", "ratus"})
_MARKERS = frozenset({"koma", "rupiah", "sen", "minus", "persen"})
_VOCABULARY = frozenset(_DIGITS) | frozenset(_SCALES) | _GROUP_WORDS | _MARKERS

# canonical spelling, largest first; "milyar" is how the reports spell it
_WRITE_SCALES: tuple[tuple[int, str], ...] = (
    (10**18, "kuintiliun"),
    (10**15, "kuadriliun"),
    (10**12, "triliun"),
    (10**9, "milyar"),
    (10**6, "juta"),
    (10**3, "ribu"),
)
_WRITE_DIGITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")

_NOT_LETTERS = re.compile(r"[^a-z]+")
_PARENTHESISED = re.compile(r"\(([^()]*)\)")


@lru_cache(maxsize=4096)
def _split_word(word: str) -> tuple[str, ...] | None:
    """Split a run-together word into vocabulary pieces ("duapuluh" -> dua, puluh;
    "seratus" -> se, ratus), preferring the fewest pieces; None if impossible."""
    if word in _VOCABULARY:
        return (word,)
    best: tuple[str, ...] | None = None
    for cut in range(2, len(word) - 1):
        head = word[:cut]
        if head not in _VOCABULARY:
            continue
        rest = _split_word(word[cut:])
        if rest is not None and (best is None or len(rest) + 1 < len(best)):
            best = (head, *rest)
    return best


def _tokens(text: str) -> list[str] | None:
    """Lower-case vocabulary tokens; None when a word is not part of a number in words."""
    if any(char.isdigit() for char in text):
        return None
    tokens: list[str] = []
    for word in _NOT_LETTERS.split(text.lower()):
        if not word:
            continue
        pieces = _split_word(word)
        if pieces is None:
            return None
        tokens.extend(pieces)
    return tokens


def _unit_value(token: str, *, allow_se: bool) -> int | None:
    """1-9 for a digit word (and "se" where it may stand for one), else None."""
    if allow_se and token == "se":
        return 1
    value = _DIGITS.get(token)
    return value if value else None


def _parse_group(tokens: list[str]) -> int | None:
    """A value 1..999: [d ratus] [d puluh | d belas] [d], with "se" for one before a
    multiplier word (seratus, sepuluh, sebelas)."""
    total, index, count = 0, 0, len(tokens)
    if index + 1 < count and tokens[index + 1] == "ratus":
        digit = _unit_value(tokens[index], allow_se=True)
        if digit is None:
            return None
        total, index = digit * 100, index + 2
    if index + 1 < count and tokens[index + 1] in ("puluh", "belas"):
        digit = _unit_value(tokens[index], allow_se=True)
        if digit is None:
            return None
        if tokens[index + 1] == "belas":
            return total + 10 + digit if index + 2 == count else None
        total, index = total + digit * 10, index + 2
    if index < count:
        digit = _unit_value(tokens[index], allow_se=False)
        if digit is None:
            return None
        total, index = total + digit, index + 1
    return total if index == count and total > 0 else None


def _parse_integer(tokens: list[str]) -> int | None:
    """A positive whole number: split at the largest scale word, which must occur once,
    so "dua juta tiga juta" is rejected rather than summed."""
    if not tokens:
        return None
    scales_present = [token for token in tokens if token in _SCALES]
    if not scales_present:
        return _parse_group(tokens)
    largest = max(scales_present, key=_SCALES.__getitem__)
    magnitude = _SCALES[largest]
    positions = [i for i, token in enumerate(tokens) if _SCALES.get(token) == magnitude]
    if len(positions) != 1:
        return None
    left, right = tokens[: positions[0]], tokens[positions[0] + 1 :]
    multiplier = 1 if left == ["se"] else _parse_integer(left)
    if multiplier is None:
        return None
    remainder = _parse_integer(right) if right else 0
    if remainder is None or remainder >= magnitude:
        return None
    return multiplier * magnitude + remainder


def _parse_whole_part(tokens: list[str]) -> int | None:
    if tokens in (["nol"], ["kosong"]):
        return 0
    return _parse_integer(tokens)


def _parse_fraction(tokens: list[str]) -> str | None:
    """Digits after "koma": read one by one ("dua lima" -> "25") or as a number
    ("dua puluh lima" -> "25"), leading zeros kept ("nol lima" -> "05")."""
    if not tokens:
        return None
    if all(token in _DIGITS for token in tokens):
        return "".join(str(_DIGITS[token]) for token in tokens)
    zeros = 0
    while zeros < len(tokens) and tokens[zeros] in ("nol", "kosong"):
        zeros += 1
    rest = _parse_integer(tokens[zeros:])
    return None if rest is None else "0" * zeros + str(rest)


def _parse_amount(tokens: list[str]) -> Decimal | None:
    """Whole part, optional "koma" fraction; no markers other than "koma" left."""
    if "koma" in tokens:
        cut = tokens.index("koma")
        whole = _parse_whole_part(tokens[:cut])
        fraction = _parse_fraction(tokens[cut + 1 :])
        if whole is None or fraction is None:
            return None
        return Decimal(f"{whole}.{fraction}")
    whole = _parse_whole_part(tokens)
    return None if whole is None else Decimal(whole)


def words_to_number(text: str) -> int | float | None:
    """The value of an Indonesian number in words, or None if `text` is not one.

    Case, punctuation, parentheses, hyphens and line breaks are ignored; "rupiah",
    "persen" and "sen" are understood ("seratus rupiah lima puluh sen" -> 100.5);
    "koma" takes digits one by one or as a number ("koma dua lima" and "koma dua
    puluh lima" are both .25). Any other word, or digits, make it not a number.
    Returns int when integral, float otherwise.
    """
    tokens = _tokens(text)
    if not tokens:
        return None
    negative = tokens[0] == "minus"
    if negative:
        tokens = tokens[1:]
    if tokens and tokens[-1] == "persen":
        tokens = tokens[:-1]
    cents: Decimal | None = None
    if tokens and tokens[-1] == "sen":
        if "rupiah" in tokens:
            cut = tokens.index("rupiah")
            cent_tokens, tokens = tokens[cut + 1 : -1], tokens[: cut + 1]
        else:
            cent_tokens, tokens = tokens[:-1], []
        cents = _parse_amount(cent_tokens)
        if cents is None:
            return None
    if tokens and tokens[-1] == "rupiah":
        tokens = tokens[:-1]
    if any(token in _MARKERS - {"koma"} for token in tokens):
        return None
    value = _parse_amount(tokens) if tokens else Decimal(0)
    if value is None or (not tokens and cents is None):
        return None
    if cents is not None:
        value += cents / 100
    if negative:
        value = -value
    return int(value) if value == value.to_integral_value() else float(value)


def _group_to_words(value: int) -> str:
    """1..999 in words."""
    hundreds, rest = divmod(value, 100)
    words: list[str] = []
    if hundreds:
        words.append("seratus" if hundreds == 1 else f"{_WRITE_DIGITS[hundreds]} ratus")
    tens, units = divmod(rest, 10)
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif tens == 1:
        words.append(f"{_WRITE_DIGITS[units]} belas")
    else:
        if tens:
            words.append(f"{_WRITE_DIGITS[tens]} puluh")
        if units:
            words.append(_WRITE_DIGITS[units])
    return " ".join(words)


def _integer_to_words(value: int) -> str:
    for magnitude, name in _WRITE_SCALES:
        if value >= magnitude:
            multiplier, rest = divmod(value, magnitude)
            if name == "ribu" and multiplier == 1:
                head = "seribu"
            else:
                head = f"{_integer_to_words(multiplier)} {name}"
            return f"{head} {_integer_to_words(rest)}" if rest else head
    return _group_to_words(value)


def number_to_words(value: int) -> str:
    """Canonical lower-case Indonesian words for an integer, as the reports spell them:
    19253454000 -> "sembilan belas milyar dua ratus lima puluh tiga juta empat ratus
    lima puluh empat ribu". "se-" for one before ratus/puluh/belas/ribu ("seribu"), but
    "satu juta", "satu milyar" (the usual written forms). Negative values get "minus".
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"number_to_words takes an int, not {type(value).__name__}")
    if value < 0:
        return f"minus {number_to_words(-value)}"
    if value == 0:
        return "nol"
    return _integer_to_words(value)


def find_terbilang(text: str) -> list[tuple[int, int, str, int | float]]:
    """Parenthesised numbers in words in running text: "(tiga)", "(Sembilan belas milyar
    ... rupiah)". Each hit is (start, end, words as printed including the parentheses,
    value); parentheses holding anything else ("(narasi)", "(730 respon)") are skipped.
    """
    found: list[tuple[int, int, str, int | float]] = []
    for match in _PARENTHESISED.finditer(text):
        value = words_to_number(match.group(1))
        if value is not None:
            found.append((match.start(), match.end(), match.group(0), value))
    return found
