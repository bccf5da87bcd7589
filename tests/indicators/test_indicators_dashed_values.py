"""A numbered indicator printed with a dash for its value is the table's row, read with
no value (lkjip.extract.interpret.indicators.dashed_values); an unnumbered line beside a
dash stays out."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from lkjip.extract.readers import read_document
from lkjip.pipeline import records_of
from tests.generator.indicator_range_targets import indicator_table


def test_a_numbered_indicator_with_a_dash_is_read_without_a_value(tmp_path: Path) -> None:
    path = tmp_path / "d.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(indicator_table("Tabel 2.2. Perjanjian Kinerja Tahun 2016", [
        ("7. Indeks Demokrasi Indonesia di Jawa Barat", "poin", "71", "", ""),
        ("8. Persentase partisipasi masyarakat dalam Pemilu", "%", "-", "", ""),
        ("Catatan pelaksanaan pemilu", "", "-", "", ""),
    ]))
    rows = records_of(read_document(path)).indicators
    assert [(r.indikator, r.target.value if r.target else None) for r in rows] == [
        ("Indeks Demokrasi Indonesia di Jawa Barat", 71),
        ("Persentase partisipasi masyarakat dalam Pemilu", None)]
