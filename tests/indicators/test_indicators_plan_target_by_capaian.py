"""A yearless plan target ("Target P.RPJMD") every row's capaian is measured against is
the year's target (lkjip.extract.interpret.indicators.plan_target_by_capaian)."""

from __future__ import annotations

from lkjip.extract.interpret.indicators.header_columns import read_layout
from lkjip.extract.interpret.indicators.plan_target_by_capaian import plan_target_of_the_year
from lkjip.extract.interpret.indicators.plan_year_columns import MEASURE_UNCERTAIN
from lkjip.extract.source import RawCell, RawTable


def _table(header: list[str], rows: list[list[str]]) -> RawTable:
    cells = [header, *rows]
    grid = [[RawCell(text, r, c, None) for c, text in enumerate(row)] for r, row in enumerate(cells)]
    return RawTable(id="p1-t1", page=1, bbox=None, grid=grid, pages=[1], row_pages=[1] * len(cells))


HEADER = ["No.", "Sasaran Strategis", "Indikator Kinerja", "Target P.RPJMD", "Realisasi", "Capaian Kinerja (%)"]
ROWS = [["1", "Meningkatnya kesejahteraan", "PDRB per Kapita ADHB", "57", "59", "103,51"],
        ["2", "Meningkatnya infrastruktur", "Indeks Infrastruktur", "0,70", "0,71", "101,43"],
        ["3", "Menurunnya gangguan", "Persentase gangguan", "91", "96,51", "106%"],
        ["4", "Meningkatnya kualitas", "Indeks Demokrasi", "65,25", "Belum rilis", "-"]]


def _roles(header: list[str], rows: list[list[str]]) -> list[tuple[str, int | None, str | None]]:
    table = _table(header, rows)
    layout = read_layout(table)
    assert layout is not None
    return [(c.role, c.year, c.inferred) for c in plan_target_of_the_year(table, layout, 2021, None)]


def test_plan_target_measured_by_every_capaian_is_the_years() -> None:
    assert ("target", 2021, MEASURE_UNCERTAIN) in _roles(HEADER, ROWS)


def test_one_row_measured_against_another_target_keeps_it_the_plans() -> None:
    rows = [*ROWS, ["5", "Meningkatnya IKLH", "Indeks Kualitas Lingkungan", "69,02", "71,15", "110,00"]]
    roles = [r for r, _, _ in _roles(HEADER, rows)]
    assert "target" not in roles and "target_akhir" in roles


def test_an_end_target_or_one_of_another_year_stays_the_plans() -> None:
    for head in ("Target Akhir RPJMD", "Target RPJMD s.d 2023"):
        roles = [r for r, _, _ in _roles([*HEADER[:3], head, *HEADER[4:]], ROWS)]
        assert "target" not in roles
