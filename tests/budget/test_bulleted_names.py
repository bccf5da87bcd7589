"""Bulleted kegiatan ("- RTM OPD …") whose names wrap over several lines of one tall cell,
a number of the sasaran column printed beside a wrapped line; on a ruled table built here."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.readers import read_document
from lkjip.pipeline import records_of
from tests.generator.budget_lkip_grids import render_grid_pdf

HEADER = [["No", "Sasaran Strategis", "Kegiatan", "Anggaran (Rp.)", "Realisasi (Rp.)"]]
NAMES = ["- RTM OPD Penguatan dan\nPengembangan Lembaga\nAkses Pangan Masyarakat.",
         "- RTM OPD Manajemen\nKelembagaan dan\nInfrastruktur Pangan Jawa\nBarat",
         "- RTM OPD Pemantauan harga\ndan pasokan pangan"]
AMOUNTS = [(460_000_000, 313_967_780), (1_680_000_000, 1_637_923_573), (485_000_000, 472_523_420)]


def _stacked(values: list[str], lines: list[int]) -> str:
    """One value on the first line of each item, blank lines for the rest of its name."""
    return "\n".join(v + "\n" * (n - 1) for v, n in zip(values, lines, strict=True)).rstrip("\n")


def test_unbulleted_lines_continue_the_item_above(tmp_path: Path) -> None:
    heights = [n.count("\n") + 1 for n in NAMES]
    body = [["1.\n2.", "Stabilitas pasokan dan\nharga pangan", "\n".join(NAMES),
             _stacked([f"{a:,},-".replace(",", ".").replace(".-", ",-") for a, _ in AMOUNTS], heights),
             _stacked([f"{r:,},-".replace(",", ".").replace(".-", ",-") for _, r in AMOUNTS], heights)],
            ["", "Jumlah Belanja Langsung", "", "2.625.000.000,-", "2.424.414.773,-"]]
    path = tmp_path / "t.pdf"
    render_grid_pdf((HEADER, body, []), path)
    rows = records_of(read_document(path)).budget
    kegiatan = [(b.name, b.anggaran, b.realisasi) for b in rows if b.level == "kegiatan"]
    assert kegiatan == [
        ("RTM OPD Penguatan dan Pengembangan Lembaga Akses Pangan Masyarakat.", 460_000_000, 313_967_780),
        ("RTM OPD Manajemen Kelembagaan dan Infrastruktur Pangan Jawa Barat", 1_680_000_000, 1_637_923_573),
        ("RTM OPD Pemantauan harga dan pasokan pangan", 485_000_000, 472_523_420)]
    assert rows[-1].level == "total"


def test_a_name_cell_listing_its_programs_in_bullets_is_named_by_its_head(tmp_path: Path) -> None:
    header = [["No", "Sasaran Strategis", "Anggaran (Rp.)", "Ket."]]
    body = [["1", "Meningkatnya Peran Serta dan Kesetaraan Gender Dalam\nPembangunan :\n"
             "- Program Perencanaan Pengendalian dan Evaluasi\n- Program Peningkatan Peran Serta", "4,283,750,000", ""],
            ["2", "Meningkatnya Kualitas Hidup Perempuan :\n- Program Peningkatan Kualitas Hidup", "15,826,297,300", ""],
            ["", "TOTAL ALOKASI SASARAN STRATEGIS", "20,110,047,300", ""]]
    path = tmp_path / "t.pdf"
    render_grid_pdf((header, body, []), path)
    rows = records_of(read_document(path)).budget
    assert [(b.name, b.anggaran) for b in rows] == [
        ("Meningkatnya Peran Serta dan Kesetaraan Gender Dalam Pembangunan", 4_283_750_000),
        ("Meningkatnya Kualitas Hidup Perempuan", 15_826_297_300),
        ("TOTAL ALOKASI SASARAN STRATEGIS", 20_110_047_300)]


def test_a_space_typed_before_a_separator_is_read_joined_and_marked(tmp_path: Path) -> None:
    header = [["No", "Kegiatan", "Anggaran (Rp.)", "Realisasi (Rp.)"]]
    body = [["1", "Perlindungan Anak", "2,602,500 ,000", "2,500,000,000"],
            ["2", "Pengarusutamaan Gender", "1,000,000,000", "900,000,000"],
            ["", "Jumlah", "3,602,500,000", "3,400,000,000"]]
    path = tmp_path / "t.pdf"
    render_grid_pdf((header, body, []), path)
    first = records_of(read_document(path)).budget[0]
    assert first.anggaran == 2_602_500_000 and "amount_rejoined" in first.cells["anggaran"].inferred
