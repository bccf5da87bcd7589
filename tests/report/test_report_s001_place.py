"""LKJ-S001 (a number printed in a form that cannot be read) says where a person finds it as
the other rules do: the printed page, the table's caption, the data row counted from 1 and
the column's printed header; never the reader's grid row."""

from __future__ import annotations

from dataclasses import replace

import pytest

import tests.generator.render_pdf as render
from lkjip.checks.runner import run_checks
from lkjip.pipeline import check_document
from lkjip.results import DocumentResult
from tests.generator.model import consistent_report, rupiah


@pytest.fixture(scope="module")
def typo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[DocumentResult, str]:
    """A generated report, body numbered from PDF page 3, one kegiatan's anggaran printed
    with a stray separator ("2.,030.455.000"): no reading of it is sure."""
    report = consistent_report(1, "rowwise")
    line = next(b for b in report.budget if b.level == "kegiatan")

    def typo(value: int, suffix: str = ",-") -> str:
        text = rupiah(value, suffix)
        return text.replace(".", ".,", 1) if value == line.anggaran else text

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(render, "rupiah", typo)
        path = render.render_pdf(report, tmp_path_factory.mktemp("typo") / "typo.pdf", render.PageNumbering(body_from=3))
    return check_document(path), line.name


def test_s001_names_printed_page_caption_data_row_and_header(typo_run: tuple[DocumentResult, str]) -> None:
    doc, name = typo_run
    finding = next(f for f in doc.findings if f.rule == "LKJ-S001")
    ev = finding.evidence[0]
    place = ev.place
    assert place is not None and place.row_number is not None and place.column_header
    table = doc.extraction.tables[ev.cell.table]
    assert place.row_number == table.row_numbers[ev.cell.row]  # counted from 1, header rows not counted
    for lang, page_word, row_word, col_word in (("id", "hlm.", "baris", "kolom"), ("en", "p.", "row", "column")):
        text = finding.text(lang)
        assert f"{page_word} {place.printed_page} (PDF {ev.cell.page})" in text
        assert "Tabel 3.3 Realisasi Anggaran" in text
        assert f"{row_word} {place.row_number}," in text
        assert f"{col_word} «{place.column_header}»" in text and name in text
    assert "salah ketik" in finding.title_text("id") and "typo" in finding.title_text("en")
    assert "salah ketik" in finding.text("id") and "typo" in finding.text("en")


def test_s001_counts_rows_as_the_table_does_not_as_the_grid(typo_run: tuple[DocumentResult, str]) -> None:
    # Two header rows above (or a continued table's repeated header) shift the count: the
    # message follows the table's own numbering, never the reader's grid index.
    doc, _ = typo_run
    ex = doc.extraction
    grid_row = next(f for f in doc.findings if f.rule == "LKJ-S001").evidence[0].cell.row
    table = next(f for f in doc.findings if f.rule == "LKJ-S001").evidence[0].cell.table
    shifted = replace(ex, tables={**ex.tables, table: replace(ex.tables[table], row_numbers={grid_row: 7})})
    finding = next(f for f in run_checks(shifted, select=("LKJ-S001",)))
    assert "baris 7," in finding.text("id") and f"baris {grid_row}," not in finding.text("id")
