"""An indicator value printed with a scale word: "185.80 Triliun Rupiah", "157.64\\nTriliun".

In an indicator table the scale word is the value's unit, as the Satuan column of another
table prints it ("Triliun Rupiah" beside "185,80"): the value is the number as printed,
185.80 (trillions), so the two tables read the same. A rupiah amount in running text or a
budget table is still multiplied out; only indicator cells are read so.
"""

from __future__ import annotations

import re

from lkjip.numbers import NumberStyle, parse_number

_SCALED = re.compile(r"^\s*(\d[\d.,]*)\s*((?:ribu|juta|milyar|miliar|milyard|miliard|triliun|trilyun)\b.*)$",
                     re.I | re.S)


def scale_as_unit(text: str, style: NumberStyle | None) -> tuple[float, str] | None:
    """(185.8, "Triliun Rupiah") for "185.80 Triliun Rupiah"; None for a cell without a
    scale word after its number."""
    m = _SCALED.match(text or "")
    if m is None:
        return None
    parsed = parse_number(m.group(1), style)
    if parsed is None:
        return None
    return float(parsed.value), " ".join(m.group(2).split())
