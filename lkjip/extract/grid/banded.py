"""Column rules through the unshaded rows of a banded table.

Some tables draw no column rule at all: every other row (or every other group of rows) is
shaded cell by cell, and the shading's own edges are the only vertical lines on the page.
The rows between the shaded bands have their horizontal rules (the bands' tops and
bottoms) but no vertical one, so the lattice engine builds each shaded band as a table of
its own and loses the unshaded rows, or reads each as one cell across the whole table.

Where a shading's vertical edge stops at a horizontal rule and a vertical line starts
again, at the same x, at a lower one, the rows between are unshaded rows of the same
table: its column rules are bridged, row by row (each horizontal rule crossing the gap
ends a row). Unshaded rows closing the table (below its last shaded row) are bridged row
by row down to the table's bottom rule: while each rule below stays within the table's
width and the row between is no caption.

A row is bridged at an x only when no run of text in it crosses the x: a row merged over
several columns ("Misi 1 : …" across the table, a program's name over the code and name
columns) keeps its cell, and a caption between two tables runs across their columns.
A line of justified prose is no row either: Word stretches its spaces past `_WORD_GAP`, so
its words are runs of their own and an x may fall between two of them. Such a line runs
across the table's width with its words evenly spaced, an em or two apart, where a row's
cells stand apart unevenly by their margins: a row holding one is not bridged, and a row
that is one such line (a paragraph shaded line by line) ends a table's closing rows.
A row is bridged only where most of its stopped lines are clear, no drawn column rule
crosses it (a table ruled by lines has merged cells, not missing rules), it holds text and no
caption ("Tabel …", "Sumber …"), and at least three vertical lines (bridged or running
on) cross it: two tables stacked with only their outer frames aligned are not joined.
"""

from __future__ import annotations

import re
from itertools import pairwise

import numpy as np

from lkjip.extract.grid import lattice
from lkjip.extract.source import Page
from lkjip.geometry import Edge, v_edge

_SNAP = 3.0  # as the lattice engine snaps and joins rules
_ENDS = 3.0  # rule ends this close are the same horizontal rule's
_MIN_GAP = 3.0  # shorter gaps the lattice engine joins by itself
_MAX_GAP = 200.0  # an unshaded row, even of many lines, is shorter than this
_STRADDLE = 0.5  # a run of text this far over an x crosses it
# Letters and words of one run of text stand closer than this; the text of two cells is
# apart by both cells' margins (Word's default is 5.4 pt each side).
_WORD_GAP = 4.0
_MIN_LINES = 3  # vertical lines across a row: two columns at least
# A justified line: more than this many stretched spaces, words (runs of two letters or
# more) at least this many, most spaces within this factor of their median, and that no
# wider than this many times the letters' height (a stretched space stays within an em or
# two; a table's cells stand further apart).
_PROSE_SPACES = 3
_PROSE_WORDS = 3
_PROSE_SPREAD = 1.5
_PROSE_EVEN = 0.75  # the share of spaces that must be as wide (a doubled space may not)
_PROSE_HEIGHTS = 2.5
_PROSE_INDENT = 5.0  # a list item's hanging indent, in its letters' heights
_LINE = 4.0  # runs whose centres are this close in height are on one printed line
_WORD = re.compile(r"[^\W\d_]{2}")
_CAPTION = re.compile(r"\s*(tabel|table|gambar|grafik|sumber)\b", re.I)

Gap = tuple[float, float, float]  # x, where its line stops, where it starts again
Span = tuple[float, float]
Rule = tuple[float, float, float]  # y, left, right


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
        self.hs: list[Rule] = sorted((float(r[1]), float(r[0]), float(r[2])) for r in rules if r[5] == "h")
        self.by_x: dict[float, list[Span]] = {}
        for r in rules:
            if r[5] == "v":
                self.by_x.setdefault(float(r[0]), []).append((float(r[1]), float(r[3])))
        for pieces in self.by_x.values():
            pieces.sort()
        self.fill_ends = [(float(x_of[k]), float(e["top"]), float(e["bottom"])) for k, e in enumerate(edges)
                          if e["orientation"] == "v" and e.get("object_type") == "fill"]
        self.drawn = [(float(x_of[k]), float(e["top"]), float(e["bottom"])) for k, e in enumerate(edges)
                      if e["orientation"] == "v" and e.get("object_type") != "fill"]

    def ruled_inside(self, top: float, bottom: float, left: float, right: float) -> bool:
        """A drawn column rule (not a shading's edge) crosses the row between its outer
        lines: the table rules its columns itself, and a rule missing there is a merged cell."""
        return any(left + _ENDS < x < right - _ENDS and a < bottom - _ENDS and b > top + _ENDS
                   for x, a, b in self.drawn)

    def crossing(self, x: float, low: float, high: float) -> list[Rule]:
        """Horizontal rules over x strictly between low and high (by more than a rule's
        thickness), top to bottom."""
        return [h for h in self.hs if low + _MIN_GAP < h[0] < high - _MIN_GAP and h[1] - _ENDS <= x <= h[2] + _ENDS]

    def closed(self, x: float, y: float) -> bool:
        """A horizontal rule runs at y over x."""
        return any(abs(h[0] - y) <= _ENDS and h[1] - _ENDS <= x <= h[2] + _ENDS for h in self.hs)

    def shading_edge(self, x: float, y: float, end: bool) -> bool:
        """A shading's vertical edge at x ends (`end`) or starts at y."""
        return any(abs(fx - x) < 1e-6 and abs((bottom if end else top) - y) <= _ENDS
                   for fx, top, bottom in self.fill_ends)  # x as snapped, to the rounding

    def through(self, top: float, bottom: float, skip: set[float]) -> list[float]:
        """The xs of vertical lines running on across [top, bottom]."""
        return [x for x, pieces in self.by_x.items() if x not in skip
                and any(a <= top + _ENDS and b >= bottom - _ENDS for a, b in pieces)]

    def rows(self, x: float, low: float, high: float) -> list[Gap]:
        """The gap at x from low to high cut into rows at the horizontal rules crossing it."""
        ys = [low, *(h[0] for h in self.crossing(x, low, high)), high]
        return [(x, a, b) for a, b in pairwise(ys)]


class _Runs:
    """The page's runs of text (letters and words closer than `_WORD_GAP` on one line),
    what a column rule must not cross, and each run's text."""

    def __init__(self, page: Page) -> None:
        boxes = page.char_boxes
        assert boxes is not None
        text = page.text
        visible = np.array([not ch.isspace() for ch in text], dtype=bool)[: len(boxes)]
        idx = np.flatnonzero(visible & ~np.isnan(boxes[:, 0]))
        b = boxes[idx].astype(float)
        cy = (b[:, 1] + b[:, 3]) / 2
        # A run breaks where the next character (in reading order, past one space at most)
        # is on another line, or left of this one, or further than a word space.
        gap = b[1:, 0] - b[:-1, 2]
        joined = (np.diff(idx) <= 2) & (np.abs(np.diff(cy)) < 2.0) & (gap < _WORD_GAP) & (gap > -_WORD_GAP)
        starts = np.concatenate(([0], np.flatnonzero(~joined) + 1)) if len(idx) else np.zeros(0, dtype=int)
        self.x0 = np.minimum.reduceat(b[:, 0], starts) if len(idx) else np.zeros(0)
        self.x1 = np.maximum.reduceat(b[:, 2], starts) if len(idx) else np.zeros(0)
        self.cy = cy[starts] if len(idx) else np.zeros(0)
        self.height = np.maximum.reduceat(b[:, 3] - b[:, 1], starts) if len(idx) else np.zeros(0)
        ends = np.concatenate((starts[1:], [len(idx)])) if len(idx) else starts
        self.text = [text[idx[s]:idx[e - 1] + 1] for s, e in zip(starts.tolist(), ends.tolist(), strict=True)]

    def _in(self, top: float, bottom: float) -> np.ndarray:
        return (self.cy > top) & (self.cy < bottom)

    def inside(self, top: float, bottom: float, left: float, right: float) -> bool:
        return bool((self._in(top, bottom) & (self.x0 >= left - _STRADDLE) & (self.x1 <= right + _STRADDLE)).any())

    def cut(self, top: float, bottom: float, x: float) -> bool:
        """Some run of text in the band crosses x."""
        return bool((self._in(top, bottom) & (self.x0 < x - _STRADDLE) & (self.x1 > x + _STRADDLE)).any())

    def lines(self, top: float, bottom: float, left: float, right: float) -> list[np.ndarray]:
        """The runs in the band between left and right, printed line by printed line, each
        left to right."""
        k = np.flatnonzero(self._in(top, bottom) & (self.x0 >= left - _STRADDLE) & (self.x1 <= right + _STRADDLE))
        k = k[np.argsort(self.cy[k], kind="stable")]
        split = np.split(k, np.flatnonzero(np.diff(self.cy[k]) > _LINE) + 1) if len(k) else []
        return [line[np.argsort(self.x0[line], kind="stable")] for line in split]

    def justified(self, line: np.ndarray, left: float, right: float) -> bool:
        """A line of justified prose across the band: words evenly spaced by stretched
        spaces (each its own run), no space wider than an em or two, from the left line
        (past an item's hanging indent at most) to the right one, as a paragraph's lines
        fill their measure. A table row's cells stand apart by their margins, unevenly."""
        x0, x1 = self.x0[line], self.x1[line]
        spaces = x0[1:] - x1[:-1]
        spaces = spaces[spaces >= _WORD_GAP]
        if len(spaces) <= _PROSE_SPACES or sum(1 for i in line.tolist() if _WORD.search(self.text[i])) < _PROSE_WORDS:
            return False
        usual, em = float(np.median(spaces)), float(np.median(self.height[line]))
        even = (spaces >= usual / _PROSE_SPREAD) & (spaces <= usual * _PROSE_SPREAD)
        return bool(even.mean() >= _PROSE_EVEN and usual <= _PROSE_HEIGHTS * em
                    and x0[0] - left <= _PROSE_INDENT * em and right - x1[-1] <= _PROSE_HEIGHTS * em)

    def first_line(self, top: float, bottom: float, left: float, right: float) -> str:
        """The first line of text in the band between left and right."""
        k = np.flatnonzero(self._in(top, bottom) & (self.x1 > left) & (self.x0 < right))
        if not len(k):
            return ""
        first = self.cy[k].min()
        line = sorted((float(self.x0[i]), self.text[i]) for i in k if self.cy[i] - first < 2.0)
        return " ".join(t for _, t in line)


def unshaded_band_rules(page: Page, edges: list[Edge]) -> list[Edge]:
    """Vertical rules through the unshaded rows of banded tables ([] where none)."""
    if not any(e["orientation"] == "v" and e.get("object_type") == "fill" for e in edges):
        return []  # no shading: the common page, spared merging its rules
    rules = _Rules(edges)
    if not rules.fill_ends or len(rules.by_x) < _MIN_LINES or len(rules.hs) < 2 \
            or page.char_boxes is None or not len(page.char_boxes):
        return []
    rows: list[Gap] = []  # rows of the gaps where a line stops and starts again
    ends: list[Gap] = []  # shading edges that stop for good
    for x, pieces in rules.by_x.items():
        for k, (_, upper_end) in enumerate(pieces):
            if not rules.closed(x, upper_end):
                continue
            lower_start = pieces[k + 1][0] if k + 1 < len(pieces) else np.inf
            if _MIN_GAP < lower_start - upper_end <= _MAX_GAP and rules.closed(x, lower_start):
                if rules.shading_edge(x, upper_end, True) or rules.shading_edge(x, lower_start, False):
                    rows.extend(rules.rows(x, upper_end, lower_start))
            elif rules.shading_edge(x, upper_end, True):
                ends.append((x, upper_end, upper_end))  # the next piece, if any, is no row's
    if not rows and not ends:
        return []
    runs = _Runs(page)
    out: list[Edge] = []
    for top, bottom, members in _bands(rows):
        clear = _bridgeable(rules, runs, top, bottom, [g[0] for g in members])
        out.extend(v_edge(x, a, b) for x, a, b in members if x in clear)
    out.extend(_closing_rows(rules, runs, ends))
    return out


def _bridgeable(rules: _Rules, runs: _Runs, top: float, bottom: float, xs: list[float]) -> list[float]:
    """The xs bridged across a row ([] when the row is not one of a table's)."""
    through = rules.through(top, bottom, set(xs))
    left, right = min(xs + through), max(xs + through)
    if any(runs.justified(line, left, right) for line in runs.lines(top, bottom, left, right)):
        return []  # prose across the table's width crosses every x
    clear = [x for x in xs if not runs.cut(top, bottom, x)]
    lines = sorted(clear + through)
    if len(clear) <= len(xs) - len(clear) or len(lines) < _MIN_LINES \
            or not runs.inside(top, bottom, lines[0], lines[-1]) or rules.ruled_inside(top, bottom, lines[0], lines[-1]):
        return []
    if _CAPTION.match(runs.first_line(top, bottom, lines[0], lines[-1])):
        return []  # the caption of the next table, or the source line under this one
    return clear


def _closing_rows(rules: _Rules, runs: _Runs, ends: list[Gap]) -> list[Edge]:
    """The unshaded rows below a table's last shaded row, row by row down to the table's
    bottom rule. A row merged across the lines of a framed table (its frame runs on beside
    it) is passed over."""
    out: list[Edge] = []
    for top, _, members in _bands(ends):
        xs = [g[0] for g in members]
        # The table's width where these lines stop: no rule of it reaches further.
        beside = xs + rules.through(top - 2 * _ENDS, top - _ENDS, set(xs))
        left, right = min(beside) - _ENDS, max(beside) + _ENDS
        while True:
            below = [min(rules.crossing(x, top, top + _MAX_GAP), default=None) for x in xs]
            if any(b is None for b in below):
                break
            rule = min(b for b in below if b is not None)
            bottom = rule[0]
            if any(b is not None and abs(b[0] - bottom) > _ENDS for b in below) \
                    or any(h[1] < left or h[2] > right for h in rules.hs if abs(h[0] - bottom) <= _ENDS):
                break  # rules of something else below the table
            if not runs.inside(top, bottom, left, right) or _CAPTION.match(runs.first_line(top, bottom, left, right)):
                break  # the table has ended
            if len(lines := runs.lines(top, bottom, left, right)) == 1 and runs.justified(lines[0], left, right):
                break  # a paragraph shaded line by line follows the table
            clear = _bridgeable(rules, runs, top, bottom, xs)
            if not clear and len(rules.through(top, bottom, set(xs))) < 2:
                break  # neither a row of the table's columns nor a merged row inside its frame
            new = [v_edge(x, top, bottom) for x in clear]
            out.extend(new)
            for e in new:  # lines of the next group down may cross its rows beside these
                rules.by_x[float(e["x0"])].append((top, bottom))
            top = bottom
    return out


def _bands(gaps: list[Gap]) -> list[tuple[float, float, list[Gap]]]:
    """Gaps grouped by their ends (within `_ENDS`): one row of the table each, with the
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
