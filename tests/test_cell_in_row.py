"""`Cell.in_row` is `dataclasses.replace(cell, table=…, row=…)` made cheap: the same cell."""

from __future__ import annotations

from dataclasses import replace

from lkjip.records import Cell


def test_a_cell_moved_into_a_row_equals_the_replaced_one_and_leaves_the_original() -> None:
    cell = Cell("1.250", page=3, table="", row=1, column="anggaran", bbox=(1.0, 2.0, 3.0, 4.0),
                confidence=91.0, ambiguous=True, inferred=("ocr_glyph",))
    moved = cell.in_row("p3-ledger1", 7)
    assert moved == replace(cell, table="p3-ledger1", row=7)
    assert hash(moved) == hash(replace(cell, table="p3-ledger1", row=7))
    assert (cell.table, cell.row) == ("", 1)
    assert moved.to_evidence(1250.0)["table"] == "p3-ledger1"
