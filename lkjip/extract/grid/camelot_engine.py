"""camelot's lattice engine as a second opinion on the grid of a ruled table.

camelot finds the ruling lines in a rendered image of the page (OpenCV), so it
sees rules our vector reader misses or breaks: rules drawn as images, dashed or
hairline paths, frames inside form XObjects. Only its grid is taken; the text of
each cell comes from our own page characters (`pdf_tables.cells_to_raw_table`), so
both engines give cells with the same text, line boxes and evidence geometry.

Kept off the hot path: our own raster pass (`pdf_reader.raster_ruled_tables`) reads the
rendered rules first and, on the real corpus, left camelot nothing to add; `read_pdf`
calls camelot only with `second_engine="always"` (`lkjip … --tables thorough`).
`choose_table` picks, per region, the candidate that passes its schema or, until a
schema is given, the one with the better structure.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lkjip.extract.grid.tables import caption_above, cells_to_raw_table
from lkjip.extract.source import Page, RawTable
from lkjip.geometry import BBox

log = logging.getLogger(__name__)


def _groups(table: Any) -> list[list[tuple[int, int]]]:
    """camelot's grid cells joined where it found no rule between them (merged cells)."""
    rows, cols = len(table.cells), len(table.cells[0]) if table.cells else 0
    parent = {(r, c): (r, c) for r in range(rows) for c in range(cols)}

    def find(x: tuple[int, int]) -> tuple[int, int]:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in range(rows):
        for c in range(cols):
            cell = table.cells[r][c]
            if c + 1 < cols and not cell.right:
                parent[find((r, c + 1))] = find((r, c))
            if r + 1 < rows and not cell.bottom:
                parent[find((r + 1, c))] = find((r, c))
    groups: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for key in parent:
        groups.setdefault(find(key), []).append(key)
    return list(groups.values())


def camelot_cell_groups(path: Path, page_number: int, page_height: float,
                        password: str | None = None) -> list[list[BBox]]:
    """Per table camelot finds on the page, its (merged) cell boxes in top-left points."""
    import camelot

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # camelot warns on pages without tables
        try:
            found = camelot.read_pdf(str(path), pages=str(page_number), flavor="lattice",
                                     password=password, suppress_stdout=True)
        except Exception as exc:  # camelot raises bare ValueErrors, PDFSyntaxErrors …
            log.info("camelot failed on page %s: %s", page_number, exc)
            return []
    out: list[list[BBox]] = []
    for table in found:
        boxes: list[BBox] = []
        for group in _groups(table):
            cells = [table.cells[r][c] for r, c in group]
            x0, x1 = min(c.x1 for c in cells), max(c.x2 for c in cells)
            y_low, y_high = min(c.y1 for c in cells), max(c.y2 for c in cells)
            boxes.append((float(x0), float(page_height - y_high), float(x1), float(page_height - y_low)))
        if len(boxes) >= 2:
            out.append(boxes)
    return out


def camelot_page_tables(path: Path, page: Page, password: str | None = None) -> list[RawTable]:
    tables: list[RawTable] = []
    groups = camelot_cell_groups(path, page.number, page.height, password)
    for i, cells in enumerate(groups, start=1):
        table = cells_to_raw_table(page, cells, f"p{page.number}-c{i}")
        table.engine = "camelot"
        table.caption = caption_above(page, table.bbox[1]) if table.bbox else ""
        tables.append(table)
    return tables


def structure_score(table: RawTable) -> float:
    """How much a grid looks like a real table: filled cells in at least 2×2, few
    cells holding several numbers side by side (a missed column rule)."""
    if table.n_rows < 2 or table.n_cols < 2:
        return 0.0
    cells = {id(c): c for row in table.grid for c in row if c is not None}.values()
    filled = sum(1 for c in cells if c.text.strip())
    crowded = sum(1 for c in cells if sum(tok[:1].isdigit() for tok in c.text.split()) >= 3
                  and len(c.line_boxes) <= 1)
    positions = table.n_rows * table.n_cols
    return filled / max(len(cells), 1) + min(len(cells) / positions, 1.0) - crowded / max(len(cells), 1)


def is_degenerate(table: RawTable) -> bool:
    return structure_score(table) < 0.8


def _overlap(a: BBox | None, b: BBox | None) -> float:
    if a is None or b is None:
        return 0.0
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return w * h / max(smaller, 1e-6)


def choose_table(candidates: list[RawTable],
                 passes_schema: Callable[[RawTable], bool] | None = None) -> RawTable:
    """The candidate to keep for one table region: one that passes its schema if a
    schema check is given (ties and no-pass broken by structure), else the best
    structure. Stable: on equal scores the first (the lattice engine's) wins."""
    def key(t: RawTable) -> tuple[bool, float]:
        return (bool(passes_schema(t)) if passes_schema else False, structure_score(t))
    return max(candidates, key=key)


def merge_engines(primary: list[RawTable], second: list[RawTable],
                  passes_schema: Callable[[RawTable], bool] | None = None) -> list[RawTable]:
    """Tables of one page from both engines: per overlapping region `choose_table`,
    regions only one engine found are kept."""
    out: list[RawTable] = []
    used: set[int] = set()
    for table in primary:
        rivals = [t for t in second if _overlap(t.bbox, table.bbox) > 0.5]
        used.update(id(t) for t in rivals)
        chosen = choose_table([table, *rivals], passes_schema)
        # One second-engine table can be the best rival of several primary fragments.
        if all(chosen is not t for t in out):
            out.append(chosen)
    out.extend(t for t in second if id(t) not in used and not is_degenerate(t))
    out.sort(key=lambda t: t.bbox[1] if t.bbox else 0)
    return out
