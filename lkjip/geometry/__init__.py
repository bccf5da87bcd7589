"""The ground floor of coordinates: boxes on a page and the page's displayed frame.

Readers, records, checks and reports all speak these coordinates, so they live below all
of them (`lkjip/records.py` imports from here, nothing here imports from lkjip above).
"""

from lkjip.geometry.boxes import BBox, Edge, h_edge, union_bbox, v_edge

__all__ = ["BBox", "Edge", "h_edge", "union_bbox", "v_edge"]
