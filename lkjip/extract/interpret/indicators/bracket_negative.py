"""A value printed alone in brackets, the accounting style's negative: "(3.14)" is -3.14.

A report on export growth prints a fall as "(3.14)" in the realisasi column and the
capaian it gives as "(104.66)". Only a cell holding nothing but one bracketed number is
read so (a note after a value, "100 % (730 respon)", is not); marked `bracket_negative`,
as the brackets might instead set the figure apart, so no error rests on it.
"""

from __future__ import annotations

from lkjip.numbers import NumberStyle, bracketed_negative

BRACKET_NEGATIVE = "bracket_negative"  # lkjip.checks.certainty.INFERRED


def bracket_negative(text: str | None, style: NumberStyle | None) -> float | None:
    """-x for a cell printing only "(x)" (a percent sign allowed), else None."""
    return bracketed_negative(text, style)
