"""What the budget rules share: rows grouped by table, children by parent, printed values,
and the tolerance a printed percentage allows. Not a rule."""

from __future__ import annotations

import re
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
    "prior": {"en": "earlier year's spending (realisasi)", "id": "realisasi tahun sebelumnya"},
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
    if column in row.split_amounts:
        return row.split_amounts[column]
    return getattr(row, column, None)


def amount_columns(row: BudgetRow) -> tuple[str, ...]:
    """The row's amount columns: anggaran, realisasi, sisa, then the columns that split one
    of them (a form's other triwulan, a Renja's other funding sources), and an earlier
    year's realisasi where a statement compares years (its column summed like this year's)."""
    prior = ("prior",) if row.prior is not None else ()
    return (*AMOUNT_COLUMNS, *prior, *row.split_amounts)


def column_words(column: str) -> dict[str, str]:
    """How a message names the column: "realisasi[8]" is the realisasi of printed column 8."""
    if column in COLUMN_WORDS:
        return COLUMN_WORDS[column]
    role, _, name = column.partition("[")
    words = COLUMN_WORDS.get(role, {"en": role, "id": role})
    return {"en": f"{words['en']} in column {name[:-1]}", "id": f"{words['id']} pada kolom {name[:-1]}"}


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


# A dash alone in an amount cell is the form's way of printing nothing spent: zero.
_NIL = re.compile(r"^\s*[-–—]+\s*$")


def nil(row: BudgetRow, column: str) -> bool:
    """The cell prints a dash ("-", "–") and no figure: a printed zero, not an unread one."""
    cell = row.cells.get(column)
    return cell is not None and value(row, column) is None and _NIL.match(cell.text) is not None


def runs_to_end(rows: list[BudgetRow], at: int) -> bool:
    """Every row after row `at` descends from it: its list may go on overleaf, in a table
    read apart from this one (a page's form cut off from the next page's)."""
    def descends(i: int) -> bool:
        seen = 0
        while (up := rows[i].parent) is not None and 0 <= up < len(rows) and seen < len(rows):
            i, seen = up, seen + 1
            if i == at:
                return True
        return False
    return at + 1 < len(rows) and all(descends(i) for i in range(at + 1, len(rows)))


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


