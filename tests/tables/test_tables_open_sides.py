"""Tables whose outer side rules are drawn around the header only: the row rules' ends
stand in for them (lkjip.extract.grid.open_sides)."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.grid.open_sides import close_open_sides
from lkjip.extract.readers import read_document
from lkjip.geometry import h_edge, v_edge
from tests.generator.open_side_layouts import HEADER, OPEN_ROWS, open_sides_pdf


def test_first_and_last_columns_of_an_open_sided_table_are_read(tmp_path: Path) -> None:
    doc = read_document(open_sides_pdf(tmp_path / "o.pdf"))
    tables = [t for t in doc.tables if t.n_rows > 1]
    assert len(tables) == 2  # two tables with one left edge stay two
    for table in tables:
        texts = [[table.text(r, c) for c in range(table.n_cols)] for r in range(table.n_rows)]
        assert texts[0] == list(HEADER)
        assert [row[0] for row in texts[1:]] == [n for n, *_ in OPEN_ROWS]
        assert [row[-1] for row in texts[1:]] == [t for *_, t in OPEN_ROWS]


def test_rules_overshooting_a_side_rule_add_nothing() -> None:
    # Row rules running 3 points past a drawn side rule: no second side rule.
    edges = [h_edge(57.0, 203.0, y) for y in (100.0, 120.0, 140.0, 160.0)]
    edges += [v_edge(60.0, 100.0, 160.0), v_edge(130.0, 100.0, 160.0), v_edge(200.0, 100.0, 160.0)]
    assert close_open_sides(edges) == edges
