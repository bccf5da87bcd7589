"""Kegiatan typed with "Rp." amounts inside their name cell (tests/generator/budget_amount_in_name)."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.readers import read_document
from lkjip.pipeline import findings_of, records_of
from lkjip.records import Extraction
from tests.generator.budget_amount_in_name import kegiatan_with_amounts
from tests.generator.budget_lkip_grids import render_grid_pdf

ITEMS = [("Penyusunan kajian dan mitigasi pengurangan risiko bencana", 437_550_000),
         ("penyusunan regulasi bidang kebencanaan", 186_250_000),
         ("pengembangan forum kebencanaan", 290_945_000),
         ("pengadaan sarana dan prasarana kantor", 5_692_600_000)]


def _doc(grid, tmp_path: Path) -> Extraction:  # type: ignore[no-untyped-def]
    path = tmp_path / "t.pdf"
    render_grid_pdf(grid, path, "Hasil pengukuran pada 4 indikator adalah sebagai berikut:")
    return records_of(read_document(path))


def test_each_rp_amount_ends_one_kegiatan_of_the_program_named_in_the_heading(tmp_path: Path) -> None:
    doc = _doc(kegiatan_with_amounts(ITEMS, wrap_amount=1), tmp_path)
    rows = [(b.level, b.name, b.anggaran) for b in doc.budget]
    assert rows == [("kegiatan", n, a) for n, a in ITEMS]
    assert {b.table_kind for b in doc.budget} == {"program_anggaran"}
    assert doc.budget[1].cells["anggaran"].text == "Rp. 186.250.000"
    assert not [f for f in findings_of(doc) if f.rule.startswith("LKJ-B") and f.severity == "error"]


def test_program_kegiatan_heading_takes_each_lines_own_word(tmp_path: Path) -> None:
    items = [("Kegiatan Penyediaan jasa surat menyurat", 12_000_000), ("Program Pelayanan kantor", 30_000_000)]
    doc = _doc(kegiatan_with_amounts(items, heading="PROGRAM/KEGIATAN"), tmp_path)
    assert [(b.level, b.level_evidence) for b in doc.budget] == [("kegiatan", "word"), ("program", "word")]


def test_a_sentence_quoting_one_amount_is_not_a_list(tmp_path: Path) -> None:
    grid = kegiatan_with_amounts(ITEMS[:1])
    grid[1][0][2] += "\nsehingga anggaran terserap baik"
    assert _doc(grid, tmp_path).budget == []


def test_a_heading_that_names_no_kegiatan_is_left_alone(tmp_path: Path) -> None:
    assert _doc(kegiatan_with_amounts(ITEMS, heading="KETERANGAN"), tmp_path).budget == []
