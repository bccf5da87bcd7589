"""A budget table whose header a scan left unreadable (printed on a dark halftone fill):
two rupiah columns and a percentage column are named by their arithmetic, each value
marked inferred; without the arithmetic, or with two readings, the table stays unread."""

from __future__ import annotations

import pytest

from lkjip.checks.runner import run_checks
from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.extract.interpret.budget.unread_header import header_unread
from lkjip.numbers import NumberStyle
from lkjip.records import Extraction
from tests.budget.test_budget_extract import source, table

BLANK = ["", "", "", "", ""]
BODY = [
    ["", "BELANJA LANGSUNG", "294.160.463.728", "255.243.078.813", "86,77"],
    ["1", "Program Pengembangan dan Pengelolaan Jaringan Irigasi", "162.254.370.560", "132.085.209.311", "81,41"],
    ["2", "Pengembangan, Pengelolaan dan Konservasi Sungai", "79.446.683.060", "75.628.563.843", "95,19"],
    ["3", "Program Pengendalian Banjir", "2.696.230.440", "2.610.814.743", "96,83"],
    ["4", "Program Pembinaan Jasa Konstruksi", "3.220.616.290", "2.754.013.210", "85,51"],
]


def _rows(body: list[list[str]]) -> list:
    return budget_rows(source([table([BLANK, BLANK, *body])]), NumberStyle.ID)


def test_columns_of_an_unread_header_named_by_their_arithmetic() -> None:
    rows = _rows(BODY)
    jasa = next(r for r in rows if "Jasa" in r.name)
    assert (jasa.anggaran, jasa.realisasi, jasa.persen) == (3_220_616_290, 2_754_013_210, 85.51)
    assert all("column_role_values" in jasa.cells[c].inferred for c in ("anggaran", "realisasi", "persen"))
    # The lost heading of the name column is what most lines call themselves: a program
    # printed without the word is a sibling, not a kegiatan under the one above.
    sungai = next(r for r in rows if "Sungai" in r.name)
    assert sungai.level == "program" and sungai.parent is None


def test_a_wrong_percentage_there_is_a_warning_at_most() -> None:
    body = [r[:] for r in BODY]
    body[4][4] = "95,51"  # 2.754.013.210 / 3.220.616.290 = 85,51 %
    doc = Extraction(file="t.pdf", sha256="0", kind="pdf", pages=5, budget=_rows(body))
    found = [f for f in run_checks(doc) if f.rule == "LKJ-B003"]
    assert found and all(f.severity == "warning" for f in found)
    assert any(e.cell.text == "95,51" for f in found for e in f.evidence)


@pytest.mark.parametrize("change", ["heading", "no_fit", "two_readings"])
def test_left_unread_without_one_clear_reading(change: str) -> None:
    blank, body = BLANK[:], [r[:] for r in BODY]
    if change == "heading":
        blank[1] = "Uraian"  # a header that reads is read as a header, not guessed at
    elif change == "no_fit":
        for r in body:
            r[4] = "50,00"
    else:  # a second rupiah column over which the share fits just as well
        body = [[*r, r[2]] for r in body]
        blank, body = [*blank, ""], [[*r[:3], r[5], r[3], r[4]] for r in body]
    rows = budget_rows(source([table([blank, BLANK + [""] * (len(blank) - 5), *body])]), NumberStyle.ID)
    assert not any(r.anggaran for r in rows if r.cells.get("anggaran") and
                   "column_role_values" in r.cells["anggaran"].inferred)
    if change != "heading":
        assert rows == []


def test_header_unread_needs_header_rows_without_words() -> None:
    assert header_unread(table([BLANK, *BODY]), 1)
    assert header_unread(table([["t", "", "k", "", ""], *BODY]), 1)  # speckle of a halftone fill
    assert not header_unread(table([["Uraian", "", "", "", ""], *BODY]), 1)
    assert not header_unread(table(BODY), 0)
