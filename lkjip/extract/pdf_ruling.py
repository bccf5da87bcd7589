"""Ruling lines of a PDF page, read from its vector paths with pdfium.

Cheap enough to run on every page: it tells which pages hold ruled tables (page
triage) and gives the edges that pdfplumber's table geometry turns into cells,
without pdfplumber's much slower character pass.
"""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

Edge = dict[str, float | str]

# A path with more segments than this is a drawing (logo, chart), not table ruling.
_MAX_SEGMENTS = 400
# Segments shorter than this are ticks or glyph-like strokes, not ruling.
_MIN_EDGE = 3.0
_AXIS_TOLERANCE = 1.0


def _edge(x0: float, y0: float, x1: float, y1: float, page_height: float) -> Edge | None:
    """An axis-aligned edge in pdfplumber's form (top-left origin), or None."""
    if abs(y0 - y1) <= _AXIS_TOLERANCE and abs(x1 - x0) >= _MIN_EDGE:
        top = page_height - (y0 + y1) / 2
        left, right = sorted((x0, x1))
        return {"x0": left, "x1": right, "top": top, "bottom": top,
                "width": right - left, "height": 0.0, "orientation": "h", "object_type": "line"}
    if abs(x0 - x1) <= _AXIS_TOLERANCE and abs(y1 - y0) >= _MIN_EDGE:
        low, high = sorted((y0, y1))
        x = (x0 + x1) / 2
        return {"x0": x, "x1": x, "top": page_height - high, "bottom": page_height - low,
                "width": 0.0, "height": high - low, "orientation": "v", "object_type": "line"}
    return None


def _rect_edges(left: float, bottom: float, right: float, top: float, page_height: float) -> list[Edge]:
    # A thin filled rectangle is how Word/LibreOffice often draw a rule: one edge.
    if right - left <= 2.0 or top - bottom <= 2.0:
        e = _edge(left, (bottom + top) / 2, right, (bottom + top) / 2, page_height) if right - left > top - bottom \
            else _edge((left + right) / 2, bottom, (left + right) / 2, top, page_height)
        return [e] if e else []
    corners = [(left, bottom, right, bottom), (right, bottom, right, top),
               (left, top, right, top), (left, bottom, left, top)]
    return [e for c in corners if (e := _edge(*c, page_height)) is not None]


def page_edges(page: pdfium.PdfPage) -> list[Edge]:
    """Every horizontal and vertical rule drawn on the page."""
    height = page.get_height()
    edges: list[Edge] = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        if obj.level > 0:
            # Inside a form XObject the segment coordinates are not page space: use bounds.
            edges.extend(_rect_edges(*obj.get_bounds(), height))
            continue
        n = pdfium_c.FPDFPath_CountSegments(obj.raw)
        if n <= 0 or n > _MAX_SEGMENTS:
            continue
        matrix = obj.get_matrix()
        a, b, c, d, e, f = matrix.get()
        x, y = ctypes.c_float(), ctypes.c_float()
        start: tuple[float, float] | None = None
        prev: tuple[float, float] | None = None
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
