"""How an Excel sheet shows its numbers, by what each column means.

Years, pages and row numbers are plain integers ("2018", never "2,018"); rupiah amounts are
grouped by thousands (Excel shows the reader's own separators: "19.253.545.000" in an
Indonesian Excel); percentages keep two decimals and a "%" sign (the value is the
percentage itself, 98.17, as the report prints it). Every sheet gets a frozen, bold header
row and an autofilter, so an auditor can sort and filter at once.
"""

from __future__ import annotations

from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

INTEGER, RUPIAH, PERCENT, NUMBER = "integer", "rupiah", "percent", "number"
FORMATS = {INTEGER: "0", RUPIAH: "#,##0", PERCENT: '0.00" %"', NUMBER: "#,##0.##"}
# Column key (a machine name or a label key) → what its numbers are.
MEANINGS: dict[str, str] = {
    "page": INTEGER, "pages": INTEGER, "row": INTEGER, "year": INTEGER, "row_number": INTEGER,
    "error": INTEGER, "warning": INTEGER, "info": INTEGER, "suppressed": INTEGER, "count": INTEGER,
    "budget_rows": INTEGER, "indicator_rows": INTEGER, "amount_rows": INTEGER,
    "anggaran": RUPIAH, "realisasi": RUPIAH, "sisa": RUPIAH,
    "persen": PERCENT, "capaian": PERCENT,
    "value": NUMBER, "words_value": NUMBER, "target_value": NUMBER, "realisasi_value": NUMBER,
}
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")


def meaning_of(key: str) -> str | None:
    """"realisasi_2018_value" → number, "target_2019_value" → number, "anggaran" → rupiah."""
    if key in MEANINGS:
        return MEANINGS[key]
    if key.endswith("_value"):
        return NUMBER
    return None


def format_sheet(ws: Worksheet, keys: list[str | None], widths: dict[int, float] | None = None) -> None:
    """Header bold and frozen, autofilter over the data, number formats by column meaning."""
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    ws.freeze_panes = "A2"
    if ws.max_row >= 1 and ws.max_column >= 1:
        ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}{max(ws.max_row, 1)}"
    for j, key in enumerate(keys, start=1):
        fmt = FORMATS.get(meaning_of(key) or "") if key else None
        if fmt is None:
            continue
        for (cell,) in ws.iter_rows(min_row=2, min_col=j, max_col=j):
            if isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
                cell.number_format = fmt
    for j, width in (widths or {}).items():
        ws.column_dimensions[get_column_letter(j)].width = width
