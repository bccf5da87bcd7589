"""A table naming its indicators inside the sasaran: no Indikator column at all.

An IKU table may print "Meningkatnya Skor Pola Pangan Harapan Konsumsi pangan (s.d tahun
2018) melalui …" under "Sasaran" beside Target and Realisasi: the sasaran's words name the
indicator measured. Where a table has one sasaran column, no indikator column, and both
a target and a realisasi column, the sasaran column is read as the indicators' names. Which
indicator a value measures is then inferred from that wording, so the value columns are
marked (`NAME_FROM_SASARAN`): no error rests on them. The name is the measure the
sasaran's wording names (`measured_in`), without its change word, period and means.
"""

from __future__ import annotations

import dataclasses
import re

from lkjip.extract.interpret.indicators.header_columns import Layout

NAME_FROM_SASARAN = "name_from_sasaran"  # lkjip.checks.certainty.INFERRED

_VALUES = ("target", "realisasi", "capaian")


def sasaran_as_indicator(layout: Layout) -> Layout | None:
    """The layout with its sasaran column read as the indicators', or None where it has an
    indikator column already, several sasaran columns, or lacks a target or a realisasi."""
    if layout.first("indikator") is not None or len(layout.by_role("sasaran")) != 1 or \
            not layout.by_role("target") or not layout.by_role("realisasi"):
        return None
    columns = [dataclasses.replace(c, role="indikator", inferred=NAME_FROM_SASARAN) if c.role == "sasaran" else
               dataclasses.replace(c, inferred=c.inferred or NAME_FROM_SASARAN) if c.role in _VALUES else c
               for c in layout.columns]
    return dataclasses.replace(layout, columns=columns)


# "Meningkatnya X (s.d tahun 2018) melalui Y": the sasaran's change word, its period and the
# means it names around the measured X.
_CHANGE_WORD = re.compile(r"^(?:meningkatnya|menurunnya|terwujudnya|tercapainya|terpenuhinya|"
                          r"peningkatan|penurunan|tersedianya|terjaganya|terkendalinya)\s+", re.I)
_TAIL = re.compile(r"\s*(?:\([^)]*\)|\bmelalui\b|\bdengan\b|\bdalam\s+rangka\b).*$", re.I)
_MIN_WORDS = 2


def measured_in(sasaran: str) -> str:
    """The measure a sasaran names: "Meningkatnya Skor Pola Pangan Harapan Konsumsi pangan
    (s.d tahun 2018) melalui …" → "Skor Pola Pangan Harapan Konsumsi pangan"; the sasaran
    as printed where less than two words would be left."""
    name = _TAIL.sub("", _CHANGE_WORD.sub("", sasaran.strip())).strip()
    return name if len(name.split()) >= _MIN_WORDS else sasaran
