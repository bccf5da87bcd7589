"""The page as displayed: the one coordinate frame of every box lkjip reports.

In: boxes and rulings read from PDF user space (`DisplayFrame`), words OCR'd on a page
turned upright (`upright_to_displayed`). Out: back to user space for PDF annotations
(`displayed_bbox_to_user`).


Every box a reader emits (`Page.char_boxes`, table edges, `Cell.bbox`) is in points
from the top-left corner of the page as displayed: inside its crop box, after /Rotate,
the space pdfium renders and `Page.width/height` measure (see `lkjip.geometry.page_frame`).
pdfium reports character boxes and path points in user space (origin bottom-left of
the unrotated page, y up, wherever the media box starts), so they are moved here.

On an unrotated page whose crop box starts at 0,0 nothing moves: the arithmetic is the
same `height - y` the readers always did, bit for bit.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from lkjip.geometry import BBox, Edge


@dataclass(frozen=True)
class DisplayFrame:
    """The page's visible box in user space and how far it is turned clockwise."""

    left: float  # user-space x of the visible box's left edge
    top: float  # user-space y of its top edge (before rotation)
    width: float  # unrotated size of the visible box
    height: float
    rotation: int  # 0, 90, 180 or 270, clockwise as displayed

    @classmethod
    def of(cls, page: pdfium.PdfPage) -> DisplayFrame:
        """pdfium's own page box (crop box ∩ media box), the one its renderer and
        `get_size` use, so the frame agrees with them on odd boxes too."""
        rect = pdfium_c.FS_RECTF()
        if not pdfium_c.FPDF_GetPageBoundingBox(page.raw, rect):  # pragma: no cover - open page
            width, height = page.get_size()
            return cls(0.0, height, width, height, 0)
        rotation = page.get_rotation() % 360
        return cls(rect.left, rect.top, rect.right - rect.left, rect.top - rect.bottom, rotation)

    @property
    def identity(self) -> bool:
        """True when unrotated top-left coordinates are already the displayed ones."""
        return self.rotation == 0 and self.left == 0.0

    def turn_boxes(self, boxes: np.ndarray) -> np.ndarray:
        """Boxes (x0, top, x1, bottom) measured from the unrotated visible box's top-left
        corner (x - left, top - y) → the same boxes as displayed. NaN rows stay NaN."""
        if self.identity:
            return boxes
        u0, v0, u1, v1 = (boxes[:, i] - (self.left if i % 2 == 0 else 0.0) for i in range(4))
        w, h = self.width, self.height
        if self.rotation == 90:  # the unrotated left edge becomes the top
            out = (h - v1, u0, h - v0, u1)
        elif self.rotation == 180:
            out = (w - u1, h - v1, w - u0, h - v0)
        elif self.rotation == 270:  # the unrotated right edge becomes the top
            out = (v0, w - u1, v1, w - u0)
        else:
            out = (u0, v0, u1, v1)
        return np.column_stack(out).astype(boxes.dtype, copy=False)

    def turn_edges(self, edges: list[Edge]) -> list[Edge]:
        """Edges in pdfplumber's form, measured like `turn_boxes`'s input → displayed.
        A quarter turn swaps horizontal and vertical."""
        if self.identity or not edges:
            return edges
        boxes = np.array([[e["x0"], e["top"], e["x1"], e["bottom"]] for e in edges], dtype=np.float64)
        turned = self.turn_boxes(boxes).tolist()
        swap = self.rotation in (90, 270)
        out: list[Edge] = []
        for e, (x0, top, x1, bottom) in zip(edges, turned, strict=True):
            orientation = e["orientation"]
            if swap:
                orientation = "v" if orientation == "h" else "h"
            out.append({**e, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
                        "width": x1 - x0, "height": bottom - top, "orientation": orientation})
        return out


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


def upright_to_displayed(box: BBox, angle: int, upright_width: float, upright_height: float) -> BBox:
    """A box in the upright image (the displayed page turned `angle`° clockwise) as a box
    on the displayed page; both in points from the top-left corner."""
    x0, top, x1, bottom = box
    w, h = upright_width, upright_height
    if angle % 360 == 90:  # upright (u, v) = (H - y, x) for displayed (x, y); H = w
        return (top, w - x1, bottom, w - x0)
    if angle % 360 == 180:
        return (w - x1, h - bottom, w - x0, h - top)
    if angle % 360 == 270:  # upright (u, v) = (y, W - x); W = h
        return (h - bottom, x0, h - top, x1)
    return box
