"""Column rules through the unshaded rows of a banded table.

Some tables draw no column rule at all: every other row (or every other group of rows) is
shaded cell by cell, and the shading's own edges are the only vertical lines on the page.
The rows between the shaded bands have their horizontal rules (the bands' tops and
bottoms) but no vertical one, so the lattice engine builds each shaded band as a table of
its own and loses the unshaded rows, or reads each as one cell across the whole table.

Where a shading's vertical edge stops at a horizontal rule and a vertical line starts
again, at the same x, at a lower one, the band between is an unshaded row of the same
table: its column rules are bridged. Unshaded rows closing the table (below its last
shaded row) are bridged band by band down to the table's bottom rule, which must span the
table's width and no more. A band is bridged only when it is closed by horizontal rules
at both ends, holds text, no word in it runs across a bridged x (a caption between two
tables runs across their columns), and at least three vertical lines (bridged or running
on) cross it: two tables stacked with only their outer frames aligned are not joined.
"""

from __future__ import annotations

import numpy as np

from lkjip.extract.grid import lattice
from lkjip.extract.source import Page
from lkjip.geometry import Edge, v_edge

_SNAP = 3.0  # as the lattice engine snaps and joins rules
_ENDS = 3.0  # rule ends this close are the same horizontal rule's
_MIN_GAP = 3.0  # shorter gaps the lattice engine joins by itself
_MAX_GAP = 200.0  # an unshaded row, even of many lines, is shorter than this
_STRADDLE = 0.5  # a word this far over an x crosses it
_LETTER_GAP = 1.0  # characters of one word stand closer than this
_MIN_LINES = 3  # vertical lines across a band: two columns at least

Gap = tuple[float, float, float]  # x, where its line stops, where it starts again
Span = tuple[float, float]


class _Rules:
    """The page's rules merged as the lattice engine merges them, vertical ones by x, and
    where the shading's vertical edges end."""

    def __init__(self, edges: list[Edge]) -> None:
        all_rules = lattice.rules_of(edges)
        # Vertical rules snapped first, each tagged with its edge's index, to know where
        # every shading edge went: a chain of snapped xs can move a line by more than _SNAP.
        down = lattice.snap_rules([(*r[:5], k) for k, r in enumerate(all_rules) if r[5] == "v"], True, _SNAP)
        x_of = {r[5]: r[0] for r in down}
        rules = lattice.merge_rules([(*r[:5], "v") for r in down] + [r for r in all_rules if r[5] == "h"],
                                    0, _SNAP, _SNAP, _SNAP)
        self.hs = [(float(r[1]), float(r[0]), float(r[2])) for r in rules if r[5] == "h"]
        self.by_x: dict[float, list[Span]] = {}
        for r in rules:
            if r[5] == "v":
                self.by_x.setdefault(float(r[0]), []).append((float(r[1]), float(r[3])))
        for pieces in self.by_x.values():
            pieces.sort()
        self.fill_ends = [(float(x_of[k]), float(e["top"]), float(e["bottom"])) for k, e in enumerate(edges)
                          if e["orientation"] == "v" and e.get("object_type") == "fill"]

    def closed(self, x: float, y: float) -> bool:
        """A horizontal rule runs at y over x."""
        return any(abs(h[0] - y) <= _ENDS and h[1] - _ENDS <= x <= h[2] + _ENDS for h in self.hs)

    def next_rule(self, x: float, y: float) -> tuple[float, float, float] | None:
        """The first horizontal rule below y (by more than a rule's thickness) over x."""
        below = [h for h in self.hs if h[0] > y + _MIN_GAP and h[1] - _ENDS <= x <= h[2] + _ENDS]
        return min(below, default=None)

    def shading_edge(self, x: float, y: float, end: bool) -> bool:
        """A shading's vertical edge at x ends (`end`) or starts at y."""
        return any(abs(fx - x) <= 0.01 and abs((bottom if end else top) - y) <= _ENDS
                   for fx, top, bottom in self.fill_ends)

    def through(self, top: float, bottom: float, skip: set[float]) -> list[float]:
        """The xs of vertical lines running on across [top, bottom]."""
        return [x for x, pieces in self.by_x.items() if x not in skip
                and any(a <= top + _ENDS and b >= bottom - _ENDS for a, b in pieces)]


class _Words:
    """The page's visible characters, consecutive letters of one word joined: what a
    column rule must not cut."""

    def __init__(self, page: Page) -> None:
        boxes = page.char_boxes
        assert boxes is not None
        visible = np.array([not ch.isspace() for ch in page.text], dtype=bool)[: len(boxes)]
        ok = visible & ~np.isnan(boxes[:, 0])
        b = boxes[ok].astype(float)
        self.x0, self.x1 = b[:, 0], b[:, 2]
        self.cy = (b[:, 1] + b[:, 3]) / 2
        # A letter and the next (in reading order) on its line, with no space between.
        idx = np.flatnonzero(ok)
        pair = (np.diff(idx) == 1) & (np.abs(np.diff(self.cy)) < 2.0) & \
            (self.x0[1:] - self.x1[:-1] < _LETTER_GAP) & (self.x0[1:] > self.x0[:-1])
        self.px0, self.px1, self.pcy = self.x0[:-1][pair], self.x1[1:][pair], self.cy[:-1][pair]

    def inside(self, top: float, bottom: float, left: float, right: float) -> bool:
        return bool(((self.cy > top) & (self.cy < bottom) & (self.x0 >= left - _STRADDLE)
                     & (self.x1 <= right + _STRADDLE)).any())

    def cut(self, top: float, bottom: float, x: float) -> bool:
        """Some letter, or pair of letters of one word, in the band runs across x."""
        for x0, x1, cy in ((self.x0, self.x1, self.cy), (self.px0, self.px1, self.pcy)):
            if ((cy > top) & (cy < bottom) & (x0 < x - _STRADDLE) & (x1 > x + _STRADDLE)).any():
                return True
        return False


def unshaded_band_rules(page: Page, edges: list[Edge]) -> list[Edge]:
    """Vertical rules through the unshaded rows of banded tables ([] where none)."""
    rules = _Rules(edges)
    if not rules.fill_ends or len(rules.by_x) < _MIN_LINES or len(rules.hs) < 2 \
            or page.char_boxes is None or not len(page.char_boxes):
        return []
    gaps: list[Gap] = []  # lines that stop and start again
    ends: list[Gap] = []  # lines of a shading that stop for good, to the next rule below
    for x, pieces in rules.by_x.items():
        for k, (_, upper_end) in enumerate(pieces):
            if not rules.closed(x, upper_end):
                continue
            lower_start = pieces[k + 1][0] if k + 1 < len(pieces) else np.inf
            if _MIN_GAP < lower_start - upper_end <= _MAX_GAP and rules.closed(x, lower_start):
                if rules.shading_edge(x, upper_end, True) or rules.shading_edge(x, lower_start, False):
                    gaps.append((x, upper_end, lower_start))
            elif rules.shading_edge(x, upper_end, True):
                ends.append((x, upper_end, upper_end))  # the next piece, if any, is no row's
    if not gaps and not ends:
        return []
    words = _Words(page)
    out: list[Edge] = []
    for top, bottom, members in _bands(gaps):
        clear = _bridgeable(rules, words, top, bottom, [g[0] for g in members])
        out.extend(v_edge(x, a, b) for x, a, b in members if x in clear)
    out.extend(_closing_bands(rules, words, ends))
    return out


def _bridgeable(rules: _Rules, words: _Words, top: float, bottom: float, xs: list[float]) -> list[float]:
    """The xs bridged across a band ([] when the band is not one of the table's rows). A
    word across an x is a cell merged over that rule (a program's name over the code and
    name columns): that x alone is left open, while most xs stay clear."""
    clear = [x for x in xs if not words.cut(top, bottom, x)]
    lines = sorted(clear + rules.through(top, bottom, set(xs)))
    if len(clear) <= len(xs) - len(clear) or len(lines) < _MIN_LINES \
            or not words.inside(top, bottom, lines[0], lines[-1]):
        return []
    return clear


def _closing_bands(rules: _Rules, words: _Words, ends: list[Gap]) -> list[Edge]:
    """The unshaded rows below a table's last shaded row, band by band while each band
    is one of the table's rows, down to the table's own bottom rule."""
    out: list[Edge] = []
    for top, _, members in _bands(ends):
        xs = [g[0] for g in members]
        mine: list[Edge] = []
        while True:
            below = [rules.next_rule(x, top) for x in xs]
            if any(b is None for b in below):
                break
            bottom = min(b[0] for b in below if b is not None)
            if bottom - top > _MAX_GAP or any(abs(b[0] - bottom) > _ENDS for b in below if b is not None):
                break
            clear = _bridgeable(rules, words, top, bottom, xs)
            if not clear:
                break
            mine.extend(v_edge(x, top, bottom) for x in clear)
            xs, top = clear, bottom
        # The last rule reached must be the table's own bottom, not a wider one below it.
        if mine and _spans_table(rules, top, mine):
            out.extend(mine)
            for e in mine:  # lines of the next group down may cross its bands beside these
                rules.by_x[float(e["x0"])].append((float(e["top"]), float(e["bottom"])))
    return out


def _spans_table(rules: _Rules, y: float, bridged: list[Edge]) -> bool:
    """The rule at y starts and ends where the table's lines do."""
    xs = [float(e["x0"]) for e in bridged] + [x for x, pieces in rules.by_x.items() if pieces]
    near = [h for h in rules.hs if abs(h[0] - y) <= _ENDS]
    if not near:
        return False
    left, right = min(h[1] for h in near), max(h[2] for h in near)
    inside = [x for x in xs if left - _ENDS <= x <= right + _ENDS]
    return bool(inside) and abs(min(inside) - left) <= _SNAP and abs(max(inside) - right) <= _SNAP


def _bands(gaps: list[Gap]) -> list[tuple[float, float, list[Gap]]]:
    """Gaps grouped by their ends (within `_ENDS`): one band of the table each, with the
    gaps of the lines that stop at its top and start again at its bottom."""
    bands: list[tuple[float, float, list[Gap]]] = []
    for gap in sorted(gaps, key=lambda g: (g[1], g[2], g[0])):
        for b_top, b_bottom, members in bands:
            if abs(b_top - gap[1]) <= _ENDS and abs(b_bottom - gap[2]) <= _ENDS:
                members.append(gap)
                break
        else:
            bands.append((gap[1], gap[2], [gap]))
    return bands
