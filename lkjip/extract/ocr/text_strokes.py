"""Strokes of print that the rule finder takes for short horizontal rules.

On a blurred or thresholded scan, a line of bold print bleeds into one dark bar: its
letters' bases and serifs survive the rule finder's long thin kernel as a stroke of a
few words' width. Several such strokes ending near one x look like rows of a grid
whose side is missing (`image_ruling.close_open_sides`), which then draws a column
boundary through a cell of names and cuts its words apart. A table rule runs between
lines of print, never through the middle of a word: a short stroke lying mostly inside
the middle band of the page's OCR'd words is print, and is dropped.
"""

from __future__ import annotations

from lkjip.geometry import BBox, Edge

# Rules longer than this (points) are kept whatever they cross: a row rule that OCR read
# a merged word across is a real rule (`cells.words_across_rules` needs it).
MAX_STROKE_PT = 72.0
# The middle of a word box: this share of its height trimmed from top and bottom.
_BAND_TRIM = 0.2
# A stroke this much covered by words' middle bands is print.
_COVERED = 0.6


def drop_print_strokes(edges: list[Edge], words: list[BBox]) -> list[Edge]:
    """`edges` without the short horizontal ones that run through the middle of words."""
    if not words:
        return edges
    kept: list[Edge] = []
    for edge in edges:
        x0, x1 = float(edge["x0"]), float(edge["x1"])
        if edge["orientation"] != "h" or x1 - x0 > MAX_STROKE_PT or x1 <= x0:
            kept.append(edge)
            continue
        y = float(edge["top"])
        spans = sorted((max(wx0, x0), min(wx1, x1)) for wx0, wt, wx1, wb in words
                       if wt + _BAND_TRIM * (wb - wt) <= y <= wb - _BAND_TRIM * (wb - wt) and wx1 > x0 and wx0 < x1)
        covered, reach = 0.0, x0
        for a, b in spans:
            if b > reach:
                covered += b - max(a, reach)
                reach = b
        if covered < _COVERED * (x1 - x0):
            kept.append(edge)
    return kept
