"""LKJ-B012: a paket's nilai kontrak above its anggaran; and B001 on form rows (dashes, periods)."""

from __future__ import annotations

from lkjip.checks.budget.b001_parts_vs_total import PartsVsTotal
from lkjip.checks.budget.b012_kontrak_above_anggaran import KontrakAboveAnggaran
from lkjip.checks.rule import CheckConfig
from lkjip.numbers import parse_number
from lkjip.records import BudgetRow, Cell
from tests.budget.builders import doc, row

CFG = CheckConfig()


def _paket(r: int, anggaran: str, kontrak: str) -> BudgetRow:
    out = row("t1", r, "paket", f"Peningkatan Jalan {r}", anggaran=anggaran)
    parsed = parse_number(kontrak)
    out.kontrak = float(parsed.value) if parsed else None
    out.cells["kontrak"] = Cell(text=kontrak, page=17, table="t1", row=r, column="kontrak",
                                ambiguous=bool(parsed and parsed.ambiguous))
    return out


def test_b012_contract_within_budget_is_fine() -> None:
    assert list(KontrakAboveAnggaran().check(doc([_paket(1, "46,470,000", "45,804,000")]), CFG)) == []


def test_b012_contract_above_budget_is_a_warning_across_number_styles() -> None:
    rows = [_paket(1, "46,470,000", "57,804,000"), _paket(2, "1,500,000", "143.633.000,00"),
            _paket(3, "150,000,000", "150.000.000,00")]
    found = list(KontrakAboveAnggaran().check(doc(rows), CFG))
    assert [f.severity for f in found] == ["warning", "warning"]
    assert "11.334.000" in found[0].message["en"] and "142.133.000" in found[1].message["en"]
    assert {e.role for e in found[0].evidence} == {"anggaran", "kontrak"}


def _form(kegiatan_tw2: str) -> list[BudgetRow]:
    """A kegiatan and its sub kegiatan of an evaluation form: triwulan I as realisasi,
    triwulan II in column 8, a dash for nothing spent."""
    rows = [row("f", 0, "kegiatan", "Administrasi Umum", realisasi="706.202.556"),
            row("f", 1, "sub_kegiatan", "Penyediaan Peralatan", realisasi="-", parent=0),
            row("f", 2, "sub_kegiatan", "Penyediaan Bahan", realisasi="706.202.556", parent=0),
            row("f", 3, "kegiatan", "Administrasi Keuangan", realisasi="10")]
    rows[3].cells.pop("realisasi")
    for r, text in zip(rows[:3], (kegiatan_tw2, "25.617.000", "120.744.000"), strict=True):
        parsed = parse_number(text)
        r.split_amounts["realisasi[8]"] = float(parsed.value) if parsed else None
        r.cells["realisasi[8]"] = Cell(text=text, page=17, table="f", row=r.row, column="realisasi[8]")
    for r in rows:
        r.level_evidence = "code"
    return rows


def test_b001_dash_counts_as_zero_and_each_period_is_summed() -> None:
    assert list(PartsVsTotal().check(doc(_form("146.361.000")), CFG)) == []
    (f,) = PartsVsTotal().check(doc(_form("146.000.000")), CFG)
    assert "column 8" in f.message["en"] and "kolom 8" in f.message["id"] and "361.000" in f.message["en"]


def test_b001_parent_whose_rows_run_to_the_table_end_is_not_summed() -> None:
    rows = _form("146.000.000")[:3]  # the list may go on overleaf
    assert list(PartsVsTotal().check(doc(rows), CFG)) == []
