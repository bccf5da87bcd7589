"""Rupiah amounts and percentages stated in running text, with the words that spell them.

Text inside a table's cells is not running text: its figures are table values and are
read by the table extractors. A number is running text when the centre of its box lies
outside every table box on its page. A count ("3", "9") is kept only when words in
parentheses follow it ("3 (tiga)"), so LKJ-N001 can compare the two.

`context` is the sentence around the figure (it may start on the previous page: reports
run a sentence over the page break); `lead_in` in `NarrativeAmount.context`'s terms is
what the checks need, so the sentence is cut to end right after the figure's words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

import numpy as np

from lkjip.extract.interpret.prose_panels import is_outline_prose, is_prose_panel
from lkjip.extract.ocr.cells import GLYPH, LOW_RESOLUTION, repair_separators
from lkjip.extract.source import Page, RawTable, SourceDocument
from lkjip.geometry import BBox
from lkjip.numbers import NumberStyle, ParsedNumber, find_numbers, find_terbilang
from lkjip.records import Cell, NarrativeAmount

# Between a figure and its words: spaces, the rupiah ",-", a stray comma or colon.
_GAP_TO_WORDS = re.compile(r"^[\s,.\-:=]{0,6}$")
_SENTENCE_END = re.compile(r"(?<!\bRp)(?<!\bNo)(?<!\bs\.d)[.!?](?=\s+[A-Z0-9(])|\n\s*\n")
_CONTEXT_CHARS = 400
_MALFORMED_TAIL = re.compile(r"[.,]{1,2}\d|\s[.,]\d{3}\b")
# "Rp. 907458.180,-": a separator missing between groups, so which one is the decimal
# mark (907.458.180 or 907458,18) is unknown.
_BROKEN_GROUPS = re.compile(r"\d{4,}[.,]\d{3}(?:[.,]\d{3})*(?:[.,]-|[.,]\d{1,2})?\s*$")
_PAGE_NUMBER = re.compile(r"^\s*(-\s*)?([0-9]{1,3}|[ivxlc]{1,6})(\s*-)?\s*$", re.I)
# A list item opens a line: "(7) Kegiatan …", "(10)Pemberdayaan …", "22. Kegiatan …", "a. …"
# ("2.2. Rencana …", a section number, is no item).
_ITEM_MARK = re.compile(r"(?m)^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)](?=\s)|[a-z][.)](?=\s))[ \t]*")
_ITEM_REACH = 600
_RP_LINE_END = re.compile(r"\bRp\.?\s*$")
# A figure on one of a page's first lines (after its running head) may be the amount a
# "Rp." at the foot of the previous page announces.
_HEAD_LINES = 2
_GROUPED_AMOUNT = re.compile(r"^\d{1,3}(?:[.,]\d{3}){2,}")
_SPACE, _NEWLINE = ord(" "), ord("\n")


def table_boxes(tables: list[RawTable]) -> dict[int, list[BBox]]:
    """Every page's table areas, including the parts of tables continued over pages (a
    panel of prose the table finder took for a table is running text)."""
    boxes: dict[int, list[BBox]] = {}
    for table in tables:
        if is_prose_panel(table) or is_outline_prose(table):
            continue
        per_page: dict[int, list[BBox]] = {}
        for r, row in enumerate(table.grid):
            page = table.page_of_row(r)
            if page is None:
                continue
            for cell in row:
                if cell is not None and cell.bbox is not None:
                    per_page.setdefault(page, []).append(cell.bbox)
        if not per_page and table.page is not None and table.bbox is not None:
            per_page[table.page] = [table.bbox]
        for page, cell_boxes in per_page.items():
            boxes.setdefault(page, []).append((
                min(b[0] for b in cell_boxes), min(b[1] for b in cell_boxes),
                max(b[2] for b in cell_boxes), max(b[3] for b in cell_boxes)))
    return boxes


def _inside(box: BBox | None, areas: list[BBox]) -> bool:
    if box is None:
        return False
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(a[0] - 1 <= cx <= a[2] + 1 and a[1] - 1 <= cy <= a[3] + 1 for a in areas)


def running_text(page: Page, areas: list[BBox]) -> str:
    """The page's text with table cells and lone page numbers blanked out (offsets kept)."""
    text = page.text
    # The text as code points, so whole runs are blanked at once (pages of tables hold
    # thousands of characters); surrogatepass keeps any lone surrogate as it was.
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).copy()
    if page.char_boxes is not None and areas and len(page.char_boxes) == len(text):
        boxes = page.char_boxes
        cx = (boxes[:, 0] + boxes[:, 2]) / 2
        cy = (boxes[:, 1] + boxes[:, 3]) / 2
        inside = np.zeros(len(text), dtype=bool)
        for a in areas:  # NaN centres (inserted line breaks) compare False: never inside
            inside |= (cx >= a[0] - 1) & (cx <= a[2] + 1) & (cy >= a[1] - 1) & (cy <= a[3] + 1)
        codes[inside & (codes != _NEWLINE)] = _SPACE
    for line in page.lines():
        if _PAGE_NUMBER.match(line.text):
            codes[line.start:line.end] = _SPACE
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


def _sentence(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence holding text[start:end] (whitespace collapsed) and where the figure
    starts in it."""
    lo = max(0, start - _CONTEXT_CHARS)
    head = text[lo:start]
    cut = None
    for m in _SENTENCE_END.finditer(head):
        cut = m.end()
    head = head[cut:] if cut is not None else head
    tail = text[end:end + _CONTEXT_CHARS]
    m = _SENTENCE_END.search(tail)
    tail = tail[: m.start() + 1] if m else tail
    spaced = head[-1:].isspace()
    head = " ".join(head.split())
    # "(99,53%)" stays as printed, so every figure of a sentence gets the same context.
    head = head + " " if head and spaced else head
    return head + " ".join((text[start:end] + tail).split()), len(head)


def _item_lead(whole: str, start: int) -> str | None:
    """The list item holding whole[start], from its marker up to `start`."""
    lo = max(0, start - _ITEM_REACH)
    last = None
    for m in _ITEM_MARK.finditer(whole, lo, start):
        last = m
    return " ".join(whole[last.end():start].split()) if last is not None else None


def _carried_amount(numbers: list[ParsedNumber], text: str, previous_text: str) -> ParsedNumber | None:
    """The figure on the page's first lines that a "Rp." ending the previous page (on its
    last line, or the one above its foot) announces."""
    lines = [line for line in previous_text.rstrip().split("\n") if line.strip()][-2:]
    if not any(_RP_LINE_END.search(line) for line in lines):
        return None
    for number in numbers:
        if text.count("\n", 0, number.start) > _HEAD_LINES:
            return None
        # "90.936.238.984,-" reads as rupiah by its ",-" alone; either way no "Rp." opens it.
        if number.kind in ("other", "rupiah") and _GROUPED_AMOUNT.search(number.text):
            return number
    return None


# OCR drops the spaces around an amount: "sebesarRp 126.532.550,00", "Rp 661.491.235,00atau".
# The amount, from its "Rp" to its last digit group, is read on its own.
_GLUED_RUPIAH = re.compile(r"(?:(?<=[a-z])|(?<=[a-z][.,]))Rp\.?\s*\d{1,3}(?:[.,]\d{3})+(?:,\d{2})?(?![\d.,]\d)"
                           r"|\bRp\.?\s*\d{1,3}(?:[.,]\d{3})+(?:,\d{2})?(?=[^\W\d_])")


def _with_glued_rupiah(text: str, numbers: list[ParsedNumber], style: NumberStyle | None) -> list[ParsedNumber]:
    """`numbers` and the rupiah amounts of an OCR'd page glued to the words beside them."""
    taken = [(n.start, n.end) for n in numbers if n.kind == "rupiah"]
    found = list(numbers)
    for m in _GLUED_RUPIAH.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        alone = [n for n in find_numbers(m.group(0), style) if n.kind == "rupiah"]
        if len(alone) != 1:
            continue
        glued = replace(alone[0], start=alone[0].start + m.start(), end=alone[0].end + m.start())
        # The bare digits read before (kind "other") are this amount.
        found = [n for n in found if not (n.start < glued.end and glued.start < n.end)] + [glued]
    return sorted(found, key=lambda n: n.start)


def _page_amounts(page: Page, text: str, next_text: str, next_page: int | None,
                  style: NumberStyle | None, previous_text: str) -> list[NarrativeAmount]:
    """Figures of one page; `text` is its running text, `next_text` the next page's (words
    in parentheses and sentences continue over the page break)."""
    joined = text + "\n" + next_text[:_CONTEXT_CHARS]
    words = {hit[0]: hit for hit in find_terbilang(joined)}
    word_starts = sorted(words)
    out: list[NarrativeAmount] = []
    page_no = page.number or None
    whole = previous_text + "\n" + joined
    offset = len(previous_text) + 1
    as_read = text
    if page.ocr_engine:
        # A scan's misread marks ("Rp.1.438.079.933.00"): mended in place (same length, so
        # offsets still index the page's boxes), the figure then flagged as a reading.
        text = repair_separators(text)
    numbers = find_numbers(text, style)
    if page.ocr_engine:
        numbers = _with_glued_rupiah(text, numbers, style)
    carried = _carried_amount(numbers, text, previous_text)
    if carried is not None:
        # "… sebesar Rp." | page break | "670.950.000,00, dan …": the running head between
        # is blanked so the sentence reads on from the previous page.
        head_end = text.rfind("\n", 0, carried.start) + 1
        kept = previous_text.rstrip()
        whole = kept + " " * (offset - len(kept) + head_end) + whole[offset + head_end:]
    for number in numbers:
        kind = "rupiah" if number is carried else number.kind
        box = page.bbox_of(number.start, number.end)
        if _MALFORMED_TAIL.match(text, number.end) or (kind == "rupiah" and _BROKEN_GROUPS.search(number.text)):
            continue  # "Rp. 163.305..000,-": the figure is cut short, its value unknown
        k = bisect_left(word_starts, number.end)  # the first words starting at or after it
        follow = word_starts[k] if k < len(word_starts) else None
        spelled = None
        if follow is not None and _GAP_TO_WORDS.match(joined[number.end:follow]):
            spelled = words[follow]
        if kind not in ("rupiah", "percent") and spelled is None:
            continue
        end = spelled[1] if spelled else number.end
        context, at = _sentence(whole, number.start + offset, end + offset)
        printed = " ".join(number.text.split())
        mended = as_read[number.start:number.end] != text[number.start:number.end]
        doubts = ((GLYPH,) if mended else ()) + ((LOW_RESOLUTION,) if page.low_resolution else ())
        # On an OCR'd page the figure is only as sure as its least confident word.
        cell = Cell(text=printed, page=page_no, bbox=box, ambiguous=number.ambiguous, inferred=doubts,
                    confidence=page.confidence_of(number.start, number.end))
        kind = kind if kind in ("rupiah", "percent", "count") else "other"
        value = float(number.value) if kind == "percent" else number.value
        amount = NarrativeAmount(page=page_no, text=printed, value=value, kind=kind, cell=cell,
                                 context=context, ambiguous=number.ambiguous, context_offset=at,
                                 item_lead=_item_lead(whole, number.start + offset))
        if spelled is not None:
            s, e, printed, spelled_value = spelled
            amount.words, amount.words_value = " ".join(printed.split()), spelled_value
            amount.words_cell = _words_cell(page, s, e, printed, next_page, len(text) + 1)
        out.append(amount)
    return out


def _words_cell(page: Page, start: int, end: int, printed: str, next_page: int | None,
                next_start: int) -> Cell:
    text = " ".join(printed.split())
    if start >= next_start:  # the words start on the next page
        return Cell(text=text, page=next_page)
    end = min(end, next_start - 1)
    return Cell(text=text, page=page.number or None, bbox=page.bbox_of(start, end),
                confidence=page.confidence_of(start, end),
                inferred=(LOW_RESOLUTION,) if page.low_resolution else ())


def narrative_amounts(source: SourceDocument, style: NumberStyle | None) -> list[NarrativeAmount]:
    areas = table_boxes(source.tables)
    texts = [running_text(page, areas.get(page.number, [])) for page in source.pages]
    out: list[NarrativeAmount] = []
    for i, page in enumerate(source.pages):
        following = source.pages[i + 1] if i + 1 < len(source.pages) else None
        out.extend(_page_amounts(
            page, texts[i], texts[i + 1] if following else "",
            (following.number or None) if following else None, style,
            texts[i - 1][-_CONTEXT_CHARS:] if i else ""))
    return out
