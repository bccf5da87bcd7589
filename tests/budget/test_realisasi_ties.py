"""A sentence stating an anggaran and its realisasi for "this sasaran", named pages
before: its realisasi ties it to the table line printing that figure, whose anggaran it
contradicts (LKJ-B007 warning, lkjip.checks.budget.realisasi_ties)."""

from __future__ import annotations

from lkjip.checks.budget.b007_text_row_vs_table import TextRowVsTable
from lkjip.checks.budget.realisasi_ties import realisasi_ties
from lkjip.checks.rule import CheckConfig
from tests.budget.builders import doc, row, sentence

SASARAN = [("Meningkatnya Peran Serta dan Kesetaraan Gender", "4.283.750.000", "4.030.287.400"),
           ("Meningkatnya Kualitas Hidup Perempuan dan Anak", "15.826.297.300", "15.615.158.380"),
           ("Menurunnya Angka Kelahiran Total", "13.818.939.500", "2.500.000.000")]


def _rows() -> list:
    rows = [row("p64-t1", i, "other", n, anggaran=a, realisasi=r, page=64) for i, (n, a, r) in enumerate(SASARAN)]
    # The allocation table of chapter II prints the first sasaran's anggaran alone.
    rows.append(row("p28-t1", 0, "other", SASARAN[0][0], anggaran=SASARAN[0][1], page=28, kind="program_anggaran"))
    return rows


def _found(anggaran: str, realisasi: str = "4.030.287.400,00") -> list:
    text = sentence(f"Anggaran yang dialokasikan untuk mencapai sasaran ini sebesar Rp.{anggaran}, "
                    f"terealisasi sebesar Rp.{realisasi} atau 99,68%.", page=34)
    return list(TextRowVsTable().check(doc(_rows(), text), CheckConfig()))


def test_an_anggaran_off_the_line_its_realisasi_names_is_a_warning() -> None:
    found = _found("4.043.279.900,00")
    assert [(f.rule, f.severity) for f in found] == [("LKJ-B007", "warning")]
    assert "Kesetaraan Gender" in found[0].message["en"] and "difference 240.470.100" in found[0].message["en"]
    assert {(e.cell.page, e.value) for e in found[0].evidence} >= {(34, 4_043_279_900), (64, 4_283_750_000),
                                                                    (28, 4_283_750_000)}


def test_the_line_s_own_anggaran_is_consistent() -> None:
    assert _found("4.283.750.000,00") == []


def test_a_figure_far_from_the_line_s_anggaran_is_another_quantity() -> None:
    assert _found("1.043.279.900,00") == []


def test_a_round_realisasi_ties_no_line() -> None:
    # 2.500.000.000 could be any line's figure by chance.
    text = sentence("Anggaran yang dialokasikan sebesar Rp.13.900.000.000,00, terealisasi sebesar "
                    "Rp.2.500.000.000,00.", page=40)
    assert realisasi_ties(doc(_rows(), text)) == []


def test_a_total_line_is_left_to_the_total_rule() -> None:
    rows = [*_rows(), row("p64-t1", 3, "total", "TOTAL", anggaran="33.928.986.800", realisasi="21.645.445.780",
                          page=64)]
    text = sentence("Total anggaran yang dialokasikan sebesar Rp.33.928.968.800,00, terealisasi sebesar "
                    "Rp.21.645.445.780,00.", page=40)
    assert realisasi_ties(doc(rows, text)) == []
