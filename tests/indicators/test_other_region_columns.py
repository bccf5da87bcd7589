"""A comparison with another region's realisasi: the second realisasi column is the
compared figure (lkjip.extract.interpret.indicators.other_region_columns), and a stated
lead is checked against the two figures of the table (LKJ-N002)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip.checks.narrative.n002_derived_figure import DerivedFigure
from lkjip.checks.rule import CheckConfig
from lkjip.extract.interpret.indicators.header_columns import Column
from lkjip.extract.interpret.indicators.other_region_columns import (
    COMPARED_REALISASI,
    other_region_columns,
)
from lkjip.extract.readers import read_document
from lkjip.pipeline import records_of
from lkjip.records import Extraction
from tests.generator.other_region_layouts import REGION_ROWS, RIGHT_LEADS, other_region_pdf


def _doc(path: Path, **kw: object) -> Extraction:
    return records_of(read_document(other_region_pdf(path, **kw)))  # type: ignore[arg-type]


@pytest.mark.parametrize("level", ["Daerah", "Provinsi"])
def test_the_column_naming_a_level_is_the_compared_figure(tmp_path: Path, level: str) -> None:
    doc = _doc(tmp_path / "r.pdf", level=level)
    rows = [r for r in doc.indicators if r.compared_realisasi is not None]
    assert [(r.indikator, r.realisasi.value if r.realisasi else None, r.compared_realisasi.value)
            for r in rows if r.compared_realisasi is not None] == [
        ("Maturitas Penyelenggaraan SPIP", 3.157, 3.141), ("Indeks Kepuasan Masyarakat", 82.45, 80.10)]
    assert all(COMPARED_REALISASI in r.cells for r in rows)


def test_a_stated_lead_that_the_table_gives_is_no_finding(tmp_path: Path) -> None:
    assert list(DerivedFigure().check(_doc(tmp_path / "ok.pdf"), CheckConfig())) == []


def test_a_stated_lead_the_table_does_not_give_cites_both_table_figures(tmp_path: Path) -> None:
    doc = _doc(tmp_path / "bad.pdf", leads=("0,13", RIGHT_LEADS[1]))
    found = list(DerivedFigure().check(doc, CheckConfig()))
    assert [(f.rule, f.severity) for f in found] == [("LKJ-N002", "warning")]
    assert [(e.role, e.value) for e in found[0].evidence] == [
        ("stated difference", 0.13), ("table realisasi", 3.157), ("compared region's realisasi", 3.141)]
    assert found[0].evidence[1].cell.table is not None  # the table's cells, not the sentence's
    assert "3,157 − 3,141 = 0,016" in found[0].message["en"]
    assert "3,157 − 3,141 = 0,016" in found[0].message["id"]
    assert REGION_ROWS[0][0] in found[0].message["en"]


def test_every_realisasi_naming_a_level_leaves_the_columns_alone() -> None:
    cols = [Column(0, "indikator", "indikator"), Column(1, "realisasi kabupaten", "realisasi"),
            Column(2, "realisasi provinsi", "realisasi")]
    assert other_region_columns(cols) == cols
    # One realisasi only: nothing to compare it with.
    assert other_region_columns(cols[:2]) == cols[:2]


def test_a_level_beside_the_own_realisasi_is_read_as_the_compared_one() -> None:
    cols = [Column(0, "indikator", "indikator"), Column(1, "realisasi 2022", "realisasi", 2022),
            Column(2, "realisasi prov.", "realisasi")]
    assert [c.role for c in other_region_columns(cols)] == ["indikator", "realisasi", COMPARED_REALISASI]
