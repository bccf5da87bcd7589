"""A page's running title framed into a table carried over to that page (lkjip.extract.
interpret.budget.page_titles): one cell across the whole width at the top of the new page,
skipped, so the last line before the break keeps its own name. Small synthetic tables."""

from __future__ import annotations

from lkjip.extract.interpret.budget.page_titles import running_title_row
from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.extract.source import RawCell, RawTable, SourceDocument
from lkjip.numbers import NumberStyle

HEADER = ["Alat Rumah Tangga", "Anggaran", "Realisasi TA 2017", "Realisasi TA 2016", "+\\-%"]
LINES = [["- Mebelair", "Rp 197,050,000", "Rp 195,912,800", "Rp -", "-"],
         ["- Alat Pendingan", "Rp -", "Rp -", "Rp -", "-"],
         ["- Alat Dapur", "Rp -", "Rp -", "Rp -", "-"],
         ["Jumlah", "Rp 197,050,000", "Rp 195,912,800", "Rp -", "-"]]


def _table(band: str, break_after: int = 1, broken: bool = True) -> RawTable:
    """HEADER and LINES, the page breaking after `break_after` lines (if `broken`), `band`
    (a cell across the width) framed in as the new page's first row."""
    rows: list[list[str] | str] = [HEADER, *LINES[:break_after], band, *LINES[break_after:]]
    grid: list[list[RawCell | None]] = []
    for r, row in enumerate(rows):
        if isinstance(row, str):
            cell = RawCell(row, r, 0, (60.0, 100.0 + 20 * r, 560.0, 120.0 + 20 * r), colspan=5)
            grid.append([cell] * 5)
        else:
            grid.append([RawCell(t, r, c, (60.0 + 100 * c, 100.0 + 20 * r, 160.0 + 100 * c, 120.0 + 20 * r))
                         for c, t in enumerate(row)])
    pages = [27 if r <= break_after or not broken else 28 for r in range(len(rows))]
    return RawTable(id="p27-t3", page=27, bbox=(60.0, 100.0, 560.0, 100.0 + 20 * len(rows)), grid=grid,
                    pages=[27, 28], row_pages=pages)


def _names(table: RawTable) -> list[str]:
    src = SourceDocument(file="t.pdf", sha256="0", kind="pdf", page_count=28, pages=[], tables=[table])
    return [r.name for r in budget_rows(src, NumberStyle.US)]


def test_running_title_at_the_top_of_the_next_page_is_no_line() -> None:
    table = _table("V. CATATAN ATAS LAPORAN KEUANGAN")
    assert running_title_row(table, 2)
    assert _names(table) == ["Mebelair", "Alat Pendingan", "Alat Dapur", "Jumlah"]


def test_band_within_a_page_or_naming_a_budget_line_stays() -> None:
    within = _table("V. CATATAN ATAS LAPORAN KEUANGAN", broken=False)
    assert not running_title_row(within, 2)  # not at a page break
    table = _table("PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN")
    assert not running_title_row(table, 2)  # a program printed across the table
    assert not running_title_row(_table("V. CATATAN ATAS LAPORAN KEUANGAN"), 1)  # a line with amounts
