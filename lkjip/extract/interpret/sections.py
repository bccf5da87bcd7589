"""Chapter and section headings of a report, with the page (and height) they start at.

LKjIPs follow PermenPANRB 53/2014: Ikhtisar Eksekutif, Bab I Pendahuluan, Bab II
Perencanaan Kinerja, Bab III Akuntabilitas Kinerja, Bab IV Penutup, Lampiran. Agencies
spell the chapter words apart ("B A B II"), put the title on the line after the number,
or drop "BAB" ("IV. PENUTUP"). Tables of contents list the same titles with page
numbers; those lines are not headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from lkjip.extract.source import SourceDocument, TextLine
from lkjip.records import Section

_ROMAN = r"(?:I{1,3}|IV|VI{0,3}|IX|X)"
# "BAB I", "B A B II", "BAB III AKUNTABILITAS KINERJA", "BAB 2"
_BAB_RE = re.compile(rf"^\s*(?i:b\s?a\s?b)\s+(?P<num>{_ROMAN}|\d{{1,2}})\b[\s.:\-–]*(?P<title>.*)$")
# "IV. PENUTUP", "III. AKUNTABILITAS KINERJA" (an upper-case title after a roman numeral)
_ROMAN_TITLE_RE = re.compile(rf"^\s*(?P<num>{_ROMAN})\s*[.)]\s+(?P<title>[A-Z][A-Z ,&/\-]{{3,}})\s*$")
_NAMED = re.compile(
    r"^\s*(?P<title>IKHTISAR\s+EKSEKUTIF|RINGKASAN\s+EKSEKUTIF|EXECUTIVE\s+SUMMARY|KATA\s+PENGANTAR|"
    r"DAFTAR\s+ISI|DAFTAR\s+TABEL|DAFTAR\s+GAMBAR|LAMPIRAN(?:[\s\-–:]+[A-Z0-9 .,]*)?|PENUTUP)\s*$",
    re.IGNORECASE)
# "A. CAPAIAN KINERJA ORGANISASI", "2. PERJANJIAN KINERJA", "3.1 Capaian Kinerja"
_SUB_RE = re.compile(r"^\s*(?P<num>[A-H]|\d{1,2}(?:\.\d{1,2})?)\s*[.)]?\s+(?P<title>[A-Z][A-Za-z ,&/\-()]{4,80})\s*$")
_TOC_TAIL = re.compile(r"(?:\.{3,}|…{2,}|\s\d{1,3})\s*$")
_MAX_HEADING = 90


def _toc_tail(text: str) -> bool:
    """`_TOC_TAIL.search(text)`, skipping the regex (it is tried at every position) for
    the many lines whose last printed character is neither '.', '…' nor a digit."""
    bare = text.rstrip()
    if not bare or not (bare[-1] in ".…" or bare[-1].isdecimal()):
        return False
    return _TOC_TAIL.search(text) is not None


@dataclass
class Heading:
    title: str
    page: int | None
    top: float | None
    level: int  # 1 chapter, 2 section


def _upper_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def _table_boxes(source: SourceDocument) -> dict[int, list[tuple[float, float, float, float]]]:
    """Cell boxes per page: text inside a table is never a heading."""
    out: dict[int, list[tuple[float, float, float, float]]] = {}
    for table in source.tables:
        seen: set[int] = set()
        for r, row in enumerate(table.grid):
            page = table.page_of_row(r)
            for cell in row:
                if cell is None or cell.bbox is None or id(cell) in seen:
                    continue
                seen.add(id(cell))
                if page is not None:
                    out.setdefault(page, []).append(cell.bbox)
    return out


def _inside_flags(lines: list[TextLine], boxes: list[tuple[float, float, float, float]]) -> list[bool]:
    """For every line of a page: does the centre of its box lie in one of the table cell
    boxes (edges included)? One array comparison per page: pages with large tables have
    hundreds of cells and lines."""
    if not boxes:
        return [False] * len(lines)
    located = [k for k, line in enumerate(lines) if line.bbox is not None]
    flags = [False] * len(lines)
    if not located:
        return flags
    lb = np.array([lines[k].bbox for k in located], dtype=np.float64)
    tb = np.array(boxes, dtype=np.float64)
    # Centres in float64, as Python floats would give them: the same answers at the edges.
    cx = ((lb[:, 0] + lb[:, 2]) / 2)[:, None]
    cy = ((lb[:, 1] + lb[:, 3]) / 2)[:, None]
    hit = ((tb[:, 0] <= cx) & (cx <= tb[:, 2]) & (tb[:, 1] <= cy) & (cy <= tb[:, 3])).any(axis=1)
    for k, h in zip(located, hit.tolist(), strict=True):
        flags[k] = h
    return flags


def _is_toc_page(text: str) -> bool:
    head = "\n".join(text.split("\n")[:6]).upper()
    return bool(re.search(r"DAFTAR\s+(ISI|TABEL|GAMBAR)", head))


def _looks_like_title(text: str) -> bool:
    """Capitals ("PENUTUP") or a short Title Case line ("Akuntabilitas Kinerja")."""
    if len(text) > _MAX_HEADING:
        return False
    if _upper_share(text) > 0.8:
        return True
    words = [w for w in text.split() if w[0].isalpha()]
    small = {"dan", "di", "ke", "dari", "yang", "atas", "serta", "&"}
    return 0 < len(words) <= 8 and all(w[0].isupper() or w.lower() in small for w in words)


def find_headings(source: SourceDocument) -> list[Heading]:
    """The document's headings, found once: the indicator reader and the section list both
    ask (a fresh list each call; the Headings are shared, so callers must not mutate them)."""
    key = (id(source.pages), len(source.pages), id(source.tables), len(source.tables))
    cached = source.__dict__.get("_headings_cache")
    if cached is not None and cached[0] == key:
        return list(cached[1])
    out = _find_headings(source)
    source.__dict__["_headings_cache"] = (key, out)
    return list(out)


def _find_headings(source: SourceDocument) -> list[Heading]:
    out: list[Heading] = []
    in_tables = _table_boxes(source)
    for page in source.pages:
        lines = page.lines()
        toc = _is_toc_page(page.text)
        inside = _inside_flags(lines, in_tables.get(page.number, []))
        for i, line in enumerate(lines):
            text = line.text.strip()
            if not text or len(text) > _MAX_HEADING or _toc_tail(text):
                continue
            if inside[i]:
                continue
            if toc:
                named_toc = _NAMED.match(text)
                if named_toc and i < 6:
                    out.append(Heading(" ".join(named_toc.group("title").split()).upper(), page.number,
                                       line.bbox[1] if line.bbox else None, 1))
                continue
            # Without geometry (DOCX) the character offset orders headings on the page.
            top = line.bbox[1] if line.bbox else float(line.start)
            bab = _BAB_RE.match(text)
            if bab:
                title = bab.group("title").strip()
                if title and not _looks_like_title(title):
                    continue  # "bab II ini menguraikan ..." is a sentence
                if not title:
                    # The title sits on the next non-empty line(s).
                    for nxt in lines[i + 1:i + 3]:
                        t = nxt.text.strip()
                        if t and _looks_like_title(t) and not _toc_tail(t):
                            title = t
                            break
                if _toc_tail(title):
                    continue
                out.append(Heading(f"BAB {bab.group('num')} {title}".strip(), page.number, top, 1))
                continue
            roman = _ROMAN_TITLE_RE.match(text)
            if roman:
                out.append(Heading(text, page.number, top, 1))
                continue
            named = _NAMED.match(text)
            if named and _upper_share(text) > 0.8:
                out.append(Heading(" ".join(named.group("title").split()).upper(), page.number, top, 1))
                continue
            sub = _SUB_RE.match(text)
            if sub and _upper_share(sub.group("title")) > 0.8 and len(sub.group("title").split()) >= 2:
                out.append(Heading(text, page.number, top, 2))
    return out


def find_sections(source: SourceDocument) -> list[Section]:
    return [Section(h.title, h.page, h.level) for h in find_headings(source)]
