"""Kegiatan typed with their allocation inside the name cell of a table.

An Ikhtisar table may pair the indicators with the kegiatan that serve them, and type
each kegiatan's allocation right after its name, in the same cell::

    No | INDIKATOR KINERJA  | PROGRAM PENANGGULANGAN BENCANA …      | CAPAIAN
    1  | Jumlah SOP PB      | Penyusunan kajian dan mitigasi …       | 100%
       | Jumlah Kepkub PB   |   ciletuh Rp. 437.550.000               | 100%
       |                    | penyusunan regulasi bid kebencanaan Rp.|
       |                    | 186.250.000                            |

The table has no anggaran column, so the column reader passes it by. Here each "Rp."
amount ends one item of such a cell and the text since the previous amount is its name.
A cell is read only when it holds two items or more and nothing but items (a sentence
quoting one amount is not a list); the column's heading must name kegiatan ("Kegiatan",
"Program/Kegiatan") or one program ("PROGRAM PENANGGULANGAN BENCANA …", whose lines are
then its kegiatan). The rows have no total: they are a pagu list (`program_anggaran`).
"""

from __future__ import annotations

import re

from lkjip.extract.source import RawCell, RawTable
from lkjip.geometry import BBox, union_bbox
from lkjip.numbers import NumberStyle, parse_number
from lkjip.records import BudgetRow, Cell

# "… ciletuh Rp. 437.550.000", "Rp.1.577.250.000,-": an amount with its thousands grouped.
_ITEM = re.compile(r"(?P<name>.*?)(?P<amount>\bRp\.?\s*\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?:,-)?)",
                   re.S | re.I)
_WORD = re.compile(r"[^\W\d_]{2,}")
_KEGIATAN_HEAD = re.compile(r"^(?:nama\s+)?kegiatan\b", re.I)
_MIXED_HEAD = re.compile(r"^program\s*/\s*kegiatan\b", re.I)
_PROGRAM_NAMED = re.compile(r"^program\s+(?!/)(\S+\s+){2,}", re.I)  # "PROGRAM X Y Z": one program
_LEVEL_WORD = re.compile(r"^(kegiatan|program)\b", re.I)
_MIN_ITEMS = 2


def _items(text: str) -> list[tuple[str, str, int, int]] | None:
    """(name, amount as printed, start, end of the item) of a cell made only of items."""
    out: list[tuple[str, str, int, int]] = []
    end = 0
    for m in _ITEM.finditer(text):
        name = " ".join(m.group("name").split()).strip(" ,;:-")
        if len(_WORD.findall(name)) < 2:
            return None
        out.append((name, " ".join(m.group("amount").split()), m.start("name"), m.end()))
        end = m.end()
    if len(out) < _MIN_ITEMS or _WORD.search(text[end:]):
        return None
    return out


def _column_level(heading: str) -> tuple[str | None, str]:
    """Level of the column's lines and what says so; (None, "") for no budget column.
    "" as the level: each line's own first word decides (a Program/Kegiatan column)."""
    head = " ".join(heading.split())
    if _KEGIATAN_HEAD.match(head):
        return "kegiatan", "column"
    if _MIXED_HEAD.match(head):
        return "", "word"
    if _PROGRAM_NAMED.match(head):
        return "kegiatan", "column"  # the heading names the program: its lines are kegiatan
    return None, ""


def _span_box(cell: RawCell, start: int, end: int) -> BBox | None:
    """The boxes of the cell's lines that the text span [start, end) touches."""
    boxes, at = [], 0
    for text, box in cell.line_boxes:
        if at < end and at + len(text) > start:
            boxes.append(box)
        at += len(text) + 1
    return union_bbox(boxes) if boxes else None


def _heading(table: RawTable, c: int) -> str:
    cell = table.grid[0][c] if table.grid and c < len(table.grid[0]) else None
    return cell.text if cell is not None else ""


def table_amount_in_name_rows(table: RawTable, style: NumberStyle | None) -> list[BudgetRow]:
    rows: list[BudgetRow] = []
    n_cols = len(table.grid[0]) if table.grid else 0
    for c in range(n_cols):
        level, evidence = _column_level(_heading(table, c))
        if level is None:
            continue
        seen: set[int] = set()
        for r in range(1, table.n_rows):
            cell = table.grid[r][c] if c < len(table.grid[r]) else None
            if cell is None or id(cell) in seen or cell.col != c:
                continue
            seen.add(id(cell))
            items = _items(cell.text)
            if items is None:
                continue
            page = table.row_pages[r] if r < len(table.row_pages) else table.page
            for name, amount, start, end in items:
                parsed = parse_number(amount, style)
                if parsed is None:
                    continue
                row_level, row_evidence = level, evidence
                if not row_level:
                    word = _LEVEL_WORD.match(name)
                    row_level, row_evidence = (word.group(1).lower(), "word") if word else ("other", "none")
                i = len(rows)
                box = _span_box(cell, start, end)
                rows.append(BudgetRow(
                    table=table.id, table_kind="program_anggaran", page=page, row=i, level=row_level,  # type: ignore[arg-type]
                    name=name, anggaran=float(parsed.value), level_evidence=row_evidence,
                    columns={"name": " ".join(_heading(table, c).split()), "anggaran": "Rp."},
                    number_style=parsed.style.value if parsed.style else None,
                    cells={"anggaran": Cell(text=amount, page=page, table=table.id, row=i, column="anggaran",
                                            bbox=box, ambiguous=parsed.ambiguous),
                           "name": Cell(text=name, page=page, table=table.id, row=i, column="name", bbox=box)}))
    return rows


def amount_in_name_rows(tables: list[RawTable], style: NumberStyle | None) -> list[BudgetRow]:
    """Rows of every table whose kegiatan carry their amount in the name cell."""
    out: list[BudgetRow] = []
    for table in tables:
        if table.grid:
            out.extend(table_amount_in_name_rows(table, style))
    return out
