"""The efficiency table (Efisiensi Penggunaan Sumber Daya): No | Indikator Kinerja | Sat |
Target | Realisasi | Anggaran (Rp.) | Realisasi Anggaran (%) | Tingkat Efisiensi.

Each line is an indicator with the budget spent on reaching it: the indicator names the
budget line (there is no program column), and its targets beside the amounts do not make
the table a Renja plan. Told by the "Efisiensi" heading over the last column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lkjip.extract.source import RawTable

_EFFICIENCY = re.compile(r"\befisiensi\b", re.I)
_INDICATOR = re.compile(r"^\W*indikator\b", re.I)


def indicator_names(by_role: dict[str, list[Any]]) -> bool:
    """Let the one indicator column name the lines of an efficiency table with a budget
    column and no name column; True when the table is one."""
    others = by_role.get("other", [])
    indicators = [g for g in others if _INDICATOR.match(g.header)]
    if by_role.get("name") or not by_role.get("anggaran") or len(indicators) != 1 \
            or not any(_EFFICIENCY.search(g.header) for g in others):
        return False
    indicators[0].role = "name"
    by_role["name"] = indicators
    by_role["other"] = [g for g in others if g is not indicators[0]]
    return True


# "Tahun" alone over the first column: the lines of the table are years.
_YEAR_HEAD = re.compile(r"^\W*tahun\W*$", re.I)


def year_names(by_role: dict[str, list[Any]]) -> bool:
    """Let a lone "Tahun" column name the lines of an efficiency table without a name
    column ("Tahun | Target Belanja Sasaran (Rp) | Realisasi Belanja Sasaran (Rp) |
    Persentase (%) | Efisiensi (%)": one line per year); True when the table is one."""
    others = by_role.get("other", [])
    years = [g for g in others if _YEAR_HEAD.match(g.header)]
    if by_role.get("name") or by_role.get("code") or not by_role.get("anggaran") or len(years) != 1:
        return False
    years[0].role = "name"
    by_role["name"] = years
    by_role["other"] = [g for g in others if g is not years[0]]
    return True


def garbled_heading_row(table: RawTable, texts: list[str], is_heading: Callable[[str], bool]) -> bool:
    """The first row of an OCR'd table whose headings mostly read as headings and the rest
    hold no figure ("EfaTeasi 1%]" for "Efisiensi (%)": a word a blurred scan garbled
    beyond mending): still the header, since a body line would print figures."""
    if not table.engine.endswith("-ocr") or table.n_rows < 2:
        return False
    heads = sum(1 for t in texts if is_heading(t))
    return heads * 2 > len(texts) and heads >= 2 and \
        not any(re.search(r"\d[.,]?\d", t) for t in texts if not is_heading(t))
