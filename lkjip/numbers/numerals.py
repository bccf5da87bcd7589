"""Read printed numerals: rupiah amounts, percentages and counts with units.

Indonesian reports write "19.253.545.000,50" ('.' groups thousands, ',' marks decimals),
but pages typed by other hands or pasted from spreadsheets use "399,380,000.00", and one
document may mix both ("98.17 %" next to "69,94 %"). Most tokens decide their own
reading: several three-digit groups reveal the thousands separator, and when both marks
appear the last one is the decimal mark. Only a single separator followed by exactly
three digits ("1.250", "1,250") can be read either way; there the caller's style hint
(or the Indonesian default) decides and the result says ``ambiguous=True`` so that a
check never builds a finding on a silent guess.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from lkjip.numbers.units import is_known_unit

__all__ = [
    "MISSING_MARKS",
    "NumberStyle",
    "ParsedNumber",
    "decimals_printed",
    "detect_style",
    "find_numbers",
    "format_id",
    "parse_number",
    "parse_percent",
    "parse_rupiah",
]


class NumberStyle(enum.Enum):
    """Which mark groups thousands and which marks decimals."""

    ID = "id"  # 19.253.545.000,50  ('.' thousands, ',' decimal)
    US = "us"  # 399,380,000.00     (',' thousands, '.' decimal)


@dataclass(frozen=True)
class ParsedNumber:
    """One numeral as printed, with the value it stands for.

    `style` is the notation the token is written in (None when it has no separator);
    `ambiguous` is True when the separators alone could not decide and the style hint or
    the default did. `start`/`end` locate `text` in the string that was parsed.
    """

    text: str
    value: float | int
    kind: str  # "rupiah" | "percent" | "count" | "other"
    unit: str | None
    style: NumberStyle | None
    ambiguous: bool
    start: int = 0
    end: int = 0


MISSING_MARKS: frozenset[str] = frozenset({"", "-", "--", "–", "—", "−"})
"""Cell contents that mean "no value" rather than a number."""

_NUMBER_RE = re.compile(
    r"""
    (?=[\dri+\-−])  # what a match can start with: lets finditer skip other positions fast
    (?:
        (?P<prefix>(?<![^\W\d_])(?:Rp|IDR)\.?\s*)   # Rp / Rp. / IDR, not inside a word
      | (?<![\w.,])                               # a numeral starts a token
    )
    (?P<sign>[-−+](?=\d))?
    (?P<digits>\d+(?:[.,]\d+)*)
    (?P<dash>[.,]\x20?(?:-{1,2}|=)(?![\w-]))?     # the rupiah ",-" / ".-" / ",=" (", -": a scan's space)
    """,
    re.IGNORECASE | re.VERBOSE,
)

_TAIL_RE = re.compile(
    r"""
    (?P<gap>\s*)
    (?:
        (?P<pct>%|(?:persen|prosen)(?![^\W\d_]))
      | (?P<scale>ribu|rb|juta|jt|milyar|miliar|milyard|miliard|triliun|trilyun)(?![^\W\d_])
      | (?P<word>[^\W\d_]+)
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

_SCALES: dict[str, int] = {
    "ribu": 10**3,
    "rb": 10**3,
    "juta": 10**6,
    "jt": 10**6,
    "milyar": 10**9,
    "miliar": 10**9,
    "milyard": 10**9,
    "miliard": 10**9,
    "triliun": 10**12,
    "trilyun": 10**12,
}

_YEAR_AFTER_RE = re.compile(r"[ \t]+(?:19|20)\d\d(?!\d)")
_LIST_MARK_RE = re.compile(r"[.)](?:\s|$)")


@dataclass(frozen=True)
class _Reading:
    """How the digits and separators of one token read, before prefix/unit context."""

    value: Decimal
    style: NumberStyle | None
    ambiguous: bool
    decimals: int
    reveals_style: bool  # the token shows which mark groups thousands (a vote for detect_style)


def _valid_grouping(groups: list[str]) -> bool:
    """Thousands grouping: a first group of 1-3 digits, then groups of exactly 3."""
    head, rest = groups[0], groups[1:]
    if not 1 <= len(head) <= 3 or head.startswith("0"):
        return False
    return all(len(group) == 3 for group in rest)


def _style_for_decimal_mark(mark: str) -> NumberStyle:
    return NumberStyle.ID if mark == "," else NumberStyle.US


def _read_digits(digits: str, *, hint: NumberStyle | None, money: bool) -> _Reading | None:
    """Interpret a run like "19.253.545.000,50"; None when no notation fits (e.g. "3.1.2").

    `money` means the token is a rupiah amount without a scale word: rupiah are never
    printed with three decimals, so "Rp 1.250" can only be 1250.
    """
    dots, commas = digits.count("."), digits.count(",")
    if not dots and not commas:
        return _Reading(Decimal(digits), None, False, 0, False)

    if dots and commas:
        decimal_mark = "," if digits.rfind(",") > digits.rfind(".") else "."
        thousands_mark = "." if decimal_mark == "," else ","
        if digits.count(decimal_mark) != 1:
            return None
        whole, fraction = digits.split(decimal_mark)
        if not _valid_grouping(whole.split(thousands_mark)):
            return None
        value = Decimal(f"{whole.replace(thousands_mark, '')}.{fraction}")
        return _Reading(value, _style_for_decimal_mark(decimal_mark), False, len(fraction), True)

    mark = "." if dots else ","
    groups = digits.split(mark)
    style_if_thousands = NumberStyle.ID if mark == "." else NumberStyle.US
    if len(groups) > 2:
        if not _valid_grouping(groups):
            if mark == "," and len(groups[-1]) == 2 and _valid_grouping(groups[:-1]):
                # "17,833,004,534,00": US grouping typed with the Indonesian decimal comma;
                # a last group of two digits can only be cents.
                whole = "".join(groups[:-1])
                return _Reading(Decimal(f"{whole}.{groups[-1]}"), None, False, 2, False)
            return None
        return _Reading(Decimal("".join(groups)), style_if_thousands, False, 0, True)

    whole, fraction = groups
    as_decimal = _Reading(
        Decimal(f"{whole}.{fraction}"), _style_for_decimal_mark(mark), False, len(fraction), False
    )
    if len(fraction) != 3 or not _valid_grouping(groups):
        # "98.17", "69,94", "16.6", "0.250", "1234.567": only a decimal reading exists.
        # A lone decimal does not vote on the document style: Indonesian writers type
        # "98.17 %" beside "69,94 %", so it says little about how "1.250" is meant.
        return as_decimal
    as_thousands = _Reading(Decimal(whole + fraction), style_if_thousands, False, 0, True)
    if money:
        return as_thousands
    effective = hint or NumberStyle.ID
    reading = as_thousands if effective is style_if_thousands else as_decimal
    return _Reading(reading.value, effective, True, reading.decimals, False)


def _to_number(value: Decimal) -> int | float:
    """int when integral (amounts compare exactly), float otherwise."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _build(
    text: str,
    match: re.Match[str],
    style: NumberStyle | None,
    *,
    any_word: bool,
) -> tuple[ParsedNumber, _Reading] | None:
    """Turn a `_NUMBER_RE` match plus what follows it into a ParsedNumber.

    `any_word`: take any word after the number as its unit (a table cell, where the
    word can only be a unit); otherwise only known units, on the same line (running
    text, where "2018 dapat" is a year followed by prose).
    """
    prefix, sign, digits, dash = match.group("prefix", "sign", "digits", "dash")
    end = match.end()
    percent_mark: str | None = None
    scale_word: str | None = None
    unit: str | None = None

    def tail_at(position: int) -> re.Match[str] | None:
        tail = _TAIL_RE.match(text, position)
        if tail is None or (not any_word and "\n" in tail.group("gap")):
            return None
        return tail

    def accepts_word(tail: re.Match[str]) -> bool:
        word = tail.group("word")
        if any_word:
            return True
        if word.lower() == "tahun" and _YEAR_AFTER_RE.match(text, tail.end()):
            return False  # a regulation citation: "Nomor 32 Tahun 2016"
        return is_known_unit(word) or word.lower() == "rupiah"

    tail = None if dash else tail_at(end)
    if tail is not None and tail.group("pct"):
        percent_mark, end = tail.group("pct"), tail.end()
    elif tail is not None and tail.group("scale"):
        scale_word, end = tail.group("scale"), tail.end()
        after = tail_at(end)
        if after is not None and after.group("word") and accepts_word(after):
            unit, end = after.group("word"), after.end()
    elif tail is not None and tail.group("word"):
        if accepts_word(tail):
            unit, end = tail.group("word"), tail.end()
        elif not tail.group("gap"):
            return None  # letters glued to digits ("3G", "2nd") make a code, not a number

    money = bool(prefix) or bool(dash) or (unit is not None and unit.lower() == "rupiah")
    reading = _read_digits(digits, hint=style, money=money and scale_word is None)
    if reading is None:
        return None
    value = reading.value * _SCALES[scale_word.lower()] if scale_word else reading.value
    if sign and sign != "+":
        value = -value
    if money:
        kind = "rupiah"
    elif percent_mark:
        kind, unit = "percent", percent_mark
    elif unit:
        kind = "count"
    else:
        kind = "other"
    parsed = ParsedNumber(
        text=text[match.start() : end],
        value=_to_number(value),
        kind=kind,
        unit=unit,
        style=reading.style,
        ambiguous=reading.ambiguous,
        start=match.start(),
        end=end,
    )
    return parsed, reading


# The same cell text is parsed many times (row, column and check passes); the result is
# immutable, so it is cached.
@lru_cache(maxsize=1 << 16)
def _parse_whole(text: str, style: NumberStyle | None) -> tuple[ParsedNumber, _Reading] | None:
    """Parse `text` as exactly one number (plus prefix/suffix/unit) and nothing else."""
    start = len(text) - len(text.lstrip())
    stripped_end = len(text.rstrip())
    if text[start:stripped_end] in MISSING_MARKS:
        return None
    match = _NUMBER_RE.match(text, start)
    if match is None:
        return None
    built = _build(text, match, style, any_word=True)
    if built is None:
        return None
    parsed, reading = built
    if parsed.end == stripped_end:
        return built
    # an abbreviated unit may keep its full stop: "12 org."
    if parsed.unit and parsed.kind == "count" and text[parsed.end : stripped_end] == ".":
        widened = ParsedNumber(
            text=text[parsed.start : stripped_end],
            value=parsed.value,
            kind=parsed.kind,
            unit=parsed.unit,
            style=parsed.style,
            ambiguous=parsed.ambiguous,
            start=parsed.start,
            end=stripped_end,
        )
        return widened, reading
    return None


def parse_number(text: str, style: NumberStyle | None = None) -> ParsedNumber | None:
    """Read a cell or snippet that holds exactly one number, e.g. "Rp. 19.253.545.000,-",
    "98,17 %", "1.250eks", "399,380,000.00".

    Returns None for the missing marks ("-", "–", "") and for anything that is not a
    single number: "100 % (730 respon)" or two amounts in one cell are for
    `lkjip.numbers.quantity.parse_quantity` and `find_numbers`, so a caller never gets
    the first of several numbers by accident. A word right after the number becomes
    `unit` as printed. `style` is only a hint for ambiguous tokens (default ID).
    """
    built = _parse_whole(text, style)
    return built[0] if built else None


def parse_rupiah(text: str, style: NumberStyle | None = None) -> int | float | None:
    """Value of a cell holding one amount ("Rp.15.472.666.000,-", "2.316.431.000,-",
    "6.307.195.646"); None when missing or not a plain amount.

    A bare number is accepted (budget columns often drop "Rp" and ",-"); a percentage
    or a number with a unit other than "rupiah" is not an amount and gives None.
    """
    parsed = parse_number(text, style)
    if parsed is None or parsed.kind not in ("rupiah", "other"):
        return None
    return parsed.value


def parse_percent(text: str, style: NumberStyle | None = None) -> float | None:
    """Value of a cell holding one percentage ("98,17 %", "98.17 %", "100%", "21 persen").

    A bare number is not taken as a percentage: the column header, not this function,
    has to say so. Returns a float so that 100 and 98.17 come back with one type.
    """
    parsed = parse_number(text, style)
    if parsed is None or parsed.kind != "percent":
        return None
    return float(parsed.value)


def _is_list_number(text: str, match: re.Match[str]) -> bool:
    """True for list numbering ("1.", "2)", "3.1." at the start of a line), not a quantity."""
    if match.group("prefix") or match.group("sign") or match.group("dash"):
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    if text[line_start : match.start()].strip():
        return False
    return _LIST_MARK_RE.match(text, match.end("digits")) is not None


def _scan(text: str, style: NumberStyle | None) -> Iterator[tuple[ParsedNumber, _Reading]]:
    for match in _NUMBER_RE.finditer(text):
        if _is_list_number(text, match):
            continue
        built = _build(text, match, style, any_word=False)
        if built is not None:
            yield built


def find_numbers(text: str, style: NumberStyle | None = None) -> list[ParsedNumber]:
    """Every numeral in running text, in order, with its span.

    Rupiah amounts ("Rp. 19.253.545.000,-"), percentages ("98,17 %", "69,94%"), numbers
    with a known unit word ("384kali", "2.100 orang") and plain numbers (kind "other",
    e.g. years). Skipped: list numbering at the start of a line ("1. Program ..."),
    codes whose separators fit no notation ("5.2.2.01.01", "3.1.2") and digits glued to
    letters ("D3", "3G"). With `style=None` ambiguous tokens use the Indonesian default
    and are flagged; pass the document style from `detect_style` to do better.
    """
    return [parsed for parsed, _ in _scan(text, style)]


def detect_style(texts: Iterable[str]) -> NumberStyle | None:
    """The document's notation, by majority vote of the tokens that reveal it.

    Only tokens that show which mark groups thousands vote: several groups
    ("399,380,000.00" is US, "2.316.431.000,-" is ID), both marks ("1.234,56"), or a
    rupiah amount with a single three-digit group ("Rp 1.250"). Ambiguous tokens and lone
    decimals ("98.17") do not vote. Returns None when nothing voted or the vote is tied.
    """
    if isinstance(texts, str):
        texts = [texts]
    votes: Counter[NumberStyle] = Counter()
    for text in texts:
        for match in _NUMBER_RE.finditer(text):
            digits = match.group("digits")
            if "." not in digits and "," not in digits:
                continue  # no mark, no vote (`_read_digits`): most numerals, spared the reading
            if _is_list_number(text, match):
                continue
            built = _build(text, match, None, any_word=False)
            if built is not None and built[1].reveals_style and built[1].style is not None:
                votes[built[1].style] += 1
    ranked = votes.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def decimals_printed(text: str, style: NumberStyle | None = None) -> int:
    """How many decimals the printed number shows: "98,17 %" -> 2, "98 %" -> 0,
    "Rp19.253.545.000,00" -> 2, "2.316.431.000,-" -> 0.

    Rules use it as rounding tolerance: a percentage printed with 2 decimals is only
    claimed to within 0.005. Reads the first number when `text` holds more than one
    (e.g. "16.6% (730 respon)" -> 1); 0 when there is no number at all.
    """
    built = _parse_whole(text, style)
    if built is None:
        built = next(_scan(text, style), None)
    return built[1].decimals if built else 0


def format_id(value: float | int, decimals: int | None = None) -> str:
    """Print a value the Indonesian way: 19253545000 -> "19.253.545.000", 98.17 -> "98,17".

    `decimals=None` shows as many decimals as the value has (none for integers and
    integral floats); otherwise rounds half up, as reports round by hand.
    Used to quote computed values in findings next to the printed ones.
    """
    number = (
        value
        if isinstance(value, Decimal)
        else Decimal(value if isinstance(value, int) else repr(value))
    )
    if not number.is_finite():
        raise ValueError(f"cannot format {value!r}")
    if decimals is None:
        exponent = number.normalize().as_tuple().exponent
        decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    if decimals < 0:
        raise ValueError("decimals must be >= 0")
    rounded = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    sign = "-" if rounded < 0 else ""
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def format_amount(value: float | int) -> str:
    """A computed rupiah amount (a difference, a sum) printed to the sen at most.

    Amounts are read into binary floats, which hold a 14-digit figure only to about a
    thousandth: 12.671.827.494.757,60 is stored as …757,599609375, so a difference of two
    read amounts would otherwise print as 1,599609375 instead of 1,6.
    """
    return format_id(round(value, 2) if isinstance(value, float) else value)


def half_last_decimal(text: str, style: NumberStyle | None = None) -> float:
    """Half a unit of the last decimal the figure prints (0,005 for "98,17"): how far a
    rounded figure may lie from the value it rounds; 0 for a whole number."""
    decimals = decimals_printed(text, style)
    return 0.5 * 10.0 ** -decimals if decimals else 0.0
