"""Tables of black-and-white scans whose rules the threshold broke into pieces: every row
and column kept apart (`ocr.rule_gaps`), a merged cell still merged."""

from __future__ import annotations

import shutil

import pytest
from PIL import Image, ImageDraw, ImageFont

from lkjip.extract.grid.tables import edges_to_cell_groups
from lkjip.extract.ocr.image_ruling import image_edges

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract missing: apt-get install tesseract-ocr tesseract-ocr-ind")

DPI = 150
COLS = [60, 130, 560, 820, 1080, 1180]  # x of the column rules (px)
ROW_H = 60
TOP = 200
ROWS = [
    ("NO", "URAIAN", "ANGGARAN", "REALISASI", "%"),
    ("I", "BELANJA TIDAK LANGSUNG", "45.955.396.559", "42.288.921.240", "92,02"),
    ("", "Belanja Pegawai", "45.955.396.559", "42.288.921.240", "92,02"),
    ("II", "BELANJA LANGSUNG", None, None, None),  # a heading across the value columns
    ("", "Belanja Pegawai", "18.996.298.100", "18.542.811.100", "97,61"),
    ("", "Belanja Modal", "174.093.522.100", "143.686.419.145", "82,53"),
    ("", "JUMLAH", "340.115.860.287", "297.532.000.053", "87,48"),
]


def _broken(draw: ImageDraw.ImageDraw, a: tuple[int, int], b: tuple[int, int], gaps: list[int]) -> None:
    """A rule from a to b with 40-px gaps (19 pt at 150 dpi) starting at the given offsets."""
    horizontal = a[1] == b[1]
    length = (b[0] - a[0]) if horizontal else (b[1] - a[1])
    start = 0
    for gap in [*sorted(gaps), length]:
        end = min(gap, length)
        if end > start:
            if horizontal:
                draw.line((a[0] + start, a[1], a[0] + end, a[1]), fill=0, width=2)
            else:
                draw.line((a[0], a[1] + start, a[0], a[1] + end), fill=0, width=2)
        start = gap + 40


def broken_rule_table() -> Image.Image:
    """A budget table as a B/W scan at 150 dpi leaves it: every rule broken inside a row."""
    image = Image.new("L", (1240, 1000), 255)
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 22)
    except OSError:
        font = ImageFont.load_default(22)
    bottom = TOP + ROW_H * len(ROWS)
    heading = 3
    for r in range(len(ROWS) + 1):
        y = TOP + r * ROW_H
        _broken(draw, (COLS[0], y), (COLS[-1], y), [200 + 37 * r, 700 - 23 * r] if 0 < r < len(ROWS) else [])
    for k, x in enumerate(COLS):
        if k in (0, 1, len(COLS) - 1):
            _broken(draw, (x, TOP), (x, bottom), [TOP // 3 + 10 + 17 * k])
        else:
            # Stops at the heading row's rules (its cell spans the name and values),
            # broken inside other rows.
            y_h = TOP + heading * ROW_H
            _broken(draw, (x, TOP), (x, y_h), [ROW_H + 12])
            _broken(draw, (x, y_h + ROW_H), (x, bottom), [ROW_H + 8 + 5 * k])
    for r, row in enumerate(ROWS):
        for k, text in enumerate(row):
            if text:
                right = k >= 2
                w = draw.textlength(text, font=font)
                x = COLS[k + 1] - 12 - w if right else COLS[k] + 12
                draw.text((x, TOP + r * ROW_H + 18), text, fill=0, font=font)
    return image.point(lambda v: 255 if v > 160 else 0).convert("L")


def test_rules_broken_inside_rows_make_one_cell_per_row_and_column() -> None:
    (cells,) = edges_to_cell_groups(image_edges(broken_rule_table(), DPI / 72))
    # 7 rows of 5 cells, less the heading row whose name and value cells are one.
    assert len(cells) == 7 * 5 - 3
    widest = max(cells, key=lambda c: c[2] - c[0])
    scale = DPI / 72
    assert widest[0] == pytest.approx(COLS[1] / scale, abs=2) and widest[2] == pytest.approx(COLS[5] / scale, abs=2)


@needs_tesseract
def test_broken_rule_table_is_read_row_by_row() -> None:
    from lkjip.extract.pdf.reader import ocr_page_with_tables

    _, tables = ocr_page_with_tables(broken_rule_table(), 1, DPI, "ind")
    (table,) = tables
    assert table.n_rows == len(ROWS)
    read = [[(c.text if c is not None else "") for c in row] for row in table.grid]
    assert [r[1] for r in read] == [row[1] for row in ROWS]
    assert [r[2] for r in read[4:]] == ["18.996.298.100", "174.093.522.100", "340.115.860.287"]
    assert read[6][3] == "297.532.000.053"


def test_long_rule_whose_last_dashes_were_lost_reaches_its_crossing() -> None:
    from lkjip.extract.ocr.rule_gaps import reach_far_crossings

    def h(x0: float, x1: float, y: float) -> dict:
        return {"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0, "orientation": "h"}

    def v(x: float, top: float, bottom: float) -> dict:
        return {"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top, "orientation": "v"}

    # A row rule starting 16 pt right of the frame; a column rule stopping 15 pt above the
    # bottom rule; a short stroke (a dash of print) left as it is.
    edges = [v(62, 546, 823), v(536, 546, 823), h(62, 536, 546), h(62, 536, 823),
             h(78, 537, 781), v(363, 546, 808), h(540, 560, 700)]
    reach_far_crossings(edges)
    assert (edges[4]["x0"], edges[4]["width"]) == (62, 475)
    assert (edges[5]["bottom"], edges[5]["height"]) == (823, 277)
    assert edges[6]["x0"] == 540


@needs_tesseract
def test_small_table_left_empty_by_the_page_reading_is_read_from_its_cells() -> None:
    """Tesseract's layout analysis dropped most cells of a small table (a tinted header, a
    blurred scan): before the table is judged a figure its cells are read from their crops."""
    from lkjip.extract.ocr.cells import inked_empty_cells
    from lkjip.extract.pdf.reader import _looks_like_figure, _read_mostly_from_crops
    from lkjip.extract.source import RawCell, RawTable

    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 26)
    except OSError:
        font = ImageFont.load_default(26)
    image = Image.new("L", (1000, 240), 255)
    draw = ImageDraw.Draw(image)
    texts = [["Tahun", "Target Belanja", "Realisasi"], ["2022", "61.564.550,00", "124.876.014,00"]]
    xs, ys = [20, 200, 560, 980], [20, 120, 220]
    for x in xs:
        draw.line((x, ys[0], x, ys[-1]), fill=0, width=3)
    for y in ys:
        draw.line((xs[0], y, xs[-1], y), fill=0, width=3)
    scale = 2.0  # pixels per point
    grid = []
    for r, row in enumerate(texts):
        cells = []
        for k, text in enumerate(row):
            draw.text((xs[k] + 20, ys[r] + 35), text, fill=0, font=font)
            bbox = (xs[k] / scale, ys[r] / scale, xs[k + 1] / scale, ys[r + 1] / scale)
            # The page reading kept one garbled word and left the other cells empty.
            cells.append(RawCell("&1.5" if (r, k) == (1, 1) else "", r, k, bbox,
                                 confidence=20.0 if (r, k) == (1, 1) else None))
        grid.append(cells)
    table = RawTable("p1-t1", 1, None, grid)
    assert _looks_like_figure(table)
    empty = inked_empty_cells(table, image, scale)
    assert len(empty) == 5
    assert _read_mostly_from_crops(table, empty, image, scale, "ind")
    assert [c.text for c in grid[0]] == ["Tahun", "Target Belanja", "Realisasi"]
    assert grid[1][2].text == "124.876.014,00"
    assert grid[1][1].text == "61.564.550,00"  # the doubtful word, read again and clearly better
