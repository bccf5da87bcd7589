"""Tables printed as pictures on text pages, read by OCR into a grid of cells.

A report often pastes a table as a picture (a spreadsheet screenshot, light print on
dark cell fills, stored at 96 dpi); the text layer holds its caption and nothing of the
table. Such a picture is read twice by the line recogniser (`ocr.rapid`): once as stored
and once with its print turned dark on light (`_print_dark`). The two readings agree on
most amounts; where they differ, the cell says so (`ocr_rereads_differ`).

The grid is built from the lines' boxes, not from rulings (fills meet without rules):
a row is a band of amounts at one height, a column an x-range its amounts share
(right-aligned figures overlap, neighbouring columns do not); the name column is what
stands left of the first amount column; the header is what stands above the first row.

Every value read here carries the doubt `ocr_picture`: an error never rests on it, and a
finding that uses it asks the reader to check the picture. Amounts are rewritten in the
style their column mostly shows (`_column_decimals`), because the recogniser confuses or
drops '.' and ',' far more often than digits.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
from PIL import Image

from lkjip.extract.ocr import rapid
from lkjip.extract.ocr.cells import REREADS_DIFFER
from lkjip.extract.pdf.pictures import (
    TEXT_OVER_PICTURE,
    caption_of_picture,
    picture_kind,
    text_inside,
)
from lkjip.extract.source import Page, RawCell, RawTable
from lkjip.geometry import BBox
from lkjip.numbers import format_id

# Reading is bounded: pictures per document and the resolution a picture is read at.
MAX_PICTURES = 12
_MIN_SCALE, _MAX_SCALE = 1.0, 4.0
# Two readings' lines are one line when their boxes overlap this much (intersection/union).
_SAME_LINE = 0.3
# A line is an amount when most of its characters are digits or separators.
_AMOUNT_CHARS = re.compile(r"[\d.,:;'_/ ]")
_BRACKET = re.compile(r"[()\[\]（）{}]")
_MIN_ROWS = 3
_MIN_FIGURE_DIGITS = 3
_MIN_AMOUNT_COLUMNS = 2
# A column's amounts end in two decimals ("…,00") when this share of them does.
_DECIMALS_SHARE = 0.6

PICTURE_DOUBT = "ocr_picture"
REREAD_DOUBT = REREADS_DIFFER


@dataclass
class PictureLine:
    box: BBox  # page points
    text: str
    confidence: float
    confirmed: bool  # both readings gave the same digits
    bracketed: bool  # either reading shows a bracket at its ends

    @property
    def cx(self) -> float:
        return (self.box[0] + self.box[2]) / 2

    @property
    def cy(self) -> float:
        return (self.box[1] + self.box[3]) / 2


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


# Letters the recogniser gives for digits in a line of figures (8 as B, 0 as O …).
_DIGIT_LOOKALIKES = str.maketrans({"B": "8", "O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1",
                                   "S": "5", "s": "5", "Z": "2", "z": "2", "G": "6", "g": "9"})


def as_figures(text: str) -> str:
    """A line of figures with look-alike letters read as the digits they stand for; other
    text unchanged."""
    mapped = text.translate(_DIGIT_LOOKALIKES)
    return mapped if mapped != text and is_amount(mapped) else text


def is_amount(text: str) -> bool:
    body = _BRACKET.sub("", text).strip().rstrip("%").strip()
    if not body or not any(ch.isdigit() for ch in body):
        return False
    return sum(1 for ch in body if _AMOUNT_CHARS.match(ch)) >= 0.8 * len(body)


def _print_dark(image: Image.Image) -> Image.Image:
    """The picture with its print dark on light: where most of it is a dark fill (light
    print on navy), its brightest channel inverted; else its darkest channel (coloured
    print on white turns dark, not pale)."""
    rgb = np.asarray(image.convert("RGB")).astype(np.int16)
    bright = rgb.max(axis=2)
    if float(np.median(bright)) < 128:
        return Image.fromarray((255 - bright).astype(np.uint8)).convert("RGB")
    return Image.fromarray(rgb.min(axis=2).astype(np.uint8)).convert("RGB")


def bracket_read_as_one(x: str, y: str) -> str | None:
    """Of two readings of a bracketed figure, the one that kept "(" as a bracket where the
    other read it as "1" ("(922…" and "(1922…" or "1922…"); None when they differ otherwise."""
    for kept, other in ((x, y), (y, x)):
        if _BRACKET.match(kept[:1] or " ") and _digits(other) == "1" + _digits(kept) and \
                re.match(r"^\W?1", other):
            return kept
    return None


def _overlap(a: BBox, b: BBox) -> float:
    """Intersection over union of two boxes."""
    x0, y0, x1, y1 = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    if x1 <= x0 or y1 <= y0:
        return 0.0
    inter = (x1 - x0) * (y1 - y0)
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


_Pair = tuple[rapid.TextLine | None, rapid.TextLine | None]


def merged_readings(first: list[rapid.TextLine], second: list[rapid.TextLine]) -> list[_Pair]:
    """Pairs (line of the first reading, line of the second or None), and second-reading
    lines the first missed (None, line)."""
    pairs: list[_Pair] = []
    used: set[int] = set()
    for a in first:
        best, score = None, _SAME_LINE
        for k, b in enumerate(second):
            if k not in used and (s := _overlap(a.box, b.box)) >= score:
                best, score = k, s
        if best is not None:
            used.add(best)
        pairs.append((a, second[best] if best is not None else None))
    pairs.extend((None, b) for k, b in enumerate(second) if k not in used)
    return pairs


def _lines(first: list[rapid.TextLine], second: list[rapid.TextLine], origin: tuple[float, float],
           scale: float) -> list[PictureLine]:
    out = []
    for a0, b0 in merged_readings(first, second):
        a, b = (None if x is None else rapid.TextLine(x.box, as_figures(x.text.strip()), x.confidence)
                for x in (a0, b0))
        both = [x for x in (a, b) if x is not None]
        # The darkened reading reads light-on-dark print better: its text where it has one.
        pick = b if b is not None else a
        assert pick is not None
        if a is not None and b is not None and (kept := bracket_read_as_one(a.text, b.text)) is not None:
            pick = a if kept == a.text else b
        confirmed = a is not None and b is not None and (
            _digits(a.text) == _digits(b.text) or bracket_read_as_one(a.text, b.text) is not None)
        bracketed = any(_BRACKET.match(x.text.strip()[:1] or " ") or _BRACKET.match(x.text.strip()[-1:] or " ")
                        for x in both)
        x0, top, x1, bottom = pick.box
        box = (origin[0] + x0 / scale, origin[1] + top / scale, origin[0] + x1 / scale, origin[1] + bottom / scale)
        out.append(PictureLine(box, pick.text.strip(), min(x.confidence for x in both), confirmed, bracketed))
    return out


def _column_ranges(amounts: list[PictureLine]) -> list[tuple[float, float]]:
    """x-ranges of the amount columns: the union of overlapping amount boxes."""
    spans = sorted((ln.box[0], ln.box[2]) for ln in amounts)
    out: list[list[float]] = []
    for x0, x1 in spans:
        if out and x0 < out[-1][1]:
            out[-1][1] = max(out[-1][1], x1)
        else:
            out.append([x0, x1])
    return [(a, b) for a, b in out]


def _row_bands(amounts: list[PictureLine]) -> list[list[PictureLine]]:
    """Amount lines grouped by height: a new row where the next line's middle is below the
    current row's boxes."""
    rows: list[list[PictureLine]] = []
    for ln in sorted(amounts, key=lambda x: x.cy):
        if rows and ln.cy <= max(x.box[3] for x in rows[-1]):
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return rows


def _column_decimals(texts: list[str]) -> int | None:
    """2 when most amounts of the column end in two decimals after a separator, 0 when most
    end in a three-digit group, None when the column shows no style."""
    endings = [re.search(r"[.,:;]\s*(\d+)\W*$", t) for t in texts]
    two = sum(1 for m in endings if m and len(m.group(1)) == 2)
    three = sum(1 for m in endings if m and len(m.group(1)) == 3)
    if texts and two >= _DECIMALS_SHARE * len(texts):
        return 2
    if texts and three >= _DECIMALS_SHARE * len(texts):
        return 0
    return None


def styled_amount(text: str, decimals: int, negative: bool) -> str | None:
    """The amount's digits in Indonesian style (1.234.567,89), its separators as the column
    prints them; None when the text is not digits and separators only."""
    body = _BRACKET.sub("", text).strip()
    if not body or re.search(r"[^\d.,:;'_/ ]", body):
        return None
    digits = _digits(body)
    if len(digits) <= decimals:
        return None
    out = format_id(Decimal(int(digits)).scaleb(-decimals), decimals)
    return f"({out})" if negative else out


def _cell(lines: list[PictureLine], row: int, col: int, text: str | None = None) -> RawCell:
    lines = sorted(lines, key=lambda x: (x.box[1], x.box[0]))
    box = (min(x.box[0] for x in lines), min(x.box[1] for x in lines),
           max(x.box[2] for x in lines), max(x.box[3] for x in lines))
    doubts = (PICTURE_DOUBT,) if all(x.confirmed or not is_amount(x.text) for x in lines) \
        else (PICTURE_DOUBT, REREAD_DOUBT)
    conf = min(x.confidence for x in lines)
    return RawCell(text if text is not None else "\n".join(x.text for x in lines), row, col, box,
                   line_boxes=[(x.text, x.box) for x in lines], confidence=conf,
                   line_confidence=[x.confidence for x in lines], doubts=doubts,
                   line_doubts=[doubts for _ in lines])


def picture_grid(lines: list[PictureLine]) -> list[list[RawCell | None]] | None:
    """The picture's lines as a grid: header rows over rows of amounts; None when the
    picture does not hold a table (too few rows of amounts in shared columns)."""
    # Figures of three digits or more: a column-numbering row ("1 2 3 4 5") is header.
    amounts = [ln for ln in lines if is_amount(ln.text) and len(_digits(ln.text)) >= _MIN_FIGURE_DIGITS]
    rows = [r for r in _row_bands(amounts) if len(r) >= _MIN_AMOUNT_COLUMNS]
    if len(rows) < _MIN_ROWS:
        return None
    ranges = _column_ranges([ln for r in rows for ln in r])
    if len(ranges) < _MIN_AMOUNT_COLUMNS:
        return None
    # Column edges: halfway between neighbouring amount columns; column 0 holds the names.
    edges = [ranges[0][0]] + [(a[1] + b[0]) / 2 for a, b in itertools.pairwise(ranges)]

    def column_of(ln: PictureLine) -> int:
        return sum(1 for e in edges if ln.cx >= e)

    first_top = min(x.box[1] for x in rows[0])
    centres = [float(np.mean([x.cy for x in r])) for r in rows]
    # Row k takes the lines whose middle lies between its neighbours' middles: a name on
    # two lines either side of its figures stays in its row.
    bounds = [float("-inf")] + [(a + b) / 2 for a, b in itertools.pairwise(centres)] + [float("inf")]
    # The header ends where the first row of figures starts (a name's first line may
    # start higher, but it does not end above that row).
    header = [ln for ln in lines if ln.box[3] <= first_top + 1]
    header_rows = _row_bands(header) if header else []
    n_cols = len(ranges) + 1
    grid: list[list[RawCell | None]] = []
    for band in header_rows:
        r = len(grid)
        grid.append([None] * n_cols)
        for c in range(n_cols):
            inside = [ln for ln in band if column_of(ln) == c]
            if inside:
                grid[r][c] = _cell(inside, r, c)
    body_start = len(grid)
    by_row: list[list[PictureLine]] = [[] for _ in rows]
    for ln in lines:
        if ln.box[3] <= first_top + 1:
            continue
        by_row[next(i for i in range(len(rows)) if bounds[i] <= ln.cy < bounds[i + 1])].append(ln)
    decimals = {c: _column_decimals([ln.text for row in by_row for ln in row
                                     if column_of(ln) == c and is_amount(ln.text)]) for c in range(1, n_cols)}
    for k, row_lines in enumerate(by_row):
        r = body_start + k
        grid.append([None] * n_cols)
        for c in range(n_cols):
            inside = [ln for ln in row_lines if column_of(ln) == c]
            if not inside:
                continue
            text = None
            if c and len(inside) == 1 and decimals.get(c) is not None and is_amount(inside[0].text):
                text = styled_amount(inside[0].text, decimals[c] or 0, inside[0].bracketed)
            grid[r][c] = _cell(inside, r, c, text)
    return grid


def _scale_for(pixel_width: int, box: BBox) -> float:
    width_pt = max(box[2] - box[0], 1.0)
    return min(max(pixel_width / width_pt, _MIN_SCALE), _MAX_SCALE)


def picture_table(page_image: Callable[[float], Image.Image], box: BBox, pixel_width: int, page_number: int,
                  index: int, caption: str = "") -> RawTable | None:
    """The table printed in the picture at `box` (page points, as displayed), read at the
    picture's own resolution from `page_image(scale)`, the page rendered at that scale;
    None when OCR is unavailable or the picture holds no table."""
    if not rapid.available():
        return None
    scale = _scale_for(pixel_width, box)
    page_image = page_image(scale)
    crop = page_image.crop((int(box[0] * scale), int(box[1] * scale), int(box[2] * scale), int(box[3] * scale)))
    first = rapid.read_lines(crop)
    second = rapid.read_lines(_print_dark(crop))
    origin = (int(box[0] * scale) / scale, int(box[1] * scale) / scale)
    grid = picture_grid(_lines(first, second, origin, scale))
    if grid is None:
        return None
    return RawTable(id=f"p{page_number}-pic{index}", page=page_number, bbox=box, grid=grid,
                    pages=[page_number], row_pages=[page_number] * len(grid), caption=caption,
                    engine="picture-ocr")


def read_table_pictures(pdf_page: object, page: Page, pictures: list[tuple[BBox, int]],
                        budget: int) -> tuple[list[RawTable], int]:
    """The tables in the page's captioned pictures that carry no text layer, and how many
    pictures were read: at most `budget` (each costs two recognitions)."""
    out: list[RawTable] = []
    read = 0
    rendered: dict[float, Image.Image] = {}  # two pictures of a page at one resolution: one rendering

    def page_image(scale: float) -> Image.Image:
        if scale not in rendered:
            bitmap = pdf_page.render(scale=scale)  # type: ignore[attr-defined]
            try:
                rendered[scale] = bitmap.to_pil().convert("RGB")
            finally:
                bitmap.close()
        return rendered[scale]

    for box, pixel_width in pictures:
        if read >= budget:
            break
        if text_inside(page, box) > TEXT_OVER_PICTURE:
            continue  # a background behind real text
        caption = caption_of_picture(page, box)
        if caption is None or picture_kind(caption) is None:
            continue  # only pictures captioned as a budget or indicator table (each costs seconds)
        caption = " ".join(caption.split())
        read += 1
        table = picture_table(page_image, box, pixel_width, page.number, len(out) + 1, caption)
        if table is not None:
            out.append(table)
    return out, read
