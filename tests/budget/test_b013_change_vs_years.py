"""LKJ-B013: a year comparison's printed difference (Naik/(Turun), Bertambah/(Berkurang))
against the later year minus the earlier. Generated ledgers (tests/generator/ledger_layouts,
form "compare") and rows built by hand."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lkjip.checks.budget.b013_change_vs_years import ChangeVsYears
from lkjip.checks.rule import CheckConfig
from lkjip.extract.readers import read_document
from lkjip.numbers import parse_number
from lkjip.pipeline import findings_of, records_of
from lkjip.records import BudgetRow, Cell, Extraction
from tests.budget.builders import doc, row
from tests.generator.ledger_layouts import LedgerLayout, printed_change, render_ledger_pdf

CFG = CheckConfig()
COMPARE = [LedgerLayout(form="compare"),
           LedgerLayout(form="compare", style="us", codes="compact", change_heading="BERTAMBAH/(BERKURANG)")]


def _read(layout: LedgerLayout, tmp_path: Path) -> tuple[list, Extraction]:
    path = tmp_path / f"{layout.name}.pdf"
    lines = render_ledger_pdf(layout, path)
    return lines, records_of(read_document(path))


@pytest.mark.parametrize("layout", COMPARE, ids=lambda lay: lay.name)
def test_two_years_and_their_difference_read_and_consistent(layout: LedgerLayout, tmp_path: Path) -> None:
    lines, extraction = _read(layout, tmp_path)
    got = [(b.name, b.realisasi, b.prior, b.change) for b in extraction.budget]
    want = [(x.name, float(x.realisasi), float(x.anggaran), float(printed_change(x, layout))) for x in lines]
    assert got == want
    assert all(b.anggaran is None and b.sisa is None for b in extraction.budget)  # no budget here
    assert extraction.budget[0].columns["change"] == layout.change_heading
    assert [f for f in findings_of(extraction) if f.rule == "LKJ-B013"] == []


@pytest.mark.parametrize("layout", COMPARE, ids=lambda lay: lay.name)
def test_wrong_difference_is_an_error_on_its_line_only(layout: LedgerLayout, tmp_path: Path) -> None:
    _, extraction = _read(layout.with_change_defect("", 5_000_000).with_change_defect("5.1.1", -1000), tmp_path)
    found = [f for f in findings_of(extraction) if f.rule == "LKJ-B013"]
    assert [(f.severity, f.evidence[0].cell.row) for f in found] == [
        ("error", next(b.row for b in extraction.budget if b.code == "5.1.1")),
        ("error", next(b.row for b in extraction.budget if b.name == "PEMBIAYAAN NETTO"))]
    assert {e.role for e in found[0].evidence} == {"realisasi", "earlier year", "stated difference"}


def test_lra_lebih_kurang_beside_a_budget_is_still_the_remainder(tmp_path: Path) -> None:
    """BERTAMBAH / (BERKURANG) beside anggaran and realisasi of one year is sisa, no change."""
    _, extraction = _read(LedgerLayout(), tmp_path)
    assert all(b.sisa is not None and b.change is None and b.prior is None for b in extraction.budget)


def _compared(realisasi: str, prior: str, change: str, *, ambiguous: bool = False) -> BudgetRow:
    out = row("t1", 0, "other", "PEMBIAYAAN NETTO", realisasi=realisasi)
    for column, text in (("prior", prior), ("change", change)):
        negative = text.startswith("(")
        parsed = parse_number(text.strip("()"))
        value = float(parsed.value) if parsed else None
        setattr(out, column, -value if negative and value is not None else value)
        out.cells[column] = Cell(text=text, page=2, table="t1", row=0, column=column, ambiguous=ambiguous)
    return out


def test_b013_difference_matching_the_years_is_fine() -> None:
    rows = [_compared("165.995.334.920,13", "104.320.373.864,86", "61.674.961.055,27"),
            replace(_compared("13.668.882.296,00", "27.885.024.541,00", "(14.216.142.245,00)"), row=1)]
    assert list(ChangeVsYears().check(doc(rows), CFG)) == []


def test_b013_wrong_difference_is_an_error_with_both_years() -> None:
    (f,) = ChangeVsYears().check(doc([_compared("165.995.334.920,13", "104.320.373.864,86",
                                                "14.216.142.245,00")]), CFG)
    assert f.severity == "error"
    assert "61.674.961.055,27" in f.message["en"] and "14.216.142.245,00" in f.message["id"]


def test_b013_sign_only_reversed_is_not_reported() -> None:
    rows = [_compared("165.995.334.920,13", "104.320.373.864,86", "(61.674.961.055,27)")]
    assert list(ChangeVsYears().check(doc(rows), CFG)) == []


def test_b013_difference_read_in_doubt_is_a_warning() -> None:
    (f,) = ChangeVsYears().check(doc([_compared("207.392.784.038,77", "174.895.334.920,13",
                                                "(14.961.369.691,63)", ambiguous=True)]), CFG)
    assert f.severity == "warning"
