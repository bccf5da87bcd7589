"""Cells of stacked indicators and the values beside them, paired item by item.

Agencies put several indicators in one cell as a bulleted list and stack their targets
line by line in the next cell. Both sides wrap ("100 % (730" / "respon)"), so lines are
first grouped into items: a bullet and its continuation lines on the indicator side, a
value and its wrapped note (or a whole social-media tally) on the value side. Equal
counts pair in order; otherwise each value goes to the bullet whose first line's top is
nearest above or level with it, so a missing value never shifts the ones below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lkjip.extract.source import RawCell
from lkjip.geometry import BBox

# "- ", "• ", "a. ", "1) ", "1. ", "(a) " start a new bullet.
BULLET_RE = re.compile(r"^\s*(?:[-–—•·▪●○◦*‣⁃]\s*|\(?[a-zA-Z]\)\s+|[a-z]\.\s+|\(?\d{1,2}[.)]\s+)")
# A value line: a number, a missing mark ("-", "- kali"), or a percentage.
_VALUE_START_RE = re.compile(r"^\s*(?:[-–—]\s*)?[<>≤≥±+]?\s*(?:Rp\.?\s*)?\d|^\s*[-–—]\s*(?:[^\W\d_]+\.?)?\s*$")
_PLATFORM_RE = re.compile(
    r"^\s*(?:[-•]\s*)?(facebook|fb|instagram|ig|twitter|youtube|tiktok|website|whatsapp|telegram)\b",
    re.IGNORECASE)
# Level within one line's height (points) counts as "aligned".
_ALIGN_TOLERANCE = 3.0


@dataclass
class Item:
    """One bullet (or one value) and the visual lines it spans."""

    text: str
    top: float | None
    lines: list[tuple[str, BBox | None]] = field(default_factory=list)

    @property
    def bbox(self) -> BBox | None:
        boxes = [b for _, b in self.lines if b is not None]
        if not boxes:
            return None
        return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))


def cell_lines(cell: RawCell) -> list[tuple[str, BBox | None]]:
    """The visual lines of a cell with their boxes (text lines alone when no geometry)."""
    if cell.line_boxes:
        return [(t, b) for t, b in cell.line_boxes if t.strip()]
    return [(t, None) for t in cell.text.split("\n") if t.strip()]


def strip_bullet(text: str) -> str:
    return BULLET_RE.sub("", text, count=1).strip()


def bullet_items(lines: list[tuple[str, BBox | None]]) -> list[Item]:
    """Split indicator lines into bullets; continuation lines join with a space.

    Without any bullet mark the whole cell is one indicator (its lines are wrapping).
    """
    if not lines:
        return []
    marked = [bool(BULLET_RE.match(t)) and bool(strip_bullet(t)) for t, _ in lines]
    if not any(marked[1:]):
        # One indicator, wrapped (a lone leading mark is just its bullet).
        return [_item(lines, bullet=True)]
    items: list[list[tuple[str, BBox | None]]] = []
    for (text, box), starts in zip(lines, marked, strict=True):
        if starts or not items:
            items.append([(text, box)])
        else:
            items[-1].append((text, box))
    return [_item(group, bullet=True) for group in items]


# An unmarked line starting this close (points) to where the marked lines start.
_MARK_COLUMN_TOLERANCE = 4.0


def restore_lost_marks(lines: list[tuple[str, BBox | None]], wanted: int) -> list[Item] | None:
    """Bullets again, where an unmarked line starting at the marked lines' left edge is
    read as a bullet whose mark OCR lost ("rmaaA umian Foster Intormasi" for "- Jumlah
    Poster Informasi"); continuation lines are indented past the mark. Kept only when
    it gives exactly `wanted` bullets (the values beside them), else None."""
    marked = [bool(BULLET_RE.match(t)) and bool(strip_bullet(t)) for t, _ in lines]
    lefts = sorted(b[0] for (_, b), m in zip(lines, marked, strict=True) if m and b is not None)
    if len(lefts) < 2 or any(b is None for _, b in lines):
        return None
    column = lefts[len(lefts) // 2]
    starts = [m or (b is not None and abs(b[0] - column) <= _MARK_COLUMN_TOLERANCE)
              for (_, b), m in zip(lines, marked, strict=True)]
    if sum(starts) != wanted or starts == marked:
        return None
    items: list[list[tuple[str, BBox | None]]] = []
    for line, start in zip(lines, starts, strict=True):
        if start or not items:
            items.append([line])
        else:
            items[-1].append(line)
    return [_item(group, bullet=True) for group in items]


def _item(group: list[tuple[str, BBox | None]], bullet: bool) -> Item:
    texts = [t.strip() for t, _ in group]
    if bullet:
        texts[0] = strip_bullet(texts[0])
        text = " ".join(t for t in texts if t)
    else:
        text = "\n".join(texts)
    top = min((b[1] for _, b in group if b is not None), default=None)
    return Item(" ".join(text.split(" ")) if bullet else text, top, list(group))


def value_items(lines: list[tuple[str, BBox | None]]) -> list[Item]:
    """Split a value cell into values: a wrapped note or a social-media tally stays one."""
    groups: list[list[tuple[str, BBox | None]]] = []
    depth = 0  # open parentheses of the current value
    compound = False
    for text, box in lines:
        stripped = text.strip()
        starts_compound = bool(_PLATFORM_RE.match(stripped))
        if not groups:
            groups.append([(text, box)])
            compound = starts_compound
        elif compound:
            groups[-1].append((text, box))  # a tally runs to the end of its cell
        elif depth > 0 or groups[-1][-1][0].rstrip().endswith("/"):
            groups[-1].append((text, box))  # an open bracket, or a ratio "89/" over "100.000 KH"
        elif starts_compound:
            groups.append([(text, box)])
            compound = True
        elif _VALUE_START_RE.match(stripped):
            groups.append([(text, box)])
        else:
            groups[-1].append((text, box))  # "respon)", "orang", "dan 2017)"
        depth = max(0, depth + stripped.count("(") - stripped.count(")"))
    return [_item(g, bullet=False) for g in groups]


def pair_by_position(bullets: list[Item], values: list[Item]) -> list[Item | None]:
    """For each bullet, the value that belongs to it (None where none does).

    Equal counts pair in order: stacked values are often printed compactly, not level
    with their bullets. Otherwise a value belongs to the bullet whose top is nearest
    above or level with its own top; a second value for the same bullet is joined to it
    (a value wrapped in a way the grouping did not see).
    """
    if not bullets:
        return []
    if len(values) == len(bullets):
        return list(values)
    out: list[Item | None] = [None] * len(bullets)
    if any(b.top is None for b in bullets) or any(v.top is None for v in values):
        # No geometry (DOCX): order is all there is; extra values join the last bullet.
        for i, v in enumerate(values):
            k = min(i, len(bullets) - 1)
            out[k] = v if out[k] is None else _join(out[k], v)
        return out
    for v in values:
        assert v.top is not None
        above = [i for i, b in enumerate(bullets) if b.top is not None and b.top <= v.top + _ALIGN_TOLERANCE]
        k = above[-1] if above else 0
        out[k] = v if out[k] is None else _join(out[k], v)
    return out


def _join(a: Item, b: Item) -> Item:
    return Item(a.text + "\n" + b.text, a.top, a.lines + b.lines)


# A part listed under an indicator ("-Administrasi", "-Keuangan") is a few words long.
_PART_WORDS = 4


def lead_with_parts(lines: list[tuple[str, BBox | None]]) -> Item | None:
    """One indicator whose name lists its parts as short marked lines under an unmarked
    lead ("Persentase Tindak Lanjut Selesai" / "-Administrasi" / "-Keuangan"), when its
    row has one value: the whole cell, else None."""
    if len(lines) < 2 or BULLET_RE.match(lines[0][0]):
        return None
    parts = [strip_bullet(t) for t, _ in lines[1:] if BULLET_RE.match(t)]
    if not parts or any(len(p.split()) > _PART_WORDS for p in parts):
        return None
    texts = [t.strip() for t, _ in lines]
    top = min((b[1] for _, b in lines if b is not None), default=None)
    return Item(" ".join(texts), top, list(lines))
