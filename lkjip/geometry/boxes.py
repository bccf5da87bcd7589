"""Boxes on a page: the coordinates every value carries from the reader to the report."""

from __future__ import annotations

BBox = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points from the top-left corner of the page as displayed."""

Edge = dict[str, float | str]
"""A ruling segment in pdfplumber's form (x0, x1, top, bottom, width, height, orientation)."""


def union_bbox(boxes: list[BBox]) -> BBox | None:
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def h_edge(x0: float, x1: float, y: float) -> Edge:
    """A horizontal rule in pdfplumber's edge form (points, top-left origin)."""
    return {"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0,
            "orientation": "h", "object_type": "line"}


def v_edge(x: float, top: float, bottom: float) -> Edge:
    """A vertical rule in pdfplumber's edge form (points, top-left origin)."""
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top,
            "orientation": "v", "object_type": "line"}
