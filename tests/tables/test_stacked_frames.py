"""Cells of tables ruled one right under the other (lkjip.extract.grid.stacked_frames): split
where the column rules change to a set neither side holds, never at a header spanning
columns or a total across the name columns of one table, and kept apart only where the lower
part opens with headings of its own. Small synthetic cell boxes and tables; the
page-level case is tests/budget/test_statement_summaries.py (generated PDF, gap 0 and 3)."""

from __future__ import annotations

from itertools import pairwise

from lkjip.extract.grid.stacked_frames import opens_with_headings, split_stacked_frames
from lkjip.extract.source import RawCell, RawTable
from lkjip.geometry import BBox


def _rows(xs: list[float], top: float, n: int, height: float = 12.0) -> list[BBox]:
    return [(x0, top + i * height, x1, top + (i + 1) * height) for i in range(n) for x0, x1 in pairwise(xs)]


def test_two_tables_sharing_a_rule_are_split() -> None:
    first = _rows([60, 230, 340, 450, 550], 100, 4)
    second = _rows([60, 200, 300, 400, 500, 550], 148, 3)
    assert split_stacked_frames(first + second) == [first, second]


def test_header_spanning_columns_and_a_total_across_names_stay_one_table() -> None:
    header = [(60, 100, 200, 124), (200, 100, 400, 112), (400, 100, 550, 124),
              (200, 112, 300, 124), (300, 112, 400, 124)]  # "TA 2017" over Anggaran | Realisasi
    body = _rows([60, 90, 200, 300, 400, 550], 124, 3)
    total = [(60, 160, 200, 172), (200, 160, 300, 172), (300, 160, 400, 172), (400, 160, 550, 172)]
    cells: list[BBox] = [*header, *body, *total]
    assert split_stacked_frames(cells) == [cells]


def _raw(first_row: list[str]) -> RawTable:
    rows = [first_row, ["Belanja", "5,623,321,866.00", "4,854,464,229.00", "86.33"][: len(first_row)]]
    grid = [[RawCell(t, r, c, (60.0 + 100 * c, 100.0 + 12 * r, 160.0 + 100 * c, 112.0 + 12 * r))
             for c, t in enumerate(row)] for r, row in enumerate(rows)]
    return RawTable(id="split", page=1, bbox=(60.0, 100.0, 460.0, 124.0), grid=grid, pages=[1], row_pages=[1, 1])


def test_lower_part_kept_apart_only_when_it_opens_with_headings() -> None:
    assert opens_with_headings(_raw(["Uraian", "Anggaran Setelah Perubahan", "Realisasi TA 2017", "%"]))
    # Column rules shifted inside one long table: the next row carries on with data.
    assert not opens_with_headings(_raw(["1", "Opini BPK terhadap laporan keuangan", "Opini", "WTP"]))
    band = RawCell("Sasaran Strategis 1 : Meningkatnya tata kelola", 0, 0, (60.0, 100.0, 460.0, 112.0), colspan=4)
    table = _raw(["", "", "", ""])
    table.grid[0] = [band] * 4
    assert not opens_with_headings(table)
