"""A kegiatan's figure in the text a thousandth of its table row's (a group of digits
dropped: "Rp.1.688.000,00" for 1.688.000.000), where another table prints the same name
with another amount (a plan for later years): LKJ-B007 warns, naming both rows."""

from __future__ import annotations

from lkjip.checks.budget.b007_text_row_vs_table import TextRowVsTable
from lkjip.checks.rule import CheckConfig
from tests.budget.builders import doc, row, sentence

NAME = "Perlindungan Anak Korban Kekerasan"


def _rows() -> list:
    this_year = [row("p30-t1", 0, "program", "Program Peningkatan Kualitas Hidup Perempuan", anggaran="3.688.000.000",
                     page=30, kind="program_anggaran"),
                 row("p30-t1", 1, "kegiatan", NAME, anggaran="1.688.000.000", parent=0, page=30,
                     kind="program_anggaran"),
                 row("p30-t1", 2, "kegiatan", "Jambore Forum Anak Daerah", anggaran="2.000.000.000", parent=0,
                     page=30, kind="program_anggaran")]
    plan = [row("p62-t1", 0, "program", "Program Peningkatan Kualitas Hidup Perempuan", anggaran="4.602.500.000",
                page=62, kind="program_anggaran"),
            row("p62-t1", 1, "kegiatan", NAME, anggaran="2.602.500.000", parent=0, page=62, kind="program_anggaran"),
            row("p62-t1", 2, "kegiatan", "Jambore Forum Anak Daerah", anggaran="2.000.000.000", parent=0,
                page=62, kind="program_anggaran")]
    return this_year + plan


def _found(figure: str) -> list:
    text = sentence(f"4) {NAME} dengan alokasi biaya sebesar Rp.{figure}", page=27)
    return list(TextRowVsTable().check(doc(_rows(), text), CheckConfig()))


def test_a_thousandth_of_a_row_printed_under_a_shared_name_is_a_warning() -> None:
    found = _found("1.688.000,00")
    assert [(f.rule, f.severity) for f in found] == [("LKJ-B007", "warning")]
    message = found[0].message["en"]
    assert "a group of digits is missing" in message and "2.602.500.000" in message
    assert {(e.cell.page, e.value) for e in found[0].evidence} >= {(27, 1_688_000), (30, 1_688_000_000)}


def test_the_row_s_own_figure_is_consistent() -> None:
    assert _found("1.688.000.000,00") == []


def test_a_figure_unrelated_to_every_namesake_is_left_alone() -> None:
    # Neither a thousandth nor a typo of either row: a share or another quantity.
    assert _found("500.000.000,00") == []
