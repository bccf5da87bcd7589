"""Ruled tables of a PDF page: edges → intersections → cells → tables → RawTable.

The geometry is pdfplumber's (its `merge_edges` … `cells_to_tables` pipeline, in the
fast re-implementation of `lattice_geometry`, which gives the same cells); the edges
come from `pdf_ruling` and the text from the page's pdfium characters, so no page is
parsed twice and no pdfminer pass is needed.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import numpy as np

from lkjip.extract.grid import lattice as lattice
from lkjip.extract.grid.header_columns import split_under_header_columns
from lkjip.extract.grid.stacked_frames import opens_with_headings, split_stacked_frames
from lkjip.extract.source import Page, RawCell, RawTable, TextLine
from lkjip.geometry import BBox, Edge

SNAP = 3.0
JOIN = 3.0
MIN_EDGE = 3.0
INTERSECT = 3.0
_GRID_TOLERANCE = 2.0


def edges_to_cell_groups(edges: list[Edge]) -> list[list[BBox]]:
    """pdfplumber's lattice geometry: each group is one table's cell boxes."""
    if len(edges) < 4:
        return []
    merged = lattice.merge_rules(lattice.rules_of(edges), SNAP, SNAP, JOIN, JOIN)
    merged = lattice.filter_rules(merged, MIN_EDGE)
    intersections = lattice.rules_to_intersections(merged, INTERSECT, INTERSECT)
    cells = lattice.intersections_to_cells(intersections)
    groups = lattice.cells_to_tables(cells)
    # A "table" of one cell is a framed box (a text frame, a signature box), not a table.
    return [[tuple(map(float, c)) for c in g] for g in groups if len(g) >= 2]  # type: ignore[misc]


def _axis(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _GRID_TOLERANCE:
            out.append(v)
    return out


def _index(axis: list[float], v: float) -> int:
    i = bisect_left(axis, v - _GRID_TOLERANCE)
    return min(i, len(axis) - 1)


def _same_line(line: list[tuple[str, BBox]], box: BBox) -> bool:
    """Vertical ranges overlapping by a third of the smaller height: one visual line.
    Overlap, not centre distance, because a bullet glyph sits higher than its text."""
    top = min(p[1][1] for p in line)
    bottom = max(p[1][3] for p in line)
    overlap = min(bottom, box[3]) - max(top, box[1])
    smaller = max(min(bottom - top, box[3] - box[1]), 0.5)
    return overlap >= smaller / 3


class CharCentres:
    """The centre of every character of a page, indexed so that a cell finds its own
    characters by bisection instead of testing all of the page's (a page has thousands
    of characters and a table hundreds of cells): characters sorted by the height of
    their centre, and for each row band asked for, that band's characters by x."""

    def __init__(self, boxes: np.ndarray) -> None:
        cx = (boxes[:, 0] + boxes[:, 2]) / 2
        cy = (boxes[:, 1] + boxes[:, 3]) / 2
        self._dtype = cx.dtype
        kept = np.flatnonzero(~np.isnan(cx) & ~np.isnan(cy))  # line breaks have no box
        by_y = kept[np.argsort(cy[kept], kind="stable")]
        self._ys: list[float] = cy[by_y].tolist()
        self._by_y: list[int] = by_y.tolist()
        self._cx: list[float] = cx.tolist()
        self._bands: dict[tuple[float, float], tuple[list[float], list[int]]] = {}
        self._rounded: dict[float, float] = {}

    def _bound(self, v: float) -> float:
        # The full-scan test was `centres >= v` in numpy, which compares a Python number
        # in the array's precision (float32 for pdfium boxes): round v the same way.
        # Cells of a grid share their edges, hence the memo.
        if type(v) is not float:
            return float(v) if isinstance(v, np.generic) else float(np.asarray(v, dtype=self._dtype))
        r = self._rounded.get(v)
        if r is None:
            r = self._rounded[v] = float(np.asarray(v, dtype=self._dtype))
        return r

    def inside(self, bbox: BBox) -> list[int]:
        """Indices, ascending, of the characters whose centre lies in the box (edges
        included)."""
        x0, top, x1, bottom = (self._bound(v) for v in bbox)
        band = self._bands.get((top, bottom))
        if band is None:
            idx = self._by_y[bisect_left(self._ys, top):bisect_right(self._ys, bottom)]
            idx.sort(key=self._cx.__getitem__)
            band = self._bands[(top, bottom)] = ([self._cx[i] for i in idx], idx)
        xs, idx = band
        return sorted(idx[bisect_left(xs, x0):bisect_right(xs, x1)])


def cell_lines(page: Page, bbox: BBox, centres: CharCentres | None = None) -> list[tuple[str, BBox]]:
    """The visual lines of text inside a box, top to bottom, each with its box.
    `centres` (built once per page) saves recomputing every character's centre."""
    boxes = page.char_boxes
    if boxes is None or not len(boxes):
        return []
    inside = (centres if centres is not None else CharCentres(boxes)).inside(bbox)
    if not len(inside):
        return []
    # Runs of consecutive characters in reading order; a reader's line break ends a run.
    runs: list[tuple[int, int]] = []
    start = prev = inside[0]
    for i in inside[1:]:
        if i != prev + 1 or page.text[prev] == "\n":
            runs.append((start, prev + 1))
            start = i
        prev = i
    runs.append((start, prev + 1))
    pieces: list[tuple[str, BBox]] = []
    for s, e in runs:
        text = page.text[s:e].replace("\n", " ").strip()
        box = page.bbox_of(s, e)
        if text and box is not None:
            pieces.append((text, box))
    # Pieces on one baseline (a line split by the reader) form one visual line.
    pieces.sort(key=lambda p: ((p[1][1] + p[1][3]) / 2, p[1][0]))
    lines: list[list[tuple[str, BBox]]] = []
    for piece in pieces:
        if lines and _same_line(lines[-1], piece[1]):
            lines[-1].append(piece)
            continue
        lines.append([piece])
    out: list[tuple[str, BBox]] = []
    for line in lines:
        line.sort(key=lambda p: p[1][0])
        text = " ".join(p[0] for p in line)
        box = (min(p[1][0] for p in line), min(p[1][1] for p in line),
               max(p[1][2] for p in line), max(p[1][3] for p in line))
        out.append((text, box))
    return out


def cells_to_raw_table(page: Page, cells: list[BBox], table_id: str,
                       centres: CharCentres | None = None) -> RawTable:
    if centres is None and page.char_boxes is not None and len(page.char_boxes):
        centres = CharCentres(page.char_boxes)
    xs = _axis([c[0] for c in cells] + [c[2] for c in cells])
    ys = _axis([c[1] for c in cells] + [c[3] for c in cells])
    n_cols, n_rows = max(len(xs) - 1, 1), max(len(ys) - 1, 1)
    grid: list[list[RawCell | None]] = [[None] * n_cols for _ in range(n_rows)]
    for box in sorted(cells, key=lambda c: (c[1], c[0])):
        r0, c0 = _index(ys, box[1]), _index(xs, box[0])
        r1, c1 = max(_index(ys, box[3]), r0 + 1), max(_index(xs, box[2]), c0 + 1)
        lines = cell_lines(page, box, centres)
        cell = RawCell(
            text="\n".join(t for t, _ in lines), row=r0, col=c0, bbox=box,
            rowspan=r1 - r0, colspan=c1 - c0, line_boxes=lines,
        )
        for r in range(r0, min(r1, n_rows)):
            for c in range(c0, min(c1, n_cols)):
                if grid[r][c] is None:
                    grid[r][c] = cell
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    table = RawTable(id=table_id, page=page.number, bbox=bbox, grid=grid, pages=[page.number],
                     row_pages=[page.number] * n_rows, engine="lattice")
    split_under_header_columns(page, table, xs, centres)  # a body rule the page lost
    return table


def caption_above(page: Page, top: float, max_gap: float = 90.0, max_lines: int = 3,
                  lines: list[TextLine] | None = None) -> str:
    """The few lines of text printed just above a table: its title or lead-in.
    `lines` is `page.lines()` when the caller already has them."""
    above = [ln for ln in (page.lines() if lines is None else lines) if ln.text.strip() and ln.bbox is not None
             and ln.bbox[3] <= top + 1 and top - ln.bbox[3] <= max_gap]
    return "\n".join(ln.text.strip() for ln in above[-max_lines:])


def _stacked_tables(page: Page, cells: list[BBox], centres: CharCentres | None) -> list[list[BBox]]:
    """Tables drawn one right under the other share a rule: one group of cells, two tables
    (lkjip.extract.grid.stacked_frames), each lower one opening with headings of its own."""
    parts = split_stacked_frames(cells)
    if len(parts) > 1 and all(len(p) >= 2 and opens_with_headings(cells_to_raw_table(page, p, "split", centres))
                              for p in parts[1:]):
        return parts
    return [cells]


def page_tables(page: Page, edges: list[Edge]) -> list[RawTable]:
    tables: list[RawTable] = []
    groups = [g for g in edges_to_cell_groups(edges) if len(g) >= 2]
    if not groups:
        return tables
    # Per page, not per table: character centres and text lines.
    centres = CharCentres(page.char_boxes) if page.char_boxes is not None and len(page.char_boxes) else None
    groups = [part for group in groups for part in _stacked_tables(page, group, centres)]
    lines: list[TextLine] | None = None
    for i, cells in enumerate(groups, start=1):
        table = cells_to_raw_table(page, cells, f"p{page.number}-t{i}", centres)
        if table.n_rows < 1 or not any(c is not None and c.text for row in table.grid for c in row):
            continue
        if table.bbox:
            lines = page.lines() if lines is None else lines
            table.caption = caption_above(page, table.bbox[1], lines=lines)
        else:
            table.caption = ""
        tables.append(table)
    tables.sort(key=lambda t: (t.bbox[1] if t.bbox else 0))
    for i, t in enumerate(tables, start=1):
        t.id = f"p{page.number}-t{i}"
    return tables
