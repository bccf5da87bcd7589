"""What the budget rules share: rows grouped by table, children by parent, printed values,
and the tolerance a printed percentage allows. Not a rule."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from lkjip.checks.finding import Evidence
from lkjip.numbers import decimals_printed, format_id
from lkjip.records import BudgetRow, Cell, Extraction

AMOUNT_COLUMNS = ("anggaran", "realisasi", "sisa")
COLUMN_WORDS = {
    "anggaran": {"en": "budget (anggaran)", "id": "anggaran"},
    "realisasi": {"en": "spending (realisasi)", "id": "realisasi"},
    "sisa": {"en": "remainder (sisa)", "id": "sisa anggaran"},
}


def tables(doc: Extraction) -> dict[str, list[BudgetRow]]:
    out: dict[str, list[BudgetRow]] = defaultdict(list)
    for row in doc.budget:
        out[row.table].append(row)
    return dict(out)


def children_of(rows: list[BudgetRow]) -> dict[int, list[BudgetRow]]:
    """Position of a row in its table's rows → the rows that add up into it."""
    out: dict[int, list[BudgetRow]] = defaultdict(list)
    for row in rows:
        if row.parent is not None and 0 <= row.parent < len(rows):
            out[row.parent].append(row)
    return dict(out)


def position(rows: list[BudgetRow], row: BudgetRow) -> int:
    return next(i for i, r in enumerate(rows) if r is row)


def value(row: BudgetRow, column: str) -> float | None:
    return getattr(row, column)


def printed(row: BudgetRow, column: str) -> str:
    cell = row.cells.get(column)
    if cell is not None:
        return cell.text
    v = value(row, column)
    return format_id(v) if v is not None else "-"


def unreadable(row: BudgetRow, column: str) -> bool:
    """Text printed in the column that did not read as a number."""
    cell = row.cells.get(column)
    return cell is not None and value(row, column) is None


def cell_of(row: BudgetRow, column: str) -> Cell:
    cell = row.cells.get(column)
    if cell is not None:
        return cell
    return Cell(text=printed(row, column), page=row.page, table=row.table, row=row.row, column=column)


def evidence(row: BudgetRow, column: str, role: str) -> Evidence:
    return Evidence(cell=cell_of(row, column), value=value(row, column), role=role)




def label(row: BudgetRow) -> str:
    name = " ".join(row.name.split())
    return name if len(name) <= 70 else name[:67] + "…"


def percent_tolerance(text: str, style: object = None, extra: float = 0.0) -> float:
    """Half a unit of the last printed decimal ("98,17" → 0.005, "87,2" → 0.05, "93" → 0.5)."""
    return 0.5 * 10 ** -decimals_printed(text, style) + extra  # type: ignore[arg-type]


def percent_agrees(printed_text: str, stated: float, computed: float, extra: float = 0.0) -> bool:
    """The stated percentage is the computed one rounded (half a unit of its last printed
    decimal) or cut off (truncated, as spreadsheets set to fewer decimals do)."""
    decimals = decimals_printed(printed_text)
    unit = Decimal(1).scaleb(-decimals)
    tol = float(unit) / 2 + extra
    if abs(stated - computed) <= tol + 1e-9:
        return True
    return 0 <= computed - stated < float(unit) + extra + 1e-9


def fmt_pct(value: float, decimals: int = 2) -> str:
    return format_id(round(value, 6), decimals)


