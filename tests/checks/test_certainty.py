"""An error is a promise: every rule's finding is demoted when a value it rests on is in doubt."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import pytest

from lkjip.checks.certainty import INFERRED, doubts
from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.rule import CheckConfig, Rule
from lkjip.records import Cell, Extraction


class Contradiction(Rule):
    """Test rule: two printed values that disagree."""

    code = "LKJ-Z998"
    title: ClassVar[dict[str, str]] = {"en": "Demo", "id": "Contoh"}
    severity = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        raise NotImplementedError


def _finding(*cells: Cell) -> Finding:
    return Contradiction().finding("Values differ.", "Nilai berbeda.", [Evidence(c) for c in cells])


def test_certain_values_keep_the_error() -> None:
    f = _finding(Cell("19.253.545.000", page=17), Cell("19.253.454.000", page=16))
    assert f.severity == "error" and not f.doubtful
    assert f.to_dict("en")["certainty"] == {"certain": True, "doubts": []}
    assert f.text("en") == "Values differ."


@pytest.mark.parametrize("reason", sorted(INFERRED))
def test_an_inferred_reading_makes_it_a_warning_that_says_what_to_verify(reason: str) -> None:
    weak = Cell("1.250.000", page=29, table="p29-t1", inferred=(reason,))
    f = _finding(Cell("1.200.000", page=29), weak)
    assert f.severity == "warning" and f.doubtful
    certainty = f.to_dict("en")["certainty"]
    assert certainty["certain"] is False
    assert [d["reason"] for d in certainty["doubts"]] == [reason]
    assert "'1.250.000'" in f.text("en") and INFERRED[reason][0] in f.text("en")
    assert INFERRED[reason][1] in f.text("id")


def test_low_ocr_confidence_and_open_separators_are_doubts_too() -> None:
    ocr = Cell("237.149.000", page=17, confidence=54.0)
    loose = Cell("1.250", page=8, ambiguous=True)
    assert [d.reason for d in doubts([ocr, loose, None])] == ["ocr_confidence", "ambiguous_separators"]
    f = _finding(ocr, loose)
    assert f.severity == "warning"
    assert "54%" in f.text("en") and "either thousands separator" in f.text("en")


def test_a_warning_or_note_keeps_its_severity() -> None:
    class Note(Contradiction):
        """Note."""

        severity = "info"

    f = Note().finding("n", "n", [Evidence(Cell("x", inferred=("row_level_sum",)))])
    assert f.severity == "info" and f.doubtful


def test_the_basis_may_be_other_cells_than_the_evidence() -> None:
    shown = Cell("100", page=3)
    f = Contradiction().finding("a", "b", [Evidence(shown)],
                                basis=[shown, Cell("90", page=4, inferred=("column_role_position",))])
    assert f.severity == "warning"


def test_every_rule_goes_through_the_same_promise() -> None:
    # No rule builds a Finding by hand: they all call Rule.finding (or certainty.flag).
    import inspect

    from lkjip.checks import load_rules

    for code, cls in load_rules().items():
        source = inspect.getsource(inspect.getmodule(cls))
        assert "Finding(" not in source.replace("-> Finding(", ""), code
