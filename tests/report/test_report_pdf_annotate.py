"""The annotated PDF: a highlight with the finding as its note on every evidence box, where
the value is printed (checked in PDF space and on the page pdfium renders)."""

from __future__ import annotations

import io

import numpy as np
import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader, PdfWriter

from lkjip.checks.finding import Evidence, Finding
from lkjip.records import Cell, Extraction
from lkjip.report.pdf_annotate import NotAnnotatable, annotate_pdf
from lkjip.results import DocumentResult, RunResult


def _marked_fraction(pdf: pdfium.PdfDocument, page: int, bbox: tuple[float, ...]) -> float:
    """Share of the box's light pixels tinted by a yellow/orange marker, as pdfium draws the page."""
    scale = 2
    img = np.array(pdf[page - 1].render(scale=scale, draw_annots=True).to_pil().convert("RGB")).astype(int)
    x0, top, x1, bottom = (round(v * scale) for v in bbox)
    region = img[top + 1:bottom - 1, x0 + 1:x1 - 1].reshape(-1, 3)
    light = region[region.sum(axis=1) > 300]
    return float((light[:, 2] < light[:, 0] - 40).mean()) if len(light) else 0.0


def test_every_evidence_box_gets_a_highlight_with_the_finding(handmade_run: RunResult, tmp_path) -> None:
    doc = handmade_run.documents[0]
    out = tmp_path / "annotated.pdf"
    boxed = [(f, ev) for f in doc.findings for ev in f.evidence if ev.cell.page and ev.cell.bbox]
    assert annotate_pdf(doc, "en", out) == len(boxed) == 3
    reader = PdfReader(out)
    assert len(reader.pages) == 19
    for finding, ev in boxed:
        page = reader.pages[ev.cell.page - 1]
        height = float(page.mediabox.top)
        x0, top, x1, bottom = ev.cell.bbox
        want = (x0, height - bottom, x1, height - top)  # the seed's pages are unrotated, origin 0,0
        highlights = [a.get_object() for a in page.get("/Annots", [])
                      if a.get_object()["/Subtype"] == "/Highlight"]
        hits = [a for a in highlights
                if a["/Rect"][0] <= want[0] + 0.01 and a["/Rect"][1] <= want[1] + 0.01
                and a["/Rect"][2] >= want[2] - 0.01 and a["/Rect"][3] >= want[3] - 0.01
                and a["/Rect"][2] - a["/Rect"][0] < (x1 - x0) + 5]
        assert len(hits) >= 1, f"no highlight at {want} on p. {ev.cell.page}"
        note = next(a for a in hits if finding.rule in a["/Contents"])
        assert finding.text("en") in note["/Contents"] and ev.cell.text in note["/Contents"]
        quad = [float(v) for v in note["/QuadPoints"]]
        assert len(quad) == 8 and min(quad[0::2]) <= want[0] and max(quad[0::2]) >= want[2]
        popup = note["/Popup"].get_object()
        assert popup["/Subtype"] == "/Popup" and popup["/Parent"].get_object() == note
    rendered = pdfium.PdfDocument(out)
    for _, ev in boxed:
        assert _marked_fraction(rendered, ev.cell.page, ev.cell.bbox) > 0.9
    # Pages without evidence carry no highlight; the first page carries the colour legend.
    first = [a.get_object() for a in reader.pages[0].get("/Annots", [])]
    assert [a["/Subtype"] for a in first] == ["/FreeText"]
    assert "red = error (1)" in first[0]["/Contents"] and "yellow = warning (1)" in first[0]["/Contents"]
    assert all("/Annots" not in reader.pages[i] for i in range(1, 15))


def test_errors_get_the_strongest_colour_and_the_legend_speaks_indonesian(handmade_run: RunResult, tmp_path) -> None:
    from lkjip.report.pdf_annotate import _COLOURS, legend_text

    def luminance(hex_colour: str) -> float:  # the darker the marker, the more it stands out
        r, g, b = (int(hex_colour[i:i + 2], 16) for i in (0, 2, 4))
        return 0.299 * r + 0.587 * g + 0.114 * b

    assert luminance(_COLOURS["error"]) < min(luminance(_COLOURS["warning"]), luminance(_COLOURS["info"])) - 50
    text = legend_text(handmade_run.documents[0], "id")
    assert "merah = kesalahan (1)" in text and "kuning = peringatan (1)" in text and "biru = catatan (1)" in text


def test_rotated_page_highlight_lands_on_the_printed_value(seed_pdf, tmp_path) -> None:
    # Page 16 of the seed turned 90° clockwise by /Rotate: the displayed page is landscape.
    writer = PdfWriter()
    writer.add_page(PdfReader(seed_pdf).pages[15])
    writer.pages[0].rotate(90)
    rotated = tmp_path / "rotated.pdf"
    writer.write(rotated)
    pdf = pdfium.PdfDocument(rotated)
    textpage = pdf[0].get_textpage()
    text = textpage.get_text_range()
    start = text.index("19.253.454.000")
    boxes = [textpage.get_charbox(i) for i in range(start, start + len("19.253.454.000"))]
    left, bottom = min(b[0] for b in boxes), min(b[1] for b in boxes)
    right, top = max(b[2] for b in boxes), max(b[3] for b in boxes)
    # Turned clockwise, user (x, y) is displayed at (left=y, top=x) (media box at the origin).
    displayed = (bottom, left, top, right)
    cell = Cell(text="19.253.454.000", page=1, bbox=displayed)
    finding = Finding("LKJ-B002", "error", {"en": "t", "id": "u"}, {"en": "m", "id": "n"}, [Evidence(cell)])
    doc = DocumentResult(Extraction(file=str(rotated), sha256=None, kind="pdf", pages=1), [finding])
    out = tmp_path / "rotated-annotated.pdf"
    assert annotate_pdf(doc, "en", out) == 1
    rect = [float(v) for v in PdfReader(out).pages[0]["/Annots"][0].get_object()["/Rect"]]
    assert rect[0] == pytest.approx(left, abs=1.5) and rect[2] == pytest.approx(right, abs=1.5)
    assert rect[1] == pytest.approx(bottom, abs=1.5) and rect[3] == pytest.approx(top, abs=1.5)
    assert _marked_fraction(pdfium.PdfDocument(out), 1, displayed) > 0.9


def test_docx_and_unreadable_documents_are_refused(tmp_path) -> None:
    docx = DocumentResult(Extraction(file=str(tmp_path / "draft.docx"), sha256=None, kind="docx", pages=None))
    with pytest.raises(NotAnnotatable):
        annotate_pdf(docx, "id", tmp_path / "x.pdf")
    bad = DocumentResult(Extraction(file="gone.pdf", sha256=None, kind=None, pages=None, status="error",
                                    error={"code": "corrupt", "message": "x"}))
    with pytest.raises(NotAnnotatable):
        annotate_pdf(bad, "id", tmp_path / "y.pdf")
    assert not any(tmp_path.glob("*.pdf"))


def test_annotated_copy_is_a_valid_pdf_pdfium_opens(handmade_run: RunResult, tmp_path) -> None:
    out = tmp_path / "a.pdf"
    annotate_pdf(handmade_run.documents[0], "id", out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(pdfium.PdfDocument(io.BytesIO(data))) == 19


def _one_finding(pdf, page: int, printed: str, table: str | None = None) -> DocumentResult:
    cell = Cell(text=printed, page=page, table=table)  # as a narrative rule builds it: no box
    finding = Finding("LKJ-N002", "warning", {"en": "t", "id": "u"}, {"en": "the text says so", "id": "n"},
                      [Evidence(cell, None, "stated difference")])
    return DocumentResult(Extraction(file=str(pdf), sha256=None, kind="pdf", pages=19), [finding])


def _annots(path, page: int) -> list:
    return [a.get_object() for a in PdfReader(path).pages[page - 1].get("/Annots", [])]


def test_a_sentence_figure_without_a_box_is_marked_where_the_text_layer_prints_it_once(seed_pdf, tmp_path) -> None:
    out = tmp_path / "text-side.pdf"
    assert annotate_pdf(_one_finding(seed_pdf, 16, "19.253.454.000"), "en", out) == 1
    textpage = pdfium.PdfDocument(seed_pdf)[15].get_textpage()
    start = textpage.get_text_range().index("19.253.454.000")
    boxes = [textpage.get_charbox(i) for i in range(start, start + len("19.253.454.000"))]
    highlight = next(a for a in _annots(out, 16) if a["/Subtype"] == "/Highlight")
    rect = [float(v) for v in highlight["/Rect"]]
    assert rect[0] == pytest.approx(min(b[0] for b in boxes), abs=1.5)
    assert rect[2] == pytest.approx(max(b[2] for b in boxes), abs=1.5)
    assert rect[1] == pytest.approx(min(b[1] for b in boxes), abs=1.5)
    assert "the text says so" in highlight["/Contents"]


@pytest.mark.parametrize("printed", ["2018", "253.454", "12.345.678.999"],
                         ids=["printed-five-times", "part-of-a-number", "not-on-the-page"])
def test_a_sentence_figure_not_found_alone_goes_in_the_margin_not_on_a_guess(seed_pdf, tmp_path, printed) -> None:
    out = tmp_path / "margin.pdf"
    assert annotate_pdf(_one_finding(seed_pdf, 16, printed), "en", out) == 1
    annots = _annots(out, 16)
    assert not [a for a in annots if a["/Subtype"] == "/Highlight"]
    note = next(a for a in annots if a["/Subtype"] == "/Text")
    assert "the text says so" in note["/Contents"] and printed in note["/Contents"]
    x_min = float(PdfReader(out).pages[15].mediabox.left)
    assert float(note["/Rect"][0]) < x_min + 30  # in the left margin


def test_a_table_cell_without_a_box_is_not_placed_by_searching_its_text(seed_pdf, tmp_path) -> None:
    out = tmp_path / "cell.pdf"
    assert annotate_pdf(_one_finding(seed_pdf, 16, "19.253.454.000", table="p16-t1"), "en", out) == 0
