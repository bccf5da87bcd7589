"""Renja layouts (tests/generator/renja_layouts): an outcome merged over ruled output rows is
every row's indicator; indicators and targets listed with semicolons pair in order."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.interpret.indicators import indicator_tables
from lkjip.extract.interpret.indicators.bullet_pairing import Item
from lkjip.extract.interpret.indicators.merged_name_rows import name_per_ruled_row
from lkjip.extract.interpret.indicators.semicolon_lists import semicolon_names, semicolon_values
from lkjip.extract.readers import read_document
from tests.generator.renja_layouts import (
    OUTCOME,
    OUTCOME_TARGETS,
    OUTPUTS,
    PROGRAM_OUTCOMES,
    renja_merged_outcome_pdf,
)


def test_merged_outcome_and_semicolon_lists_in_a_generated_renja(tmp_path: Path) -> None:
    _, rows = indicator_tables(read_document(renja_merged_outcome_pdf(tmp_path / "renja.pdf")), None)
    got = [(r.indikator, r.target.text if r.target else None) for r in rows]
    # The merged outcome once per output row, whole, with that row's target.
    assert [t for n, t in got if n == OUTCOME] == OUTCOME_TARGETS
    assert not any(n != OUTCOME and n in OUTCOME for n, _ in got)  # never a piece of it
    assert set(OUTPUTS) <= set(got)
    # The program's semicolon list: the n-th name with the n-th target.
    assert set(PROGRAM_OUTCOMES) <= set(got)


def _item(text: str, top: float = 10.0) -> Item:
    return Item(text, top, [(text, (0.0, top, 50.0, top + 8.0))])


def test_name_per_ruled_row_needs_one_value_per_row_in_every_column() -> None:
    name = _item("Meningkatnya peran KIM")
    assert name_per_ruled_row([name], [[40, 41]]) == [name, name]
    assert name_per_ruled_row([name], [[40, 41], [40, 41]]) == [name, name]
    # Stacked values in one cell (rows merged for want of a rule), columns that disagree,
    # one value, several names: not this layout.
    assert name_per_ruled_row([name], [[40, 40]]) is None
    assert name_per_ruled_row([name], [[40, 41], [40]]) is None
    assert name_per_ruled_row([name], [[40]]) is None
    assert name_per_ruled_row([name, _item("Jumlah KIM")], [[40, 41]]) is None


def test_semicolon_lists_pair_only_equal_counts() -> None:
    names = [_item("Persentase A yang berfungsi; Prosentase B yang menerapkan")]
    split = semicolon_names(names, [[_item("50%; 50%")]])
    assert split is not None and [i.text for i in split] == ["Persentase A yang berfungsi",
                                                             "Prosentase B yang menerapkan"]
    # A wrapped list of values ("5; 25%;" / "80%") counts as one list.
    assert [i.text for i in semicolon_values([_item("5; 25%;"), _item("80%", 20)])] == ["5", "25%", "80%"]
    assert semicolon_names(names, [[_item("50%")]]) is None
    assert semicolon_names(names, [[_item("50%; 50%; 10%")]]) is None
    assert semicolon_names([_item("Persentase A")], [[_item("50%; 50%")]]) is None
