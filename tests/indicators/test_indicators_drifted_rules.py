"""Ruled rows whose vertical rules drift a few points left of the header's: each box is
read under the header it lies under (lkjip.extract.interpret.indicators.drifted_rules)."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.interpret.indicators.drifted_rules import MOST, _home
from lkjip.extract.readers import read_document
from lkjip.extract.source import RawCell
from lkjip.pipeline import records_of
from tests.generator.drifted_rules_table import ROWS, drifted_rules_pdf


def test_drifted_rows_read_under_the_header_they_lie_under(tmp_path: Path) -> None:
    rows = {r.indikator: r for r in records_of(read_document(drifted_rules_pdf(tmp_path / "d.pdf"))).indicators}
    for name, _, target, real, _, _ in ROWS:
        row = rows[name]
        assert row.target is not None and row.target.text == target
        if real:
            assert row.realisasi is not None and row.realisasi.text == real
        else:
            assert row.realisasi is None  # "WTP" is the target, not a realisasi


def test_a_value_merged_evenly_over_two_headers_stays_as_printed() -> None:
    extents = [(240.0, 320.0), (320.0, 400.0), (400.0, 480.0)]
    drifted = RawCell("10,15", 3, 3, (316.0, 700.0, 395.0, 720.0), colspan=2)
    assert _home(drifted, extents) == 1
    merged = RawCell("70 (BB)", 3, 4, (320.0, 700.0, 480.0, 720.0), colspan=2)
    assert _home(merged, extents) is None
    assert MOST > 0.5
