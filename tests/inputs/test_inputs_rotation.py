"""Pages with /Rotate or a media box away from 0,0: every box is in the displayed page.

The same table page is stored turned by 0/90/180/270 degrees, with and without a shifted
media box, and displays identically (checked first). Text boxes, vector rulings, raster
rulings, the tables built from them, the report's page crops and the annotated PDF's
highlights must then all agree with the page as shown.
"""

from __future__ import annotations

import ctypes
import re
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from pypdf import PdfReader

from lkjip.checks.finding import Evidence, Finding
from lkjip.extract.pdf.reader import raster_ruled_tables, read_page_text
from lkjip.extract.pdf.ruling import page_edges
from lkjip.extract.readers import read_document
from lkjip.extract.source import Page, RawTable
from lkjip.geometry import BBox
from lkjip.geometry.page_frame import DisplayFrame
from lkjip.records import Cell, Extraction
from lkjip.report.page_images import PageRenderer
from lkjip.report.pdf_annotate import annotate_pdf
from lkjip.results import DocumentResult
from tests.conftest import shared_path
from tests.inputs.rotated_pages import ROWS, turned_pdf, upright_table_pdf

AMOUNT = "1.234.567.000"
VARIANTS = [(r, dx, dy) for r in (0, 90, 180, 270) for dx, dy in ((0.0, 0.0), (30.0, -50.0))]
_IDS = [f"rot{r}-shift{int(dx)},{int(dy)}" for r, dx, dy in VARIANTS]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, float, float], Path]:
    folder = tmp_path_factory.mktemp("rotated")
    upright = upright_table_pdf()
    out = {}
    for r, dx, dy in VARIANTS:
        path = folder / f"table-rot{r}-{int(dx)}-{int(dy)}.pdf"
        path.write_bytes(turned_pdf(upright, r, dx, dy))
        out[(r, dx, dy)] = path
    return out


@pytest.fixture(scope="module")
def reference(files: dict) -> Page:
    """The unrotated page at origin 0,0: the path every earlier test already pins."""
    pdf = pdfium.PdfDocument(files[(0, 0.0, 0.0)])
    try:
        return read_page_text(pdf[0], 1)
    finally:
        pdf.close()


def _amount_box(page: Page) -> BBox:
    start = page.text.find(AMOUNT)
    assert start >= 0
    box = page.bbox_of(start, start + len(AMOUNT))
    assert box is not None
    return box


def _table_cell(table: RawTable, text: str):
    return next(c for row in table.grid for c in row if c is not None and c.text == text)


def test_the_variants_are_stored_turned_but_display_the_same(files: dict) -> None:
    images = {}
    for (r, dx, dy), path in files.items():
        pdf = pdfium.PdfDocument(path)
        page = pdf[0]
        assert page.get_rotation() == r
        assert page.get_mediabox()[:2] == pytest.approx((dx, dy))
        images[(r, dx, dy)] = np.asarray(page.render(scale=1).to_pil().convert("L"), dtype=np.int16)
        pdf.close()
    ref = images[(0, 0.0, 0.0)]
    for key, img in images.items():
        assert img.shape == ref.shape, key
        assert np.abs(img - ref).mean() < 0.5, key  # same page as displayed


@pytest.mark.parametrize(("r", "dx", "dy"), VARIANTS, ids=_IDS)
def test_character_boxes_are_where_pdfium_displays_them(files: dict, reference: Page, r: int, dx: float, dy: float) -> None:
    pdf = pdfium.PdfDocument(files[(r, dx, dy)])
    try:
        pdf_page = pdf[0]
        page = read_page_text(pdf_page, 1)
        assert (page.width, page.height) == pytest.approx((reference.width, reference.height))
        assert page.text == reference.text
        both = ~np.isnan(reference.char_boxes[:, 0])
        assert (both == ~np.isnan(page.char_boxes[:, 0])).all()
        assert np.abs(page.char_boxes[both] - reference.char_boxes[both]).max() < 0.01
        # Independently of the reference: pdfium's own page→device mapping of each char.
        scale = 100
        w, h = (round(v * scale) for v in pdf_page.get_size())
        textpage = pdf_page.get_textpage()
        dev_x, dev_y = ctypes.c_int(), ctypes.c_int()
        start = page.text.find(AMOUNT)
        raw = textpage.get_text_range(0, textpage.count_chars())
        raw_start = raw.find(AMOUNT)
        for k in range(len(AMOUNT)):
            left, bottom, right, top = textpage.get_charbox(raw_start + k)
            xs, ys = [], []
            for ux, uy in ((left, bottom), (right, top)):
                pdfium_c.FPDF_PageToDevice(pdf_page.raw, 0, 0, w, h, 0, ux, uy, dev_x, dev_y)
                xs.append(dev_x.value / scale)
                ys.append(dev_y.value / scale)
            want = (min(xs), min(ys), max(xs), max(ys))
            assert page.char_boxes[start + k].tolist() == pytest.approx(want, abs=0.02)
        textpage.close()
    finally:
        pdf.close()


@pytest.mark.parametrize(("r", "dx", "dy"), VARIANTS, ids=_IDS)
def test_vector_rulings_are_in_the_displayed_page(files: dict, r: int, dx: float, dy: float) -> None:
    def rules(path: Path) -> list[tuple]:
        pdf = pdfium.PdfDocument(path)
        try:
            edges = page_edges(pdf[0])
        finally:
            pdf.close()
        return sorted((e["orientation"], *(round(float(e[k]), 1) for k in ("x0", "top", "x1", "bottom")))
                      for e in edges)

    want = rules(files[(0, 0.0, 0.0)])
    # At least the table's 5 horizontal and 5 vertical rules.
    assert sum(1 for e in want if e[0] == "h") >= 5 and sum(1 for e in want if e[0] == "v") >= 5
    assert rules(files[(r, dx, dy)]) == want


@pytest.mark.parametrize(("r", "dx", "dy"), VARIANTS, ids=_IDS)
def test_the_table_reads_the_same_on_every_rotation(files: dict, reference: Page, r: int, dx: float, dy: float) -> None:
    source = read_document(files[(r, dx, dy)])
    assert len(source.tables) == 1
    table = source.tables[0]
    assert [[c.text if c is not None else None for c in row] for row in table.grid] == [list(row) for row in ROWS]
    cell = _table_cell(table, AMOUNT)
    assert cell.bbox == pytest.approx((260.0, 165.89, 390.0, 189.89), abs=0.05)  # the drawn cell
    assert source.pages[0].bbox_of(source.pages[0].text.find(AMOUNT),
                                   source.pages[0].text.find(AMOUNT) + len(AMOUNT)) == \
        pytest.approx(_amount_box(reference), abs=0.01)


@pytest.mark.parametrize(("r", "dx", "dy"), VARIANTS, ids=_IDS)
def test_the_raster_engine_reads_rotated_pages_too(files: dict, r: int, dx: float, dy: float) -> None:
    pdf = pdfium.PdfDocument(files[(r, dx, dy)])
    try:
        page = read_page_text(pdf[0], 1)
        tables = raster_ruled_tables(pdf, page)
    finally:
        pdf.close()
    assert len(tables) == 1 and tables[0].engine == "raster"
    assert [[c.text if c is not None else None for c in row] for row in tables[0].grid] == [list(row) for row in ROWS]


def _ink_box(image: np.ndarray, region: tuple[float, float, float, float], scale: float) -> tuple[float, ...]:
    """Box, in points, of the dark pixels inside a region given in points."""
    x0, top, x1, bottom = (round(v * scale) for v in region)
    ys, xs = np.nonzero(image[top:bottom, x0:x1] < 128)
    assert len(xs), "no ink in the region"
    return ((x0 + xs.min()) / scale, (top + ys.min()) / scale, (x0 + xs.max() + 1) / scale, (top + ys.max() + 1) / scale)


@pytest.mark.parametrize(("r", "dx", "dy"), VARIANTS, ids=_IDS)
def test_the_report_crop_shows_the_amount_inside_its_box(files: dict, r: int, dx: float, dy: float) -> None:
    path = files[(r, dx, dy)]
    source = read_document(path)
    cell = _table_cell(source.tables[0], AMOUNT)
    text_box = _amount_box(source.pages[0])
    renderer = PageRenderer(scale=3.0)
    image = np.asarray(renderer.page_image(str(path), 1).convert("L"))
    # The ink of the digits, looked for in the whole cell minus its rulings.
    inner = (cell.bbox[0] + 2, cell.bbox[1] + 2, cell.bbox[2] - 2, cell.bbox[3] - 2)
    ink = _ink_box(image, inner, renderer.scale)
    pad = 1.0
    assert text_box[0] - pad <= ink[0] and ink[2] <= text_box[2] + pad
    assert text_box[1] - pad <= ink[1] and ink[3] <= text_box[3] + pad
    # …and the box is not far larger than the digits it stands for.
    assert ink[2] - ink[0] > 0.9 * (text_box[2] - text_box[0])


@pytest.mark.parametrize(("r", "dx", "dy"), VARIANTS, ids=_IDS)
def test_the_annotated_pdf_highlights_the_amount(files: dict, tmp_path: Path, r: int, dx: float, dy: float) -> None:
    path = files[(r, dx, dy)]
    source = read_document(path)
    box = _amount_box(source.pages[0])
    cell = Cell(text=AMOUNT, page=1, bbox=box, table="p1-t1", row=1, column="anggaran")
    finding = Finding(rule="LKJ-T999", severity="error", title={"en": "Test", "id": "Uji"},
                      message={"en": "amount", "id": "jumlah"},
                      evidence=[Evidence(cell, 1234567000.0, "anggaran")], file=str(path))
    doc = DocumentResult(Extraction(file=str(path), sha256=None, kind="pdf", pages=1), [finding])
    out = tmp_path / "annotated.pdf"
    assert annotate_pdf(doc, "en", out) == 1
    highlight = next(a.get_object() for a in PdfReader(out).pages[0]["/Annots"]
                     if a.get_object()["/Subtype"] == "/Highlight")
    left, bottom, right, top = (float(v) for v in highlight["/Rect"])
    # The digits in user space, straight from pdfium's text layer of the stored page.
    pdf = pdfium.PdfDocument(path)
    textpage = pdf[0].get_textpage()
    raw = textpage.get_text_range(0, textpage.count_chars())
    k = raw.find(AMOUNT)
    chars = [textpage.get_charbox(i) for i in range(k, k + len(AMOUNT))]
    textpage.close()
    pdf.close()
    glyphs = (min(c[0] for c in chars), min(c[1] for c in chars), max(c[2] for c in chars), max(c[3] for c in chars))
    assert left <= glyphs[0] and bottom <= glyphs[1] and right >= glyphs[2] and top >= glyphs[3]
    # Tight: the marker is the digits' box plus its margin, not a band across the page.
    assert (right - left) * (top - bottom) < 2.0 * (glyphs[2] - glyphs[0] + 2) * (glyphs[3] - glyphs[1] + 2)


def test_display_frame_of_a_plain_page_changes_nothing(files: dict) -> None:
    pdf = pdfium.PdfDocument(files[(0, 0.0, 0.0)])
    try:
        frame = DisplayFrame.of(pdf[0])
    finally:
        pdf.close()
    assert frame.identity
    boxes = np.array([[1.0, 2.0, 3.0, 4.0]], dtype=np.float32)
    assert frame.turn_boxes(boxes) is boxes


def test_a_real_page_whose_media_box_starts_above_zero() -> None:
    """Inspektorat Jombang's Renja 2023, p. 1: media box (0, 7.83, 595.5, 850.08). Measured
    from the page height instead of the box's top, every word sat 7.83 pt too high (the
    ink share in "Pemerintah"'s box was 0.04; it is 0.38 where the word is drawn)."""
    path = shared_path("corpus", "real", "inspektoratjbg__2023-06-13-renja-ta-2023.pdf")
    pdf = pdfium.PdfDocument(path)
    try:
        pdf_page = pdf[0]
        assert pdf_page.get_mediabox()[1] > 7
        page = read_page_text(pdf_page, 1)
        scale = 2
        ink = np.asarray(pdf_page.render(scale=scale).to_pil().convert("L")) < 128
    finally:
        pdf.close()
    words = list(re.finditer(r"\S{4,}", page.text))
    assert len(words) >= 10
    for m in words:
        x0, top, x1, bottom = (round(v * scale) for v in page.bbox_of(m.start(), m.end()))
        assert ink[top:bottom, x0:x1].mean() > 0.25, m.group()


@pytest.mark.parametrize(("r", "dx", "dy"), [(90, 0.0, 0.0), (180, 30.0, -50.0)], ids=["rot90", "rot180-shift"])
def test_camelot_cells_agree_on_rotated_pages(files: dict, r: int, dx: float, dy: float) -> None:
    """`--tables thorough`: camelot finds its grid in a rendering too, text from our boxes."""
    from lkjip.extract.grid.camelot_engine import camelot_page_tables

    path = files[(r, dx, dy)]
    pdf = pdfium.PdfDocument(path)
    try:
        page = read_page_text(pdf[0], 1)
    finally:
        pdf.close()
    tables = camelot_page_tables(path, page, None)
    assert len(tables) == 1
    assert [[c.text if c is not None else None for c in row] for row in tables[0].grid] == [list(row) for row in ROWS]
    assert _table_cell(tables[0], AMOUNT).bbox == pytest.approx((260.0, 165.89, 390.0, 189.89), abs=1.5)
