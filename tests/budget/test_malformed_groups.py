"""Amounts typed with malformed digit groups ("37.664.381200,00", "3.8000.000.000,00"),
read by their row's anggaran - realisasi = sisa, on a ruled table built here."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.interpret.budget.malformed_groups import readings
from lkjip.extract.readers import read_document
from lkjip.pipeline import findings_of, records_of
from tests.generator.budget_lkip_grids import render_grid_pdf, rp, year_comparison

HEADER = [["NO", "PROGRAM/KEGIATAN", "ANGGARAN (Rp)", "REALISASI (Rp)", "SISA ANGGARAN", "%"]]


def _grid(program_anggaran: str, total_sisa: str) -> tuple:  # type: ignore[type-arg]
    body = [["I", "Program Peningkatan Infrastruktur Perdesaan", program_anggaran, "3.125.822.300,00",
             "674.177.700,00", "82,26"],
            ["1", "Peningkatan Kapasitas Aparatur Desa", "3.800.000.000,00", "3.125.822.300,00", "674.177.700,00",
             "82,26"],
            ["II", "Program Pelayanan Administrasi Perkantoran", "2.169.751.200,00", "1.942.551.468,00",
             "227.199.732,00", "89,53"],
            ["2", "Pelayanan Administrasi Kantor", "2.169.751.200,00", "1.942.551.468,00", "227.199.732,00", "89,53"],
            ["", "JUMLAH", "5.969.751.200,00", "5.068.373.768,00", total_sisa, "84,90"]]
    return HEADER, body, []


def test_readings_of_a_lost_dot_and_a_doubled_digit() -> None:
    assert readings("37.664.381200,00") == [37_664_381_200]
    assert 3_800_000_000 in readings("3.8000.000.000,00") and 38_000_000_000 in readings("3.8000.000.000,00")
    assert readings("1.000.000,00") == [] and readings("98,17") == []


def test_the_row_arithmetic_picks_the_reading_and_marks_it_inferred(tmp_path: Path) -> None:
    path = tmp_path / "t.pdf"
    render_grid_pdf(_grid("3.8000.000.000,00", "901.377.432,00"), path)
    doc = records_of(read_document(path))
    program = doc.budget[0]
    assert program.anggaran == 3_800_000_000
    assert "amount_regrouped" in program.cells["anggaran"].inferred
    assert not [f for f in findings_of(doc) if f.severity == "error"]


def test_a_malformed_total_that_does_not_add_up_is_a_warning_only(tmp_path: Path) -> None:
    path = tmp_path / "t.pdf"
    # The total's sisa typed "901.377432": read 901.377.432 by its row, which the parts match;
    # the program typed 3.8000.000.000 with the total printing 5.969.751.200: it adds up.
    render_grid_pdf(_grid("3.8000.000.000,00", "901.377432,00"), path)
    doc = records_of(read_document(path))
    total = doc.budget[-1]
    assert total.level == "total" and total.sisa == 901_377_432
    assert not [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")]


def test_no_reading_is_taken_when_the_row_cannot_decide(tmp_path: Path) -> None:
    path = tmp_path / "t.pdf"
    grid = _grid("3.8000.000.000,00", "901.377.432,00")
    grid[1][0][4] = ""  # no sisa printed: nothing says which reading the anggaran is
    render_grid_pdf(grid, path)
    doc = records_of(read_document(path))
    assert doc.budget[0].anggaran is None
    assert not [f for f in findings_of(doc) if f.severity == "error"]


def _comparison(total_2016: int | None = None) -> tuple:  # type: ignore[type-arg]
    """Realisasi by year, no anggaran or sisa: program I typed "3.8000.000.000,00" in 2016."""
    grid = year_comparison([("I", "Program Peningkatan Infrastruktur Perdesaan", 2_770_237_350, 3_800_000_000),
                            ("1", "Peningkatan Kapasitas Aparatur Pemerintah Desa", 2_770_237_350, 3_800_000_000),
                            ("II", "Program Pelayanan Administrasi Perkantoran", 1_770_858_512, 2_169_751_200),
                            ("1", "Dukungan Administrasi dan Operasional Perkantoran", 1_770_858_512,
                             2_169_751_200)])
    grid[1][0][3] = "3.8000.000.000,00"
    if total_2016 is not None:
        grid[1][-1][3] = rp(total_2016)
    return grid


def _program_and_findings(path: Path, grid: tuple) -> tuple:  # type: ignore[type-arg]
    render_grid_pdf(grid, path)
    doc = records_of(read_document(path))
    program = next(r for r in doc.budget if r.name.startswith("Program Peningkatan Infrastruktur"))
    return program, [f for f in findings_of(doc) if f.rule == "LKJ-B001"]


def test_a_program_with_one_amount_is_read_by_its_kegiatan(tmp_path: Path) -> None:
    program, b001 = _program_and_findings(tmp_path / "c.pdf", _comparison())
    assert program.realisasi == 3_800_000_000
    assert "amount_regrouped" in program.cells["realisasi"].inferred
    assert b001 == []


def test_a_total_the_regrouped_programs_do_not_give_is_a_warning(tmp_path: Path) -> None:
    _, b001 = _program_and_findings(tmp_path / "c.pdf", _comparison(total_2016=5_059_751_200))
    assert len(b001) == 1 and b001[0].severity == "warning"


def test_a_leading_zero_group_lost_a_digit_in_front() -> None:
    assert readings("04.597.911.173") == [int(f"{d}04597911173") for d in range(1, 10)]
    assert readings("0.000.000") == [] and readings("00.000.000") == []


def test_a_leading_zero_total_is_read_as_printed_and_only_warned_on(tmp_path: Path) -> None:
    """The total's realisasi printed "04.068.373.768,00" (its "5" lost, and the sisa and the
    parts give 5.068.373.768): no lost digit fits, so it is read as printed, marked inferred."""
    path = tmp_path / "t.pdf"
    grid = _grid("3.800.000.000,00", "901.377.432,00")
    grid[1][-1][3] = "04.068.373.768,00"
    render_grid_pdf(grid, path)
    doc = records_of(read_document(path))
    total = doc.budget[-1]
    assert total.realisasi == 4_068_373_768
    assert "leading_zero_group" in total.cells["realisasi"].inferred
    found = [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")]
    assert found and all(f.severity == "warning" for f in found)


def test_a_mark_slipped_among_groups_of_three_is_read_with_a_doubt() -> None:
    # "1.579,307,000" in a list printing 1,050,000,000: a mark with groups after it is no
    # decimal mark, so the digits joined are the amount; the cell says it was mended.
    from lkjip.extract.interpret.budget.malformed_groups import slipped_separator
    from lkjip.extract.interpret.budget.tables import budget_rows
    from lkjip.numbers import NumberStyle
    from tests.budget.test_budget_extract import source, text_page

    assert slipped_separator("1.579,307,000") == 1_579_307_000
    assert slipped_separator("1,579,307,000") is None and slipped_separator("1.579,30") is None
    page = text_page([(99, 583, "PROGRAM"), (430, 583, "ANGGARAN (Rp.)"),
                      (98, 600, "1. Program Penataan Ruang"), (430, 600, "1.579,307,000"),
                      (98, 620, "2. Program Kerjasama Pembangunan"), (430, 620, "1,050,000,000"),
                      (98, 640, "3. Program Pengembangan Kompetensi Aparatur"), (445, 640, "390,000,000")])
    rows = budget_rows(source([], [page]), NumberStyle.US)
    assert [r.anggaran for r in rows] == [1_579_307_000, 1_050_000_000, 390_000_000]
    assert rows[0].cells["anggaran"].inferred == ("amount_mark_slipped",)
