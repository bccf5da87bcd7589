"""Which pages deserve the expensive second table engine (camelot renders the page and
re-parses the PDF: about a second of CPU per page, where reading the page costs ~30 ms).

The lattice engine also "finds" framed boxes that are not tables: the page-number box
in a footer, a chapter banner, a text frame. Such a box has rulings enough to pass
`could_frame_grid` and a structure too poor to pass `is_degenerate`, so without this
triage every page of a report with a boxed page number went to camelot for nothing
(13 of 84 pages of the Disperindag 2016 report; camelot found a real table on 5).

A framed box holds at most one filled cell. Its rulings are set aside before asking
whether the page could hold a grid the lattice engine missed.
"""

from __future__ import annotations

from lkjip.extract.camelot_tables import is_degenerate
from lkjip.extract.source import BBox, RawTable

Edge = dict[str, float | str]
_INSIDE_TOLERANCE = 2.0


def is_framed_box(table: RawTable) -> bool:
    """A 'table' with at most one filled cell: a page-number box, a banner, a frame."""
    cells = {id(c): c for row in table.grid for c in row if c is not None}.values()
    return sum(1 for c in cells if c.text.strip()) <= 1


def _inside(edge: Edge, box: BBox) -> bool:
    t = _INSIDE_TOLERANCE
    return (float(edge["x0"]) >= box[0] - t and float(edge["x1"]) <= box[2] + t
            and float(edge["top"]) >= box[1] - t and float(edge["bottom"]) <= box[3] + t)


def edges_outside(edges: list[Edge], boxes: list[BBox]) -> list[Edge]:
    return [e for e in edges if not any(_inside(e, b) for b in boxes)]


def second_engine_worthwhile(edges: list[Edge], found: list[RawTable]) -> bool:
    """Whether a second engine could find a table the lattice engine missed or broke.

    No: when the lattice engine built a table of good structure (boxes beside it are not a
    miss), or when, framed boxes set aside, the page's rulings cannot frame a grid.
    Yes: when a real table came out degenerate, or rulings of a grid are left unexplained.
    """
    from lkjip.extract.pdf_reader import could_frame_grid  # here: pdf_reader imports this module

    # Never more calls than without triage: the reader's own conditions come first.
    if not could_frame_grid(edges) or any(not is_degenerate(t) for t in found):
        return False
    tables = [t for t in found if not is_framed_box(t)]
    if tables:
        return True
    boxes = [t.bbox for t in found if t.bbox is not None]
    return could_frame_grid(edges_outside(edges, boxes))
