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

from lkjip.extract.grid import lattice as lattice
from lkjip.extract.grid.camelot_engine import is_degenerate
from lkjip.extract.source import RawTable
from lkjip.geometry import BBox, Edge

_INSIDE_TOLERANCE = 2.0
# Rules that stop this short of each other are still taken to meet: the second engines
# exist to mend grids whose rules do not quite join.
_MEET_TOLERANCE = 6.0
# Collinear pieces this close are one rule (per-cell segments, dashes).
_SAME_LINE = 3.0
# Shorter pieces are strokes of letters drawn as paths, not rules.
_MIN_RULE = 8.0
# Rules closer than this are one line drawn twice (double frames, thick borders).
_SAME_RULE = 6.0


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


Span = tuple[float, float, float]  # position across, start and end along


def _rules(edges: list[Edge]) -> tuple[list[Span], list[Span]]:
    """Horizontal and vertical rules as (position, start, end): collinear pieces merged
    as the lattice engine merges them, but over gaps up to `_MEET_TOLERANCE`."""
    merged = lattice.filter_rules(lattice.merge_rules(lattice.rules_of(edges), _SAME_LINE, _SAME_LINE,
                                                      _MEET_TOLERANCE, _MEET_TOLERANCE), _MIN_RULE)
    across = [(r[1], r[0], r[2]) for r in merged if r[5] == "h"]
    down = [(r[0], r[1], r[3]) for r in merged if r[5] == "v"]
    return across, down


def _distinct(values: list[float]) -> int:
    count, last = 0, None
    for v in sorted(values):
        if last is None or v - last > _SAME_RULE:
            count += 1
        last = v
    return count


def could_frame_grid(edges: list[Edge]) -> bool:
    """At least three distinct horizontal and three vertical rules: a grid, not a page
    border or a text frame (which the lattice engine rightly ignores)."""
    ys = [float(e["top"]) for e in edges if e["orientation"] == "h"]
    xs = [float(e["x0"]) for e in edges if e["orientation"] == "v"]
    return _distinct(ys) >= 3 and _distinct(xs) >= 3


def _crossed_by_three(rules: list[Span], others: list[Span]) -> bool:
    t = _MEET_TOLERANCE
    return any(_distinct([o[0] for o in others if r[1] - t <= o[0] <= r[2] + t and o[1] - t <= r[0] <= o[2] + t]) >= 3
               for r in rules)


def rules_cross_like_grid(edges: list[Edge]) -> bool:
    """Some rule crossed by three distinct rules the other way, both ways: the bones of a
    2×2 grid, allowing for rules that stop a little short. Distinct rules alone are not
    enough: a logo's concentric squares, a banner's frame beside a header rule and the
    strokes of letters drawn as paths have many, none crossed by three (on the real
    corpus, 25 of 50 raster renderings were of such pages and found nothing a table
    rule could use)."""
    across, down = _rules(edges)
    return _crossed_by_three(across, down) and _crossed_by_three(down, across)


def second_engine_worthwhile(edges: list[Edge], found: list[RawTable]) -> bool:
    """Whether a second engine could find a table the lattice engine missed or broke.

    No: when the lattice engine built a table of good structure (boxes beside it are not a
    miss), or when, framed boxes set aside, the page's rulings cannot frame a grid.
    Yes: when a real table came out degenerate, or rulings of a grid are left unexplained.
    """

    # Never more calls than without triage: the reader's own conditions come first.
    if not could_frame_grid(edges) or any(not is_degenerate(t) for t in found):
        return False
    tables = [t for t in found if not is_framed_box(t)]
    if tables:
        return True
    boxes = [t.bbox for t in found if t.bbox is not None]
    rest = edges_outside(edges, boxes)
    return could_frame_grid(rest) and rules_cross_like_grid(rest)
