"""The number notation an indicator table itself shows.

A report may print its budget annexes in one notation ("9,181,700,835,772.40") and its
indicator tables in the other ("0,315", "69,23"); the document-wide vote then reads an
indicator's "370.000" wisatawan as 370. In an indicator table, a decimal mark followed by
one or two digits ("69,23", "98.5") can only be that notation's decimal mark (thousands
groups have three digits): when the table's value cells show such decimals of one
notation only, and no token of the other, the table is read in its own notation.
"""

from __future__ import annotations

import re

from lkjip.extract.source import RawTable
from lkjip.numbers import NumberStyle, detect_style

# A number whose only mark is followed by one or two digits: "69,23", "0,5", "98.17".
_SHORT_DECIMAL = re.compile(r"(?<![\d.,])\d+([.,])\d{1,2}(?![\d.,])")
_MIN_VOTES = 2


def table_style(table: RawTable, columns: list[int], document: NumberStyle | None) -> NumberStyle | None:
    """The notation the table's value `columns` show, else the document's."""
    texts = [cell.text for row in table.grid for c in columns if c < len(row) and (cell := row[c]) is not None]
    marks = {m.group(1) for t in texts for m in _SHORT_DECIMAL.finditer(t)}
    votes = sum(1 for t in texts for _ in _SHORT_DECIMAL.finditer(t))
    if len(marks) != 1 or votes < _MIN_VOTES:
        return document
    own = NumberStyle.ID if marks == {","} else NumberStyle.US
    grouped = detect_style(texts)  # tokens with thousands groups must not say otherwise
    return own if grouped in (None, own) else document
