"""A budget table whose header row Word prints again on every page it runs over."""

from __future__ import annotations

from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.numbers import NumberStyle, format_amount
from lkjip.pipeline import findings_of
from tests.budget.builders import doc
from tests.budget.test_budget_extract import source, table

HEAD = [["NO", "PERANGKAT DAERAH", "ANGGARAN", "REALISASI"]]


def _parts(second_first_number: str = "3", first_total: bool = False, caption: str = "") -> list:
    first = table(HEAD + [["1", "Dinas A", "1.000.000", "900.000"], ["2", "Dinas B", "2.000.000", "1.800.000"]]
                  + ([["", "JUMLAH", "3.000.000", "2.700.000"]] if first_total else []), tid="p5-t1", page=5)
    second = table([*HEAD, [second_first_number, "Dinas C", "4.000.000", "3.600.000"], ["", "TOTAL", "7.000.002", "6.300.000,60"]], tid="p6-t1", page=6)
    second.caption = caption
    return [first, second]


def test_total_after_a_repeated_header_adds_up_every_part() -> None:
    rows = budget_rows(source(_parts()), NumberStyle.ID)
    assert {r.table for r in rows} == {"p5-t1"}
    b001 = [f for f in findings_of(doc(rows)) if f.rule == "LKJ-B001"]
    # Both parts' three lines, not the last page's one line: the total is 2 (and 0,60) off.
    assert len(b001) == 2
    assert "1.000.000 + 2.000.000 + 4.000.000 = 7.000.000" in b001[0].message["en"]
    assert "900.000 + 1.800.000 + 3.600.000 = 6.300.000" in b001[1].message["en"]
    assert "difference 2)" in b001[0].message["en"] and "difference 0,6)" in b001[1].message["en"]


def test_numbering_that_starts_again_is_a_table_of_its_own() -> None:
    rows = budget_rows(source(_parts(second_first_number="1")), NumberStyle.ID)
    assert {r.table for r in rows} == {"p5-t1", "p6-t1"}


def test_a_part_ending_with_its_own_total_is_not_carried_on() -> None:
    rows = budget_rows(source(_parts(first_total=True)), NumberStyle.ID)
    assert {r.table for r in rows} == {"p5-t1", "p6-t1"}


def test_a_caption_announcing_a_new_table_starts_one_and_lanjutan_does_not() -> None:
    rows = budget_rows(source(_parts(caption="Tabel 3.22 Realisasi Belanja OPD")), NumberStyle.ID)
    assert {r.table for r in rows} == {"p5-t1", "p6-t1"}
    rows = budget_rows(source(_parts(caption="Lanjutan Tabel 3.21")), NumberStyle.ID)
    assert {r.table for r in rows} == {"p5-t1"}


def test_computed_amounts_print_to_the_sen() -> None:
    assert format_amount(12_671_827_494_757.60 - 12_671_827_494_756) == "1,6"
    assert format_amount(2) == "2" and format_amount(45_000.0) == "45.000"
