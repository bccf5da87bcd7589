"""Ruling lines of a PDF page, read from its vector paths with pdfium.

Cheap enough to run on every page: it tells which pages hold ruled tables (page
triage) and gives the edges that pdfplumber's table geometry turns into cells,
without pdfplumber's much slower character pass.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from lkjip.extract.pdf import pdfium_calls
from lkjip.extract.pdf.shading import Fill, nested_fills, seam_sides
from lkjip.geometry import Edge, h_edge, v_edge
from lkjip.geometry.page_frame import DisplayFrame

# A path with more segments than this is a drawing (logo, chart), not table ruling.
_MAX_SEGMENTS = 400
# Segments shorter than this are ticks or glyph-like strokes, not ruling.
_MIN_EDGE = 3.0
_AXIS_TOLERANCE = 1.0


def _edge(x0: float, y0: float, x1: float, y1: float, page_height: float) -> Edge | None:
    """An axis-aligned edge in pdfplumber's form (top-left origin), or None.
    `page_height` is the user-space y of the page's top edge."""
    if abs(y0 - y1) <= _AXIS_TOLERANCE and abs(x1 - x0) >= _MIN_EDGE:
        left, right = sorted((x0, x1))
        return h_edge(left, right, page_height - (y0 + y1) / 2)
    if abs(x0 - x1) <= _AXIS_TOLERANCE and abs(y1 - y0) >= _MIN_EDGE:
        low, high = sorted((y0, y1))
        return v_edge((x0 + x1) / 2, page_height - high, page_height - low)
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


def _path_objects(owner: pdfium_calls.Handle, in_form: bool = False, level: int = 0,
                  max_depth: int = 2) -> Iterator[tuple[pdfium_calls.Handle, int]]:
    """(handle, nesting level) of every path object in drawing order, forms opened to
    `max_depth`. Lean calls, not `PdfPage.get_objects`: a chart page holds thousands
    of paths and the helper objects cost more than the ruling test itself."""
    if in_form:  # a form's object index is an unsigned long: pass it at full width
        count, get, index = pdfium_calls.form_object_count, pdfium_calls.form_object, ctypes.c_ulong
    else:
        count, get, index = pdfium_calls.page_object_count, pdfium_calls.page_object, ctypes.c_int
    object_type = pdfium_calls.object_type
    for i in range(count(owner)):
        obj = get(owner, index(i))
        kind = object_type(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            yield obj, level
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < max_depth - 1:
            yield from _path_objects(obj, True, level + 1, max_depth)


def page_edges(page: pdfium.PdfPage) -> list[Edge]:
    """Every horizontal and vertical rule drawn on the page, as displayed (`displayed_space`)."""
    frame = DisplayFrame.of(page)
    # Measured from the visible box's top edge in user space, then turned as displayed.
    height = frame.top
    edges: list[Edge] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    bounds = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    matrix = pdfium_c.FS_MATRIX()
    matrix_ref = ctypes.byref(matrix)
    x, y = ctypes.c_float(), ctypes.c_float()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    get_segment, get_point = pdfium_calls.path_segment, pdfium_calls.segment_point
    get_type, get_close = pdfium_calls.segment_type, pdfium_calls.segment_close
    moveto, lineto = pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_LINETO
    fills: list[Fill] = []  # unstroked filled boxes (shading), with where their edges went
    fill_edges: list[tuple[int, int]] = []
    for obj, level in _path_objects(pdfium_calls.handle(page.raw)):
        pdfium_calls.object_bounds(obj, *bounds)
        if right.value - left.value < _MIN_EDGE and top.value - bottom.value < _MIN_EDGE:
            continue  # a dot or a glyph-sized stroke: no segment in it is long enough
        first_edge = len(edges)
        shading = level == 0 and _shading_colour(obj, left.value, bottom.value, right.value, top.value)
        if level > 0:
            # Inside a form XObject the segment coordinates are not page space: use bounds.
            edges.extend(_rect_edges(left.value, bottom.value, right.value, top.value, height))
            continue
        n = pdfium_calls.path_segment_count(obj)
        if n <= 0 or n > _MAX_SEGMENTS:
            continue
        pdfium_calls.object_matrix(obj, matrix_ref)
        a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        start: tuple[float, float] | None = None
        prev: tuple[float, float] | None = None
        # Per segment: four pdfium calls and a few float operations, nothing more (a
        # chart's path has hundreds of segments); `_edge` only for a segment along an axis.
        for i in range(n):
            seg = get_segment(obj, i)
            get_point(seg, x_ref, y_ref)
            xv, yv = x.value, y.value
            px, py = a * xv + c * yv + e, b * xv + d * yv + f
            kind = get_type(seg)
            if kind == moveto:
                start = prev = (px, py)
                continue
            if kind == lineto and prev is not None and \
                    (abs(prev[1] - py) <= _AXIS_TOLERANCE or abs(prev[0] - px) <= _AXIS_TOLERANCE) and \
                    (edge := _edge(prev[0], prev[1], px, py, height)) is not None:
                edges.append(edge)
            prev = (px, py)
            if get_close(seg) and start is not None:
                if (edge := _edge(px, py, start[0], start[1], height)) is not None:
                    edges.append(edge)
                prev = start
        if shading:
            fills.append(((left.value, bottom.value, right.value, top.value), shading))
            fill_edges.append((first_edge, len(edges)))
    for first, end in fill_edges:  # a shading's edges, told apart from drawn rules (`grid.banded`)
        for k in range(first, end):
            edges[k]["object_type"] = "fill"
    dropped = nested_fills(fills)
    gone = {k for i in dropped for k in range(*fill_edges[i])}
    for i, sides in seam_sides(fills).items():
        gone.update(k for k in range(*fill_edges[i]) if _on_side(edges[k], fills[i][0], sides, height))
    if gone:
        edges = [e for k, e in enumerate(edges) if k not in gone]
    return frame.turn_edges(edges)


def _on_side(edge: Edge, box: tuple[float, float, float, float], sides: set[int], height: float) -> bool:
    """The edge lies on one of the box's `sides` (0 left, 1 bottom, 2 right, 3 top; the
    box in user space, the edge measured from the page's top)."""
    tol = 0.6
    if edge["orientation"] == "v":
        return any(abs(float(edge["x0"]) - box[s]) <= tol for s in sides & {0, 2})
    return any(abs(float(edge["top"]) - (height - box[s])) <= tol for s in sides & {1, 3})


def _shading_colour(obj: pdfium_calls.Handle, left: float, bottom: float, right: float,
                    top: float) -> tuple[int, int, int, int] | None:
    """The fill colour of a filled, unstroked box wider and taller than a rule, else None."""
    if right - left <= 2.0 or top - bottom <= 2.0 or pdfium_calls.path_segment_count(obj) > 6:
        return None
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_calls.path_draw_mode(obj, ctypes.byref(fill), ctypes.byref(stroke)) or stroke.value or \
            not fill.value:
        return None
    rgba = (ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint())
    if not pdfium_calls.fill_colour(obj, *(ctypes.byref(v) for v in rgba)):
        return None
    return (rgba[0].value, rgba[1].value, rgba[2].value, rgba[3].value)
