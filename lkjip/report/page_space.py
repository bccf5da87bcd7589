"""From the boxes findings carry to the PDF's own coordinates, through pdfium.

A `Cell.bbox` is (x0, top, x1, bottom) in points from the top-left corner of the page as
displayed (after /Rotate, inside the crop box), the way pdfium sizes it. PDF annotations
need user space (origin bottom-left of the unrotated page, y up). pdfium's own
device↔page mapping does that conversion, so rotation and a shifted media box are
handled exactly as the renderer shows the page.
"""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from lkjip.extract.source import BBox

# pdfium's device coordinates are integers; map through a canvas this many times larger
# than the page in points so the round-trip keeps 1/100 pt precision.
_SUBPIXELS = 100


def displayed_point_to_user(page: pdfium.PdfPage, x: float, top: float) -> tuple[float, float]:
    width, height = page.get_size()
    px, py = ctypes.c_double(), ctypes.c_double()
    ok = pdfium_c.FPDF_DeviceToPage(
        page.raw, 0, 0, round(width * _SUBPIXELS), round(height * _SUBPIXELS), 0,
        round(x * _SUBPIXELS), round(top * _SUBPIXELS), ctypes.byref(px), ctypes.byref(py))
    if not ok:  # pragma: no cover - pdfium refuses only for a closed page
        raise ValueError("pdfium could not map the point to page space")
    return px.value, py.value


def displayed_bbox_to_user(page: pdfium.PdfPage, bbox: BBox) -> tuple[float, float, float, float]:
    """(x0, top, x1, bottom) displayed → (left, bottom, right, top) in PDF user space.

    Maps all four corners: on a rotated page the displayed top-left is another corner.
    """
    x0, top, x1, bottom = bbox
    corners = [displayed_point_to_user(page, x, y) for x, y in ((x0, top), (x1, top), (x0, bottom), (x1, bottom))]
    xs = [c[0] for c in corners]
    ys = [c[1] for c in corners]
    return min(xs), min(ys), max(xs), max(ys)
