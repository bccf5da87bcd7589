"""Gaps in a scanned rule bridged where the rule cannot have stopped: inside a row.

A black-and-white scan of a slightly bowed or askew table breaks a thin rule into pieces
whose gaps (15-20 pt at 100 ppi) are wider than `image_ruling.join_broken_rules` joins;
the lattice then merges the cells either side of every gap, and a budget table of seven
rows comes out as three garbled ones. A rule of a table only ever stops where it meets a
crossing rule (a merged cell spans from one row rule to another), so a gap is bridged
unless both its ends sit on crossing rules.
"""

from __future__ import annotations

from collections.abc import Callable

from lkjip.geometry import Edge, h_edge, v_edge

# Widest gap bridged (points): more than a broken rule leaves, less than two table rows.
_MAX_GAP = 30.0
# Pieces within this many points across are one rule.
_SAME_LINE = 3.0
# A piece ending this close to a crossing rule (points) ends on it.
_AT_RULE = 5.0


def _on_crossing(at: float, pos: float, crossing: list[Edge], horizontal: bool) -> bool:
    """Whether a rule at `pos` (across) ending at `at` (along) meets a crossing rule there."""
    for c in crossing:
        c_pos = float(c["x0"]) if horizontal else float(c["top"])
        lo, hi = (float(c["top"]), float(c["bottom"])) if horizontal else (float(c["x0"]), float(c["x1"]))
        if abs(c_pos - at) <= _AT_RULE and lo - _AT_RULE <= pos <= hi + _AT_RULE:
            return True
    return False


def join_collinear(edges: list[Edge], joins: Callable[[bool, float, float, float], bool]) -> list[Edge]:
    """One edge per run of collinear pieces (same orientation, within `_SAME_LINE` across):
    a piece is joined to the one before where `joins(horizontal, end_before, start, across)`
    says the gap between them is no real end of the rule."""
    out: list[Edge] = []
    for horizontal in (True, False):
        pos, start, end = ("top", "x0", "x1") if horizontal else ("x0", "top", "bottom")
        pieces = sorted((e for e in edges if e["orientation"] == ("h" if horizontal else "v")),
                        key=lambda e: (float(e[pos]), float(e[start])))
        lines: list[list[Edge]] = []
        for e in pieces:  # grouped by their position across
            if lines and abs(float(e[pos]) - float(lines[-1][0][pos])) <= _SAME_LINE:
                lines[-1].append(e)
            else:
                lines.append([e])
        for line in lines:
            line.sort(key=lambda e: float(e[start]))
            at = sum(float(e[pos]) for e in line) / len(line)
            lo, hi = float(line[0][start]), float(line[0][end])
            for e in line[1:]:
                if joins(horizontal, hi, float(e[start]), at):
                    hi = max(hi, float(e[end]))
                    continue
                out.append(h_edge(lo, hi, at) if horizontal else v_edge(at, lo, hi))
                lo, hi = float(e[start]), float(e[end])
            out.append(h_edge(lo, hi, at) if horizontal else v_edge(at, lo, hi))
    return out


def bridge_rule_gaps(edges: list[Edge]) -> list[Edge]:
    """Collinear pieces of one rule joined over gaps up to `_MAX_GAP` points, except a gap
    both of whose ends meet crossing rules (a merged cell)."""
    hs = [e for e in edges if e["orientation"] == "h"]
    vs = [e for e in edges if e["orientation"] == "v"]

    def joins(horizontal: bool, hi: float, gap_end: float, at: float) -> bool:
        crossing = vs if horizontal else hs
        merged_cell = _on_crossing(hi, at, crossing, horizontal) and _on_crossing(gap_end, at, crossing, horizontal)
        return gap_end - hi <= _MAX_GAP and not merged_cell

    return join_collinear(edges, joins)


# Only a rule this long (points) is extended that far: a short stroke may be a dash of print.
_MIN_LONG_RULE = 60.0


def reach_far_crossings(edges: list[Edge]) -> list[Edge]:
    """A long rule whose end meets no crossing rule is extended to the nearest crossing
    rule up to `_MAX_GAP` points further: its last dashes were lost to the threshold."""
    hs = [e for e in edges if e["orientation"] == "h"]
    vs = [e for e in edges if e["orientation"] == "v"]
    for rules, crossing, horizontal in ((hs, vs, True), (vs, hs, False)):
        start, end, pos, size = ("x0", "x1", "top", "width") if horizontal else ("top", "bottom", "x0", "height")
        for e in rules:
            lo, hi, at = float(e[start]), float(e[end]), float(e[pos])
            if hi - lo < _MIN_LONG_RULE:
                continue
            stops = [float(c["x0"] if horizontal else c["top"]) for c in crossing
                     if _on_crossing(float(c["x0"] if horizontal else c["top"]), at, [c], horizontal)]
            if not _on_crossing(lo, at, crossing, horizontal):
                before = [s for s in stops if lo - _MAX_GAP <= s < lo]
                if before:
                    e[start] = max(before)
            if not _on_crossing(hi, at, crossing, horizontal):
                after = [s for s in stops if hi < s <= hi + _MAX_GAP]
                if after:
                    e[end] = min(after)
            e[size] = float(e[end]) - float(e[start])
    return edges
