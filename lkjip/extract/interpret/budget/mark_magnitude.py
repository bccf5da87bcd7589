"""Amounts whose marks break their column's convention, put at the magnitude their row's
share says.

A scan read at low resolution confuses "." and ",": "64.137.914" becomes "64.137,914"
(sixty-four thousand), a typist's or the scan's "403.001.000" becomes "403,001.00" (four
hundred thousand). Each parses, so the row's share then reads 0,10 % or 26.998 % where
the table prints 98,83 and 27,00. The OCR layer marks such a cell `ocr_glyph` (its marks
are unlike its column's, `ocr.separator_style`); the row says what it must be: when
exactly one of its doubtful amounts, taken a thousand times larger or smaller (one
thousands mark read as a decimal mark, or the reverse), gives a share near the printed
one, that is the reading taken. It stays a reading the page does not print as such: the
cell is marked `amount_magnitude_by_share`, so no rule builds an error on it, and the
share may still differ a little from the printed one (a real contradiction the row then
shows at its right magnitude).
"""

from __future__ import annotations

from dataclasses import replace

from lkjip.extract.ocr.cells import GLYPH
from lkjip.records import BudgetRow

MAGNITUDE_BY_SHARE = "amount_magnitude_by_share"
# A share within this fraction of the printed one confirms a magnitude: a thousandfold
# error is far outside it, a typo in the last digits inside it. Relative, so a small share
# ("0,59") is not confirmed by another small one ("0,20").
_NEAR_SHARE = 0.05
_FACTORS = (1000.0, 0.001)


def _near(computed: float, printed: float) -> bool:
    return abs(computed - printed) <= _NEAR_SHARE * abs(printed)


def magnitude_by_share(rows: list[BudgetRow]) -> None:
    """Give an amount in doubt of its marks the magnitude its row's printed share confirms."""
    for row in rows:
        if row.anggaran is None or row.realisasi is None or not row.persen or not row.anggaran:
            continue
        if _near(row.realisasi / row.anggaran * 100, row.persen):
            continue
        fits = []
        for column in ("anggaran", "realisasi"):
            cell = row.cells.get(column)
            if cell is None or GLYPH not in cell.inferred:
                continue
            for factor in _FACTORS:
                values = {"anggaran": row.anggaran, "realisasi": row.realisasi}
                values[column] *= factor
                if values["anggaran"] and _near(values["realisasi"] / values["anggaran"] * 100, row.persen):
                    fits.append((column, values[column]))
        if len(fits) != 1:
            continue  # none, or more than one reading the share allows: left as read
        column, value = fits[0]
        setattr(row, column, round(value, 2))
        cell = row.cells[column]
        row.cells[column] = replace(cell, inferred=(*cell.inferred, MAGNITUDE_BY_SHARE))


__all__ = ["MAGNITUDE_BY_SHARE", "magnitude_by_share"]
