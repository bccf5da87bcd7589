"""Columns for tables ruled only between rows: from the x-alignment of their text.

Many budget tables are drawn with horizontal rules alone (a rule under every line, no
vertical line anywhere), so the lattice engine, which needs rules crossing, finds no
cell. The rows are there; the columns are where the text is not: across the body of
the table, the x-ranges no character covers are the gutters between columns. A gutter
becomes a vertical rule from the top rule to the bottom one, and the lattice engine
builds the table from the real horizontal rules and these.

Header bands are left out of the gutter search when the table has a body of two bands
or more: a merged heading ("REALISASI" over its K and Rp columns) would cover the gutter
between the columns it spans. pdfplumber's text strategy does the same with word
edges; this works on the character boxes the reader already has.
"""

from __future__ import annotations

import numpy as np

from lkjip.extract.source import Page
from lkjip.geometry import Edge, v_edge

# Horizontal rules this much alike at both ends are one table's row rules.
_SAME_END = 6.0
_MIN_RULE_WIDTH = 100.0
_MIN_ROW_RULES = 3
# A gutter must be wider than a word space (~0.25 em): reports set 8-11 pt text.
_MIN_GUTTER = 5.0


def _row_rules(edges: list[Edge]) -> list[Edge]:
    """The largest set of long horizontal rules sharing both ends (one table's rows)."""
    long = [e for e in edges if e["orientation"] == "h" and float(e["x1"]) - float(e["x0"]) >= _MIN_RULE_WIDTH]
    best: list[Edge] = []
    for e in long:
        same = [f for f in long if abs(float(f["x0"]) - float(e["x0"])) <= _SAME_END
                and abs(float(f["x1"]) - float(e["x1"])) <= _SAME_END]
        if len(same) > len(best):
            best = same
    ys = sorted({round(float(e["top"])) for e in best})
    return best if len(ys) >= _MIN_ROW_RULES else []


def gutter_rules(page: Page, edges: list[Edge]) -> list[Edge]:
    """Vertical rules at the gutters of a table ruled only between rows ([] when the
    page has no such table, or vertical rules of its own inside it)."""
    rules = _row_rules(edges)
    if not rules or page.char_boxes is None or not len(page.char_boxes):
        return []
    x0 = min(float(e["x0"]) for e in rules)
    x1 = max(float(e["x1"]) for e in rules)
    ys = sorted({float(e["top"]) for e in rules})
    top, bottom = ys[0], ys[-1]
    crossing = [e for e in edges if e["orientation"] == "v" and float(e["bottom"]) - float(e["top"]) > 10
                and x0 - 2 < float(e["x0"]) < x1 + 2 and float(e["top"]) < bottom and float(e["bottom"]) > top]
    if crossing:
        return []  # the lattice engine's own business
    boxes = page.char_boxes
    visible = np.array([not ch.isspace() for ch in page.text], dtype=bool)[: len(boxes)]
    ok = visible & ~np.isnan(boxes[:, 0])
    cx, cy = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    body_top = ys[1] if len(ys) >= 4 else top  # skip the header band when there is a body
    inside = ok & (cx > x0) & (cx < x1) & (cy > body_top) & (cy < bottom)
    if inside.sum() < 4:
        return []
    gaps = _uncovered(boxes[inside], _MIN_GUTTER)
    if not gaps:
        return []
    # Right-aligned figures under centred headings: the middle of the body's gutter can
    # fall inside a heading. Within the gutter, prefer the widest stretch the header
    # band leaves free too.
    header = ok & (cx > x0) & (cx < x1) & (cy > top) & (cy < body_top)
    header_spans = sorted(zip(boxes[header, 0].tolist(), boxes[header, 2].tolist(), strict=True))
    gutters = [_free_middle(left, right, header_spans) for left, right in gaps]
    return [v_edge(x, top, bottom) for x in [x0, *gutters, x1]]


def _uncovered(boxes: np.ndarray, min_width: float) -> list[tuple[float, float]]:
    """x-ranges at least `min_width` wide that no box covers, between the first and last box."""
    spans = sorted(zip(boxes[:, 0].tolist(), boxes[:, 2].tolist(), strict=True))
    out: list[tuple[float, float]] = []
    reach = spans[0][1]
    for left, right in spans[1:]:
        if left - reach >= min_width:
            out.append((reach, left))
        reach = max(reach, right)
    return out


def _free_middle(left: float, right: float, spans: list[tuple[float, float]]) -> float:
    """The middle of the widest part of [left, right] that no span covers (the middle of
    the whole range when spans cover all of it)."""
    free = [(left, right)]
    for a, b in spans:
        free = [piece for lo, hi in free for piece in ((lo, min(hi, a)), (max(lo, b), hi)) if piece[1] - piece[0] > 0.5]
    if not free:
        return (left + right) / 2
    lo, hi = max(free, key=lambda p: p[1] - p[0])
    return (lo + hi) / 2
