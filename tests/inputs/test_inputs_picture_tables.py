"""Tables pasted into a text page as pictures (a spreadsheet screenshot at screen
resolution, light print on dark cell fills) are read by OCR, twice, into a grid whose
every value carries the doubt `ocr_picture`; a row breaking the table's difference column
is a warning (LKJ-B017), never an error. Generated end to end: picture → PDF → findings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from lkjip.checks.rule import CheckConfig
from lkjip.checks.runner import run_checks
from lkjip.extract.interpret.document import interpret
from lkjip.extract.limits import ReadLimits
from lkjip.extract.ocr import rapid
from lkjip.extract.pdf.picture_reading import (
    PictureLine,
    as_figures,
    bracket_read_as_one,
    is_amount,
    picture_grid,
    styled_amount,
)
from lkjip.extract.readers import read_document
from tests.budget.test_b017_difference_column import HEADER, ROWS

needs_rapid = pytest.mark.skipif(not rapid.available(), reason="rapidocr_onnxruntime is not installed")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf")
NAVY, WHITE, YELLOW = (31, 40, 92), (255, 255, 255), (255, 230, 80)
WIDTHS = [130, 125, 125, 125, 135, 55]


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size) if FONT.exists() else ImageFont.load_default(size=size)


def table_picture(rows: list[list[str]]) -> Image.Image:
    """The table as a 96-dpi screenshot: white print on navy cells, a yellow total row,
    thin light rules between cells, amounts right-aligned."""
    row_h, font = 22, _font(10)
    img = Image.new("RGB", (sum(WIDTHS) + 1, row_h * (len(rows) + 1) + 1), (200, 210, 230))
    draw = ImageDraw.Draw(img)
    for r, row in enumerate([HEADER, *rows]):
        x = 0
        for c, text in enumerate(row):
            top = r * row_h
            draw.rectangle([x + 1, top + 1, x + WIDTHS[c] - 1, top + row_h - 1], fill=NAVY)
            colour = YELLOW if r == 1 else WHITE
            if c == 0 or r == 0:
                draw.text((x + 4, top + 5), text, fill=colour, font=font)
            else:
                w = draw.textlength(text, font=font)
                draw.text((x + WIDTHS[c] - 5 - w, top + 5), text, fill=colour, font=font)
            x += WIDTHS[c]
    return img


def _pdf(path: Path, rows: list[list[str]]) -> Path:
    picture = table_picture(rows)
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 11)
    c.drawString(72, 790, "Realisasi belanja daerah disajikan pada tabel berikut.")
    c.drawString(200, 760, "Tabel 3.23 Belanja Daerah")
    # 96 dpi: a pixel is 0.75 point.
    c.drawImage(ImageReader(picture), 36, 740 - picture.height * 0.75, width=picture.width * 0.75,
                height=picture.height * 0.75)
    c.drawString(72, 200, "Sumber: Badan Pengelolaan Keuangan Daerah")
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("text,decimals,negative,styled", [
    ("13.158.927472.650.30", 2, False, "13.158.927.472.650,30"),
    ("922.043,165.491.75", 2, True, "(922.043.165.491,75)"),
    ("(3163)", 2, True, "(31,63)"),
    ("1.501.392.452.286", 0, False, "1.501.392.452.286"),
    ("314.46B.580.289.00", 2, False, None),
])
def test_an_amount_is_rewritten_in_its_columns_style(text: str, decimals: int, negative: bool,
                                                     styled: str | None) -> None:
    assert styled_amount(text, decimals, negative) == styled


@pytest.mark.parametrize("text,amount", [("(922.043,165.491.75]", True), ("5,004.64", True),
                                         ("Belanja Pegawai", False), ("PERGUBSU 7/2020", False)])
def test_an_amount_line_is_mostly_digits_and_separators(text: str, amount: bool) -> None:
    assert is_amount(text) is amount


@needs_rapid
def test_a_pasted_table_is_read_with_its_doubt_and_a_broken_difference_is_a_warning(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[0][3] = "13.158.927.472.650,30"  # its difference prints ...491,75 (the parts give ...650,25)
    source = read_document(_pdf(tmp_path / "p.pdf", rows))
    (table,) = [t for t in source.tables if t.engine == "picture-ocr"]
    assert table.caption.startswith("Tabel 3.23")
    body = [[table.text(r, c) for c in range(table.n_cols)] for r in range(table.n_rows)]
    read = {t for row in body for t in row}
    assert {"14.080.970.638.142,00", "13.158.927.472.650,30", "(922.043.165.491,75)"} <= read
    assert all("ocr_picture" in cell.doubts for row in table.grid for cell in row if cell is not None)
    doc = interpret(source)
    # Read, but its columns name no budget role: coverage still lists the picture once.
    assert [(n.page, n.printed_as) for n in doc.coverage.not_read] == [(1, "picture")]
    findings = run_checks(doc, CheckConfig(lang="en"))
    (f,) = [f for f in findings if f.rule == "LKJ-B017"]
    assert f.severity == "warning" and "read by OCR from a picture" in f.text("en")
    assert -922043165491.75 in {e.value for e in f.evidence}
    assert not [f for f in findings if f.severity == "error"]


@needs_rapid
def test_without_pictures_the_table_is_listed_as_not_read(tmp_path: Path) -> None:
    source = read_document(_pdf(tmp_path / "p.pdf", ROWS), ReadLimits(pictures=False))
    assert not [t for t in source.tables if t.engine == "picture-ocr"]
    doc = interpret(source)
    assert [(n.page, n.printed_as) for n in doc.coverage.not_read] == [(1, "picture")]


@pytest.mark.parametrize("x,y,kept", [("(922.043,75)", "(1922.043,75)", "(922.043,75)"),
                                      ("1922.043,75", "[922.043,75]", "[922.043,75]"),
                                      ("(922.043,75)", "(922.048,75)", None)])
def test_a_bracket_read_as_one_is_the_bracket(x: str, y: str, kept: str | None) -> None:
    assert bracket_read_as_one(x, y) == kept


def test_letters_in_a_line_of_figures_are_the_digits_they_look_like() -> None:
    assert as_figures("14.0B0.970.63B.142.00") == "14.080.970.638.142.00"
    assert as_figures("Belanja Barang") == "Belanja Barang"


def _line(x0: float, top: float, text: str, confirmed: bool = True) -> PictureLine:
    return PictureLine((x0, top, x0 + 8 * len(text) * 0.6, top + 9), text, 95.0, confirmed,
                       text[:1] in "([" or text[-1:] in ")]")


def test_the_grid_comes_from_amount_columns_and_row_bands() -> None:
    lines = [_line(5, 2, "URAIAN"), _line(120, 2, "ANGGARAN"), _line(220, 2, "REALISASI"), _line(320, 2, "SELISIH"),
             _line(130, 16, "1"), _line(230, 16, "2"), _line(330, 16, "3 (1-2)"),
             # A name on two lines, its figures between them.
             _line(5, 30, "Belanja Bagi Hasil"), _line(5, 40, "kepada Kab/Kota"),
             _line(110, 35, "2.150.586.186,00"), _line(210, 35, "1.470.425.004,00"), _line(310, 35, "(680.161.182,00)"),
             _line(5, 60, "Belanja Hibah"), _line(110, 60, "2.789.387.922.00"), _line(210, 60, "2.731.841.922,00"),
             _line(310, 60, "(57.546.000,00)", confirmed=False),
             _line(5, 80, "Belanja Modal"), _line(110, 80, "2.365.811.529,69"), _line(210, 80, "1.790.475.383,48"),
             _line(310, 80, "575.336.146,21)")]
    grid = picture_grid(lines)
    assert grid is not None
    texts = [[c.text if c else "" for c in row] for row in grid]
    assert texts[0] == ["URAIAN", "ANGGARAN", "REALISASI", "SELISIH"]
    assert texts[1] == ["", "1", "2", "3 (1-2)"]  # the numbering row stays header
    assert texts[2] == ["Belanja Bagi Hasil\nkepada Kab/Kota", "2.150.586.186,00", "1.470.425.004,00",
                        "(680.161.182,00)"]
    assert texts[3][1] == "2.789.387.922,00"  # the column's separators, not the reading's
    assert texts[4][3] == "(575.336.146,21)"  # one bracket read: the figure is bracketed
    hibah = grid[3][3]
    assert hibah is not None and hibah.doubts == ("ocr_picture", "ocr_rereads_differ")


def test_a_picture_without_rows_of_figures_is_no_table() -> None:
    assert picture_grid([_line(5, 2, "Struktur Organisasi"), _line(5, 20, "Kepala Dinas"),
                         _line(120, 20, "Sekretaris")]) is None
