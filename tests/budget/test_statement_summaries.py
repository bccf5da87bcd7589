"""Two financial-statement summaries on one page (tests/generator/statement_pages): read as
two tables, a section heading under a closing line kept apart from its name, and LKJ-B016
comparing an account's budget between them only in one budget version. Rows built by hand
for the version and anchor rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip.checks.budget.b016_account_across_tables import AccountAcrossTables
from lkjip.checks.budget.statement_accounts import account_key, budget_version
from lkjip.checks.rule import CheckConfig
from lkjip.extract.interpret.budget.statement_sections import opens_section_after_closing
from lkjip.extract.readers import read_document
from lkjip.numbers import parse_number
from lkjip.pipeline import findings_of, records_of
from lkjip.records import BudgetRow, Extraction
from tests.budget.builders import doc, row
from tests.generator.statement_pages import (
    TwoStatements,
    first_table,
    render_two_statements_pdf,
    second_table,
)

CFG = CheckConfig()


def _read(layout: TwoStatements, tmp_path: Path) -> Extraction:
    path = tmp_path / f"{layout.name}.pdf"
    render_two_statements_pdf(layout, path)
    return records_of(read_document(path))


TOGETHER = [TwoStatements(), TwoStatements(between="caption"), TwoStatements(between="gap"),
            TwoStatements(between="gap", gap=3.0), TwoStatements(between="gap", gap=0.0)]


@pytest.mark.parametrize("layout", TOGETHER, ids=lambda lay: lay.name)
def test_two_summaries_on_one_page_read_as_two_tables(layout: TwoStatements, tmp_path: Path) -> None:
    extraction = _read(layout, tmp_path)
    tables = list(dict.fromkeys(b.table for b in extraction.budget))
    assert len(tables) == 2
    first = [(b.name, b.anggaran) for b in extraction.budget if b.table == tables[0]]
    want = [(name, float(values[1])) for name, values in first_table(layout) if values[0] is not None]
    assert first == want  # the revised level ("Anggaran Perubahan"), not the change beside it
    second = [(b.name, b.anggaran, b.realisasi) for b in extraction.budget if b.table == tables[1]]
    assert second == [(name, float(v[0]), float(v[1])) for name, v, _ in second_table() if v is not None]
    assert extraction.budget[0].columns["anggaran"] == "Anggaran Perubahan"
    assert [f for f in findings_of(extraction) if f.rule == "LKJ-B016"] == []


@pytest.mark.parametrize("layout", [TwoStatements(drop_operasi=True), TwoStatements(drop_operasi=True, between="caption"),
                                    TwoStatements(drop_operasi=True, between="gap", gap=0.0)], ids=lambda lay: lay.name)
def test_an_account_left_out_of_one_summary_is_a_warning(layout: TwoStatements, tmp_path: Path) -> None:
    extraction = _read(layout, tmp_path)
    (found,) = [f for f in findings_of(extraction) if f.rule == "LKJ-B016"]
    assert found.severity == "warning"
    assert [e.cell.text for e in found.evidence] == ["906,001,415.00", "5,623,321,866.00",
                                                    "(884,001,415.00)", "(5,601,321,866.00)"]
    assert "Jumlah Pendapatan" in found.message["en"] and "setelah perubahan" in found.message["id"]


def test_original_budget_is_not_compared_with_the_revised(tmp_path: Path) -> None:
    """Only "Anggaran Penetapan" in the first table: it may differ from the revised budget."""
    extraction = _read(TwoStatements(drop_operasi=True, first_levels=("Anggaran\nPenetapan",)), tmp_path)
    assert extraction.budget[0].columns["anggaran"] == "Anggaran Penetapan"
    assert [f for f in findings_of(extraction) if f.rule == "LKJ-B016"] == []


@pytest.mark.parametrize(("name", "previous", "heading"), [
    ("Belanja", "Jumlah Pendapatan", True),
    ("Pembiayaan", "Surplus/(Defisit)", True),
    ("PEMBIAYAAN", "SILPA", True),
    ("Belanja", "Pemeliharaan Rutin Gedung", False),  # a wrapped name's tail
    ("Pegawai Negeri", "Jumlah Belanja", False),
])
def test_section_heading_under_a_closing_line(name: str, previous: str, heading: bool) -> None:
    assert opens_section_after_closing(name, previous) is heading


@pytest.mark.parametrize(("heading", "version"), [
    ("Anggaran Perubahan", "revised"), ("Anggaran Setelah Perubahan", "revised"), ("APBD-P 2017", "revised"),
    ("DPPA", "revised"), ("Anggaran Penetapan", "original"), ("Anggaran Murni", "original"),
    ("Anggaran Sebelum Perubahan", "original"), ("Anggaran", None), ("TA 2017 Anggaran", None),
    ("Perubahan", None),  # may be the change itself
])
def test_budget_version_from_the_heading(heading: str, version: str | None) -> None:
    assert budget_version(heading) == version


@pytest.mark.parametrize(("name", "key"), [
    ("Jumlah Belanja", "belanja"), ("BELANJA", "belanja"), ("Surplus /Defisit", "surplus defisit"),
    ("SURPLUS/(DEFISIT)", "surplus defisit"), ("5.2 Belanja Modal", "belanja modal"),
    ("Belanja Tidak Terduga", "belanja tak terduga"), ("Belanja Perjalanan Dinas", None),
    ("Kegiatan Belanja Modal Gedung", None),
])
def test_account_key(name: str, key: str | None) -> None:
    assert account_key(name) == key


def _summary(table: str, heading: str, amounts: dict[str, str], page: int = 15) -> list[BudgetRow]:
    rows = [row(table, i, "other", name, anggaran=a, page=page) for i, (name, a) in enumerate(amounts.items())]
    for r in rows:
        r.columns = {"name": "Uraian", "anggaran": heading}
        text = r.cells["anggaran"].text
        if text.startswith("("):  # the accounting format's negative, as the reader takes it
            parsed = parse_number(text.strip("()"))
            r.anggaran = -float(parsed.value) if parsed else None
    return rows


ONE = {"Jumlah Pendapatan": "22.000.000,00", "Jumlah Belanja": "906.001.415,00", "Surplus/Defisit": "(884.001.415,00)"}
TWO = {"Pendapatan": "22.000.000,00", "Belanja": "5.623.321.866,00", "Surplus/(Defisit)": "(5.601.321.866,00)"}


def test_b015_differing_account_in_one_version_is_a_warning() -> None:
    extraction = doc(_summary("t1", "Anggaran Perubahan", ONE) + _summary("t2", "Anggaran Setelah Perubahan", TWO))
    (found,) = AccountAcrossTables().check(extraction, CFG)
    assert found.severity == "warning"
    assert [e.value for e in found.evidence] == [906001415.0, 5623321866.0, -884001415.0, -5601321866.0]


def test_b015_agreeing_summaries_are_fine() -> None:
    same = dict(TWO, Belanja="906.001.415,00", **{"Surplus/(Defisit)": "(884.001.415,00)"})
    extraction = doc(_summary("t1", "Anggaran Perubahan", ONE) + _summary("t2", "Anggaran Setelah Perubahan", same))
    assert list(AccountAcrossTables().check(extraction, CFG)) == []


@pytest.mark.parametrize("heading", ["Anggaran", "Anggaran Murni", "Perubahan", "Anggaran Perubahan 2016"])
def test_b015_other_or_unknown_version_or_year_not_compared(heading: str) -> None:
    extraction = doc(_summary("t1", heading, ONE) + _summary("t2", "Anggaran Setelah Perubahan 2017", TWO))
    assert list(AccountAcrossTables().check(extraction, CFG)) == []


def test_b015_tables_agreeing_on_nothing_may_be_other_units() -> None:
    other = dict(TWO, Pendapatan="35.000.000,00")
    extraction = doc(_summary("t1", "Anggaran Perubahan", ONE) + _summary("t2", "Anggaran Setelah Perubahan", other))
    assert list(AccountAcrossTables().check(extraction, CFG)) == []


def test_b015_kegiatan_breakdown_is_no_summary() -> None:
    """Belanja Pegawai / Barang dan Jasa / Modal of one kegiatan: no Pendapatan, no surplus."""
    parts = {"Belanja Pegawai": "10.000.000,00", "Belanja Modal": "50.000.000,00", "Jumlah Belanja": "60.000.000,00"}
    other = {"Belanja Pegawai": "10.000.000,00", "Belanja Modal": "70.000.000,00", "Jumlah Belanja": "80.000.000,00"}
    extraction = doc(_summary("t1", "Anggaran Perubahan", parts) + _summary("t2", "Anggaran Perubahan", other))
    assert list(AccountAcrossTables().check(extraction, CFG)) == []
