"""The value read beside the number as printed, only where the two differ in more than format.

An auditor compares what lkjip read with the page. "2,35" read as 2.35, or
"19.253.454.000,-" read as 19253454000, says the same thing twice: only the printed text is
shown. "103.52" read as 10352, a column printed in thousands ("(Rp 000)"), an amount
spelled out in words, or a value computed from others is something the page does not show
as such: there the value read is shown beside it, so the reading can be checked. The JSON
keeps both fields always (`text`, `value`).
"""

from __future__ import annotations

import math

from lkjip.numbers import NumberStyle, find_numbers, format_id

# A printed number may be read with either mark as the thousands separator ("1.250"):
# both readings are the same printed figure, so both count as "format only".
_STYLES = (NumberStyle.ID, NumberStyle.US)


def _readings(text: str) -> set[float]:
    """Every value the numerals printed in `text` stand for, in either notation."""
    out: set[float] = set()
    for style in _STYLES:
        for parsed in find_numbers(text, style):
            out.add(abs(float(parsed.value)))
    return out


def differs_from_print(text: str | None, value: float | None) -> bool:
    """True when `value` is not what `text` shows in some notation (its sign aside): the
    reader scaled it, read a separator another way, read words, or computed it."""
    if value is None or isinstance(value, bool):
        return False
    if not text or not text.strip():
        return True
    target = abs(float(value))
    return not any(math.isclose(target, r, rel_tol=1e-9, abs_tol=1e-9) for r in _readings(text))


def shown_value(value: float, lang: str) -> str:
    """The value read, written for people: "10.352" / "10,352" (no float noise)."""
    rounded = round(float(value), 6)
    if lang == "id":
        return format_id(int(rounded) if rounded.is_integer() else rounded)
    return f"{int(rounded):,}" if rounded.is_integer() else f"{rounded:,}"


def value_beside(text: str | None, value: float | None, lang: str) -> str:
    """What a report prints in the "value read" place: the value where it differs from
    the printed text in more than format, else nothing."""
    if value is None or not differs_from_print(text, value):
        return ""
    return shown_value(value, lang)
