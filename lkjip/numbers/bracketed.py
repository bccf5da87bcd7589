"""A value printed alone in brackets, the accounting style's negative: "(3.14)" is -3.14.

Only a text holding nothing but one bracketed number (a percent sign allowed inside) is
read so: a note after a value ("100 % (730 respon)") is not.
"""

from __future__ import annotations

import re

from lkjip.numbers.numerals import NumberStyle, parse_number

_BRACKETED = re.compile(r"\(\s*([0-9][0-9.,]*)\s*(%?)\s*\)")


def bracketed_negative(text: str | None, style: NumberStyle | None = None) -> float | None:
    """-x for a text printing only "(x)", else None."""
    m = _BRACKETED.fullmatch((text or "").strip())
    if m is None:
        return None
    parsed = parse_number(m.group(1) + m.group(2), style)
    return -float(parsed.value) if parsed is not None else None
