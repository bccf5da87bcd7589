"""A column printing the change between two year columns of the same measure.

A comparison of years often adds a column headed by what it computes: "Percepatan
(Perlambatan) %", "Selisih", "Kenaikan/(Penurunan)" beside "Capaian 2015 | Capaian 2016".
Its figure is derived (the later year's value less the earlier's), so it is kept on the
row under its own role for LKJ-K012 to recompute; it is never a value of the indicator.
"""

from __future__ import annotations

import re

DIFFERENCE = "selisih"  # the column's role, and the key of its cell in IndicatorRow.cells

# The header names the change itself; "Target PK Perubahan" (a revision) does not.
_HEADER = re.compile(r"percepatan|perlambatan|\bselisih\b|"
                     r"(?:kenaikan|peningkatan|naik)\s*/\s*\(?\s*(?:penurunan|turun)", re.I)


def is_difference_header(header: str) -> bool:
    """Whether a (normalised) column header names a change between two columns."""
    return _HEADER.search(header) is not None
