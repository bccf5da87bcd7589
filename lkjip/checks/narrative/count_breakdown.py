"""A count the text states, then breaks down: "… sebanyak 20 indikator dengan rincian
penilaian sebagai berikut : Sangat baik : 16 indikator … Baik : 1 indikator … Cukup :
2 indikator … Kurang : 2 indikator … Jumlah : 21 indikator". The stated count, the list's
Jumlah and the sum of its items are one figure three times. Not a rule (LKJ-N002 reports).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_STATED = re.compile(r"\bsebanyak\s+(?P<n>\d{1,4})\s+(?P<unit>[a-z]{4,})\b", re.I)
_BREAKDOWN = re.compile(r"\b(?:rincian|perincian|sebagai\s+berikut)\b", re.I)
_REACH = 600
_MIN_ITEMS = 2


@dataclass(frozen=True)
class Breakdown:
    stated: re.Match[str]
    items: list[re.Match[str]]
    total: re.Match[str] | None  # the list's "Jumlah : N unit", if printed


def breakdowns(text: str) -> Iterator[Breakdown]:
    """Each "sebanyak N unit … rincian … : k unit … : k unit [… Jumlah : M unit]" of `text`
    (whitespace collapsed), the list within a few lines and before the next "sebanyak"."""
    for m in _STATED.finditer(text):
        end = min(len(text), m.end() + _REACH)
        nxt = _STATED.search(text, m.end(), end)
        end = nxt.start() if nxt else end
        lead = _BREAKDOWN.search(text, m.end(), end)
        if lead is None:
            continue
        unit = re.escape(m.group("unit"))
        total = re.compile(rf"\bjumlah\s*:?\s*(\d{{1,4}})\s+{unit}\b", re.I).search(text, lead.end(), end)
        stop = total.start() if total else end
        items = list(re.compile(rf":\s*(\d{{1,4}})\s+{unit}\b", re.I).finditer(text, lead.end(), stop))
        if len(items) >= _MIN_ITEMS:
            yield Breakdown(m, items, total)
