"""A program list grouped under lettered lines (A. Program Utama over 1. / 2. Program …): the
lettered line prints its programs' sum, so it is their subtotal (by the sums only)."""

from __future__ import annotations

from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.numbers import NumberStyle
from tests.budget.test_budget_extract import source, table

HEAD = ["No.", "Program", "Anggaran", "Keterangan"]


def test_lettered_lines_over_numbered_programs_are_their_subtotals() -> None:
    t = [HEAD,
         ["A.", "Program Utama", "1.071.834.400", "P-APBD TA 2022"],
         ["1.", "Program Penyelenggaraan Pengawasan", "630.395.770", "P-APBD TA 2022"],
         ["2.", "Program Perumusan Kebijakan", "441.438.630", "P-APBD TA 2022"],
         ["B.", "Program Penunjang", "12.281.319.513", "P-APBD TA 2022"],
         ["1.", "Program Penunjang Urusan Pemerintahan Daerah", "12.281.319.513", "P-APBD TA 2022"]]
    rows = budget_rows(source([table(t)]), NumberStyle.ID)
    assert [(r.code, r.level, r.level_evidence, r.parent) for r in rows] == [
        ("A.", "total", "arithmetic", None), ("1.", "program", "word", 0), ("2.", "program", "word", 0),
        ("B.", "total", "arithmetic", None), ("1.", "program", "word", 3)]


def test_a_lettered_program_its_lines_do_not_add_up_to_stays_a_program() -> None:
    t = [HEAD,
         ["A.", "Program Utama", "1.000.000.000", ""],
         ["1.", "Program Penyelenggaraan Pengawasan", "630.395.770", ""],
         ["2.", "Program Perumusan Kebijakan", "441.438.630", ""]]
    rows = budget_rows(source([table(t)]), NumberStyle.ID)
    assert rows[0].level == "program"
