"""The typed tables of an extraction laid out for people (HTML, Excel), each value with its Cell.

A report highlights a value when a finding's evidence points at the same printed cell;
`cell_key` says when two `Cell`s are the same place on the page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from lkjip.checks.finding import Finding
from lkjip.records import Cell, Extraction


@dataclass
class DisplayCell:
    text: str  # as printed where the cell is known, else the value written plainly
    value: Any = None  # the typed value (a number for Excel)
    cell: Cell | None = None


@dataclass
class DisplayTable:
    kind: str  # "budget", "indicators", "amounts": also the label key of its title
    columns: list[str]  # label keys (lkjip.report.labels)
    rows: list[list[DisplayCell]] = field(default_factory=list)


CellKey = tuple[Any, ...]


def cell_key(cell: Cell) -> CellKey:
    """Same table, row and column, and the same value in it; or, for running text, same
    page, box and text. Several bulleted indicators share one grid cell (one row, one
    column): each value is told apart by its own line box, or by its text where the
    document gives no geometry, so a finding marks its value and not its neighbours."""
    box = tuple(round(v, 1) for v in cell.bbox) if cell.bbox else None
    if cell.table is not None and cell.row is not None:
        return ("t", cell.page, cell.table, cell.row, cell.column, box or cell.text)
    return ("x", cell.page, box, cell.text)


def findings_by_cell(findings: Iterable[Finding]) -> dict[CellKey, list[Finding]]:
    out: dict[CellKey, list[Finding]] = {}
    for f in findings:
        for ev in f.evidence:
            bucket = out.setdefault(cell_key(ev.cell), [])
            if f not in bucket:
                bucket.append(f)
    return out


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _valued(value: Any, cell: Cell | None) -> DisplayCell:
    return DisplayCell(cell.text if cell else _plain(value), value, cell)


def _quantity(q: Any, cell: Cell | None) -> DisplayCell:
    """The quantity as printed ("429.352 eks", "Facebook: … like : 20.511"): a unit or
    several parts do not fit one number; the number goes in its own column."""
    if q is None:
        return DisplayCell(cell.text if cell else "", None, cell)
    text = getattr(q, "text", None)
    printed = cell.text if cell else (text if text is not None else _plain(q))
    return DisplayCell(printed, printed, cell)


def _quantity_value(q: Any) -> DisplayCell:
    value = getattr(q, "value", q) if q is not None else None
    number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
    return DisplayCell(_plain(number), number)


def _unit(*quantities: Any) -> DisplayCell:
    units = [getattr(q, "unit", None) for q in quantities if q is not None]
    unit = next((u for u in units if u), None)
    return DisplayCell(unit or "", unit)


def budget_table(ex: Extraction) -> DisplayTable:
    t = DisplayTable("budget", ["page", "table", "row", "level", "code", "name",
                                "anggaran", "realisasi", "persen", "sisa"])
    for b in ex.budget:
        t.rows.append([
            DisplayCell(_plain(b.page), b.page), DisplayCell(b.table, b.table), DisplayCell(str(b.row), b.row),
            DisplayCell(b.level, b.level), DisplayCell(b.code or "", b.code),
            _valued(b.name, b.cells.get("name")),
            *(_valued(getattr(b, col), b.cells.get(col)) for col in ("anggaran", "realisasi", "persen", "sisa")),
        ])
    return t


def indicator_table(ex: Extraction) -> DisplayTable:
    t = DisplayTable("indicators", ["page", "table", "row", "year", "sasaran", "indikator",
                                    "target", "realisasi", "target_value", "realisasi_value",
                                    "unit", "capaian"])
    for i in ex.indicators:
        t.rows.append([
            DisplayCell(_plain(i.page), i.page), DisplayCell(i.table, i.table), DisplayCell(str(i.row), i.row),
            DisplayCell(_plain(i.year), i.year), _valued(i.sasaran, i.cells.get("sasaran")),
            _valued(i.indikator, i.cells.get("indikator")),
            _quantity(i.target, i.cells.get("target")), _quantity(i.realisasi, i.cells.get("realisasi")),
            _quantity_value(i.target), _quantity_value(i.realisasi), _unit(i.target, i.realisasi),
            _valued(i.capaian, i.cells.get("capaian")),
        ])
    return t


def amount_table(ex: Extraction) -> DisplayTable:
    t = DisplayTable("amounts", ["page", "kind", "text", "value", "words", "words_value", "context"])
    for a in ex.amounts:
        t.rows.append([
            DisplayCell(_plain(a.page), a.page), DisplayCell(a.kind, a.kind),
            DisplayCell(a.text, a.text, a.cell), DisplayCell(_plain(a.value), a.value),
            DisplayCell(a.words or "", a.words, a.words_cell), DisplayCell(_plain(a.words_value), a.words_value),
            DisplayCell(a.context, a.context),
        ])
    return t


def extracted_tables(ex: Extraction) -> list[DisplayTable]:
    return [budget_table(ex), indicator_table(ex), amount_table(ex)]
