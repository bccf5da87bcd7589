"""A count printed with the period it covers: "6 org / 12 bulan", "2 kali / tahun",
"1 paket/12 bln". The count is the value ("6 org"); the period is a note on it, not a
divisor (six people employed over twelve months, not half a person a month)."""

from __future__ import annotations

import re

_PERIOD = r"(?:bulan|bln|tahun|thn|th|hari|minggu|triwulan|semester)"
_COUNT_PER_PERIOD = re.compile(
    rf"^\s*(\d[\d.,]*\s*[^\W\d_][^\W\d_.]*\.?)\s*/\s*((?:\d{{1,3}}\s*)?{_PERIOD})\.?\s*$", re.IGNORECASE)


def count_and_period(text: str) -> tuple[str, str] | None:
    """("6 org", "12 bulan") for "6 org / 12 bulan"; None when the cell is not a count
    over a period."""
    m = _COUNT_PER_PERIOD.match(" ".join(text.split()))
    return (m.group(1), m.group(2)) if m else None
