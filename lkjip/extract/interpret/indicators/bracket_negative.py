"""A value printed alone in brackets, the accounting style's negative: "(3.14)" is -3.14.

A report on export growth prints a fall as "(3.14)" in the realisasi column and the
capaian it gives as "(104.66)". Only a cell holding nothing but one bracketed number is
read so (a note after a value, "100 % (730 respon)", is not); marked `bracket_negative`,
as the brackets might instead set the figure apart, so no error rests on it.
"""

from __future__ import annotations

import re

from lkjip.numbers import NumberStyle, parse_number

BRACKET_NEGATIVE = "bracket_negative"  # lkjip.checks.certainty.INFERRED
_BRACKETED = re.compile(r"\(\s*([0-9][0-9.,]*)\s*(%?)\s*\)")


def bracket_negative(text: str | None, style: NumberStyle | None) -> float | None:
    """-x for a cell printing only "(x)" (a percent sign allowed), else None."""
    m = _BRACKETED.fullmatch((text or "").strip())
    if m is None:
        return None
    parsed = parse_number(m.group(1) + m.group(2), style)
    return -float(parsed.value) if parsed is not None else None
