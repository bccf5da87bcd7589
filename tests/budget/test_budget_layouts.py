"""Budget tables in the layouts real reports use, generated (tests/generator/budget_layouts):
every row read with its level, code and amounts, and a single mistyped amount reported at
the level of the hierarchy it breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip.extract.readers import read_document
from lkjip.pipeline import findings_of, records_of
from lkjip.records import Extraction
from tests.generator.budget_layouts import BudgetLayout, Line, render_budget_pdf

LAYOUTS = [
    BudgetLayout(),
    BudgetLayout(style="us"),  # 1,234,567,890
    BudgetLayout(style="us", prefix="Rp"),  # Rp 1,234,567.00
    BudgetLayout(prefix="Rp."),  # Rp. 1.234.567,00
    BudgetLayout(scale=1000),  # (Rp 000)
    BudgetLayout(style="us", scale=1_000_000),  # (Juta Rp)
    BudgetLayout(codes="spaced"),  # 1 . 02 . 01 . 2 . 01 Name
    BudgetLayout(codes="words"),  # Kegiatan … / Sub Kegiatan …
    BudgetLayout(rules="horizontal"),  # no vertical rule anywhere
    BudgetLayout(rules="horizontal", style="us", codes="spaced"),
    BudgetLayout(split=True),  # over two pages, header repeated
    BudgetLayout(split=True, repeat_header=False),
    BudgetLayout(split=True, repeat_header=False, rules="horizontal", scale=1000),
]


def _read(layout: BudgetLayout, tmp_path: Path) -> tuple[list[Line], Extraction]:
    path = tmp_path / f"{layout.name}.pdf"
    lines = render_budget_pdf(layout, path)
    return lines, records_of(read_document(path))


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda lay: lay.name)
def test_every_row_read_with_level_code_and_amounts(layout: BudgetLayout, tmp_path: Path) -> None:
    lines, doc = _read(layout, tmp_path)
    got = [(b.level, b.code, b.anggaran, b.realisasi) for b in doc.budget]
    want = [(x.level, (x.code or None) if layout.codes != "words" else None, x.anggaran, x.realisasi)
            for x in lines]
    assert got == want
    assert len({b.table for b in doc.budget}) == 1  # a split table is one table
    assert not any(c.ambiguous for b in doc.budget for c in b.cells.values())
    assert {b.number_style for b in doc.budget} == {layout.style}
    assert all(b.level_evidence in ("word", "code") for b in doc.budget)
    # The hierarchy: every sub kegiatan under its kegiatan, kegiatan under program, programs under the total.
    rows = [b for b in doc.budget]
    for b in rows:
        if b.level != "total":
            parent = rows[b.parent]  # type: ignore[index]
            assert parent.level == {"sub_kegiatan": "kegiatan", "kegiatan": "program", "program": "total"}[b.level]
    assert [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")] == []


DEFECTS = [
    # (layout, defect, level named in the message, parent's row level)
    (BudgetLayout(), ("sub_kegiatan", 1, 45_000), "sub kegiatan of kegiatan"),
    (BudgetLayout(style="us", rules="horizontal"), ("kegiatan", 2, 1_000_000), "kegiatan of program"),
    (BudgetLayout(codes="words", scale=1000), ("program", 1, 9_000_000), "programs of total"),
    # The grand total's leading digit lost in print: parts sum ten billion more.
    (BudgetLayout(style="us", split=True, repeat_header=False), ("total", 0, -10_000_000_000), "programs of total"),
]


@pytest.mark.parametrize(("layout", "defect", "named"), DEFECTS, ids=lambda d: getattr(d, "name", str(d)))
def test_one_mistyped_amount_is_reported_at_its_level(layout: BudgetLayout, defect: tuple[str, int, int],
                                                      named: str, tmp_path: Path) -> None:
    lines, doc = _read(layout.with_defect(*defect), tmp_path)
    found = [f for f in findings_of(doc) if f.rule == "LKJ-B001"]
    # A changed kegiatan breaks its program's sum and its own sub kegiatan's sum.
    assert found and all(f.severity == "error" for f in found)
    assert any(named in f.message["en"] for f in found)
    changed = next(x for x in lines if x.level == defect[0] and x.anggaran != x.realisasi and
                   [y for y in lines if y.level == defect[0]].index(x) == defect[1])
    assert any(e.value == changed.anggaran for f in found for e in f.evidence)


def test_amounts_no_cell_of_the_table_settles_stay_ambiguous_and_never_an_error(tmp_path: Path) -> None:
    """Thousands printed US-style with one comma each ('928,253') and percentages that do
    not vote: '928,253' may be 928.253 or 928253, so a mistyped kegiatan is at most a warning."""
    layout = BudgetLayout(style="us", scale=1000).with_defect("kegiatan", 0, 1_000_000)
    path = tmp_path / "one-comma.pdf"
    lines = render_budget_pdf(layout, path)
    source = read_document(path)
    table = source.tables[0]
    for r in range(1, table.n_rows):  # keep only the one-group amounts: nothing reveals the style
        for cell in table.grid[r]:
            if cell is not None and cell.text[:1].isdigit() and cell.text.count(",") > 1:
                cell.text = "-"
    doc = records_of(source)
    assert any(c.ambiguous for b in doc.budget for c in b.cells.values())
    b001 = [f for f in findings_of(doc) if f.rule == "LKJ-B001"]
    assert b001 and {f.severity for f in b001} == {"warning"}
    assert "either thousands separator" in b001[0].message["en"]
    assert lines


def test_extract_json_shows_code_level_evidence_and_column_roles(tmp_path: Path, contracts: dict) -> None:
    import jsonschema

    from lkjip.report.json_report import extract_payload

    _, doc = _read(BudgetLayout(codes="spaced", scale=1000), tmp_path)
    payload = extract_payload([doc])
    jsonschema.validate(payload, contracts["extract"])
    row = payload["documents"][0]["budget"][1]
    assert (row["code"], row["level"], row["level_evidence"], row["parent"]) == ("1.02.01.2.01", "kegiatan", "code", 0)
    assert row["columns"]["anggaran"] == "ANGGARAN (Rp 000)" and row["columns"]["realisasi"] == "REALISASI (Rp 000)"
    assert row["number_style"] == "id" and row["multiplier"] == 1000


def test_prose_amounts_tied_to_their_program_rows(tmp_path: Path) -> None:
    """The text retells each program's budget: consistent, nothing; one mistyped (US table,
    Indonesian text), LKJ-B007 names the program and both figures."""
    _, doc = _read(BudgetLayout(prose=True, style="us"), tmp_path)
    assert [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")] == []
    _, doc = _read(BudgetLayout(prose=True, style="us").with_defect("prose", 1, 18_000), tmp_path)
    found = [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")]
    assert [(f.rule, f.severity) for f in found] == [("LKJ-B007", "error")]
    assert "PROGRAM PENGELOLAAN INFORMASI" in found[0].message["en"] and "difference 18.000" in found[0].message["en"]
