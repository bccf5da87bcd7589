"""The lean pdfium calls give exactly what pypdfium2's typed helpers give."""

from __future__ import annotations

import ctypes
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from lkjip.extract.pdf.reader import read_page_text
from lkjip.extract.pdf.ruling import _edge, _rect_edges, page_edges

SEED = Path(__file__).resolve().parents[2] / "samples" / "lkjip-2018-biro-humas-jambi.pdf"


@pytest.fixture(scope="module")
def ruled_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ruled") / "ruled.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.line(100, 700, 400, 700)  # horizontal rule
    c.line(100, 600, 100, 700)  # vertical rule
    c.rect(100, 400, 200, 100)  # four edges
    c.circle(300, 300, 1)  # a dot: no edge
    c.line(50, 50, 51, 51)  # too short
    c.beginForm("frame")
    c.rect(50, 100, 80, 40)  # inside a form XObject: edges from its bounds
    c.endForm()
    c.doForm("frame")
    c.setFont("Helvetica", 12)
    c.drawString(100, 750, "Rp 19.253.545.000")
    c.save()
    return path


def _edges(path: Path) -> list[tuple[str, float, float, float, float]]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[0]
        edges = page_edges(page)
        page.close()
    finally:
        pdf.close()
    return sorted((str(e["orientation"]), round(float(e["x0"]), 1), round(float(e["top"]), 1),
                   round(float(e["x1"]), 1), round(float(e["bottom"]), 1)) for e in edges)


def test_inputs_page_edges_lines_rects_and_forms(ruled_pdf: Path) -> None:
    height = A4[1]
    edges = _edges(ruled_pdf)
    assert ("h", 100.0, round(height - 700, 1), 400.0, round(height - 700, 1)) in edges
    assert ("v", 100.0, round(height - 700, 1), 100.0, round(height - 600, 1)) in edges
    rect = [e for e in edges if 400 - 0.5 <= height - e[2] <= 500 + 0.5 and e[1] >= 99]
    assert len(rect) == 4
    # The form's rectangle, from its bounds (which include half the line width).
    form = [e for e in edges if e[1] < 140 and e[2] > height - 145]
    assert len(form) == 4
    assert all(e[3] - e[1] >= 3 or e[4] - e[2] >= 3 for e in edges)  # no dot, no tick
    assert len(edges) == 10


def _reference_edges(page: pdfium.PdfPage) -> list[dict]:
    """The same walk through pypdfium2's typed helpers: the oracle for the lean calls."""
    height = page.get_height()
    edges: list[dict] = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if right - left < 3.0 and top - bottom < 3.0:
            continue
        if obj.level > 0:
            edges.extend(_rect_edges(left, bottom, right, top, height))
            continue
        n = pdfium_c.FPDFPath_CountSegments(obj.raw)
        if n <= 0 or n > 400:
            continue
        a, b, c, d, e, f = obj.get_matrix().get()
        x, y = ctypes.c_float(), ctypes.c_float()
        start = prev = None
        for i in range(n):
            seg = pdfium_c.FPDFPath_GetPathSegment(obj.raw, i)
            pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
            px, py = a * x.value + c * y.value + e, b * x.value + d * y.value + f
            kind = pdfium_c.FPDFPathSegment_GetType(seg)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = prev = (px, py)
                continue
            if kind == pdfium_c.FPDF_SEGMENT_LINETO and prev is not None and \
                    (edge := _edge(prev[0], prev[1], px, py, height)) is not None:
                edges.append(edge)
            prev = (px, py)
            if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
                if (edge := _edge(px, py, start[0], start[1], height)) is not None:
                    edges.append(edge)
                prev = start
    return edges


def test_inputs_page_edges_equal_typed_helper_walk(ruled_pdf: Path) -> None:
    documents = [ruled_pdf, SEED]  # the seed sample is part of the repository
    compared = 0
    for path in documents:
        pdf = pdfium.PdfDocument(str(path))
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                # The oracle walks the paths only: which edges are a shading's it does not mark.
                got = [{k: v for k, v in e.items() if k != "object_type"} for e in page_edges(page)]
                want = [{k: v for k, v in e.items() if k != "object_type"} for e in _reference_edges(page)]
                assert got == want, (path.name, index + 1)
                compared += len(page_edges(page))
                page.close()
        finally:
            pdf.close()
    assert compared >= 10


def test_inputs_char_boxes_equal_pypdfium2_helper() -> None:
    pdf = pdfium.PdfDocument(str(SEED))
    try:
        for index in (0, 16):
            pdf_page = pdf[index]
            page = read_page_text(pdf_page, index + 1)
            textpage = pdf_page.get_textpage()
            raw = textpage.get_text_range(0, textpage.count_chars())
            height = pdf_page.get_height()
            kept = [i for i, ch in enumerate(raw) if ch != "\r"]
            assert len(kept) == len(page.text)
            for k in range(0, len(kept), 7):
                if page.text[k].isspace() and page.text[k] != " ":
                    assert np.isnan(page.char_boxes[k]).all()
                    continue
                left, bottom, right, top = textpage.get_charbox(kept[k])
                if right > left or top > bottom:
                    want = np.array([left, height - top, right, height - bottom], dtype=np.float32)
                    assert np.array_equal(page.char_boxes[k], want)
            textpage.close()
            pdf_page.close()
    finally:
        pdf.close()


def test_inputs_char_boxes_place_text(ruled_pdf: Path) -> None:
    pdf = pdfium.PdfDocument(str(ruled_pdf))
    try:
        pdf_page = pdf[0]
        page = read_page_text(pdf_page, 1)
        pdf_page.close()
    finally:
        pdf.close()
    start = page.text.index("19.253")
    box = page.char_boxes[start]
    assert 100 < box[0] < 200
    assert A4[1] - 760 < box[1] < box[3] < A4[1] - 745
