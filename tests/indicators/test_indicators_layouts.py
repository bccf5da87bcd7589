"""Indicator tables in layouts real reports print them in, generated
(tests/generator/indicator_layouts): every indicator read with its own target."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.interpret.indicators import indicator_tables
from lkjip.extract.readers import read_document
from tests.generator.indicator_layouts import RENJA_ROWS, renja_pairs_pdf


def test_renja_tolok_ukur_target_pairs_are_each_an_indicator(tmp_path: Path) -> None:
    infos, rows = indicator_tables(read_document(renja_pairs_pdf(tmp_path / "renja.pdf")), None)
    got = {(r.indikator, r.target.text if r.target else None) for r in rows}
    want = {pair for _, *pairs, _ in RENJA_ROWS for pair in pairs if pair}
    assert got == want
    assert all(r.realisasi is None for r in rows)
    # The header row of unfamiliar words and the column numbers are not data.
    assert not any(r.indikator in ("Tolok Ukur", "(2)") for r in rows)
    assert {i.kind for i in infos} == {"renja"}
