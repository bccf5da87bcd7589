"""Amounts whose digit groups OCR parted by a misread mark, given back their marks.

A blurred scan reads the dot between two thousands groups as "-", ":", ";", "'" or a
gap ("529.533-550.00", "10.296 538.194,00"), the decimal comma as a thousands mark
("79,476.688,00"), or leaves a gap before the cents ("234.534.200 ,00"). The number
reader takes none of these for one amount. Where the grouping is otherwise regular —
groups of three digits behind one to three, two decimals at the end — the shape says
what was printed: the thousands mark is the one most groups are parted by (a misread
mark counts for none), the decimal mark is the other one. The amount so mended is still
a reading the page does not print as such: the caller marks its line `ocr_glyph`.

Without the two decimals a misread mark is left alone ("100.000-200.000" is a range,
"64.137,914" may be sixty-four thousand): only the cents fix where the amount ends.
"""

from __future__ import annotations

import re

# Marks a scan makes of a thousands dot or comma.
_MISREAD = "-:;' "
# One to three digits, then groups of three parted by any mark, then two decimals
# (a gap before their mark allowed). Not inside a longer run of digits or marks.
_AMOUNT = re.compile(r"(?<![\d.,:;'\-])(\d{1,3})((?:[.,:;'\- ]\d{3})+) ?([.,])(\d{2})(?![\d.,:;'\-]| ?\d)")


def _mend(m: re.Match[str]) -> str:
    head, body, decimal, cents = m.groups()
    marks = body[0::4]
    groups = [body[i + 1:i + 4] for i in range(0, len(body), 4)]
    dots, commas = marks.count("."), marks.count(",")
    if not dots and not commas:
        return m.group(0)  # no thousands mark read right: nothing says which it was
    if dots != commas:
        thousands = "." if dots > commas else ","
    else:
        thousands = "," if decimal == "." else "."
    decimal_mark = "," if thousands == "." else "."
    if " " in marks and (len(groups) < 2 or len(head) < 2):
        # "5 100.000,00": a number beside an amount as likely as one amount parted by a gap.
        return m.group(0)
    return head + "".join(thousands + g for g in groups) + decimal_mark + cents


def mend_group_marks(text: str) -> str:
    """`text` with each regularly grouped amount given back its thousands and decimal
    marks ("529.533-550.00" → "529.533.550,00", "79,476.688,00" → "79.476.688,00",
    "234.534.200 ,00" → "234.534.200,00"); other text unchanged."""
    return _AMOUNT.sub(_mend, text)
