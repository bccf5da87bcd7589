"""Tables cut at a page break without a closing rule: the column rules' ends stand in.

A table continued from the previous page often starts with no top rule (the word
processor draws the rule once, above the header on the first page), and one running on
to the next page may stop with no bottom rule. Its column rules then begin (or end) at
one height with nothing drawn across, the lattice closes no cell in the first (or last)
row band and that band's text is lost; a column empty on that page (a merged cell
continued from above) even splits the rest of the table in two. Where three or more
column rules end at one height near the page's top (or foot), nothing is drawn across
any of them there, and each
first meets a row rule a full row away (so the band between is a row, not rules
overshooting their frame by a point or two), the missing rule is drawn from the first
to the last.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from lkjip.extract.grid.open_sides import column_spans
from lkjip.geometry import Edge, h_edge

_SAME = 1.0  # ends within this are one height
_TOUCH = 3.0  # a rule meets another within this (the lattice's own tolerance)
_MIN_ROW = 8.0  # the band between the open end and the first row rule: a line of text
_MIN_RULES = 3
# A cut table's open top lies this near its page's top, an open bottom this near its foot
# (as a share of the height; lkjip.extract.grid.continuation joins such tables).
_TOP_SHARE = 0.22
_BOTTOM_SHARE = 0.70

Rule = tuple[float, float, float]  # x, top, bottom


def _merged(verticals: list[Edge]) -> list[Rule]:
    """Vertical rules, the pieces at one x that touch joined (as `open_sides` merges them):
    a rule ends only where its last piece does."""
    return [(x, top, bottom) for x, spans in column_spans(verticals) for top, bottom in spans]


def _groups(ends: list[tuple[float, Rule]]) -> list[list[Rule]]:
    """Rules whose ends lie at one height, three or more."""
    out: list[list[tuple[float, Rule]]] = []
    for y, rule in sorted(ends):
        if out and y - out[-1][-1][0] <= _SAME:
            out[-1].append((y, rule))
        else:
            out.append([(y, rule)])
    return [[r for _, r in g] for g in out if len(g) >= _MIN_RULES]


class _Rows:
    """The horizontal rules, by height, asked which of them cross a given x."""

    def __init__(self, hs: list[Edge]) -> None:
        self._hs = sorted(hs, key=lambda e: float(e["top"]))
        self._ys = [float(e["top"]) for e in self._hs]

    def crossing(self, x: float, low: float, high: float) -> list[float]:
        """Heights between `low` and `high` of the row rules that cross `x`."""
        lo, hi = bisect_left(self._ys, low - _TOUCH), bisect_right(self._ys, high + _TOUCH)
        return [self._ys[i] for i in range(lo, hi)
                if float(self._hs[i]["x0"]) <= x + _TOUCH and float(self._hs[i]["x1"]) >= x - _TOUCH]


def close_open_ends(edges: list[Edge], height: float) -> list[Edge]:
    """`edges` with a horizontal rule added where column rules start (or stop) together,
    near the top (or foot) of a page `height` high, where nothing is drawn across them."""
    hs = [e for e in edges if e["orientation"] == "h"]
    vs = [e for e in edges if e["orientation"] == "v"]
    if len(vs) < _MIN_RULES or not hs:
        return edges
    rows: _Rows | None = None  # built only for a page with an open end
    added: list[Edge] = []
    rules = _merged(vs)
    # Only ends near the page's top or foot: not mid-page, where no page break cuts a table.
    top_ends = [(r[1], r) for r in rules if r[1] <= height * _TOP_SHARE + _SAME]
    bottom_ends = [(r[2], r) for r in rules if r[2] >= height * _BOTTOM_SHARE - _SAME]
    for end, ends in ((1, top_ends), (2, bottom_ends)):
        for group in _groups(ends):
            y = sum(r[end] for r in group) / len(group)
            if (end == 1 and y > height * _TOP_SHARE) or (end == 2 and y < height * _BOTTOM_SHARE):
                continue
            rows = rows or _Rows(hs)
            if any(rows.crossing(x, y, y) for x, _, _ in group):
                continue  # closed, at least in part: not a cut table
            gaps = [min((abs(h - y) for h in rows.crossing(x, top, bottom)), default=0.0)
                    for x, top, bottom in group]
            if min(gaps) < _MIN_ROW:
                continue  # no row rule on some of them, or rules overshooting their frame
            xs = [x for x, _, _ in group]
            added.append(h_edge(min(xs), max(xs), y))
    return edges + added if added else edges
