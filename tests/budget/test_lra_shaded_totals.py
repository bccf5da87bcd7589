"""An LRA summary ruled as Word prints it, its JUMLAH rows shaded with tiles of one colour
(tests/generator/lra_shaded_totals): the seams between tiles are no rules, so the table
keeps its four columns, its coded lines add up by code prefix and a realisasi above the
revised anggaran is reported."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.pdf.shading import seam_sides
from lkjip.extract.readers import read_document
from lkjip.pipeline import findings_of, records_of
from tests.generator.lra_shaded_totals import LRA_LINES, TOTAL, render_lra_pdf


def test_tiled_shading_cuts_no_column_and_the_ledger_reads_clean(tmp_path: Path) -> None:
    source = read_document(render_lra_pdf(tmp_path / "lra.pdf"))
    (table,) = source.tables
    assert table.n_cols == 4 and table.engine == "lattice"
    doc = records_of(source)
    got = [(b.code, b.anggaran, b.realisasi) for b in doc.budget]
    assert got == [(code, float(a), float(r)) for code, _, a, r in LRA_LINES] + [(None, *map(float, TOTAL))]
    assert not [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")]


def test_sub_items_off_and_realisasi_above_the_revised_anggaran(tmp_path: Path) -> None:
    path = render_lra_pdf(tmp_path / "bad.pdf", {"2.2.3.2": ("realisasi", 50_000_000),
                                                  "2.2.1": ("realisasi", 40_000_000)})
    findings = findings_of(records_of(read_document(path)))
    sums = [f for f in findings if f.rule == "LKJ-B001"]
    assert any("Belanja Modal" in f.text("en") and f.severity == "error" for f in sums)
    above = [f for f in findings if f.rule == "LKJ-B004"]
    assert len(above) == 2  # 2.2.1, 2.2.3.2 (LKJ-B004 is a warning by design)


def test_seams_are_the_sides_tiles_of_one_colour_share() -> None:
    green, grey = (146, 208, 80, 255), (200, 200, 200, 255)
    fills = [((0, 0, 5, 10), green), ((5, 0, 95, 10), green), ((95, 0, 100, 10), green),
             ((100, 0, 200, 10), grey)]  # another colour beside: a real edge
    sides = seam_sides(fills)
    assert sides == {0: {2}, 1: {0, 2}, 2: {0}}
    # Cells filled one by one in one colour, no margin strip between: their edges stay.
    assert seam_sides([((0, 0, 100, 10), green), ((100, 0, 200, 10), green), ((0, 10, 100, 20), green)]) == {}


def test_code_stacked_above_the_valued_code_is_a_heading_of_the_ledger(tmp_path: Path) -> None:
    from lkjip.extract.interpret.budget.columns import read_layout
    from lkjip.extract.interpret.budget.tables import _table_rows

    source = read_document(render_lra_pdf(tmp_path / "h.pdf", heading=True))
    (table,) = source.tables
    layout = read_layout(table, None)
    assert layout is not None
    rows = _table_rows(table, layout, None)  # the ruled reader's own reading
    got = [(r.code, r.name, r.anggaran) for r in rows[:3]]
    assert got == [("2", "BELANJA", None), ("2.1", "BELANJA TIDAK LANGSUNG", 800_000_000.0),
                   ("2.1.1", "Belanja Pegawai", 800_000_000.0)]
    # The heading prints no amount: the uncoded JUMLAH closing its section totals its lines.
    parents = [rows[r.parent].name if r.parent is not None else None for r in rows]
    assert parents[:4] == [None, "JUMLAH", "BELANJA TIDAK LANGSUNG", "JUMLAH"]
    assert [r.code for r, p in zip(rows, parents, strict=True) if p == "JUMLAH"] == ["2.1", "2.2"]


def test_code_stacked_heading_keeps_its_lines_when_the_heading_prints_amounts(tmp_path: Path) -> None:
    from lkjip.extract.interpret.budget.tables import _total_of_section
    from lkjip.records import BudgetRow

    def row(code: str | None, anggaran: float | None, parent: int | None) -> BudgetRow:
        return BudgetRow(table="t", table_kind="realisasi_anggaran", page=1, row=0, code=code, name=code or "JUMLAH",
                         level="total" if code is None else "other", anggaran=anggaran, parent=parent)

    rows = [row("2", 5.0, None), row("2.1", 2.0, 0), row("2.2", 3.0, 0), row(None, 5.0, None)]
    _total_of_section(rows, 3)
    assert [r.parent for r in rows] == [None, 0, 0, None]  # the heading is their sum, not the JUMLAH
