"""The program budget list of a Perjanjian Kinerja, printed without rulings.

Under the PK table agencies type a two-column list::

    Program:                                        Anggaran:
    1. Program Pelayanan Pelayanan Administrasi     Rp. 2.316.431.000,-
       Perkantoran                                  Rp. 1.464.448.000,-
    2. Program Peningkatan Pelayanan Kedinasan …    Rp.15.472.666.000,-
    …
                                                    Rp. 19.253.545.000,-

The amounts do not line up with the items they belong to (a wrapped program name pushes
its neighbours down), so lines are split at the "Anggaran" heading's x position, numbered
items are collected on the left and amounts on the right, and they are paired by order.
One amount more than items makes the last one the list's total. Any other count is not
guessed at: the list is skipped.
"""

from __future__ import annotations

import re

from lkjip.extract.source import Page, SourceDocument, TextLine
from lkjip.geometry import BBox, union_bbox
from lkjip.numbers import NumberStyle, parse_number
from lkjip.records import BudgetRow, Cell

_HEADER = re.compile(r"^\s*(nama\s+)?program\s*:?\s+(.*\s)?anggaran\s*:?\s*(\(\s*rp\.?\s*\))?\s*$", re.I)
_PROGRAM_ALONE = re.compile(r"^\s*(nama\s+)?program\s*:?\s*$", re.I)
_ANGGARAN_ALONE = re.compile(r"^\s*anggaran\s*:?\s*(\(\s*rp\.?\s*\))?\s*$", re.I)
_ITEM = re.compile(r"^\s*(\d{1,2})[.)]\s+(.+)$")
_MISTYPED_AMOUNT = re.compile(r"(?:rp\.?\s*)?\d{1,3}(?:[.,]\s?\d{3}){2,}(?:[.,]\d{2})?(?:,-)?", re.I)
_MAX_GAP = 30.0  # points between lines of one list; more means the list has ended
_MARGIN = 40.0  # amounts may start this far left of the "Anggaran" heading


def _split(page: Page, line: TextLine, boundary: float) -> tuple[str, str, BBox | None, BBox | None]:
    """The part of a line left of `boundary` and the part right of it, with their boxes."""
    if page.char_boxes is None:
        return line.text, "", line.bbox, None
    left: list[int] = []
    right: list[int] = []
    for i in range(line.start, line.end):
        x0 = page.char_boxes[i][0]
        (right if x0 == x0 and x0 >= boundary else left).append(i)  # NaN stays left
    def text(idx: list[int]) -> str:
        return "".join(page.text[i] for i in idx).strip()
    def box(idx: list[int]) -> BBox | None:
        boxes = [b for i in idx if (b := page.bbox_of(i, i + 1)) is not None and not page.text[i].isspace()]
        return union_bbox(boxes)
    return text(left), text(right), box(left), box(right)


def _amount(text: str, style: NumberStyle | None) -> tuple[float, bool] | None:
    parsed = parse_number(text, style)
    if parsed is None or parsed.kind not in ("rupiah", "other") or parsed.value < 1000:
        return None
    return float(parsed.value), parsed.ambiguous


def _anggaran_x(page: Page, lines: list[TextLine], start: int) -> tuple[float, int] | None:
    """Where the "Anggaran" heading starts, and the index of the last heading line: on the
    "Program: … Anggaran:" line itself, or on its own line at the same height."""
    header = lines[start]
    if header.bbox is None:
        return None
    at = header.text.lower().rfind("anggaran")
    if at >= 0:
        box = page.bbox_of(header.start + at, header.start + at + len("anggaran"))
        return (box[0], start) if box else None
    for j in range(start + 1, min(start + 4, len(lines))):
        other = lines[j]
        if other.bbox is not None and _ANGGARAN_ALONE.match(other.text) and abs(other.bbox[1] - header.bbox[1]) < 4:
            return other.bbox[0], j
    return None


def _list_at(page: Page, lines: list[TextLine], start: int, style: NumberStyle | None,
             number: int) -> list[BudgetRow]:
    found = _anggaran_x(page, lines, start)
    header = lines[start]
    if found is None or header.bbox is None:
        return []
    x, start = found
    box = (x, 0.0, x, 0.0)
    boundary = box[0] - _MARGIN
    items: list[list] = []  # [code, text, boxes]
    amounts: list[tuple[float | None, str, BBox | None, bool]] = []
    bottom = header.bbox[3]
    for line in lines[start + 1:]:
        if line.bbox is None or not line.text.strip():
            continue
        if line.bbox[1] > bottom + _MAX_GAP:
            break
        left, right, lbox, rbox = _split(page, line, boundary)
        consumed = False
        if right:
            value = _amount(right, style)
            if value is None and not _MISTYPED_AMOUNT.fullmatch(right):
                break
            # An amount with mixed-up separators ("1.579,307,000") keeps its place in the
            # list, unread (the schema reports it), so the amounts after it still pair.
            amounts.append((value[0] if value else None, right, rbox, value[1] if value else False))
            consumed = True
        if left:
            item = _ITEM.match(left)
            if item:
                items.append([item.group(1), item.group(2), [lbox]])
            elif items:
                items[-1][1] += " " + left
                items[-1][2].append(lbox)
            else:
                break
            consumed = True
        if consumed:
            bottom = max(bottom, line.bbox[3])
    if not items or len(amounts) not in (len(items), len(items) + 1):
        return []
    amounts.sort(key=lambda a: a[2][1] if a[2] else 0.0)
    table_id = f"p{page.number}-list{number}"
    page_no = page.number or None
    rows: list[BudgetRow] = []
    for i, (value, text, abox, ambiguous) in enumerate(amounts):
        is_total = i == len(items)
        code, name, boxes = (None, "", []) if is_total else items[i]
        cell = Cell(text=text, page=page_no, table=table_id, row=i, column="anggaran", bbox=abox,
                    ambiguous=ambiguous)
        cells = {"anggaran": cell}
        name_box = union_bbox([b for b in boxes if b is not None])
        if name_box is not None:
            cells["name"] = Cell(text=" ".join(name.split()), page=page_no, table=table_id, row=i,
                                 column="name", bbox=name_box)
        rows.append(BudgetRow(table=table_id, table_kind="program_anggaran", page=page_no, row=i,
                              level="total" if is_total else "program", name=" ".join(name.split()),
                              code=code, anggaran=value, cells=cells))
    if len(amounts) == len(items) + 1:
        for row in rows[:-1]:
            row.parent = len(rows) - 1
    return rows


def program_list_rows(source: SourceDocument, style: NumberStyle | None) -> list[BudgetRow]:
    """Rows of every borderless "Program: / Anggaran:" list in the document."""
    out: list[BudgetRow] = []
    for page in source.pages:
        if "nggaran" not in page.text:
            continue
        lines = page.lines()
        found = 0
        for i, line in enumerate(lines):
            if len(line.text) < 60 and (_HEADER.match(line.text) or _PROGRAM_ALONE.match(line.text)):
                rows = _list_at(page, lines, i, style, found + 1)
                if rows:
                    found += 1
                    out.extend(rows)
    return out
