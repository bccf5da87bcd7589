"""The title block opening a table's page, where a lampiran names the table's year.

A lampiran page opens with a centred title in capitals ("INDIKATOR KINERJA UTAMA (IKU) /
DINAS … / TAHUN 2017"), then the unit's particulars (Nama Organisasi, Tugas, Fungsi), and
only then the table under a short caption that repeats the title without its year. The
caption and the lines just above the table name no year; the page's title does.

The title is the run of capitalised lines from the top of the page down to the first line
in ordinary case, above the table; a running head (a line opening several pages, "LAPORAN
KINERJA … TAHUN 2016" on every page) is the report's, not the table's, and is skipped.
"""

from __future__ import annotations

import re
from collections import Counter

from lkjip.extract.source import Page, RawTable, SourceDocument

# A line opening this many pages is a running head.
_RUNNING_PAGES = 3
_HEAD_LINES = 2
_MIN_LETTERS = 4
_UPPER_SHARE = 0.8
_PAGE_NUMBER = re.compile(r"^\s*[-–]?\s*(?:\d{1,3}|[ivxlc]{1,6})\s*[-–]?\s*$", re.I)


def _key(text: str) -> str:
    return " ".join(re.sub(r"\d+", "#", text.lower()).split())


def _opening_lines(page: Page) -> list[str]:
    return [t for line in page.lines() if (t := line.text.strip())][:_HEAD_LINES]


def running_heads(source: SourceDocument) -> frozenset[str]:
    """The lines (page numbers as #) that open several pages."""
    seen: Counter[str] = Counter()
    for page in source.pages:
        seen.update({_key(t) for t in _opening_lines(page)})
    return frozenset(k for k, n in seen.items() if n >= _RUNNING_PAGES)


def _capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= _MIN_LETTERS and sum(ch.isupper() for ch in letters) >= _UPPER_SHARE * len(letters)


def page_title(table: RawTable, source: SourceDocument, heads: frozenset[str]) -> str:
    """The capitalised lines opening the table's page above it (running heads left out)."""
    if table.page is None or table.bbox is None:
        return ""
    page = next((p for p in source.pages if p.number == table.page), None)
    if page is None:
        return ""
    out: list[str] = []
    for line in page.lines():
        text = line.text.strip()
        if not text or _PAGE_NUMBER.match(text) or _key(text) in heads:
            continue
        if line.bbox is None or line.bbox[3] > table.bbox[1] + 1 or not _capitals(text):
            break
        out.append(text)
    return "\n".join(out)
