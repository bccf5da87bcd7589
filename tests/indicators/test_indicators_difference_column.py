"""A difference column ("Percepatan (Perlambatan) %") beside two year columns: read
under its own role from the header, and recomputed by LKJ-K012."""

from __future__ import annotations

from lkjip.checks.indicators.k012_difference_column import DifferenceColumn
from lkjip.checks.rule import CheckConfig
from lkjip.extract.interpret.indicators.difference_column import is_difference_header
from lkjip.records import Extraction
from tests.indicators.test_indicators_kind_layouts import _read, layout_of, table

HEADER = ["No", "Indikator Sasaran", "Capaian Kinerja % 2015", "Capaian Kinerja % 2016", "Percepatan (Perlambatan) %"]
ROWS = [["1", "Tingkat kesesuaian perencanaan", "85", "87,50", "2,50"],
        ["2", "Persentase usulan yang sesuai prioritas", "70", "75,40", "5,40"],
        ["3", "Tingkat layanan satu data", "82", "88,59", "6,59"],
        ["4", "Tingkat layanan informasi perencanaan", "100", "100", "-"],
        ["5", "Tingkat aksesibilitas informasi", "17,5\n5", "19,99", "2,44"]]
CAPTION = "Tabel 3.4 Perbandingan Capaian Kinerja Tahun 2015 - 2016"


def _findings(*extra: list[str], header: list[str] = HEADER) -> list:
    _, rows = _read(table([header, *ROWS, *extra], caption=CAPTION))
    doc = Extraction(file="t.pdf", sha256=None, kind="pdf", pages=3, indicators=rows)
    return list(DifferenceColumn().check(doc, CheckConfig()))


def test_a_header_naming_the_change_is_a_difference_column() -> None:
    assert is_difference_header("percepatan (perlambatan) %")
    assert is_difference_header("kenaikan/(penurunan)") and is_difference_header("selisih")
    assert not is_difference_header("target pk perubahan")
    assert [c.role for c in layout_of([HEADER, ROWS[0]]).columns][-1] == "selisih"


def test_k012_flags_a_difference_its_two_years_do_not_give() -> None:
    (f,) = _findings(["6", "Tingkat keselarasan rencana tata ruang", "87", "100", "23,00"])
    assert f.severity == "warning"
    assert "100 − 87 = 13" in f.text("en") and "3 rows" in f.text("en")
    assert [e.cell.text for e in f.evidence] == ["87", "100", "23,00"]


def test_k012_passes_differences_that_follow_and_says_nothing_without_a_convention() -> None:
    assert _findings(["6", "Tingkat keselarasan rencana tata ruang", "87", "100", "13,00"]) == []
    # A slowdown printed without its sign is the same figure.
    assert _findings(["6", "Tingkat konsistensi", "82", "80", "2,00"]) == []
    # Without a difference column nothing is read or said.
    plain = [*HEADER[:-1], "Keterangan"]
    assert _findings(["6", "Tingkat keselarasan", "87", "100", "23,00"], header=plain) == []


def test_k012_needs_three_rows_that_follow_before_it_speaks() -> None:
    _, rows = _read(table([HEADER, ROWS[0], ROWS[1], ["6", "Tingkat keselarasan", "87", "100", "23,00"]],
                          caption=CAPTION))
    doc = Extraction(file="t.pdf", sha256=None, kind="pdf", pages=3, indicators=rows)
    assert list(DifferenceColumn().check(doc, CheckConfig())) == []
