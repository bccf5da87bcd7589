"""A row whose values are Roman levels ("Level kapabilitas APIP | I | III") is an
indicator's row, not a repeated "Triwulan I | II | III" header."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from lkjip.extract.interpret.indicators.grade_scores import GRADE_VALUE
from lkjip.extract.readers import read_document
from lkjip.pipeline import records_of
from tests.generator.indicator_range_targets import indicator_table


def test_a_row_of_roman_levels_is_read(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(indicator_table("Tabel 3.2. Pengukuran Kinerja Tahun 2016", [
        ("Persentase OPD yang melaksanakan SPIP", "%", "75%", "47%", "62,67"),
        ("Level kapabilitas Inspektorat", "Level", "III", "II", ""),
    ]))
    rows = records_of(read_document(path)).indicators
    assert [r.indikator for r in rows] == ["Persentase OPD yang melaksanakan SPIP", "Level kapabilitas Inspektorat"]
    assert (rows[1].target.text, rows[1].realisasi.text) == ("III", "II")


def test_a_level_wrapped_over_two_lines_is_the_level(tmp_path: Path) -> None:
    # "Level" over "3" in a narrow cell reads like a tally ("Level: 3"): it is a grade.
    path = tmp_path / "l.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(indicator_table("Tabel 3.8. Pengukuran Kinerja Tahun 2022", [
        ("Kapabilitas APIP", "Level", "Level<br/>3", "Level 3", "100"),
    ]))
    (row,) = records_of(read_document(path)).indicators
    assert row.target is not None and (row.target.value, row.target.parts) == (3, None)
    assert GRADE_VALUE in row.cells["target"].inferred
