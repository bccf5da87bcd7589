"""Ruled budget tables of performance reports and Renja plans (tests/generator/budget_lkip_grids):
which column is the pagu or the realisasi, what names the lines, and what adds up into what."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.readers import read_document
from lkjip.pipeline import findings_of, records_of
from lkjip.records import Extraction
from tests.generator.budget_lkip_grids import (
    by_source,
    funding_split,
    narrow_amounts,
    per_sasaran,
    pk_targets,
    rencana_aksi,
    render_grid_pdf,
    three_pages,
    wrapped_tails,
    year_comparison,
)


def _doc(grid, tmp_path: Path, caption: str = "Tabel 2.3 Anggaran") -> Extraction:  # type: ignore[no-untyped-def]
    path = tmp_path / "t.pdf"
    render_grid_pdf(grid, path, caption)
    return records_of(read_document(path))


def _budget_findings(doc: Extraction) -> list:
    return [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")]


def test_renja_pagu_split_by_funding_source_reads_the_apbd_column(tmp_path: Path) -> None:
    doc = _doc(funding_split([2_000_000, 49_515_000, 35_880_000]), tmp_path)
    assert [(b.level, b.anggaran) for b in doc.budget] == [
        ("program", 87_395_000), ("kegiatan", 2_000_000), ("kegiatan", 49_515_000), ("kegiatan", 35_880_000),
        ("total", 87_395_000)]
    assert doc.budget[0].name == "Program Pelayanan Administrasi Perkantoran"
    assert _budget_findings(doc) == []


def test_renja_program_pagu_off_its_kegiatan_is_reported(tmp_path: Path) -> None:
    doc = _doc(funding_split([2_000_000, 49_515_000, 35_880_000], delta=120_000), tmp_path)
    (f,) = _budget_findings(doc)
    assert f.rule == "LKJ-B001" and "120.000" in f.message["en"]


def test_renja_other_funding_source_sums_on_its_own(tmp_path: Path) -> None:
    """BANKEU Prop is no row's anggaran, yet a program printing 50.000.000 there over kegiatan
    printing 0 contradicts itself: each funding source's column adds up on its own."""
    doc = _doc(funding_split([2_000_000, 49_515_000, 35_880_000], bankeu=50_000_000), tmp_path)
    assert doc.budget[0].anggaran == 87_395_000
    (f,) = _budget_findings(doc)
    assert f.rule == "LKJ-B001" and "50.000.000" in f.message["en"] and "bankeu" in f.message["en"].lower()


def test_year_comparison_takes_the_latest_years_realisasi(tmp_path: Path) -> None:
    lines = [("I", "Program Perencanaan Pembangunan Daerah", 199_319_050, 900_000_000),
             ("1", "Perencanaan program dan kegiatan", 199_319_050, 900_000_000),
             ("II", "Program Pelayanan Administrasi Perkantoran", 1_770_858_512, 2_169_751_200),
             ("2", "Dukungan Administrasi Perkantoran", 1_770_858_512, 2_169_751_200)]
    doc = _doc(year_comparison(lines), tmp_path)
    assert [(b.level, b.anggaran, b.realisasi) for b in doc.budget] == [
        ("program", None, 900_000_000), ("kegiatan", None, 900_000_000), ("program", None, 2_169_751_200),
        ("kegiatan", None, 2_169_751_200), ("total", None, 3_069_751_200)]
    assert _budget_findings(doc) == []


def test_budget_per_sasaran_is_read_with_its_total(tmp_path: Path) -> None:
    doc = _doc(per_sasaran([4_283_750_000, 15_826_297_300, 13_818_939_500]), tmp_path)
    assert [(b.level, b.anggaran) for b in doc.budget] == [
        ("other", 4_283_750_000), ("other", 15_826_297_300), ("other", 13_818_939_500), ("total", 33_928_986_800)]
    assert doc.budget[0].name.startswith("Meningkatnya kualitas")
    assert _budget_findings(doc) == []


def test_lines_by_funding_source_add_up_by_their_outline(tmp_path: Path) -> None:
    clean = _doc(by_source((19_061_928_000, 25_433_683_842), (22_061_479_000, 4_540_705_000)), tmp_path)
    assert [b.name for b in clean.budget][:3] == ["TOTAL", "APBD", "Urusan Wajib"]
    assert _budget_findings(clean) == []  # Urusan / a. b. lines are not parts of the TOTAL
    bad = _doc(by_source((19_061_928_000, 25_433_683_842), (22_061_479_000, 4_540_705_000),
                         apbn_delta=1_000_000), tmp_path)
    assert {f.rule for f in _budget_findings(bad)} == {"LKJ-B001"}


def test_amounts_wrapped_in_narrow_cells_are_read_whole(tmp_path: Path) -> None:
    lines = [("Peningkatan Kesejahteraan Sumber Daya Aparatur", 1_506_190_000, 1_258_896_424),
             ("Pengembangan Kompetensi Aparatur", 2_586_750_000, 2_329_836_750)]
    doc = _doc(narrow_amounts(lines), tmp_path)
    assert [(b.level, b.anggaran, b.realisasi) for b in doc.budget] == [
        ("program", 1_506_190_000, 1_258_896_424), ("program", 2_586_750_000, 2_329_836_750)]
    assert _budget_findings(doc) == []


def test_rencana_aksi_cascade_reads_kegiatan_pagu(tmp_path: Path) -> None:
    kegiatan = [("Perencanaan, Penganggaran dan Evaluasi Kinerja", 304_495_000),
                ("Administrasi Keuangan Perangkat Daerah", 16_760_452_000)]
    doc = _doc(rencana_aksi(kegiatan), tmp_path)
    assert [(b.level, b.name, b.anggaran) for b in doc.budget] == [
        ("kegiatan", name, a) for name, a in kegiatan]


def test_amount_with_a_stray_space_is_read_joined_and_never_an_error(tmp_path: Path) -> None:
    lines = [("Peningkatan Kesejahteraan Sumber Daya Aparatur", 1_506_190_000, 1_258_896_424),
             ("Perencanaan, Pengendalian dan Evaluasi Pembangunan", 1_790_000_000, 1_584_085_700)]
    doc = _doc(narrow_amounts(lines, stray=1, percent_off=1.26), tmp_path)
    row = doc.budget[1]
    assert row.realisasi == 1_584_085_700 and row.cells["realisasi"].text == "1.584.085. 700"
    assert "amount_rejoined" in row.cells["realisasi"].inferred
    (f,) = _budget_findings(doc)  # the printed percentage is off: reported, as a warning only
    assert (f.rule, f.severity) == ("LKJ-B003", "warning")


def test_header_printed_once_carries_over_three_pages(tmp_path: Path) -> None:
    grid = three_pages()
    doc = _doc(grid, tmp_path)
    assert len(doc.budget) == len(grid[1]) and len({b.table for b in doc.budget}) == 1
    assert len({b.page for b in doc.budget}) >= 3
    assert doc.budget[-1].level == "total" and doc.budget[-1].parent is None
    assert _budget_findings(doc) == []


def test_a_names_last_line_on_its_own_row_ends_the_name(tmp_path: Path) -> None:
    doc = _doc(wrapped_tails(), tmp_path)
    assert [b.name for b in doc.budget][1:3] == ["Pemeliharaan Sarana dan Prasarana Perkantoran Balai Laboratorium "
                                                 "Kesehatan", "Pemeliharaan Sarana dan Prasarana Aparatur BKPM Cirebon"]
    assert _budget_findings(doc) == []
    bad = _doc(wrapped_tails(delta=205_500_000), tmp_path)
    (f, *_) = _budget_findings(bad)  # the kegiatan's level is positional: a warning
    assert (f.rule, f.severity) == ("LKJ-B001", "warning") and "205.500.000" in f.message["en"]


def test_penetapan_kinerja_table_is_read_as_the_pks_budget_list(tmp_path: Path) -> None:
    doc = _doc(pk_targets(), tmp_path, caption="Tabel 4. Penetapan Kinerja Tahun 2016")
    assert [(b.table_kind, b.anggaran) for b in doc.budget] == [
        ("program_anggaran", 3_600_000_000), ("program_anggaran", 485_000_000)]
    assert _doc(pk_targets(), tmp_path, caption="Tabel 2.2 Rencana Strategis 2013-2018").budget == []


def test_a_kegiatan_listed_without_amounts_under_its_program_keeps_its_own_line(tmp_path: Path) -> None:
    header, body, spans = wrapped_tails()
    # A program printing its amounts alone, its one kegiatan listed under it without any.
    body[-1:] = [["Pengembangan Industri Kerajinan Jawa Barat", "", "", ""],
                 ["PROGRAM PENINGKATAN SARANA DAN PRASARANA APARATUR", "200.000.000", "180.000.000", "90,00"]]
    doc = _doc((header, body, spans), tmp_path)
    names = [b.name for b in doc.budget]
    assert "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN" in names
    assert "Pengembangan Industri Kerajinan Jawa Barat" in names


def test_year_comparison_sums_the_earlier_years_column_too(tmp_path: Path) -> None:
    # The 2015 column of a program leaves out one of its kegiatan: its sum is checked as
    # the 2016 column's is.
    lines = [("I", "Program Peningkatan Kapasitas Kelembagaan", 1_172_020_000 - 311_864_000, 1_709_000_000),
             ("1", "Peran kelembagaan desa dalam perbaikan rumah", 172_020_000, 750_000_000),
             ("2", "Pembinaan posyantek dan wartek", 688_136_000, 959_000_000),
             ("3", "Pembinaan ekonomi masyarakat miskin", 311_864_000, 0)]
    doc = _doc(year_comparison(lines), tmp_path)
    (f,) = [f for f in _budget_findings(doc) if f.rule == "LKJ-B001"]
    assert f.evidence[0].cell.column == "prior" and "311.864.000" in f.message["en"]
