"""Cells of OCR'd ruled tables: each value kept in its cell, and its doubt said per line.

Tesseract reads a whole page line by line; where a table's rows are tight it follows a
text line across a ruling and merges two rows into one garbled word, whose characters
then fall into one cell and leave the cell above empty. The cell geometry (the rulings)
is the authority on rows, so

- `words_across_rules`: a page word that straddles a horizontal rule of the table marks
  every cell it touches as misread; `inked_empty_cells`: a cell the page reading left
  empty although its crop holds ink was misread too. Both are read again from their
  own crop (`reread_cells`).
- `set_line_confidence`: each line of a cell carries its own least sure word, so a value
  split out of a stacked cell keeps its own doubt.
- `glyph_doubts`: a number whose shape fits its column only after a glyph swap scans
  often make (`%` read as `96`, a letter inside digits, a thousands group of 4 digits).
- `verify_numbers`: every number of a table is read a second time from its own crop
  (all crops of a table stacked in one image: one Tesseract run per table); where the
  digits differ, a third reading of the line alone at twice the size decides: a line it
  does not confirm is in doubt ("ocr_rereads_differ").

Doubts are `lkjip.checks.certainty.INFERRED` codes on `RawCell.line_doubts`/`doubts`;
the interpreters copy them to every `Cell` read from those lines, so no error rests on
them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from PIL import Image

from lkjip.extract.ocr.decimal_mark import restore_decimal_marks
from lkjip.extract.ocr.group_marks import mend_group_marks
from lkjip.extract.source import Page, RawCell, RawTable
from lkjip.geometry import BBox

GLYPH = "ocr_glyph"
REREADS_DIFFER = "ocr_rereads_differ"
# Every value OCR reads from a scan below 100 ppi (reader.LOW_RES_SCAN_PPI).
LOW_RESOLUTION = "ocr_low_resolution"
# Every value of a table whose grid was rebuilt from a scanned image (rows, columns, levels).
TABLE_GRID = "ocr_table_grid"

# Pixels trimmed from each side of a cell crop so its ruling lines are not read as text.
CELL_INSET_PX = 4
# A word reaching this share of its height past a cell's top or bottom rule crosses it.
_CROSSING_SHARE = 0.3
# A crop with at least this share of dark pixels holds text (rules are trimmed off).
_INK_SHARE = 0.004
# White rows between the stacked crops of `verify_numbers`, in pixels.
_STACK_GAP_PX = 24


def table_cells(table: RawTable) -> list[RawCell]:
    """Each cell of the table once (a merged cell covers several grid positions)."""
    seen: dict[int, RawCell] = {}
    for row in table.grid:
        for cell in row:
            if cell is not None:
                seen.setdefault(id(cell), cell)
    return list(seen.values())


@dataclass(frozen=True)
class PageWord:
    """A word of an OCR'd page (a run of non-space characters) with its box in points, its
    confidence (None for a word of punctuation) and the number of its line."""

    text: str
    box: BBox
    confidence: float | None
    line: int


def page_words(page: Page) -> list[PageWord]:
    """Every word of an OCR'd page that has a box, in the page text's order."""
    if page.char_boxes is None:
        return []
    out: list[PageWord] = []
    conf_of = page.char_confidence
    start, line = None, 0
    text = page.text + "\n"
    for i, ch in enumerate(text):
        if ch.isspace():
            if start is not None:
                boxes = page.char_boxes[start:i]
                boxes = boxes[~np.isnan(boxes[:, 0])]
                if len(boxes):
                    conf = conf_of[start:i] if conf_of is not None else np.empty(0)
                    conf = conf[~np.isnan(conf)]
                    out.append(PageWord(text[start:i], (float(boxes[:, 0].min()), float(boxes[:, 1].min()),
                                                        float(boxes[:, 2].max()), float(boxes[:, 3].max())),
                                        float(conf.min()) if len(conf) else None, line))
            start = None
            line += ch == "\n"
        elif start is None:
            start = i
    return out


def word_boxes(page: Page) -> list[tuple[BBox, float]]:
    """The box and confidence of every OCR'd word of a page (runs of non-space characters)."""
    if page.char_confidence is None:
        return []
    return [(w.box, 100.0 if w.confidence is None else w.confidence) for w in page_words(page)]


def words_across_rules(table: RawTable, words: list[tuple[BBox, float]]) -> list[RawCell]:
    """Cells a page word overlaps while reaching past the cell's top or bottom rule."""
    out: list[RawCell] = []
    for cell in table_cells(table):
        if cell.bbox is None:
            continue
        x0, top, x1, bottom = cell.bbox
        for (wx0, wt, wx1, wb), _ in words:
            if wx1 <= x0 or wx0 >= x1 or wb <= top or wt >= bottom:
                continue
            reach = _CROSSING_SHARE * (wb - wt)
            if wt < top - reach or wb > bottom + reach:
                out.append(cell)
                break
    return out


def crop_box(bbox: BBox, scale: float) -> tuple[int, int, int, int] | None:
    """A cell's box in pixels with its rules trimmed off; None when too small to read."""
    left, top = int(bbox[0] * scale) + CELL_INSET_PX, int(bbox[1] * scale) + CELL_INSET_PX
    right, bottom = int(bbox[2] * scale) - CELL_INSET_PX, int(bbox[3] * scale) - CELL_INSET_PX
    if right - left < 8 or bottom - top < 8:
        return None
    return left, top, right, bottom


def _crop(image: Image.Image, bbox: BBox, scale: float) -> Image.Image | None:
    box = crop_box(bbox, scale)
    return None if box is None else image.crop(box)


def has_ink(image: Image.Image, bbox: BBox, scale: float) -> bool:
    """Whether the cell's crop (rules trimmed off) holds print."""
    crop = _crop(image, bbox, scale)
    if crop is None:
        return False
    ink = np.asarray(crop.convert("L")) < 128
    # Rows or columns dark almost end to end are a rule the inset did not trim (skew).
    ink[ink.mean(axis=1) > 0.8, :] = False
    ink[:, ink.mean(axis=0) > 0.8] = False
    return bool(ink.mean() >= _INK_SHARE)


def inked_empty_cells(table: RawTable, image: Image.Image, scale: float) -> list[RawCell]:
    return [c for c in table_cells(table) if not c.text.strip() and c.bbox is not None
            and has_ink(image, c.bbox, scale)]


def set_line_confidence(page: Page, table: RawTable) -> None:
    """Each line of each cell: the confidence of its least sure word."""
    if page.char_confidence is None or page.char_boxes is None:
        return
    boxes, conf = page.char_boxes, page.char_confidence
    cx, cy = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    known = ~np.isnan(conf)
    for cell in table_cells(table):
        if cell.bbox is None or not cell.line_boxes:
            continue
        x0, top, x1, bottom = cell.bbox
        in_cell = known & (cx >= x0) & (cx <= x1) & (cy >= top) & (cy <= bottom)
        confs: list[float | None] = []
        for _, (lx0, lt, lx1, lb) in cell.line_boxes:
            inside = in_cell & (cx >= lx0 - 0.5) & (cx <= lx1 + 0.5) & (cy >= lt - 0.5) & (cy <= lb + 0.5)
            confs.append(float(conf[inside].min()) if inside.any() else cell.confidence)
        cell.line_confidence = confs


# --- glyphs scans confuse -------------------------------------------------------------

_NUMBER_TOKEN = re.compile(r"\d[\d.,]*\d|\d")
_GOOD_GROUPING = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:[.,]\d{1,3})?$")
# A letter scans make of a digit, inside a run of digits: "1O0", "2l5", "3S0".
_LETTER_IN_DIGITS = re.compile(r"\d[OolIS]+\d|\d[.,][OolIS]\d|\d[OolIS][.,]\d")
# "%" read as "96", "9%" or "%6" after a number.
_PERCENT_AS_96 = re.compile(r"\d(?:96|9%|%6|%o)(?:\s|\)|$)")


def glyph_doubt(text: str, percent_column: bool) -> bool:
    """True when a value's shape fits only after a glyph swap scans often make: a
    thousands group that is not 3 digits ("237.7149.000"), a letter inside digits, or
    "%" read as "96" in a column of percentages ("55,5696")."""
    if _LETTER_IN_DIGITS.search(text):
        return True
    if percent_column and _PERCENT_AS_96.search(text):
        return True
    for token in _NUMBER_TOKEN.findall(text):
        if ("." in token or "," in token) and not _GOOD_GROUPING.match(token):
            return True
    return False


def add_doubt(cell: RawCell, line: int | None, reason: str) -> None:
    if len(cell.line_doubts) != len(cell.line_boxes):
        cell.line_doubts = [() for _ in cell.line_boxes]
    if line is None:
        cell.line_doubts = [tuple(dict.fromkeys((*d, reason))) for d in cell.line_doubts]
    elif line < len(cell.line_doubts):
        cell.line_doubts[line] = tuple(dict.fromkeys((*cell.line_doubts[line], reason)))
    cell.doubts = tuple(dict.fromkeys((*cell.doubts, reason)))


# "%" as OCR misreads it after a number: "96", "94", "46", "9%", "%6"; a lone "6" only
# where the number read plainly is over 100 ("1006"). "94": a B/W scan's "%" read from a
# crop of its cell ("16.6%" as "16.694").
_PERCENT_SUFFIXES = ("96", "94", "46", "9%", "%6", "6")
_NUMBER_WORD = re.compile(r"(?<![\w.,%])\d[\d.,%]*(?=\s|\)|$)")
# A vertical rule at a line's edge read as a character.
_RULE_MARK = re.compile(r"^\|\s*|\s*\|$")
_SEPARATED = re.compile(r"\d{1,3}(?:[.,]\d{3}){2,}")


def _plain(number: str) -> float:
    """The number as a reader of "1.250,5" style would take it (0 when it is no number)."""
    try:
        return float(number.replace(".", "").replace(",", ".").rstrip("%"))
    except ValueError:
        return 0.0


def _percent_fix(token: str) -> str | None:
    """The token with its misread "%" given back, or None."""
    for suffix in _PERCENT_SUFFIXES:
        number = token[: -len(suffix)]
        if not token.endswith(suffix) or not number or not number[-1].isdigit() or "%" in number:
            continue
        value = _plain(number)
        if suffix == "6" and (_plain(token) <= 100 or value > 100):
            continue
        if value <= 1000:
            return number + "%"
    return None


def repair_percent(text: str) -> str:
    """A percentage whose "%" OCR read as digits, given back its sign ("16.696" → "16.6%",
    "10046" → "100%", "1006" → "100%"), when the number left can be a percentage."""
    return _NUMBER_WORD.sub(lambda m: _percent_fix(m.group(0)) or m.group(0), text)


def repair_separators(text: str) -> str:
    """Thousands groups with one separator unlike the others ("19,253.545.000"): the
    minority glyph is the misread one; a thousands mark read as ":" ("124:876.014,00");
    the decimal mark read as a thousands mark ("124.876.014.00" → "124.876.014,00", see
    `_CENTS_AS_GROUP`)."""
    def fix(m: re.Match[str]) -> str:
        token = m.group(0)
        dots, commas = token.count("."), token.count(",")
        if not dots or not commas or dots == commas:
            return token
        major = "." if dots > commas else ","
        return re.sub(r"[.,]", major, token)
    text = _COLON_GROUP.sub(_colon_mark, text)
    return _CENTS_AS_GROUP.sub(_decimal_mark, _SEPARATED.sub(fix, text))


# Thousands groups all marked alike with one or two digits after a last mark of the same
# kind ("124.876.014.00", "Rp.61,564,550,00"): a blurred scan reads the decimal comma (dot)
# as the thousands mark; two digits can be no thousands group, so that mark is the other.
_CENTS_AS_GROUP = re.compile(r"(?<![\d,])(?<!\d\.)(\d{1,3}(?:([.,])\d{3})+)\2(\d{1,2})(?![\d.,])")
# A thousands mark read as ":" or ";" among marks read right ("124:876.014,00"). The first
# group has two digits or more: "1:250.000" is a scale, not an amount.
_COLON_GROUP = re.compile(r"(?<![\d,:;])(?<!\d\.)\d{2,3}(?:[.,:;]\d{3})+(?:[.,]\d{1,2})?(?![\d.,:;])")


def _decimal_mark(m: re.Match[str]) -> str:
    return f"{m.group(1)}{',' if m.group(2) == '.' else '.'}{m.group(3)}"


def _colon_mark(m: re.Match[str]) -> str:
    token = m.group(0)
    marks = re.findall(r"[.,:;]", token)
    if not any(k in ":;" for k in marks):
        return token
    groups = [k for k, part in zip(marks, re.split(r"[.,:;]", token)[1:], strict=True)
              if len(part) == 3 and k in ".,"]
    if not groups or len(set(groups)) != 1:
        return token  # no thousands mark read right to take the place of the misread one
    return re.sub(r"[:;]", groups[0], token)


# A rule beside a line of words read as a stray "1", "l", "I" or "!" (points from the rule).
_RULE_GLYPHS = "|1lI!"
_NEAR_RULE = 8.0


def strip_rule_marks(text: str, box: BBox, cell_box: BBox | None) -> str:
    """A line without its rules: "|" at either edge, and in a line of words (no digits)
    a lone "1"/"l"/"I" at an edge that touches the cell's rule ("REALISASI 1")."""
    text = _RULE_MARK.sub("", text)
    words = text.split()
    if cell_box is None or len(words) < 2 or any(ch.isdigit() for w in words[1:-1] for ch in w):
        return text
    if words[-1] in _RULE_GLYPHS and cell_box[2] - box[2] <= _NEAR_RULE and \
            not any(ch.isdigit() for w in words[:-1] for ch in w):
        words = words[:-1]
    if words[0] in _RULE_GLYPHS and box[0] - cell_box[0] <= _NEAR_RULE and \
            not any(ch.isdigit() for w in words[1:] for ch in w):
        words = words[1:]
    return " ".join(words) if words != text.split() else text


def drop_specks(cell: RawCell) -> None:
    """Lines of one letter or mark under or above the cell's text ("A", "'", "T"): specks
    and rule ends read as print; a value with one glued to it no longer parses."""
    if len(cell.line_boxes) < 2:
        return
    keep = [i for i, (t, _) in enumerate(cell.line_boxes)
            if not (len(t.strip()) == 1 and not t.strip().isdigit() and t.strip() != "-")]
    if len(keep) == len(cell.line_boxes) or not keep:
        return
    cell.line_boxes = [cell.line_boxes[i] for i in keep]
    if cell.line_confidence:
        cell.line_confidence = [cell.line_confidence[i] for i in keep if i < len(cell.line_confidence)]
    if cell.line_doubts:
        cell.line_doubts = [cell.line_doubts[i] for i in keep if i < len(cell.line_doubts)]
    cell.text = "\n".join(t for t, _ in cell.line_boxes)


def _is_percent_column(cells: list[RawCell]) -> bool:
    votes = 0
    for cell in cells:
        if "%" in cell.text or any(_plain(m.group(0)) > 100 and _percent_fix(m.group(0)) for m in _NUMBER_WORD.finditer(cell.text)):
            votes += 1
    return votes * 2 >= len(cells) > 0


def mark_glyph_doubts(table: RawTable) -> None:
    """Mend what scans garble in a table's lines (a rule read as "|" at a line's edge; a
    "%" read as digits in a column of percentages; one thousands separator unlike the
    others) and flag `ocr_glyph` on each line that fits its column only after a swap."""
    by_col: dict[int, list[RawCell]] = {}
    for cell in table_cells(table):
        by_col.setdefault(cell.col, []).append(cell)
    for cells in by_col.values():
        for cell in cells:
            drop_specks(cell)
            if cell.line_boxes:
                cell.line_boxes = [(strip_rule_marks(t, b, cell.bbox), b) for t, b in cell.line_boxes]
                cell.text = "\n".join(t for t, _ in cell.line_boxes)
            else:
                cell.text = "\n".join(_RULE_MARK.sub("", t) for t in cell.text.split("\n"))
        numeric = [c for c in cells if any(ch.isdigit() for ch in c.text)]
        percent_column = _is_percent_column(numeric)
        for cell in numeric:
            lines = [t for t, _ in cell.line_boxes] or [cell.text]
            mended = []
            for i, line in enumerate(lines):
                fixed = mend_group_marks(repair_separators(repair_percent(line) if percent_column else line))
                if fixed != line or glyph_doubt(line, percent_column):
                    add_doubt(cell, i if cell.line_boxes else None, GLYPH)
                mended.append(fixed)
            if cell.line_boxes:
                cell.line_boxes = [(t, b) for t, (_, b) in zip(mended, cell.line_boxes, strict=True)]
            cell.text = "\n".join(mended)
        for cell, line in restore_decimal_marks(cells):
            add_doubt(cell, line, GLYPH)


# --- a second reading of every number ---------------------------------------------------

def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def verify_numbers(table: RawTable, image: Image.Image, scale: float, lang: str) -> int:
    """Read each line holding digits a second time from its own crop, all crops of the
    table stacked in one image (one Tesseract run); a line whose digits differ is in
    doubt. Returns the number of lines that differed."""
    import pytesseract

    slots: list[tuple[RawCell, int, Image.Image]] = []
    for cell in table_cells(table):
        if cell.bbox is None:
            continue
        for i, (text, box) in enumerate(cell.line_boxes):
            if not any(ch.isdigit() for ch in text):
                continue
            # The line's own height, the cell's width (minus its rules): a line box from
            # spread characters can be narrower than its ink.
            line_box = (cell.bbox[0], max(box[1] - 1.5, cell.bbox[1]), cell.bbox[2], min(box[3] + 1.5, cell.bbox[3]))
            left, right = int(line_box[0] * scale) + CELL_INSET_PX, int(line_box[2] * scale) - CELL_INSET_PX
            top, bottom = int(line_box[1] * scale), int(line_box[3] * scale)
            if right - left >= 8 and bottom - top >= 6:
                slots.append((cell, i, image.crop((left, top, right, bottom)).convert("L")))
    if not slots:
        return 0
    width = max(s[2].width for s in slots) + 2 * _STACK_GAP_PX
    height = sum(s[2].height + _STACK_GAP_PX for s in slots) + _STACK_GAP_PX
    sheet = Image.new("L", (width, height), 255)
    spans: list[tuple[int, int]] = []
    y = _STACK_GAP_PX
    for _, _, crop in slots:
        sheet.paste(crop, (_STACK_GAP_PX, y))
        spans.append((y, y + crop.height))
        y += crop.height + _STACK_GAP_PX
    data = pytesseract.image_to_data(sheet, lang=lang, config=f"--psm 6 --dpi {round(scale * 72)}",
                                     output_type=pytesseract.Output.DICT)
    read: list[list[tuple[int, str]]] = [[] for _ in slots]
    for k, text in enumerate(data["text"]):
        text = (text or "").strip()
        if not text or float(data["conf"][k]) < 0:
            continue
        mid = data["top"][k] + data["height"][k] / 2
        for j, (a, b) in enumerate(spans):
            if a - _STACK_GAP_PX / 2 <= mid <= b + _STACK_GAP_PX / 2:
                read[j].append((int(data["left"][k]), text))
                break
    differed = 0
    for (cell, i, crop), words in zip(slots, read, strict=True):
        if not words:
            continue  # no second reading: no verdict either way
        first = _digits(cell.line_boxes[i][0])
        if _digits(_percent_fixed(sorted(words))) == first:
            continue
        # Two readings disagree: a third, of the line alone at twice the size, decides.
        if _digits(read_line(crop, scale, lang)) != first:
            add_doubt(cell, i, REREADS_DIFFER)
            differed += 1
    return differed


def _percent_fixed(words: list[tuple[int, str]]) -> str:
    from lkjip.extract.ocr.tesseract import OcrWord, fix_percent_signs

    fixed = fix_percent_signs([OcrWord(t, (x, 0, x, 0), 0.0, (0, 0, 0)) for x, t in words])
    return " ".join(w.text for w in fixed)


def read_line(crop: Image.Image, scale: float, lang: str) -> str:
    """One line of print read on its own (psm 7) at twice the size."""
    import pytesseract

    big = crop.resize((crop.width * 2, crop.height * 2), Image.Resampling.LANCZOS)
    data = pytesseract.image_to_data(big, lang=lang, config=f"--psm 7 --dpi {round(scale * 144)}",
                                     output_type=pytesseract.Output.DICT)
    words = [(int(data["left"][k]), (t or "").strip()) for k, t in enumerate(data["text"])
             if (t or "").strip() and float(data["conf"][k]) >= 0]
    return _percent_fixed(sorted(words))


# "(%)" under a header word, as OCR misreads it: "(02)", "(22)", "(96)", "(9%)", "(0)", "(2)".
_HEADER_PERCENT = re.compile(r"\((?:\d{1,2}|9%|%6|%o)\)")


# A heading cell holding only "%", as Tesseract reads the sign alone (see `tesseract.fix_percent_signs`).
_HEADER_SIGN_ALONE = re.compile(r"^(?:Y[o0O6]|9o|%o)$")


def repair_header_percent(table: RawTable) -> None:
    """A header's "(%)" read as digits: a column number would not exceed the table's
    columns nor start with 0, so "(02)", "(22)" and "(0)" in a 6-column header are "(%)"
    (flagged ocr_glyph). Nor would a lone one stand under another column than its own:
    "CAPAIAN (2)" over the sixth column, no other heading numbered, is "(%)". A heading
    of the sign alone read "Yo" is "%"."""
    for row in table.grid[:2]:
        texts = [c.text for c in row if c is not None]
        if not any(re.search(r"[^\W\d_]{3}", t) for t in texts):
            continue
        cells = list({id(c): c for c in row if c is not None}.values())
        numbered = sum(1 for c in cells if re.search(r"\([1-9]\d?\)", c.text))
        for cell in cells:
            if _HEADER_SIGN_ALONE.match(cell.text.strip()):  # a heading of "%" alone, read "Yo"
                cell.text = "%"
                cell.line_boxes = [("%", b) for _, b in cell.line_boxes[:1]]
                add_doubt(cell, None, GLYPH)
                continue
            def fix(m: re.Match[str], cell: RawCell = cell, numbered: int = numbered) -> str:
                inner = m.group(0)[1:-1]
                if inner.isdigit() and inner[0] != "0" and int(inner) <= table.n_cols and \
                        (numbered > 1 or cell.col < int(inner) <= cell.col + max(cell.colspan, 1)):
                    return m.group(0)
                return "(%)"
            fixed = _HEADER_PERCENT.sub(fix, cell.text)
            if fixed != cell.text and re.search(r"[^\W\d_]{3}", fixed):
                cell.text = fixed
                cell.line_boxes = [(_HEADER_PERCENT.sub(fix, t), b) for t, b in cell.line_boxes]
                add_doubt(cell, None, GLYPH)

