"""Read a Word document into the same SourceDocument a PDF gives: text and raw tables.

A DOCX has no pages and no geometry, so this reader invents a coordinate space:
the document is one Page (number 0; evidence from it carries page None, see
`Page.evidence_page`) of width 1 whose y axis counts paragraphs. Body paragraph i
spans y = i..i+1 over the full width; a table cell spans its grid columns as a
share of the width (x = col/n_cols .. (col+colspan)/n_cols) and its paragraphs take
one y unit each from the top of its row. So every geometric rule downstream still
works, with "same vertical position" meaning "same paragraph index": stacked
indicators in one cell pair with the targets beside them by paragraph order.

Merged cells follow Word's markup: `w:gridSpan` widens a cell, `w:vMerge` continues
the cell above; every grid position a merged cell covers points to the same RawCell,
as the PDF reader does. List paragraphs get the label Word prints ("1.", "-").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from lkjip.extract.docx.numbering import ListLabels, W
from lkjip.extract.docx.package import open_docx_package
from lkjip.extract.errors import DocumentError
from lkjip.extract.limits import ReadLimits
from lkjip.extract.source import Page, RawCell, RawTable, SourceDocument
from lkjip.geometry import BBox

# Paragraphs taken as a table's caption: the nearest non-empty ones above it.
_CAPTION_PARAGRAPHS = 2


@dataclass
class _Line:
    text: str
    box: BBox


@dataclass
class _Layout:
    """Lines of the synthetic page, in reading order, and the next free y."""

    lines: list[_Line] = field(default_factory=list)
    y: float = 0.0

    def add(self, text: str, x0: float = 0.0, x1: float = 1.0, y: float | None = None) -> BBox:
        top = self.y if y is None else y
        box = (x0, top, x1, top + 1.0)
        self.lines.append(_Line(text, box))
        if y is None:
            self.y += 1.0
        return box


def _paragraph_text(p: Any, labels: ListLabels, styles: dict[str, Any]) -> str:
    """Text of a w:p element as Word prints it: runs, tabs, breaks, list label."""
    parts: list[str] = []
    for node in p.iter():
        tag = node.tag
        if tag == f"{W}t":
            parts.append(node.text or "")
        elif tag == f"{W}tab":
            if node.getparent() is not None and node.getparent().tag == f"{W}r":
                parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif tag == f"{W}noBreakHyphen" or tag == f"{W}sym":
            parts.append("-")
    text = "".join(parts).replace("\t", " ")
    label = _list_label(p, labels, styles)
    return f"{label} {text}" if label and text.strip() else text


def _list_label(p: Any, labels: ListLabels, styles: dict[str, Any]) -> str:
    ppr = p.find(f"{W}pPr")
    num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
    if num_pr is None and ppr is not None:
        style = ppr.find(f"{W}pStyle")
        style_el = styles.get(style.get(f"{W}val", "")) if style is not None else None
        spr = style_el.find(f"{W}pPr") if style_el is not None else None
        num_pr = spr.find(f"{W}numPr") if spr is not None else None
    if num_pr is None:
        return ""
    num = num_pr.find(f"{W}numId")
    lvl = num_pr.find(f"{W}ilvl")
    num_id = num.get(f"{W}val", "0") if num is not None else "0"
    ilvl = int(lvl.get(f"{W}val", "0")) if lvl is not None else 0
    return labels.label(num_id, ilvl)


def _cell_paragraphs(tc: Any, labels: ListLabels, styles: dict[str, Any]) -> list[str]:
    """Paragraphs of a cell (nested tables' paragraphs included, in order)."""
    return [_paragraph_text(p, labels, styles) for p in tc.iter(f"{W}p")]


def _span(tc: Any, tag: str) -> str | None:
    tcpr = tc.find(f"{W}tcPr")
    el = tcpr.find(f"{W}{tag}") if tcpr is not None else None
    if el is None:
        return None
    return el.get(f"{W}val", "continue" if tag == "vMerge" else "1")


def _row_skip(tr: Any, tag: str) -> int:
    trpr = tr.find(f"{W}trPr")
    el = trpr.find(f"{W}{tag}") if trpr is not None else None
    val = el.get(f"{W}val", "0") if el is not None else "0"
    return int(val) if val.isdigit() else 0


def _table(tbl: Any, table_id: str, layout: _Layout, labels: ListLabels,
           styles: dict[str, Any]) -> RawTable:
    """A w:tbl as a RawTable on the synthetic page, its text appended to the layout."""
    rows = tbl.findall(f"{W}tr")
    # First pass: each row's cells with their grid column and spans.
    placed: list[list[tuple[int, int, str, list[str]]]] = []  # (col, colspan, vmerge, paragraphs)
    n_cols = len(tbl.findall(f"{W}tblGrid/{W}gridCol"))
    for tr in rows:
        col = _row_skip(tr, "gridBefore")
        row_cells = []
        for tc in tr.findall(f"{W}tc"):
            span_val = _span(tc, "gridSpan") or "1"
            span = max(int(span_val) if span_val.isdigit() else 1, 1)
            vmerge = _span(tc, "vMerge") or ""
            row_cells.append((col, span, vmerge, _cell_paragraphs(tc, labels, styles)))
            col += span
        n_cols = max(n_cols, col + _row_skip(tr, "gridAfter"))
        placed.append(row_cells)
    n_cols = max(n_cols, 1)
    n_rows = len(placed)
    grid: list[list[RawCell | None]] = [[None] * n_cols for _ in range(n_rows)]
    top_y = layout.y
    row_top: list[float] = []
    for r, row_cells in enumerate(placed):
        row_top.append(layout.y)
        height = 1
        for col, span, vmerge, paras in row_cells:
            above = grid[r - 1][col] if r > 0 and col < n_cols else None
            if vmerge == "continue" and above is not None:
                above.rowspan = r - above.row + 1
                for c in range(col, min(col + span, n_cols)):
                    grid[r][c] = above
                # Text typed into a continuation cell is hidden by Word; keep it anyway.
                extra = [t for t in paras if t.strip()]
                if extra:
                    above.text = "\n".join([above.text, *extra]) if above.text else "\n".join(extra)
                continue
            x0, x1 = col / n_cols, min(col + span, n_cols) / n_cols
            line_boxes: list[tuple[str, BBox]] = []
            for k, para in enumerate(paras):
                box = layout.add(para, x0, x1, y=layout.y + k)
                if para.strip():
                    line_boxes.append((para.strip(), box))
            text = "\n".join(t.strip() for t in paras).strip("\n")
            cell = RawCell(text=text, row=r, col=col, bbox=(x0, layout.y, x1, layout.y + max(len(paras), 1)),
                           colspan=min(span, n_cols - col), line_boxes=line_boxes)
            for c in range(col, min(col + span, n_cols)):
                grid[r][c] = cell
            height = max(height, len(paras))
        layout.y += height
    # A merged cell's box runs to the bottom of its last row.
    row_bottom = [*row_top[1:], layout.y]
    seen: set[int] = set()
    for row in grid:
        for cell in row:
            if cell is not None and id(cell) not in seen and cell.bbox is not None:
                seen.add(id(cell))
                last = min(cell.row + cell.rowspan - 1, n_rows - 1)
                cell.bbox = (cell.bbox[0], row_top[cell.row], cell.bbox[2], row_bottom[last])
    return RawTable(id=table_id, page=None, bbox=(0.0, top_y, 1.0, layout.y), grid=grid,
                    pages=[], row_pages=[None] * n_rows, engine="docx")


def _caption(layout: _Layout, start: int) -> str:
    """The nearest non-empty body paragraphs above a table (not another table's text)."""
    texts: list[str] = []
    for line in reversed(layout.lines[start:]):
        if line.text.strip():
            texts.append(line.text.strip())
            if len(texts) == _CAPTION_PARAGRAPHS:
                break
    return "\n".join(reversed(texts))


def _page_from_layout(layout: _Layout) -> Page:
    chars: list[str] = []
    boxes: list[BBox | None] = []
    for i, line in enumerate(layout.lines):
        if i:
            chars.append("\n")
            boxes.append(None)
        for ch in line.text:
            chars.append(ch)
            boxes.append(line.box if not ch.isspace() or ch == " " else None)
    arr = np.full((len(chars), 4), np.nan, dtype=np.float32)
    for i, b in enumerate(boxes):
        if b is not None:
            arr[i] = b
    return Page(number=0, width=1.0, height=max(layout.y, 1.0), text="".join(chars),
                char_boxes=arr, source="docx")


def read_docx(path: Path, sha256: str, limits: ReadLimits) -> SourceDocument:
    open_docx_package(path, limits)  # size, member and entity checks before python-docx
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except PackageNotFoundError as exc:
        raise DocumentError("not-a-docx", f"not a Word document ({exc})", f"bukan dokumen Word ({exc})") from exc
    except (KeyError, ValueError, OSError) as exc:
        raise DocumentError("corrupt", f"python-docx cannot read it ({exc})",
                            f"python-docx tidak dapat membacanya ({exc})") from exc
    except Exception as exc:  # lxml.etree.XMLSyntaxError and friends
        raise DocumentError("corrupt", f"python-docx cannot read it ({type(exc).__name__}: {exc})",
                            f"python-docx tidak dapat membacanya ({type(exc).__name__}: {exc})") from exc
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        numbering = None
    labels = ListLabels.from_numbering(numbering)
    styles = {s.get(f"{W}styleId", ""): s for s in document.styles.element.findall(f"{W}style")}
    layout = _Layout()
    tables: list[RawTable] = []
    last_table_end = 0
    for block in document.element.body.iterchildren():
        if block.tag == f"{W}p":
            for piece in _paragraph_text(block, labels, styles).split("\n"):
                layout.add(piece)
        elif block.tag == f"{W}tbl":
            caption = _caption(layout, last_table_end)
            table = _table(block, f"docx-t{len(tables) + 1}", layout, labels, styles)
            table.caption = caption
            tables.append(table)
            last_table_end = len(layout.lines)
    page = _page_from_layout(layout)
    if not page.text.strip() and not tables:
        raise DocumentError("empty", "the Word document has no text", "dokumen Word tidak berisi teks")
    return SourceDocument(file=str(path), sha256=sha256, kind="docx", page_count=None,
                          pages=[page], tables=tables)
