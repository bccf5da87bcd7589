"""A finding shows each value it rests on once, however many paths of its rule met it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lkjip.checks import load_rules
from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.runner import _once, run_checks
from lkjip.pipeline import extract
from lkjip.records import Cell
from tests.conftest import SEED_DOCX

SENTENCE = Cell("realisasi sebesar 103,52%", page=47)
TABLE = Cell("103,85", page=30, table="t1", row=3, column="capaian", bbox=(1.0, 2.0, 3.0, 4.0))


@pytest.fixture()
def twice_citing_n002(monkeypatch: pytest.MonkeyPatch) -> None:
    def check(self, doc, config) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
        yield Finding("LKJ-N002", "warning", {"en": "t"}, {"en": "m"},
                      [Evidence(SENTENCE, 103.52, "averaged figure"), Evidence(TABLE, 103.85, "part"),
                       Evidence(SENTENCE, 103.52, "averaged figure")])

    monkeypatch.setattr(load_rules()["LKJ-N002"], "check", check)


def test_the_same_value_cited_twice_is_shown_once(twice_citing_n002: None) -> None:
    found = [f for f in run_checks(extract(SEED_DOCX)) if f.rule == "LKJ-N002"]
    assert len(found) == 1
    assert [(e.cell, e.role) for e in found[0].evidence] == [(SENTENCE, "averaged figure"),
                                                            (TABLE, "part")]


def test_two_values_printed_alike_in_two_places_both_stay() -> None:
    other_row = Cell("103,85", page=30, table="t1", row=4, column="capaian", bbox=(1.0, 6.0, 3.0, 8.0))
    kept = _once([Evidence(TABLE, 103.85, "part"), Evidence(other_row, 103.85, "part")])
    assert len(kept) == 2
