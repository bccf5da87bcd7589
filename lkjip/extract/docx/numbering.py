"""The labels Word prints before list paragraphs ("1.", "a)", bullets).

python-docx gives paragraph text without them, but the PDF exported from the same
document prints them, and extractors split stacked indicators on them. Bullets of any
glyph are written "-", as the seed's truth and the PDF rendition show them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                       (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def _letters(n: int) -> str:
    # Word repeats the letter past z: aa, bb …
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)


def _val(el: Any, tag: str, default: str | None = None) -> str | None:
    child = el.find(f"{W}{tag}") if el is not None else None
    return child.get(f"{W}val", default) if child is not None else default


@dataclass
class ListLabels:
    """Counts list items as the document goes, like Word does when it prints."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId → ilvl → level
    abstract_of: dict[str, str] = field(default_factory=dict)  # numId → abstractNumId
    counters: dict[str, list[int]] = field(default_factory=dict)  # abstractNumId → counts per level

    @classmethod
    def from_numbering(cls, numbering: Any | None) -> ListLabels:
        labels = cls()
        if numbering is None:
            return labels
        abstract: dict[str, dict[int, _Level]] = {}
        for an in numbering.findall(f"{W}abstractNum"):
            lvls: dict[int, _Level] = {}
            for lvl in an.findall(f"{W}lvl"):
                ilvl = int(lvl.get(f"{W}ilvl", "0"))
                start = _val(lvl, "start", "1") or "1"
                lvls[ilvl] = _Level(fmt=_val(lvl, "numFmt", "decimal") or "decimal",
                                    text=_val(lvl, "lvlText", "") or "",
                                    start=int(start) if start.isdigit() else 1)
            abstract[an.get(f"{W}abstractNumId", "")] = lvls
        for num in numbering.findall(f"{W}num"):
            num_id = num.get(f"{W}numId", "")
            aid = _val(num, "abstractNumId", "") or ""
            labels.abstract_of[num_id] = aid
            labels.levels[num_id] = abstract.get(aid, {})
        return labels

    def label(self, num_id: str, ilvl: int) -> str:
        """The label of the next item of list `num_id` at level `ilvl` ("" for none)."""
        level = self.levels.get(num_id, {}).get(ilvl)
        if level is None or num_id == "0":
            return ""
        if level.fmt == "bullet":
            return "-"
        if level.fmt == "none":
            return ""
        key = self.abstract_of.get(num_id, num_id)
        counts = self.counters.setdefault(key, [0] * 9)
        ilvl = min(ilvl, 8)
        if counts[ilvl] == 0:
            counts[ilvl] = level.start - 1
        counts[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        text = level.text
        for i in range(ilvl + 1):
            lvl_i = self.levels.get(num_id, {}).get(i, _Level())
            n = counts[i] if counts[i] else lvl_i.start
            text = text.replace(f"%{i + 1}", format_number(n, lvl_i.fmt))
        return text
