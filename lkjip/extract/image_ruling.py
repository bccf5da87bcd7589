"""Ruling lines of a scanned page, found in its image with OpenCV morphology.

Binarize, then open the ink with long thin kernels: what survives a horizontal
kernel of 1/40 of the page width is a horizontal rule, likewise vertically. Each
surviving stroke becomes an edge in the same form `pdf_ruling.page_edges` gives,
in PDF points, so `pdf_tables.page_tables` builds the tables of scans unchanged.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from lkjip.extract.pdf_ruling import Edge

# A rule is at least this share of the page's width (height) long: shorter strokes
# are letters, underlines of words, or noise.
_MIN_RULE_SHARE = 1 / 40
# Rules drawn slightly broken by the scanner are closed over gaps this wide (px).
_GAP_CLOSE_PX = 5


def _strokes(mask: np.ndarray, horizontal: bool) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (x, y, w, h) of the connected strokes of a line mask."""
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if (horizontal and w > 3 * h) or (not horizontal and h > 3 * w):
            out.append((int(x), int(y), int(w), int(h)))
    return out


def image_edges(image: Image.Image, scale: float) -> list[Edge]:
    """Horizontal and vertical rules of a page image; `scale` = pixels per PDF point."""
    gray = np.asarray(image.convert("L"))
    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    height, width = ink.shape
    edges: list[Edge] = []
    for horizontal in (True, False):
        length = max(int((width if horizontal else height) * _MIN_RULE_SHARE), 10)
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1) if horizontal else (1, length))
        close = cv2.getStructuringElement(cv2.MORPH_RECT, (_GAP_CLOSE_PX, 1) if horizontal else (1, _GAP_CLOSE_PX))
        mask = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, close)
        mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)
        for x, y, w, h in _strokes(mask, horizontal):
            if horizontal:
                top = (y + h / 2) / scale
                edges.append({"x0": x / scale, "x1": (x + w) / scale, "top": top, "bottom": top,
                              "width": w / scale, "height": 0.0, "orientation": "h", "object_type": "line"})
            else:
                x_mid = (x + w / 2) / scale
                edges.append({"x0": x_mid, "x1": x_mid, "top": y / scale, "bottom": (y + h) / scale,
                              "width": 0.0, "height": h / scale, "orientation": "v", "object_type": "line"})
    return edges
