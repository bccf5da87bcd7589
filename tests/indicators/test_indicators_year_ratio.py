"""LKJ-K004 on a comparison of two years' realisasi: the capaian by the table's own
convention (later / earlier × 100), learned from its rows."""

from __future__ import annotations

import dataclasses

from lkjip.checks.indicators.k004_capaian_arithmetic import CapaianArithmetic
from lkjip.numbers import parse_quantity
from lkjip.records import Cell, IndicatorRow
from tests.indicators.test_indicators_capaian import doc, run


def compared(name: str, before: str, after: str, capaian: str, row: int = 2, table: str = "t1") -> IndicatorRow:
    """A row of "Tahun 2015 Realisasi | Tahun 2016 Realisasi | Capaian Kinerja (%)"."""
    b, a = _read(before), _read(after)
    r = IndicatorRow(table=table, table_kind="perbandingan_tahunan", page=37, row=row, indikator=name, year=2016,
                     realisasi=a, realisasi_by_year={2015: b, 2016: a}, detail="perbandingan_tahunan",
                     capaian=float(capaian.strip("()").replace(",", "")) * (-1 if capaian.startswith("(") else 1),
                     capaian_text=capaian)
    for role, text in (("realisasi_2015", before), ("realisasi_2016", after), ("realisasi", after),
                       ("capaian", capaian)):
        r.cells[role] = Cell(text, 37, table, row, role)
    return r


def _read(text: str):
    """A value as the reader gives it; "(3.27)" in brackets is -3.27 (bracket_negative)."""
    q = parse_quantity(text)
    assert q is not None
    if text.startswith("("):
        q = dataclasses.replace(q, value=-float(text.strip("()")))
    return q


FOLLOWING = [("Jumlah pasar yang ditingkatkan", "20", "24", "120"),
             ("Jumlah kerjasama perdagangan", "5", "3", "60"),
             ("Peningkatan Jumlah eksportir", "203", "208", "102.46"),
             ("Ketersediaan sarana kerja", "70", "75", "107.14")]


def _table(*extra: IndicatorRow) -> list[IndicatorRow]:
    rows = [compared(n, b, a, c, row=i) for i, (n, b, a, c) in enumerate(FOLLOWING, start=2)]
    return [*rows, *extra]


def test_k004_warns_on_the_increase_printed_where_the_table_prints_ratios() -> None:
    # 2.75 / 0.79 × 100 = 348,1; 248.1 is the increase, which no other row prints.
    (f,) = run(CapaianArithmetic, doc(*_table(compared("Terkendalinya inflasi", "0.79", "2.75", "248.1", row=9))))
    assert f.severity == "warning"
    assert "348,1" in f.text("en") and "4 rows" in f.text("en")
    assert [e.cell.text for e in f.evidence] == ["0.79", "2.75", "248.1"]


def test_k004_warns_on_a_bracketed_ratio_of_two_negatives_that_is_off() -> None:
    # (3.14) / (3.27) × 100 = 96,02, printed (96.9); a sign alone would not be flagged.
    (f,) = run(CapaianArithmetic, doc(*_table(compared("Nilai Ekspor", "(3.27)", "(3.14)", "(96.9)", row=9))))
    assert "96,02" in f.text("en") and f.severity == "warning"
    assert run(CapaianArithmetic, doc(*_table(compared("Nilai Ekspor", "(3.27)", "(3.14)", "(96.02)", row=9)))) == []


def test_k004_passes_a_year_comparison_that_follows_its_ratio_or_a_lower_is_better_one() -> None:
    # 39.11 = 10.90 / 27.87 × 100; a zero earlier year has no ratio ("0 | 0 | 1,000").
    assert run(CapaianArithmetic, doc(*_table(compared("Cakupan pengawasan", "27.87", "10.90", "39.11", row=9),
                                              compared("Tingkat keterlambatan", "0", "0", "1,000", row=10)))) == []
    # 1,89 → 1: the inverse a lower-is-better indicator may print (1,89 / 1 = 189 is the ratio).
    assert run(CapaianArithmetic, doc(*_table(compared("Nilai impor", "1.89", "1", "189", row=9)))) == []


def test_k004_says_nothing_where_the_table_does_not_print_ratios() -> None:
    # Two rows only, or rows that mostly print something else (growth): no convention learned.
    rows = [compared("A", "20", "24", "20"), compared("B", "5", "3", "-40", row=3),
            compared("C", "203", "208", "2.46", row=4), compared("D", "0.79", "2.75", "248.1", row=5)]
    assert run(CapaianArithmetic, doc(*rows)) == []
    assert run(CapaianArithmetic, doc(*_table()[:2], compared("D", "0.79", "2.75", "248.1", row=5))) == []


def test_k004_skips_a_year_whose_realisasi_was_not_read() -> None:
    # A year column whose cell held no quantity at all ("-" read as nothing) leaves None.
    odd = compared("Nilai ekspor", "(3.27)", "(3.14)", "(96.9)", row=9)
    odd.realisasi_by_year[2014] = None  # type: ignore[assignment]
    (f,) = run(CapaianArithmetic, doc(*_table(odd)))
    assert "96,02" in f.text("en")
