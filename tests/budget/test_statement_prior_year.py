"""A statement's earlier-year column (tests/generator/statement_tables): last year's
realisasi is read beside this year's and its Jumlah checked against its lines like this
year's; a list whose group lines print the sum of their items is not summed flat, and a
Jumlah over lines that all print zero is reported whatever their nesting."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.interpret.budget.statement_nesting import heads_a_group
from lkjip.extract.readers import read_document
from lkjip.pipeline import findings_of, records_of
from lkjip.records import BudgetRow, Extraction
from tests.generator.statement_tables import StatementLine, StatementTable, render_statement_pdf


def _read(layout: StatementTable, tmp_path: Path) -> tuple[list[StatementLine], Extraction]:
    path = tmp_path / f"{layout.name}.pdf"
    lines = render_statement_pdf(layout, path)
    return lines, records_of(read_document(path))


def _b001(doc: Extraction) -> list:
    return [f for f in findings_of(doc) if f.rule == "LKJ-B001"]


def test_last_years_realisasi_is_read_and_adds_up(tmp_path: Path) -> None:
    lines, doc = _read(StatementTable(with_zero=False, prior=True), tmp_path)
    assert [b.prior for b in doc.budget[:-1]] == [float(x.prior) for x in lines[:-1]]
    assert [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")] == []


def test_last_years_jumlah_off_its_lines_is_an_error(tmp_path: Path) -> None:
    _lines, doc = _read(StatementTable(with_zero=False, prior=True, prior_total_delta=1_000_000), tmp_path)
    found = _b001(doc)
    assert [f.severity for f in found] == ["error"]
    assert "1.000.000" in found[0].message["en"] and "realisasi tahun sebelumnya" in found[0].message["id"].lower()


def test_nested_group_lines_are_not_summed_flat(tmp_path: Path) -> None:
    lines, doc = _read(StatementTable(nested=True), tmp_path)
    assert [b.name for b in doc.budget] == [x.name for x in lines]
    assert all(b.parent is None for b in doc.budget)  # which line adds into which is not printed
    assert _b001(doc) == []


def test_jumlah_over_lines_all_zero_is_reported_whatever_the_nesting(tmp_path: Path) -> None:
    """Last year's column prints "-" on every line but a figure on the Jumlah (a CaLK's
    revenue note): no grouping of zeros makes it; a warning, the dashes being read as 0."""
    _lines, doc = _read(StatementTable(nested=True, prior_total_delta=962_991_871), tmp_path)
    found = _b001(doc)
    assert [f.severity for f in found] == ["warning"]
    assert "962,991,871.00" in found[0].message["en"]
    assert found[0].evidence[0].value == 962_991_871


def _row(name: str, anggaran: float, realisasi: float) -> BudgetRow:
    return BudgetRow(table="t", table_kind="realisasi_anggaran", page=1, row=0, level="other", name=name,
                     anggaran=anggaran, realisasi=realisasi)


def test_heads_a_group_needs_both_columns() -> None:
    group = [_row("Pendapatan Asli Daerah", 30, 20), _row("Pajak", 10, 5), _row("Retribusi", 20, 15),
             _row("Transfer", 5, 5)]
    assert heads_a_group(group)
    flat = [_row("A", 30, 21), _row("B", 10, 5), _row("C", 20, 15), _row("D", 5, 5)]
    assert not heads_a_group(flat)  # the anggaran adds up by chance, the realisasi does not
