"""What a black-and-white scan fed askew does to a page, mended where the page is read
(issue #15): two framed tables drawn into one grid, a header's "(%)" read as a column
number, a "%" in the text read as a lone "Y". Small synthetic edges, cells and words."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from lkjip.extract.ocr import rapid
from lkjip.extract.ocr.cells import GLYPH, REREADS_DIFFER, repair_header_percent
from lkjip.extract.ocr.image_ruling import close_open_sides
from lkjip.extract.ocr.second_engine import read_empty_cells
from lkjip.extract.ocr.tesseract import OcrWord, fix_percent_signs
from lkjip.extract.source import RawCell, RawTable


def _h(x0: float, x1: float, y: float) -> dict:
    return {"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0, "orientation": "h"}


def _v(x: float, top: float, bottom: float) -> dict:
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top,
            "orientation": "v"}


def _framed_table(left: float, right: float, top: float, rows: int) -> list[dict]:
    ys = [top + 25 * i for i in range(rows + 1)]
    return [_h(left, right, y) for y in ys] + [_v(x, ys[0], ys[-1]) for x in (left, left + 100, right)]


def test_two_framed_tables_askew_get_no_side_between_them() -> None:
    """A page fed 1 degree askew shifts the lower table 4 pt sideways: the row rules of
    both tables end within a few points of one another, each on its own frame. No side is
    drawn from the first table's top to the second's bottom (it glued both, and the text
    between them, into one grid)."""
    edges = _framed_table(69.0, 541.4, 134.0, 7) + _framed_table(65.2, 545.3, 627.0, 5)
    assert close_open_sides(edges) == edges


def test_open_side_of_one_table_is_still_closed() -> None:
    """Row rules that no frame meets (a grid cut at the page edge) still get their side."""
    edges = [_h(0, 300, y) for y in (100, 150, 200, 250)] + [_v(x, 100, 250) for x in (80, 300)]
    edges += _framed_table(20.0, 300.0, 400.0, 4)
    added = close_open_sides(edges)[len(edges):]
    assert [(e["orientation"], e["x0"], e["top"], e["bottom"]) for e in added] == [("v", 0, 100, 250)]


def _header(texts: list[str]) -> list[RawCell]:
    return [RawCell(t, 0, i, None, line_boxes=[(line, (0, k, 1, k + 1)) for k, line in enumerate(t.split("\n"))])
            for i, t in enumerate(texts)]


def test_lone_column_number_under_another_column_is_percent() -> None:
    """"CAPAIAN (%)" over the sixth column read "CAPAIAN (2)": no other heading is
    numbered and the sixth column's number would be 6, so it is "(%)", in doubt."""
    header = _header(["NO", "URAIAN", "PAGU ANGGARAN\n(Rp)", "REALISASI (Rp)", "SISA (Rp)", "CAPAIAN\n(2)"])
    table = RawTable("p1-t1", 1, None, [header, [None, RawCell("Program", 1, 1, None), None, None, None, None]])
    repair_header_percent(table)
    assert header[5].text == "CAPAIAN\n(%)" and header[5].line_boxes[1][0] == "(%)"
    assert header[5].doubts == (GLYPH,) and header[2].doubts == ()
    alone = _header(["NO", "PROGRAM / KEGIATAN", "JUMLAH ANGGARAN\n(Rp)", "Yo"])  # "%" alone, read "Yo"
    table = RawTable("p1-t2", 1, None, [alone, [None, RawCell("Program", 1, 1, None), None, None]])
    repair_header_percent(table)
    assert alone[3].text == "%" and alone[3].doubts == (GLYPH,) and alone[1].text == "PROGRAM / KEGIATAN"


def test_column_numbers_stay_numbers() -> None:
    """A heading numbered under its own column, or numbered like its neighbours, is a
    column number."""
    own = _header(["NO", "INDIKATOR", "TARGET\n(3)", "CAPAIAN"])
    table = RawTable("p1-t1", 1, None, [own, [None, RawCell("Nilai SAKIP", 1, 1, None), None, None]])
    repair_header_percent(table)
    assert [c.text for c in own] == ["NO", "INDIKATOR", "TARGET\n(3)", "CAPAIAN"]
    shifted = _header(["NO", "INDIKATOR", "TARGET\n(2)", "CAPAIAN\n(3)"])  # a split column shifts them
    table = RawTable("p1-t2", 1, None, [shifted, [None, RawCell("Nilai SAKIP", 1, 1, None), None, None]])
    repair_header_percent(table)
    assert [c.text for c in shifted] == ["NO", "INDIKATOR", "TARGET\n(2)", "CAPAIAN\n(3)"]


def test_percent_read_as_lone_y_after_a_number() -> None:
    """"sebesar 96,57 %, sebagaimana" read "96,57 Y, sebagaimana": the "Y" after a number
    on its line is the sign; a "Y" after a word, or on the next line, is left alone."""
    words = [OcrWord(t, (0, 0, 1, 1), 90, (1, 1, line)) for t, line in
             [("sebesar", 1), ("96,57", 1), ("Y,", 1), ("sebagaimana", 1), ("huruf", 1), ("Y", 1), ("12", 1),
              ("Y", 2)]]
    assert [w.text for w in fix_percent_signs(words)] == \
        ["sebesar", "96,57", "%,", "sebagaimana", "huruf", "Y", "12", "Y"]


def test_percent_read_as_x_after_a_decimal_number() -> None:
    """"sebesar 70,50 %," read "70,50 X,": after a number with decimals the "X" is the
    sign; "2 X" (twice) stays."""
    words = [OcrWord(t, (0, 0, 1, 1), 90, (1, 1, 1)) for t in ["sebesar", "70,50", "X,", "rapat", "2", "X"]]
    assert [w.text for w in fix_percent_signs(words)] == ["sebesar", "70,50", "%,", "rapat", "2", "X"]


@pytest.mark.skipif(not rapid.available(), reason="rapidocr_onnxruntime is not installed")
def test_cell_tesseract_left_empty_is_asked_of_the_other_engine() -> None:
    """A header cell holding only a small "%", and a value cell, that the page reading
    left empty over ink: the line recogniser reads them; the figure it alone read is in
    doubt, the sign is not; a cell read already is not asked."""
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 14)
    except OSError:
        font = ImageFont.load_default(14)
    image = Image.new("L", (400, 120), 255)
    draw = ImageDraw.Draw(image)
    draw.text((50, 18), "%", fill=0, font=font)
    draw.text((230, 18), "93,67", fill=0, font=font)
    scale = 1.0
    sign = RawCell("", 0, 5, (10, 5, 120, 45))
    value = RawCell("", 1, 5, (200, 5, 330, 45))
    known = RawCell("REALISASI", 0, 4, (10, 60, 120, 100))
    assert read_empty_cells([sign, value, known], image.point(lambda v: 255 if v > 160 else 0), scale) == 2
    assert sign.text == "%" and sign.doubts == ()
    assert value.text.replace(".", ",") == "93,67" and value.doubts == (REREADS_DIFFER,)  # "," small: "."
    assert known.text == "REALISASI"


def test_decimal_comma_lost_in_a_two_decimal_column_is_restored() -> None:
    """"76,15" read "7615" among capaian that all print two decimals: the comma is put
    back, the line in doubt; a column of whole numbers keeps its "7615"."""
    from lkjip.extract.ocr.cells import mark_glyph_doubts

    def column(lines: list[str]) -> RawTable:
        head = RawCell("CAPAIAN\n(%)", 0, 0, None, line_boxes=[("CAPAIAN", (0, 0, 1, 1)), ("(%)", (0, 1, 1, 2))])
        body = RawCell("\n".join(lines), 1, 0, (0, 2, 1, 9),
                       line_boxes=[(t, (0, 2 + k, 1, 3 + k)) for k, t in enumerate(lines)])
        other = RawCell("88,36\n100,00", 2, 0, (0, 10, 1, 12),
                        line_boxes=[("88,36", (0, 10, 1, 11)), ("100,00", (0, 11, 1, 12))])
        return RawTable("p1-t1", 1, None, [[head], [body], [other]])

    table = column(["97,32", "7615", "94,35"])
    mark_glyph_doubts(table)
    body = table.grid[1][0]
    assert body is not None and body.text == "97,32\n76,15\n94,35"
    assert body.line_doubts == [(), (GLYPH,), ()]
    whole = RawTable("p1-t2", 1, None, [[RawCell("JUMLAH", 0, 0, None)],
                                        [RawCell("7615\n230\n1250", 1, 0, None)],
                                        [RawCell("88,36", 2, 0, None)]])
    mark_glyph_doubts(whole)
    assert whole.grid[1][0] is not None and whole.grid[1][0].text == "7615\n230\n1250"


def test_a_bottom_rule_broken_into_pieces_at_the_column_rules_still_gets_its_side() -> None:
    """A low-resolution scan keeps a table's bottom rule only in short pieces, each meeting
    a column rule's end: the side between the pieces is drawn, or the cells over the gaps
    lose their bottom and drop out of the grid (a realisasi cell of a one-row table did)."""
    xs = (60.0, 160.0, 260.0, 360.0)
    edges = [_h(60.0, 360.0, y) for y in (100.0, 125.0)] + [_v(x, 100.0, 150.0) for x in xs]
    edges += [_h(x - 6.0, x + 6.0, 150.0) for x in xs]  # the bottom rule's surviving pieces
    added = close_open_sides(edges)[len(edges):]
    assert [(e["orientation"], e["x0"], e["x1"], e["top"]) for e in added] == [("h", 60.0, 360.0, 150.0)]
