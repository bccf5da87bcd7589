"""A count printed "3,000" in a table whose other figures group thousands with dots.

"3,000 orang" is three thousand people whatever the table's notation: a head-count (or a
count of units, firms, documents) takes no decimals, so three digits after the one mark
of an ambiguous token are a thousands group. Read so only where the token is ambiguous
(one mark, three digits after it) and its row's unit counts things (or, without a unit,
its name opens with "Jumlah"); the cell says so (`COUNT_THOUSANDS`), since the table's own notation says
otherwise: no error rests on it.
"""

from __future__ import annotations

import re

COUNT_THOUSANDS = "count_thousands"  # lkjip.checks.certainty.INFERRED

# One mark, three digits after it, then at most a unit ("1.614\nbuah").
_AMBIGUOUS = re.compile(r"^\s*(\d{1,3})[.,](\d{3})(?![\d.,])\s*[^\W\d_]*\s*$")
_COUNT_UNITS = re.compile(r"^(?:orang|org|0rang|jiwa|unit|buah|bh|eksportir|usaha|perusahaan|ikm|dokumen|"
                          r"kegiatan|kali|lembaga|desa|pasar|peserta|pelaku|wirausaha)\b", re.I)

# "Jumlah UTTP", "Peningkatan Jumlah eksportir": a count, unless a share of it is measured.
_COUNT_NAME = re.compile(r"^(?:peningkatan\s+|penurunan\s+)?jumlah\b(?!.*\b(?:persen|persentase|%|rasio|nilai)\b)",
                         re.I)


def count_in_thousands(number_text: str, unit: str | None, name: str | None = None) -> int | None:
    """3000 for "3,000" beside the unit "Orang", or for an indicator named as a count
    ("Peningkatan Jumlah unit usaha IKM": 202.955); None otherwise."""
    m = _AMBIGUOUS.match(number_text)
    counted = bool(unit and _COUNT_UNITS.match(unit.strip())) or \
        (not unit and name is not None and _COUNT_NAME.search(name) is not None)
    if m is None or not counted:
        return None
    return int(m.group(1) + m.group(2))
