"""A numbered indicator whose value is printed as a dash: "8. Persentase partisipasi
masyarakat dalam Pemilu | -". The dash says the table sets no figure for it this year
(no election held); the row is still the table's row, numbered in its list, so it is
read with no value rather than dropped. An unnumbered line beside a dash may be a
heading or a note, and stays out."""

from __future__ import annotations

import re

from lkjip.extract.interpret.indicators.bullet_pairing import Item
from lkjip.numbers.numerals import MISSING_MARKS

_NUMBERED = re.compile(r"^\s*\(?\d{1,2}[.)]\s+\S")


def numbered_with_dash(bullet: Item, values: list[Item | None]) -> bool:
    """Whether `bullet` carries its own list number and a value beside it is a dash."""
    first = bullet.lines[0][0] if bullet.lines else bullet.text
    return bool(_NUMBERED.match(first)) and any(
        v is not None and v.text.strip() in MISSING_MARKS - {""} for v in values)
