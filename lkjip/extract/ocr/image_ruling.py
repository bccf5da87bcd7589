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

from lkjip.extract.ocr.components import components_with_stats
from lkjip.extract.ocr.rule_gaps import bridge_rule_gaps, join_collinear, reach_far_crossings
from lkjip.extract.ocr.text_strokes import drop_print_strokes
from lkjip.geometry import BBox, Edge, h_edge, v_edge

# A rule is at least this share of the page's width (height) long: shorter strokes
# are letters, underlines of words, or noise.
_MIN_RULE_SHARE = 1 / 40
# Rules drawn slightly broken by the scanner are closed over gaps this wide (px).
_GAP_CLOSE_PX = 5
# Pieces of one rule (dashed, or broken by a faint scan) are joined over gaps up to
# this many points when they lie on one line (`rule_gaps.join_collinear`); a rule that
# stops short of the one it should meet is extended by up to _REACH points.
_JOIN_GAP = 14.0
_REACH = 8.0
# Rule ends this close (points) are one side of a grid.
_SIDE_TOLERANCE = 4.0
# A grid side is drawn where at least this many rules end together without a frame.
_MIN_RULES_FOR_SIDE = 3


def _strokes(mask: np.ndarray, horizontal: bool) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (x, y, w, h) of the connected strokes of a line mask."""
    n, _, stats, _ = components_with_stats(mask)
    out = []
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if (horizontal and w > 3 * h) or (not horizontal and h > 3 * w):
            out.append((int(x), int(y), int(w), int(h)))
    return out


def image_edges(image: Image.Image, scale: float, words: list[BBox] | None = None) -> list[Edge]:
    """Horizontal and vertical rules of a page image; `scale` = pixels per PDF point.
    `words`: the page's OCR'd word boxes (points), whose bold print is no rule (`text_strokes`)."""
    gray = np.asarray(image.convert("L"))
    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    height, width = ink.shape
    edges: list[Edge] = []
    for horizontal in (True, False):
        length = max(int((width if horizontal else height) * _MIN_RULE_SHARE), 10)
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1) if horizontal else (1, length))
        close = cv2.getStructuringElement(cv2.MORPH_RECT, (_GAP_CLOSE_PX, 1) if horizontal else (1, _GAP_CLOSE_PX))
        # Open first (only long straight runs of ink survive: text never does), then
        # bridge the small breaks a scanner leaves in a rule.
        mask = cv2.morphologyEx(ink, cv2.MORPH_OPEN, kernel)
        mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, close)
        if not horizontal:
            # Vertical only: the horizontal strokes of a line of capitals chain like dashes.
            mask = cv2.bitwise_or(mask, dashed_rules(ink, length, horizontal))
        for x, y, w, h in _strokes(mask, horizontal):
            if horizontal:
                edges.append(h_edge(x / scale, (x + w) / scale, (y + h / 2) / scale))
            else:
                edges.append(v_edge((x + w / 2) / scale, y / scale, (y + h) / scale))
    if words:
        edges = drop_print_strokes(edges, words)
    # Gaps a B/W scan leaves inside a row are bridged (`rule_gaps`) before ends reach crossings.
    return close_open_sides(reach_far_crossings(reach_crossing_rules(bridge_rule_gaps(join_broken_rules(edges)))))


# A dashed rule: dashes at least this share of a rule's minimum length, gaps up to
# _DASH_GAP_SHARE of it; the chain must run _DASHED_RULE_FACTOR times that minimum, so
# the stems of letters stacked line above line do not make one.
_DASH_SHARE = 1 / 4
_DASH_GAP_SHARE = 1 / 3
_DASHED_RULE_FACTOR = 3


def dashed_rules(ink: np.ndarray, length: int, horizontal: bool) -> np.ndarray:
    """Rules drawn dashed, or broken into dashes by a black-and-white scan's threshold:
    keep the dashes (short straight runs), bridge the gaps between them along the line,
    keep only chains long enough to be a rule."""
    def kernel(n: int) -> np.ndarray:
        return cv2.getStructuringElement(cv2.MORPH_RECT, (n, 1) if horizontal else (1, n))

    dashes = cv2.morphologyEx(ink, cv2.MORPH_OPEN, kernel(max(int(length * _DASH_SHARE), 6)))
    chained = cv2.morphologyEx(dashes, cv2.MORPH_CLOSE, kernel(max(int(length * _DASH_GAP_SHARE), 5)))
    chained = cv2.morphologyEx(chained, cv2.MORPH_OPEN, kernel(length * _DASHED_RULE_FACTOR))
    # A rule stands apart from the print; stems of stacked "1"s have their serifs and
    # neighbouring letters beside them.
    n, labels, stats, _ = components_with_stats(chained)
    out = np.zeros_like(chained)
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if _stands_apart(ink, int(x), int(y), int(w), int(h), horizontal):
            out[labels == i] = 255
    return out


# Ink share allowed in the strips alongside a dashed rule (2..8 px off it).
_BESIDE_INK = 0.05


def _stands_apart(ink: np.ndarray, x: int, y: int, w: int, h: int, horizontal: bool) -> bool:
    img = ink if not horizontal else ink.T
    if horizontal:
        x, y, w, h = y, x, h, w
    strips = [img[y:y + h, max(x - 8, 0):max(x - 2, 0)], img[y:y + h, x + w + 2:x + w + 8]]
    # Rows where a crossing rule runs through are not "beside".
    crossing = img[y:y + h, max(x - 8, 0):x + w + 8].mean(axis=1) > 0.8 * 255
    shares = [float((s[~crossing] > 0).mean()) for s in strips if s.size and (~crossing).any()]
    return bool(shares) and max(shares) <= _BESIDE_INK


def join_broken_rules(edges: list[Edge]) -> list[Edge]:
    """One edge per rule: collinear pieces with small gaps between them are joined."""
    return join_collinear(edges, lambda _horizontal, hi, start, _at: start - hi <= _JOIN_GAP)


def reach_crossing_rules(edges: list[Edge]) -> list[Edge]:
    """Extend rule ends that stop just short of a crossing rule (faint corners)."""
    hs = [e for e in edges if e["orientation"] == "h"]
    vs = [e for e in edges if e["orientation"] == "v"]
    for v in vs:
        x = float(v["x0"])
        crossing = [float(h["top"]) for h in hs if float(h["x0"]) - _REACH <= x <= float(h["x1"]) + _REACH]
        above = [y for y in crossing if float(v["top"]) - _REACH <= y < float(v["top"])]
        below = [y for y in crossing if float(v["bottom"]) < y <= float(v["bottom"]) + _REACH]
        if above:
            v["top"] = min(above)
        if below:
            v["bottom"] = max(below)
        v["height"] = float(v["bottom"]) - float(v["top"])
    for h in hs:
        y = float(h["top"])
        crossing = [float(v["x0"]) for v in vs if float(v["top"]) - _REACH <= y <= float(v["bottom"]) + _REACH]
        left = [x for x in crossing if float(h["x0"]) - _REACH <= x < float(h["x0"])]
        right = [x for x in crossing if float(h["x1"]) < x <= float(h["x1"]) + _REACH]
        if left:
            h["x0"] = min(left)
        if right:
            h["x1"] = max(right)
        h["width"] = float(h["x1"]) - float(h["x0"])
    return edges


def _groups_of_ends(values: list[tuple[float, Edge]]) -> list[list[Edge]]:
    groups: list[list[tuple[float, Edge]]] = []
    for v, e in sorted(values, key=lambda p: p[0]):
        if groups and v - groups[-1][-1][0] <= _SIDE_TOLERANCE:
            groups[-1].append((v, e))
        else:
            groups.append([(v, e)])
    return [[e for _, e in g] for g in groups if len(g) >= _MIN_RULES_FOR_SIDE]


def _end_met(edge: Edge, key: str, crossing: list[Edge]) -> bool:
    """True when a crossing rule runs through this end of `edge` (the side is drawn)."""
    at = float(edge[key])
    if edge["orientation"] == "h":
        y = float(edge["top"])
        return any(abs(float(v["x0"]) - at) <= _SIDE_TOLERANCE and
                   float(v["top"]) - _SIDE_TOLERANCE <= y <= float(v["bottom"]) + _SIDE_TOLERANCE for v in crossing)
    x = float(edge["x0"])
    return any(abs(float(h["top"]) - at) <= _SIDE_TOLERANCE and
               float(h["x0"]) - _SIDE_TOLERANCE <= x <= float(h["x1"]) + _SIDE_TOLERANCE for h in crossing)


def close_open_sides(edges: list[Edge]) -> list[Edge]:
    """Draw the missing side of a grid whose rules all stop at one line: a scan cut at
    the page edge, or a frame too faint to survive binarization. Without it the
    lattice geometry drops the whole outer column (no cell without four sides)."""
    hs = [e for e in edges if e["orientation"] == "h"]
    vs = [e for e in edges if e["orientation"] == "v"]
    added: list[Edge] = []
    for key in ("x0", "x1"):
        # Only ends no rule meets: two framed tables one above the other, a few points
        # apart sideways (a page fed askew), would otherwise chain into one open side
        # and be drawn into one grid with the text between them. (Not for the top and
        # bottom sides: a bottom rule a low-resolution scan broke into pieces meets each
        # column rule's end, yet the side between the pieces must still be drawn.)
        for group in _groups_of_ends([(float(e[key]), e) for e in hs if not _end_met(e, key, vs)]):
            x = sum(float(e[key]) for e in group) / len(group)
            top, bottom = min(float(e["top"]) for e in group), max(float(e["top"]) for e in group)
            framed = any(abs(float(v["x0"]) - x) <= _SIDE_TOLERANCE and float(v["top"]) <= top + _SIDE_TOLERANCE
                         and float(v["bottom"]) >= bottom - _SIDE_TOLERANCE for v in vs)
            if not framed:
                added.append(v_edge(x, top, bottom))
    for key in ("top", "bottom"):
        for group in _groups_of_ends([(float(e[key]), e) for e in vs]):
            y = sum(float(e[key]) for e in group) / len(group)
            left, right = min(float(e["x0"]) for e in group), max(float(e["x0"]) for e in group)
            framed = any(abs(float(h["top"]) - y) <= _SIDE_TOLERANCE and float(h["x0"]) <= left + _SIDE_TOLERANCE
                         and float(h["x1"]) >= right - _SIDE_TOLERANCE for h in hs)
            if not framed:
                added.append(h_edge(left, right, y))
    return edges + added
