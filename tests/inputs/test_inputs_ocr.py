"""Scanned pages: OCR'd text with boxes and confidences, tables from the image's rulings."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from lkjip.extract.limits import ReadLimits
from lkjip.extract.readers import read_document
from lkjip.extract.source import RawTable, SourceDocument
from tests.conftest import SEED_PDF
from tests.inputs.hostile_files import text_pdf
from tests.inputs.scans import image_pdf, render_pages, scanned_rendition

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract missing: apt-get install tesseract-ocr tesseract-ocr-ind")


def _cells_with(doc: SourceDocument, text: str) -> list[tuple[RawTable, object]]:
    return [(t, c) for t in doc.tables for row in t.grid for c in row if c is not None and text in c.text]


@pytest.fixture(scope="module")
def scanned_seed(tmp_path_factory: pytest.TempPathFactory) -> SourceDocument:
    path = scanned_rendition(SEED_PDF, tmp_path_factory.mktemp("scan") / "seed-scanned.pdf")
    return read_document(path)


@needs_tesseract
@pytest.mark.slow
def test_scanned_seed_is_read_by_ocr(scanned_seed: SourceDocument) -> None:
    assert scanned_seed.page_count == 19 and not scanned_seed.warnings
    assert {p.source for p in scanned_seed.pages} == {"ocr"}
    page16, page17 = scanned_seed.pages[15], scanned_seed.pages[16]
    assert "19.253.454.000" in page16.text and "19.253.454.000" in page17.text
    # Word boxes spread over characters, in PDF points of the (portrait) page.
    start = page17.text.index("19.253.454.000")
    box = page17.bbox_of(start, start + 14)
    assert box is not None and 0 < box[0] < box[2] < page17.width and 0 < box[1] < box[3] < page17.height
    assert page17.confidence_of(start, start + 14) is not None
    assert page17.ocr_confidence is not None and page17.ocr_confidence > 70


@needs_tesseract
@pytest.mark.slow
def test_scanned_seed_tables_come_from_image_rulings(scanned_seed: SourceDocument) -> None:
    hits = _cells_with(scanned_seed, "19.253.545.000")
    assert hits, "the budget table's total must be in an OCR'd table cell"
    table, cell = hits[0]
    assert table.engine == "lattice-ocr" and table.page == 17
    assert cell.confidence is not None and 0 <= cell.confidence <= 100
    assert table.n_cols == 4 and table.n_rows >= 12
    # The landscape comparison table still runs over its three pages.
    assert any(t.pages == [13, 14, 15] for t in scanned_seed.tables)


@needs_tesseract
@pytest.mark.slow
def test_scanned_seed_still_yields_the_budget_contradiction(scanned_seed: SourceDocument) -> None:
    from lkjip.checks.rule import CheckConfig
    from lkjip.checks.runner import run_checks
    from lkjip.extract.interpret.document import interpret

    findings = run_checks(interpret(scanned_seed), CheckConfig(lang="en"), ("LKJ-B",), ())
    values = [{e.value for e in f.evidence} for f in findings if f.rule == "LKJ-B002"]
    assert any({19_253_545_000, 19_253_454_000} <= v for v in values), [f.message for f in findings]


@needs_tesseract
@pytest.mark.slow
def test_rotated_scan_is_turned_upright(tmp_path: Path) -> None:
    path = scanned_rendition(SEED_PDF, tmp_path / "sideways.pdf", pages=[17], rotate=90)
    doc = read_document(path)
    (page,) = doc.pages
    assert page.rotation in (90, 270)
    assert page.width < page.height  # coordinates of the upright (portrait) page
    assert "19.253.454.000" in page.text
    assert _cells_with(doc, "19.253.545.000")


def _mixed_pdf(tmp_path: Path) -> Path:
    """Page 1 with a text layer, page 2 an image of a seed page."""
    from pypdf import PdfReader, PdfWriter

    text = text_pdf(tmp_path / "text.pdf")
    scan = image_pdf(render_pages(SEED_PDF, 100, [17]), tmp_path / "scan.pdf", 100)
    writer = PdfWriter(clone_from=PdfReader(str(text)))
    writer.append(str(scan))
    out = tmp_path / "mixed.pdf"
    with out.open("wb") as fh:
        writer.write(fh)
    return out


def test_missing_tesseract_says_what_to_install_and_reads_the_rest(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import lkjip.extract.ocr.tesseract as ocr

    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    doc = read_document(_mixed_pdf(tmp_path))
    assert "19.253.454.000" in doc.pages[0].text and doc.pages[0].source == "text"
    assert doc.pages[1].text == ""
    install = [w for w in doc.warnings if "apt-get install tesseract-ocr tesseract-ocr-ind" in w]
    assert len(install) == 1 and "\n" not in install[0]
    assert any("1 page(s) have no usable text layer" in w for w in doc.warnings)


def test_missing_language_data_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    import lkjip.extract.ocr.tesseract as ocr

    monkeypatch.setattr(ocr.shutil, "which", lambda name: "/usr/bin/tesseract")
    monkeypatch.setattr(pytesseract, "get_languages", lambda config="": ["eng", "osd"])
    engine = ocr.find_engine("ind")
    assert not engine.available
    assert engine.problem is not None and "'ind'" in engine.problem
    assert "apt-get install tesseract-ocr tesseract-ocr-ind" in engine.problem


def test_no_ocr_option_leaves_scans_unread(tmp_path: Path) -> None:
    doc = read_document(_mixed_pdf(tmp_path), ReadLimits(ocr=False))
    assert doc.pages[1].source == "text" and doc.pages[1].text == ""
    assert any("--no-ocr" in w for w in doc.warnings)


def test_words_become_characters_with_boxes_and_confidence() -> None:
    from lkjip.extract.ocr.tesseract import OcrWord, words_to_page

    words = [OcrWord("Rp.", (100, 50, 160, 70), 91.0, (1, 1, 1)),
             OcrWord("19.253.454.000,-", (170, 50, 490, 70), 62.5, (1, 1, 1)),
             OcrWord("Jumlah", (100, 90, 220, 110), 95.0, (1, 1, 2))]
    page = words_to_page(words, 3, 595, 842, scale=2.0, rotation=0)
    assert page.text == "Rp. 19.253.454.000,-\nJumlah"
    assert page.source == "ocr" and page.number == 3
    start = page.text.index("19")
    assert page.bbox_of(start, start + 16) == pytest.approx((85, 25, 245, 35))
    assert page.confidence_of(start, start + 16) == 62.5
    assert page.confidence_of(0, len(page.text)) == 62.5  # the weakest word
    assert np.isnan(page.char_confidence[3])  # the space between words
    assert page.char_boxes[0][2] - page.char_boxes[0][0] == pytest.approx(10.0)  # 30 pt / 3 chars


def test_image_rulings_give_pdf_ruling_edges() -> None:
    from lkjip.extract.grid.tables import edges_to_cell_groups
    from lkjip.extract.ocr.image_ruling import image_edges
    from lkjip.extract.pdf.ruling import page_edges

    (image,) = render_pages(SEED_PDF, 200, [17])
    edges = image_edges(image, 200 / 72)
    assert {e["orientation"] for e in edges} == {"h", "v"}
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(SEED_PDF))
    vector = edges_to_cell_groups(page_edges(pdf[16]))
    pdf.close()
    scanned = edges_to_cell_groups(edges)
    assert len(scanned) == len(vector) == 1
    assert len(scanned[0]) == len(vector[0])  # the same cells, found in pixels
    for a, b in zip(sorted(scanned[0]), sorted(vector[0]), strict=True):
        assert a == pytest.approx(b, abs=2.5)


def test_open_grid_side_is_closed() -> None:
    from lkjip.extract.ocr.image_ruling import close_open_sides

    def h(x0: float, x1: float, y: float) -> dict:
        return {"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0, "orientation": "h"}

    def v(x: float, top: float, bottom: float) -> dict:
        return {"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top, "orientation": "v"}

    # A grid cut at the left page edge: rules start at x=0, no left frame.
    edges = [h(0, 300, y) for y in (100, 150, 200, 250)] + [v(x, 100, 250) for x in (80, 300)]
    closed = close_open_sides(edges)
    added = closed[len(edges):]
    assert [(e["orientation"], e["x0"], e["top"], e["bottom"]) for e in added] == [("v", 0, 100, 250)]
    assert close_open_sides(closed) == closed  # a framed grid gets nothing


def test_percent_read_as_letters_is_restored() -> None:
    from lkjip.extract.ocr.tesseract import OcrWord, fix_percent_signs

    words = [OcrWord(t, (0, 0, 1, 1), 90, (1, 1, 1)) for t in ["89.16Yo", "98.17", "Yo", "Yogyakarta", "84.50Y0)"]]
    assert [w.text for w in fix_percent_signs(words)] == ["89.16%", "98.17", "%", "Yogyakarta", "84.50%)"]


@needs_tesseract
def test_doubtful_cell_is_read_again_from_its_crop() -> None:
    """Full-page OCR misreads bold table headers; the cell's own crop reads them right."""
    import pypdfium2 as pdfium

    from lkjip.extract.grid.tables import edges_to_cell_groups
    from lkjip.extract.ocr.image_ruling import image_edges
    from lkjip.extract.ocr.tesseract import render_page as render
    from lkjip.extract.pdf.reader import reread_doubtful_cells

    pdf = pdfium.PdfDocument(str(SEED_PDF))
    try:
        image = render(pdf[16], 200)
    finally:
        pdf.close()
    (cells,) = edges_to_cell_groups(image_edges(image, 200 / 72))
    header = min((c for c in cells if c[1] < min(b[1] for b in cells) + 1), key=lambda c: -c[0])  # top-right
    from lkjip.extract.source import RawCell

    cell = RawCell("aan", 0, 3, header, confidence=10.0)
    sure = RawCell("NO", 0, 0, min(cells, key=lambda c: (c[1], c[0])), confidence=95.0)
    table = RawTable(id="p17-t1", page=17, bbox=None, grid=[[sure, None, None, cell]])
    reread_doubtful_cells(table, image, 200 / 72, "ind")
    assert cell.text == "REALISASI\nANGGARAN"
    assert cell.confidence is not None and cell.confidence > 80
    assert [t for t, _ in cell.line_boxes] == ["REALISASI", "ANGGARAN"]
    assert sure.text == "NO"  # a confident cell is left alone


def test_oversized_pages_render_within_a_pixel_budget() -> None:
    from lkjip.extract.ocr.tesseract import MAX_OCR_PIXELS, ocr_dpi

    assert ocr_dpi(595, 842, 200) == 200  # A4 at full resolution
    dpi = ocr_dpi(14400, 14400, 200)  # the largest page a PDF may declare (200 inches)
    assert dpi < 200 and (14400 / 72 * dpi) ** 2 <= MAX_OCR_PIXELS


def test_broken_rules_are_joined_and_extended_to_their_crossings() -> None:
    from lkjip.extract.ocr.image_ruling import join_broken_rules, reach_crossing_rules

    def h(x0: float, x1: float, y: float) -> dict:
        return {"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0, "orientation": "h"}

    def v(x: float, top: float, bottom: float) -> dict:
        return {"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top, "orientation": "v"}

    # A dashed rule in three pieces (one a pixel lower), and one far-away piece.
    joined = join_broken_rules([h(0, 40, 100), h(50, 90, 101), h(98, 140, 100), h(300, 340, 100)])
    assert [(e["x0"], e["x1"]) for e in joined] == [(0, 140), (300, 340)]
    # A vertical rule that stops 5 pt short of the rule below it reaches it.
    edges = reach_crossing_rules([h(0, 140, 100), h(0, 140, 200), v(70, 100, 195)])
    assert edges[2]["bottom"] == 200 and edges[2]["height"] == 100
