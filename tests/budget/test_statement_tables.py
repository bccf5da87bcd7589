"""Financial-statement budget tables (tests/generator/statement_tables): this year's
anggaran and realisasi read beside last year's realisasi, the accounting format's dash as
0 and parentheses as a negative amount; a Jumlah its items miss is reported, an error only
when no part of it is a dash read as zero."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip.extract.readers import read_document
from lkjip.pipeline import findings_of, records_of
from lkjip.records import Extraction
from tests.generator.statement_tables import StatementLine, StatementTable, render_statement_pdf

LAYOUTS = [
    StatementTable(),
    StatementTable(currency=True),
    StatementTable(extra="+\\-%"),  # the change against last year: no share of the budget
    StatementTable(subject="Alat Rumah Tangga", currency=True, extra="+\\-%"),  # headed by its subject
]


def _read(layout: StatementTable, tmp_path: Path) -> tuple[list[StatementLine], Extraction]:
    path = tmp_path / f"{layout.name}.pdf"
    lines = render_statement_pdf(layout, path)
    return lines, records_of(read_document(path))


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda lay: lay.name)
def test_this_years_columns_read_last_years_set_aside(layout: StatementTable, tmp_path: Path) -> None:
    lines, doc = _read(layout, tmp_path)
    got = [(b.name, b.level, b.anggaran, b.realisasi) for b in doc.budget]
    assert got == [(x.name, x.level, float(x.anggaran), float(x.realisasi)) for x in lines]
    share = [b.persen for b in doc.budget]
    if "thd" in layout.extra:
        assert share == [x.persen for x in lines[:-1]] + [None]
    else:
        assert share == [None] * len(lines)  # "+\-%" is the change, not realisasi / anggaran
    zero = next(b for b in doc.budget if b.anggaran == 0)
    assert "dash_zero" in zero.cells["anggaran"].inferred
    assert [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")] == []


@pytest.mark.parametrize("layout", [StatementTable(with_zero=False), StatementTable(with_zero=False, currency=True)],
                         ids=lambda lay: lay.name)
def test_item_that_misses_its_jumlah_is_an_error(layout: StatementTable, tmp_path: Path) -> None:
    _lines, doc = _read(layout.with_defect(1, 1_000_000), tmp_path)
    found = [f for f in findings_of(doc) if f.rule == "LKJ-B001"]
    assert [f.severity for f in found] == ["error"]
    assert "1.000.000" in found[0].message["en"]


def test_a_dash_read_as_zero_makes_it_a_warning(tmp_path: Path) -> None:
    _lines, doc = _read(StatementTable(with_zero=True).with_defect(1, 1_000_000), tmp_path)
    found = [f for f in findings_of(doc) if f.rule == "LKJ-B001"]
    assert [f.severity for f in found] == ["warning"]


def test_spending_only_item_list_headed_by_its_subject(tmp_path: Path) -> None:
    """"No | Pajak Daerah | Realisasi": a note's items of one revenue, no budget column."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from tests.generator.budget_lkip_tables import _Sheet

    path = tmp_path / "items.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont("Helvetica", 9)
    canvas.drawString(60, A4[1] - 60, "a. Pajak Daerah, adapun rinciannya sebagai berikut :")
    sheet = _Sheet(canvas, [60.0, 90.0, 300.0, 420.0], A4[1] - 80)
    sheet.row(["No", "Pajak Daerah", "Realisasi"], set())
    for row in (["1", "Pajak Hotel", "-"], ["2", "Pajak Reklame", "24,225,000.00"], ["3", "Pajak Parkir", "1,500,000.00"],
                ["", "Jumlah", "25,725,000.00"]):
        sheet.row(row, {2})
    sheet.close(A4[1] - 80, None, None)
    canvas.showPage()
    canvas.save()
    doc = records_of(read_document(path))
    assert [(b.name, b.anggaran, b.realisasi) for b in doc.budget] == [
        ("Pajak Hotel", None, 0.0), ("Pajak Reklame", None, 24_225_000.0), ("Pajak Parkir", None, 1_500_000.0),
        ("Jumlah", None, 25_725_000.0)]
    assert [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")] == []
