"""Staff head-counts stated in the text and the lists that break them down.

Chapter I of an LKjIP describes the agency's staff: "sebanyak 70 orang PNS dan 18 orang
PTT yang terdiri atas :" followed by a list by rank ("Pejabat Eselon IV : 9 orang"), or
"Dari 70 PNS … pendidikannya sebagai berikut :" followed by a list by education
("SLTA = 24 orang"). This module reads each such statement with the list right under
it, keeping where every number was printed. Judging whether they add up is LKJ-K007's.
"""

from __future__ import annotations

import re

from lkjip.extract.source import Page, SourceDocument
from lkjip.records import Cell, StaffList, StatedCount

_GROUP = r"(?:PNS|ASN|CPNS|PTT|THL|PPPK|P3K|non[\s-]?PNS|honorer|tenaga\s+kontrak|pegawai(?:\s+\w+){0,2}|orang)"
# "70 orang PNS", "70 PNS", "18 orang PTT", "sebanyak 70 orang"
_STATED = re.compile(rf"(?<![\d.,])(?P<n>\d{{1,5}})\s+(?:orang\s+)?(?P<group>{_GROUP})\b", re.I)
_INTRO_END = re.compile(r"(?::\s*$|sebagai\s+berikut\s*:?\s*$|terdiri\s+(?:atas|dari)\s*:?\s*$)", re.I)
_ITEM = re.compile(
    r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-•])?\s*(?P<label>[^:=\d][^:=]*?)\s*[:=]\s*(?P<n>\d{1,5})\s*"
    r"(?:orang|org|pegawai|jiwa)?\.?\s*$", re.I)
_STAFF_WORDS = re.compile(r"pegawai|pns|asn|sumber\s+daya\s+manusia|sdm|aparatur|personil|personel|"
                          r"pendidikan|eselon|golongan|jabatan", re.I)
_MAX_INTRO_LINES = 4




def _cell(page: Page, start: int, end: int) -> Cell:
    return Cell(page.text[start:end], page.number or None, None, None, "text", page.bbox_of(start, end))


def _lists_on(page: Page) -> list[StaffList]:
    out: list[StaffList] = []
    lines = page.lines()
    for i, line in enumerate(lines):
        if not _INTRO_END.search(line.text):
            continue
        first = max(0, i - _MAX_INTRO_LINES + 1)
        intro_lines = lines[first:i + 1]
        # The statement starts after the last sentence end above the colon.
        start = intro_lines[0].start
        for ln in intro_lines[:-1]:
            if re.search(r"[.;:]\s*$", ln.text):
                start = ln.end + 1
        # ...and after the last full stop inside the lines ("… tugas. Dari 70 PNS …").
        stop = max((m.end() for m in re.finditer(r"\.\s+(?=[A-Z])", page.text[start:line.end])), default=0)
        start += stop
        intro = page.text[start:line.end]
        if not _STAFF_WORDS.search(intro):
            continue
        stated = [StatedCount(int(m.group("n")), " ".join(m.group("group").split()),
                              _cell(page, start + m.start(), start + m.end()))
                  for m in _STATED.finditer(intro)]
        if not stated:
            continue
        items: list[tuple[str, int, Cell]] = []
        for nxt in lines[i + 1:]:
            m = _ITEM.match(nxt.text)
            if m is None:
                break
            items.append((" ".join(m.group("label").split()), int(m.group("n")),
                          _cell(page, nxt.start + m.start("n"), nxt.start + m.end("n"))))
        if len(items) >= 2:
            out.append(StaffList(page.number or None, " ".join(intro.split()), stated, items))
    return out


def staff_counts(source: SourceDocument) -> list[StaffList]:
    return [lst for page in source.pages for lst in _lists_on(page)]
