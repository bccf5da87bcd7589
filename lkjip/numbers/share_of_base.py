"""A percentage of a base the cell names: "1 % dari Jumlah Penduduk Jawa Barat",
"1% dr jmlh pddk jabar" (a target set as a share of the population, wrapped over
several lines in a narrow column).

The value is the percentage (1, unit persen) and the base is kept as its note
("dari Jumlah Penduduk Jawa Barat"). Such a target stands for a count of the base (1 %
of 46.497.175 people), so the realisasi beside it is often that count: the two are not
one measure, and no capaian or unit comparison may treat them as one.
"""

from __future__ import annotations

import re
from typing import Any

from lkjip.numbers.numerals import NumberStyle, parse_number

# "<number> %" then "dari"/"dr"/"dr." and a base of words.
_SHARE = re.compile(r"(?P<number>[-+]?\d[\d.,]*\s*%)\s+(?P<base>(?:dari|dr\.?)\s+[^\W\d_][\w\s./-]*)", re.IGNORECASE)
_BASE = re.compile(r"(?:dari|dr\.?)\s", re.IGNORECASE)


def parse_share(text: str, style: NumberStyle | None) -> tuple[float | int, str] | None:
    """(percentage, base as printed, one line) of a share of a named base, or None."""
    flat = " ".join(text.split())
    m = _SHARE.fullmatch(flat)
    if m is None:
        return None
    number = parse_number(m.group("number"), style)
    if number is None or number.kind != "percent":
        return None
    return number.value, m.group("base").strip()


def is_share_of_base(q: Any) -> bool:
    """Whether a parsed quantity is a percentage of a base its cell names."""
    note = getattr(q, "note", None)
    return getattr(q, "unit", None) == "persen" and isinstance(note, str) and bool(_BASE.match(note))
