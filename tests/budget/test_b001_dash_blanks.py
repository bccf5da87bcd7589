"""LKJ-B001 over a column that prints a dash for nothing: a blank part there is nothing too
(a warning), on a year comparison table built here (tests/generator/budget_lkip_grids)."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.readers import read_document
from lkjip.pipeline import findings_of, records_of
from tests.generator.budget_lkip_grids import render_grid_pdf, rp, year_comparison


def _b001(path: Path, program_2016: int) -> list:
    lines = [("I", "Program Peningkatan Kapasitas Kelembagaan Masyarakat", 1_200_000_000, program_2016),
             ("1", "Peran Kelembagaan Desa dalam Perbaikan Rumah", 300_000_000, 750_000_000),
             ("2", "Penyelenggaraan Peningkatan Kinerja Posyandu", 400_000_000, 0),
             ("3", "Pembinaan Ekonomi Masyarakat Miskin Desa Hutan", 200_000_000, 0),
             ("4", "Pengelolaan Pelatihan Pemberdayaan Masyarakat", 300_000_000, 0),
             ("5", "Penguatan Lembaga Perekonomian Perdesaan", 0, 1_150_000_000)]
    header, body, spans = year_comparison(lines)
    body[2][3] = body[3][3] = "-"  # "Kegiatan 2016 tidak ada"
    body[4][3] = ""  # left blank, like the dashes beside it
    body[5][2] = "-"
    body[-1][3] = rp(program_2016)
    render_grid_pdf((header, body, spans), path)
    return [f for f in findings_of(records_of(read_document(path))) if f.rule == "LKJ-B001"]


def test_a_blank_among_dashes_counts_as_nothing_and_the_gap_is_a_warning(tmp_path: Path) -> None:
    (f,) = _b001(tmp_path / "b.pdf", 2_000_000_000)  # the kegiatan give 1.900.000.000
    assert f.severity == "warning" and "1.900.000.000" in f.text("en")


def test_a_program_its_kegiatan_give_with_the_blank_as_nothing_passes(tmp_path: Path) -> None:
    assert _b001(tmp_path / "b.pdf", 1_900_000_000) == []
