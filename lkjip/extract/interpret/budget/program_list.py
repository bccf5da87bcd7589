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
A "JUMLAH"/"TOTAL" line ends the list with its total; without one, one amount more than
items makes the last one the total. Any other count is not guessed at: the list is skipped.
A "Keterangan" column right of the amounts ("APBD") is left out, and a currency mark
standing in a column of its own ("Rp.") is not part of a name.

On a scanned page the list is read from its printed rows (`ocr.rows.visual_rows`: Tesseract
reads the two columns as separate blocks), and each amount keeps what OCR knows of it: the
confidence of its least sure word and the glyph doubts of `ocr.cells.glyph_doubt`, so a
total that does not add up over a doubtful digit is a warning, never an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from lkjip.extract.interpret.budget.malformed_groups import SLIPPED, slipped_separator
from lkjip.extract.ocr.cells import GLYPH, LOW_RESOLUTION, glyph_doubt, repair_separators
from lkjip.extract.ocr.rows import visual_rows
from lkjip.extract.source import Page, SourceDocument, TextLine
from lkjip.geometry import BBox, union_bbox
from lkjip.numbers import NumberStyle, parse_number
from lkjip.records import BudgetRow, Cell

_HEADER = re.compile(r"^\s*(nama\s+)?program\s*:?\s+(.*\s)?anggaran\s*:?\s*(\(\s*rp\.?\s*\))?"
                     r"(\s+keterangan\s*:?)?\s*$", re.I)
_PROGRAM_ALONE = re.compile(r"^\s*(nama\s+)?program\s*:?\s*$", re.I)
_ANGGARAN_ALONE = re.compile(r"^\s*anggaran\s*:?\s*(\(\s*rp\.?\s*\))?\s*$", re.I)
_ITEM = re.compile(r"^\s*(\d{1,2})[.)]\s+(.+)$")
# An item whose number OCR did not read (a lone "1." far left of the name is often
# dropped as a speck) still begins with the word "Program".
_UNNUMBERED_ITEM = re.compile(r"^\s*(Program\s+\S.*)$")
_TOTAL = re.compile(r"^\s*(jumlah|total)\b", re.I)
# A currency mark in a column of its own, left of the amounts.
_CURRENCY = re.compile(r"\s*\brp\.?\s*$", re.I)
_MISTYPED_AMOUNT = re.compile(r"(?:rp\.?\s*)?\d{1,3}(?:[.,]\s?\d{3}){2,}(?:[.,]\d{2})?(?:,-)?", re.I)
_MAX_GAP = 30.0  # points between lines of one list; more means the list has ended
_MARGIN = 40.0  # amounts may start this far left of the "Anggaran" heading


@dataclass
class _Part:
    text: str
    box: BBox | None
    confidence: float | None  # OCR: the least sure word's; None for a text layer
    doubts: tuple[str, ...] = ()


def _split(page: Page, line: TextLine, boundary: float, stop: float) -> tuple[_Part, _Part]:
    """The part of a line left of `boundary` and the part between it and `stop` (the
    "Keterangan" column, dropped), with their boxes and OCR confidence."""
    if page.char_boxes is None:
        return _Part(line.text, line.bbox, None), _Part("", None, None)
    left: list[int] = []
    right: list[int] = []
    side: list[int] | None = left
    for i in range(line.start, line.end):
        if page.text[i].isspace():
            if side is not None:
                side.append(i)
            continue
        if i == line.start or page.text[i - 1].isspace():
            # A word goes where it starts (OCR spreads a word's box over its letters, so
            # a boundary may fall inside "Rp"); NaN stays left.
            x0 = page.char_boxes[i][0]
            side = None if x0 == x0 and x0 >= stop else right if x0 == x0 and x0 >= boundary else left
        if side is not None:
            side.append(i)
    def part(idx: list[int]) -> _Part:
        boxes = [b for i in idx if (b := page.bbox_of(i, i + 1)) is not None and not page.text[i].isspace()]
        conf = None
        if page.char_confidence is not None and idx:
            confs = page.char_confidence[idx]
            confs = confs[~np.isnan(confs)]
            conf = float(confs.min()) if len(confs) else None
        return _Part("".join(page.text[i] for i in idx).strip(), union_bbox(boxes), conf)
    return part(left), part(right)


def _amount(text: str, style: NumberStyle | None) -> tuple[float, bool] | None:
    parsed = parse_number(text, style)
    if parsed is None or parsed.kind not in ("rupiah", "other") or parsed.value < 1000:
        return None
    return float(parsed.value), parsed.ambiguous


def _keterangan_x(page: Page, lines: list[TextLine], start: int, end: int) -> float:
    """Where a "Keterangan" heading on the heading lines starts (infinity without one)."""
    for line in lines[start:end + 1]:
        at = line.text.lower().rfind("keterangan")
        if at >= 0 and (box := page.bbox_of(line.start + at, line.start + at + 1)) is not None:
            return box[0] - 4.0
    return float("inf")


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


_TRAILING_WORDS = re.compile(r"(\s+[^\d\s]+)+$")


def _mend_ocr_amount(part: _Part) -> None:
    """An OCR'd amount with its separators mended as `ocr.cells` does, flagged `ocr_glyph`
    when its digits fit only after a glyph swap."""
    mended = repair_separators(part.text)
    if mended != part.text or glyph_doubt(part.text, percent_column=False):
        part.doubts = (GLYPH,)
    part.text = mended


def _amount_cell(part: _Part, page: Page, table_id: str, row: int, ambiguous: bool) -> Cell:
    return Cell(text=part.text, page=page.number or None, table=table_id, row=row, column="anggaran",
                bbox=part.box, confidence=part.confidence, ambiguous=ambiguous,
                inferred=(*part.doubts, LOW_RESOLUTION) if page.low_resolution else part.doubts)


def _list_at(page: Page, lines: list[TextLine], start: int, style: NumberStyle | None,
             number: int) -> list[BudgetRow]:
    found = _anggaran_x(page, lines, start)
    header = lines[start]
    if found is None or header.bbox is None:
        return []
    x, heading_end = found
    stop = _keterangan_x(page, lines, start, heading_end)
    boundary = x - _MARGIN
    items: list[list] = []  # [code, text, boxes]
    amounts: list[tuple[float | None, _Part, bool]] = []
    total: tuple[float | None, _Part, bool] | None = None
    bottom = header.bbox[3]
    for line in lines[heading_end + 1:]:
        if line.bbox is None or not line.text.strip():
            continue
        if line.bbox[1] > bottom + _MAX_GAP:
            break
        left, right = _split(page, line, boundary, stop)
        left.text = _CURRENCY.sub("", left.text)
        right.text = _TRAILING_WORDS.sub("", right.text)  # a note beside the amount
        if page.source == "ocr":
            _mend_ocr_amount(right)
        is_total = bool(_TOTAL.match(left.text))
        consumed = False
        if right.text:
            value = _amount(right.text, style)
            if value is None and not _MISTYPED_AMOUNT.fullmatch(right.text):
                break
            if value is None and (slipped := slipped_separator(right.text)) is not None:
                # "1.579,307,000": one mark mistyped among groups of three, read with a doubt.
                value, right.doubts = (float(slipped), False), (*right.doubts, SLIPPED)
            # An amount otherwise malformed keeps its place in the list, unread (the
            # schema reports it), so the amounts after it still pair.
            read = (value[0] if value else None, right, value[1] if value else False)
            if is_total:
                total = read
                break
            amounts.append(read)
            consumed = True
        if left.text and not is_total:
            item = _ITEM.match(left.text)
            unnumbered = None if item or page.source != "ocr" else _UNNUMBERED_ITEM.match(left.text)
            if item:
                items.append([item.group(1), item.group(2), [left.box]])
            elif unnumbered:
                items.append([None, unnumbered.group(1), [left.box]])
            elif items:
                items[-1][1] += " " + left.text
                items[-1][2].append(left.box)
            else:
                break
            consumed = True
        if consumed:
            bottom = max(bottom, line.bbox[3])
    labelled = total is not None  # by its JUMLAH/TOTAL word, not by the count
    if total is None and len(amounts) == len(items) + 1:
        amounts.sort(key=lambda a: a[1].box[1] if a[1].box else 0.0)
        total = amounts.pop()
    if not items or len(amounts) != len(items):
        return []
    amounts.sort(key=lambda a: a[1].box[1] if a[1].box else 0.0)
    table_id = f"p{page.number}-list{number}"
    page_no = page.number or None
    rows: list[BudgetRow] = []
    for i, ((value, part, ambiguous), (code, name, boxes)) in enumerate(zip(amounts, items, strict=True)):
        cells = {"anggaran": _amount_cell(part, page, table_id, i, ambiguous)}
        name_box = union_bbox([b for b in boxes if b is not None])
        if name_box is not None:
            cells["name"] = Cell(text=" ".join(name.split()), page=page_no, table=table_id, row=i,
                                 column="name", bbox=name_box)
        rows.append(BudgetRow(table=table_id, table_kind="program_anggaran", page=page_no, row=i,
                              level="program", name=" ".join(name.split()), code=code, anggaran=value,
                              cells=cells))
    if total is not None:
        value, part, ambiguous = total
        cell = _amount_cell(part, page, table_id, len(rows), ambiguous)
        rows.append(BudgetRow(table=table_id, table_kind="program_anggaran", page=page_no, row=len(rows),
                              level="total", name="", code=None, anggaran=value, cells={"anggaran": cell},
                              level_evidence="word" if labelled else None))
        for row in rows[:-1]:
            row.parent = len(rows) - 1
    return rows


def program_list_rows(source: SourceDocument, style: NumberStyle | None) -> list[BudgetRow]:
    """Rows of every borderless "Program: / Anggaran:" list in the document."""
    out: list[BudgetRow] = []
    for page in source.pages:
        if "nggaran" not in page.text.lower():
            continue
        if page.source == "ocr":
            page = visual_rows(page)
        lines = page.lines()
        found = 0
        for i, line in enumerate(lines):
            if len(line.text) < 80 and (_HEADER.match(line.text) or _PROGRAM_ALONE.match(line.text)):
                rows = _list_at(page, lines, i, style, found + 1)
                if rows:
                    found += 1
                    out.extend(rows)
    return out
