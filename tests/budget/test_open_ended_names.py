"""A program name ending in "dan" wrapped onto ruled rows of its own, on a table built here:
the name is unfinished, so its next lines go on with it; a finished one keeps its kegiatan."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.readers import read_document
from lkjip.pipeline import records_of
from tests.generator.budget_lkip_grids import render_grid_pdf

HEADER = [["PROGRAM/ KEGIATAN/ URAIAN", "Jumlah Anggaran", "Realisasi Keuangan (Rp)"]]


def _rows(program: str, tails: list[str], tmp_path: Path) -> list[tuple[str, str]]:
    body = [[program, "816.500.000", "805.930.000"], *[[t, "", ""] for t in tails],
            ["Kegiatan Perluasan Areal dan Pengelolaan Lahan", "400.000.000", "400.000.000"],
            ["Kegiatan Dukungan Manajemen dan Dukungan Teknis", "416.500.000", "405.930.000"],
            ["Program Pelayanan Administrasi Perkantoran", "100.000.000", "90.000.000"],
            ["Kegiatan Penyediaan Jasa Surat Menyurat", "100.000.000", "90.000.000"]]
    path = tmp_path / "t.pdf"
    render_grid_pdf((HEADER, body, []), path)
    return [(b.level, b.name) for b in records_of(read_document(path)).budget]


def test_a_program_name_ending_in_dan_takes_its_wrapped_lines(tmp_path: Path) -> None:
    rows = _rows("Program Penyediaan dan", ["Pengembangan Prasarana dan", "Sarana Pertanian"], tmp_path)
    assert rows[0] == ("program", "Program Penyediaan dan Pengembangan Prasarana dan Sarana Pertanian")
    assert [lv for lv, _ in rows] == ["program", "kegiatan", "kegiatan", "program", "kegiatan"]


def test_a_finished_program_name_keeps_the_lines_under_it(tmp_path: Path) -> None:
    rows = _rows("Program Penyediaan Prasarana", ["Sarana Pertanian", "Jaringan Irigasi"], tmp_path)
    assert rows[0] == ("program", "Program Penyediaan Prasarana")
    assert ("kegiatan", "Sarana Pertanian") in rows
