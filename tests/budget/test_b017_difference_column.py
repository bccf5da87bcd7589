"""LKJ-B017 over tables whose difference column is learned from their rows
(`extract.interpret.difference_columns`): versions of a budget and "BERTAMBAH/BERKURANG"."""

from __future__ import annotations

from lkjip.checks.budget.b017_difference_column_breaks import DifferenceColumnBreaks
from lkjip.checks.rule import CheckConfig
from lkjip.extract.interpret.difference_columns import difference_of
from lkjip.extract.source import RawCell, RawTable
from lkjip.numbers import NumberStyle
from lkjip.records import Extraction

HEADER = ["URAIAN", "PERGUB 47/2019", "PERGUB 7/2020", "PERGUB 16/2020", "BERTAMBAH/ BERKURANG", "%"]
ROWS = [
    ["BELANJA", "14.080.970.638.142,00", "14.080.970.638.142,00", "13.158.927.472.650,25",
     "(922.043.165.491,75)", "(6,55)"],
    ["Belanja Pegawai", "3.645.041.301.470,62", "3.645.041.301.470,62", "3.448.042.207.476,40",
     "(196.999.093.994,22)", "(5,40)"],
    ["Belanja Hibah", "2.789.387.381.922,00", "2.789.387.381.922,00", "2.731.841.171.922,00",
     "(57.546.210.000,00)", "(2,06)"],
    ["Belanja Tidak Terduga", "30.000.000.000,00", "531.392.452.285,98", "1.531.392.452.286,00",
     "1.501.392.452.286,00", "5.004,64"],
    ["Belanja Modal", "2.365.811.529.632,69", "2.190.965.106.676,10", "1.790.475.383.574,48",
     "(575.336.146.058,21)", "(24,32)"],
]


def _raw(rows: list[list[str]], doubts: dict[tuple[int, int], tuple[str, ...]] | None = None) -> RawTable:
    grid: list[list[RawCell | None]] = [
        [RawCell(t, r, c, (c * 90.0, r * 20.0, c * 90.0 + 80, r * 20.0 + 12),
                 doubts=(doubts or {}).get((r, c), ())) if t else None for c, t in enumerate(row)]
        for r, row in enumerate([HEADER, ["1", "2", "3", "4", "5 (4-2)", "6"], *rows])]
    n = len(grid)
    return RawTable(id="p9-t1", page=9, bbox=None, grid=grid, pages=[9], row_pages=[9] * n,
                    caption="Tabel 3.23 Belanja Daerah")


def _findings(table: RawTable) -> list:
    doc = Extraction(file="t.pdf", sha256="0", kind="pdf", pages=9)
    found = difference_of(table, NumberStyle.ID)
    doc.differences = [found] if found else []
    return list(DifferenceColumnBreaks().check(doc, CheckConfig(lang="en")))


def _slipped(r: int, c: int, text: str) -> list[list[str]]:
    rows = [list(row) for row in ROWS]
    rows[r][c] = text
    return rows


def test_the_rule_is_learned_from_the_rows_later_version_minus_the_first() -> None:
    found = difference_of(_raw(ROWS), NumberStyle.ID)
    assert found is not None
    assert (found.result, {found.minuend, found.subtrahend}) == (4, {1, 3})
    assert found.columns[4] == "BERTAMBAH/ BERKURANG" and found.holding == 5


def test_a_table_whose_rows_all_hold_is_silent() -> None:
    assert _findings(_raw(ROWS)) == []


def test_a_row_off_the_difference_is_a_warning_showing_both_sides() -> None:
    (f,) = _findings(_raw(_slipped(0, 3, "13.158.927.472.650,30")))
    assert (f.rule, f.severity) == ("LKJ-B017", "warning")
    en, idn = f.text("en"), f.text("id")
    assert "13.158.927.472.650,30 − 14.080.970.638.142,00 = -922.043.165.491,70" in en
    assert "prints (922.043.165.491,75) (off by 0,05)" in en and "tertulis (922.043.165.491,75)" in idn
    assert {e.role: e.value for e in f.evidence}["stated difference"] == -922043165491.75
    assert "learned from the table's other rows" in en


def test_the_opposite_sign_is_the_headings_convention_not_a_slip() -> None:
    assert _findings(_raw(_slipped(4, 4, "575.336.146.058,21"))) == []


def test_two_rows_that_happen_to_subtract_make_no_rule() -> None:
    rows = [[*row[:4], "1.000,00", "1"] for row in ROWS]
    rows[0][4], rows[1][4] = "922.043.165.491,75", "196.999.093.994,22"
    assert difference_of(_raw(rows), NumberStyle.ID) is None


def test_a_cell_a_second_reading_did_not_confirm_neither_teaches_nor_breaks_the_rule() -> None:
    table = _raw(_slipped(0, 3, "13.158.927.472.650,30"), {(2, 3): ("ocr_picture", "ocr_rereads_differ")})
    assert _findings(table) == []
