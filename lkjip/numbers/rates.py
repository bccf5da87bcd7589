"""A rate printed over its base: "89/100.000 KH", "5,8/ 1000\\nKH" (deaths per 100.000
or 1.000 live births). The number before the slash is the value; the base, a power of ten,
is its unit ("per 100.000"), so "5,8/1000" and "5,8/100" never
compare as one measure. A slash over any other number ("2/3", "12/24 bulan") stays no value."""

from __future__ import annotations

import re

from lkjip.numbers.numerals import NumberStyle, parse_number

# The base: 100, 1000, 10.000, 100.000 … (with or without thousands dots/commas).
_RATE = re.compile(r"(?P<num>\d[\d.,]*)\s*/\s*(?P<base>10{0,2}(?:[.,]?0{3})*)\s*(?P<what>[^\W\d_]+(?:\s+[^\W\d_]+)?)?")


def _is_power_of_ten(base: str) -> bool:
    digits = re.sub(r"[.,]", "", base)
    return bool(re.fullmatch(r"10{2,}", digits))


def parse_rate(text: str, style: NumberStyle | None) -> tuple[float | int, str] | None:
    """(value, unit) of a rate over a power-of-ten base, or None."""
    flat = " ".join(text.split())
    m = _RATE.fullmatch(flat)
    if m is None or not _is_power_of_ten(m.group("base")):
        return None
    number = parse_number(m.group("num"), style)
    if number is None or number.unit is not None:
        return None
    base = re.sub(r"[.,]", "", m.group("base"))
    grouped = f"{int(base):,}".replace(",", ".")
    return number.value, f"per {grouped}"  # what it counts ("KH") is printed on some cells only
