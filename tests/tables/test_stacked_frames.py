"""Cells of tables ruled one right under the other (lkjip.extract.grid.stacked_frames): split
where the column rules change to a set neither side holds, never at a header spanning
columns or a total across the name columns of one table. Small synthetic cell boxes; the
page-level case is tests/budget/test_statement_summaries.py (generated PDF, gap 0 and 3)."""

from __future__ import annotations

from itertools import pairwise

from lkjip.extract.grid.stacked_frames import split_stacked_frames
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
