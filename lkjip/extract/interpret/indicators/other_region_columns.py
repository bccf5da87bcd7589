"""A second realisasi column that names another level of government: that level's figure.

A comparison with the region or the nation prints the agency's own result beside the
figure it is compared with, both under "Realisasi": "Realisasi 2022 | Realisasi Daerah"
(the regency's Maturitas SPIP beside the province's: "Level 3 (3,157) | Level 3
(3,141)"), "Realisasi | Realisasi Provinsi". Read as two realisasi, the second is lost
(the row has one realisasi of the year) or, worse, taken for the row's own. The column
whose header names a level of government (daerah, provinsi, kabupaten, kota, pusat,
regional) is the compared figure, `COMPARED_REALISASI`, kept on the row apart from its own
realisasi (IndicatorRow.compared_realisasi), for a text that states by how much one leads
the other (LKJ-N002).

Only when exactly one realisasi column names no level: that one is the agency's own. A
table whose every realisasi column names a level ("Realisasi Kabupaten | Realisasi
Provinsi") does not say which is the agency's, and is left as it is.
"""

from __future__ import annotations

import dataclasses
import re

from lkjip.extract.interpret.indicators.header_columns import Column
from lkjip.records import COMPARED_REALISASI

__all__ = ["COMPARED_REALISASI", "other_region_columns"]
# "daerah", "provinsi", "prov.", "kabupaten", "kab.", "kota", "pusat", "regional", "pemda"
# ("nasional" already has a role of its own: lkjip.extract.interpret.indicators.header_columns).
_LEVEL = re.compile(r"\b(?:daerah|provinsi|prov|kabupaten|kab|kota|pusat|regional|pemda)\b")


def other_region_columns(columns: list[Column]) -> list[Column]:
    """The columns with a realisasi column naming another level of government read as the
    compared figure, when exactly one realisasi column names none (the agency's own)."""
    realisasi = [c for c in columns if c.role == "realisasi"]
    levels = [c for c in realisasi if _LEVEL.search(c.header)]
    if len(realisasi) < 2 or not levels or len(realisasi) - len(levels) != 1:
        return columns
    named = {id(c) for c in levels}
    return [dataclasses.replace(c, role=COMPARED_REALISASI) if id(c) in named else c for c in columns]
