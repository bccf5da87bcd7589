"""Tables continued over a page break without a top rule: the column rules' common
start stands in for it (lkjip.extract.grid.open_ends)."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.grid.open_ends import close_open_ends
from lkjip.extract.readers import read_document
from lkjip.geometry import h_edge, v_edge
from tests.generator.open_end_layouts import CONTINUED_ROWS, FIRST_ROWS, HEADER, open_top_pdf


def test_a_table_continued_without_a_top_rule_keeps_its_first_row(tmp_path: Path) -> None:
    doc = read_document(open_top_pdf(tmp_path / "t.pdf"))
    tables = [t for t in doc.tables if t.n_rows > 1]
    assert len(tables) == 1  # page 2's rows joined to page 1's table, not split at the empty column
    table = tables[0]
    assert table.pages == [1, 2]
    texts = [[" ".join(table.text(r, c).split()) for c in range(table.n_cols)] for r in range(table.n_rows)]
    assert texts[0] == list(HEADER)
    assert [row[1] for row in texts[1:]] == [r[1] for r in FIRST_ROWS + CONTINUED_ROWS]
    assert [row[-1] for row in texts[1:]] == [r[-1] for r in FIRST_ROWS + CONTINUED_ROWS]


def test_rules_overshooting_the_top_rule_add_nothing() -> None:
    # Column rules starting 2 points above the drawn top rule: no second top rule.
    edges = [h_edge(60.0, 200.0, y) for y in (40.0, 60.0, 80.0)]
    edges += [v_edge(x, 38.0, 80.0) for x in (60.0, 130.0, 200.0)]
    assert close_open_ends(edges, 842.0) == edges


def test_a_closed_table_adds_nothing() -> None:
    edges = [h_edge(60.0, 200.0, y) for y in (40.0, 60.0, 80.0)]
    edges += [v_edge(x, 40.0, 80.0) for x in (60.0, 130.0, 200.0)]
    assert close_open_ends(edges, 842.0) == edges


def test_open_top_and_bottom_are_drawn_across_the_column_rules() -> None:
    # A table running over the whole page, cut at both its ends.
    edges = [h_edge(60.0, 200.0, y) for y in (60.0, 780.0)]
    edges += [v_edge(x, 40.0, 800.0) for x in (60.0, 130.0, 200.0)]
    added = close_open_ends(edges, 842.0)[len(edges):]
    assert [(e["x0"], e["x1"], e["top"]) for e in added] == [(60.0, 200.0, 40.0), (60.0, 200.0, 800.0)]


def test_an_open_end_mid_page_adds_nothing() -> None:
    # A diagram's boxes or a note's frame ending mid-page are no table cut by a page break.
    edges = [h_edge(60.0, 200.0, y) for y in (420.0, 440.0)]
    edges += [v_edge(x, 400.0, 460.0) for x in (60.0, 130.0, 200.0)]
    assert close_open_ends(edges, 842.0) == edges
