"""A text capaian that is, as printed, the indicator's realisasi or target (LKJ-K010):
on a generated PDF (tests/generator/text_capaian_copies_realisasi) and on hand-built rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip.checks.indicators.k010_text_capaian import TextCapaianDiffers
from lkjip.checks.indicators.realisasi_as_capaian import printed_token
from lkjip.checks.rule import CheckConfig
from lkjip.extract.readers import read_document
from lkjip.numbers import parse_quantity
from lkjip.pipeline import records_of
from lkjip.records import Cell, Extraction, IndicatorRow
from tests.generator.text_capaian_copies_realisasi import GROWTH, MANUFACTURING, text_capaian_pdf

CFG = CheckConfig()


def _k010(path: Path) -> list:
    return list(TextCapaianDiffers().check(records_of(read_document(path)), CFG))


def test_k010_text_gives_the_realisasi_as_the_capaian(tmp_path: Path) -> None:
    """"sebesar 1,309%" is the realisasi cell's token, read as the table reads it (1309,
    thousands grouped with ","), not the capaian 8,726."""
    (f,) = _k010(text_capaian_pdf(tmp_path / "t.pdf", "1,309"))
    assert f.severity == "warning" and GROWTH in f.text("en")
    assert "gives the realisasi as the capaian" in f.text("en") and "menyebut realisasi sebagai capaian" in f.text("id")
    assert [(e.value, e.role) for e in f.evidence] == [(1309.0, "capaian (text)"), (8726.0, "capaian"),
                                                       (1309.0, "realisasi")]


def test_k010_a_copied_realisasi_with_decimals_is_found_too(tmp_path: Path) -> None:
    (f,) = _k010(text_capaian_pdf(tmp_path / "t.pdf", "8,726", manufacturing_capaian="168.49"))
    assert MANUFACTURING in f.text("en") and "gives the realisasi as the capaian" in f.text("en")
    assert [e.value for e in f.evidence] == [168.49, 90.68, 168.49]


def test_k010_text_repeating_the_tables_capaian_passes(tmp_path: Path) -> None:
    assert _k010(text_capaian_pdf(tmp_path / "t.pdf", "8,726")) == []


def test_k010_another_indicators_realisasi_in_a_sentence_passes(tmp_path: Path) -> None:
    """The manufacturing sentence prints 1,309: the growth indicator's realisasi, but
    the sentence names manufacturing, whose tables print no such figure."""
    assert _k010(text_capaian_pdf(tmp_path / "t.pdf", "8,726", manufacturing_capaian="1,309")) == []


# Hand-built rows --------------------------------------------------------------------
def _row(target: str, realisasi: str, capaian: str) -> IndicatorRow:
    r = IndicatorRow(table="t1", table_kind="pengukuran_kinerja", page=30, row=2, year=2021,
                     indikator="Persentase kepuasan masyarakat terhadap layanan perizinan",
                     target=parse_quantity(target), realisasi=parse_quantity(realisasi),
                     capaian=float(capaian.replace(",", ".")), capaian_text=capaian, detail="pengukuran_kinerja")
    for role, text in (("target", target), ("realisasi", realisasi), ("capaian", capaian)):
        r.cells[role] = Cell(text, 30, "t1", 2, role)
    return r


def _run(row: IndicatorRow, stated: str, phrase: str = "Capaian kinerja") -> list:
    text = {44: f"{phrase} kepuasan masyarakat terhadap layanan perizinan sebesar {stated} %."}
    d = Extraction(file="t.pdf", sha256=None, kind="pdf", pages=80, indicators=[row], page_texts=text)
    return list(TextCapaianDiffers().check(d, CFG))


def test_k010_text_gives_the_target_as_the_capaian() -> None:
    (f,) = _run(_row("80%", "72,40%", "90,50"), "80")
    assert "gives the target as the capaian" in f.text("en")
    assert [(e.cell.page, e.value) for e in f.evidence] == [(44, 80.0), (30, 90.5), (30, 80.0)]


def test_k010_a_figure_printed_as_both_realisasi_and_target_says_nothing_about_the_column() -> None:
    # 75 is the target and the realisasi; the capaian column prints 110 (a typing slip the
    # arithmetic rule reports): which column the text copied is not telling.
    assert all("as the capaian" not in f.text("en") for f in _run(_row("75%", "75%", "110"), "75"))


def test_k010_the_same_digits_in_the_other_notation_are_not_a_copy() -> None:
    # "1.309" is not the cell's "1,309": nothing says the text copied it.
    assert all("as the capaian" not in f.text("en") for f in _run(_row("15%", "1,309", "8,726"), "1.309"))
    assert printed_token("1,309 %") == "1,309" and printed_token("15 (sementara)") is None


@pytest.mark.parametrize("phrase", [
    "Target capaian indikator",  # the target, so called
    "Realisasi capaian indikator",  # the realisasi, so called
    "Pada akhir tahun capaian",  # "capaian kepuasan …": the level reached, not the Capaian Kinerja column
])
def test_k010_a_statement_that_names_the_figure_otherwise_is_not_a_copy(phrase: str) -> None:
    assert all("as the capaian" not in f.text("en") for f in _run(_row("80%", "72,40%", "90,50"), "72,40", phrase))
    assert all("as the capaian" not in f.text("en") for f in _run(_row("80%", "72,40%", "90,50"), "80", phrase))
