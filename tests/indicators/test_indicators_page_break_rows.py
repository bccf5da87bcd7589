"""A ruled row broken by the page: the rest of the name beside the rest of the sasaran,
no number, no value, is the previous indicator's tail even when it starts with a capital
(lkjip.extract.interpret.indicators.page_break_rows)."""

from __future__ import annotations

from lkjip.extract.interpret.indicators.header_columns import read_layout
from lkjip.extract.interpret.indicators.rows import table_rows
from lkjip.extract.source import RawCell, RawTable

HEADER = ["No", "Sasaran Strategis", "Indikator", "Target", "Realisasi"]


def _table(rows: list[list[str]], pages: list[int]) -> RawTable:
    cells = [HEADER, *rows]
    grid = [[RawCell(text, r, c, None) for c, text in enumerate(row)] for r, row in enumerate(cells)]
    return RawTable(id="p1-t1", page=1, bbox=None, grid=grid, pages=sorted(set(pages)), row_pages=[1, *pages])


def _names(rows: list[list[str]], pages: list[int]) -> list[str]:
    table = _table(rows, pages)
    layout = read_layout(table)
    assert layout is not None
    rows_read = list(table_rows(table, layout, "pengukuran_kinerja", 2016, None))  # tails join after yield
    return [r.indikator for r in rows_read]


def test_tail_beside_the_sasaran_tail_joins_the_name_above() -> None:
    rows = [["1", "Meningkatnya layanan", "Persentase layanan informasi", "100", "100"],
            ["2", "Meningkatnya kompetensi", "Persentase aparatur perencana", "0,09", "0,17"],
            ["", "sumberdaya aparatur", "OPD & Kab/Kota yang memiliki sertifikat", "", ""],
            ["", "", "Persentase SDM perencana", "31", "33,33"]]
    assert _names(rows, [1, 1, 2, 2]) == [
        "Persentase layanan informasi",
        "Persentase aparatur perencana OPD & Kab/Kota yang memiliki sertifikat",
        "Persentase SDM perencana"]


def test_a_numbered_row_on_the_next_page_is_its_own() -> None:
    rows = [["1", "Meningkatnya kompetensi", "Persentase aparatur perencana", "0,09", "0,17"],
            ["2", "Meningkatnya layanan", "Indeks Kepuasan Masyarakat", "", ""]]
    assert _names(rows, [1, 2]) == ["Persentase aparatur perencana"]
    # Same page: never a tail.
    rows = [["1", "Meningkatnya kompetensi", "Persentase aparatur perencana", "0,09", "0,17"],
            ["", "sumberdaya aparatur", "OPD & Kab/Kota", "", ""]]
    assert _names(rows, [1, 1]) == ["Persentase aparatur perencana"]
