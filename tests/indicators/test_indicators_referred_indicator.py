"""A figure stated for "indikator ini": the indicator named last before it in the running text,
its name matched to the tables' (lkjip.checks.indicators.referred_indicator), then the year's
column compared (LKJ-K010), on generated PDFs (tests/generator/indicator_referred_text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip.checks.indicators.k010_text_capaian import TextCapaianDiffers
from lkjip.checks.indicators.referred_indicator import (
    REFERENCE_DOUBT,
    best_named,
    referent,
    referring_statements,
)
from lkjip.checks.rule import CheckConfig
from lkjip.extract.readers import read_document
from lkjip.pipeline import records_of
from tests.generator.indicator_referred_text import FIRST, SECOND, referred_text_pdf


def _k010(path: Path) -> list:
    return list(TextCapaianDiffers().check(records_of(read_document(path)), CheckConfig()))


def test_a_realisasi_of_this_indicator_that_differs_from_its_year_column_is_a_warning(tmp_path: Path) -> None:
    (f,) = _k010(referred_text_pdf(tmp_path / "t.pdf", "50,00%"))
    assert f.severity == "warning" and f.doubtful and FIRST in f.text("en")
    assert [(e.cell.text, e.value) for e in f.evidence] == [("50,00", 50.0), ("66,07%", 66.07)]
    assert REFERENCE_DOUBT in {d.reason for d in f.doubts}


def test_the_year_columns_own_figure_passes(tmp_path: Path) -> None:
    assert _k010(referred_text_pdf(tmp_path / "t.pdf", "66,07%")) == []


def test_the_reference_picks_the_indicator_named_last(tmp_path: Path) -> None:
    # 41,50 % is the second indicator's 2021 realisasi: no contradiction once it is the referent.
    assert _k010(referred_text_pdf(tmp_path / "t.pdf", "41,50%", both_named=True)) == []
    (f,) = _k010(referred_text_pdf(tmp_path / "u.pdf", "66,07%", both_named=True))
    assert SECOND in f.text("en") and [e.value for e in f.evidence] == [66.07, 41.5]


def test_a_heading_between_the_name_and_the_reference_ends_the_search(tmp_path: Path) -> None:
    assert _k010(referred_text_pdf(tmp_path / "t.pdf", "50,00%", heading=True)) == []


OCR_TEXT = ("Berdasarkan tabel diatas dapat diihat bahwa kinerja sasaran Meningkatnya Kualitas SDM Aparatur\n"
            "dengan indikator sasaran Persentase ASN dengan nilai *baik pada P2KP dari tahun 2021-2023 sudah\n"
            "ditetapkan sebagai indikator sasaran.Pada tahun 2022 indikator sasaran Persentase ASN dengan nilai\n"
            "baikpada P2KP lebih dari mencapai target yang ditetapkan. Apabila dibandingkan dengan target jangka\n"
            "menengah, tingkat capaian kinerja indikator sasaran lebih dari yang ditargetkan.\n"
            "Pada Tahun 2021 target untuk indikator sasaran ini sebesar 92% dengan\n"
            "realisasi capaian kinerjanya adalah 34,12% dengan jumiah PNS Tahun.2021\n")
OCR_NAMES = ["Peentase ASN dengen nlal*bak'pada P2KP", "Persentase ASNdengan nilalbak pada P2KP",
             "Indeks Profesionalitas ASN Kabupaten"]


def test_an_ocr_garbled_name_is_matched_and_realisasi_capaian_reads_as_realisasi() -> None:
    (st,) = referring_statements(OCR_TEXT)
    assert (st.figure, st.role, st.year) == ("34,12", "realisasi", 2021)
    # Both garbled copies of the one name are the referent; the mention with no name in it
    # ("indikator sasaran lebih dari yang ditargetkan") is passed over.
    assert referent(OCR_TEXT, st.sentence_start, OCR_NAMES, [True, True, True]) == ([0, 1], False)
    # Printed (not OCR'd) names that alike are two indicators: no referent.
    assert referent(OCR_TEXT, st.sentence_start, OCR_NAMES) is None


@pytest.mark.parametrize("window", ["lebih dari yang ditargetkan", "dengan kategori baik pada akhir tahun"])
def test_a_mention_that_names_no_indicator_is_passed_over(window: str) -> None:
    assert best_named(window, OCR_NAMES) == ([], False)


def test_two_different_indicators_alike_leave_the_reference_unresolved() -> None:
    names = ["Persentase ASN dengan nilai baik pada P2KP", "Persentase ASN dengan nilai buruk pada P2KP"]
    assert best_named("Persentase ASN dengan nilai b pada P2KP", names) is None


def _resolve(text: str) -> tuple[list[int], bool] | None:
    (st,) = referring_statements(text)
    return referent(text, st.sentence_start, [FIRST, SECOND])


def test_a_numbered_heading_that_names_the_indicator_is_its_referent() -> None:
    text = (f"2. {SECOND}\nPada tahun 2022 target telah tercapai dengan baik.\n"
            "Realisasi indikator ini pada tahun 2021 adalah 41,50% saja.\n")
    assert _resolve(text) == ([1], True)


def test_a_line_of_figures_between_the_name_and_the_reference_ends_the_search() -> None:
    text = (f"Pada tahun 2022 indikator {FIRST} telah mencapai target.\nPersen 66,07% 99,91% 68,00%\n"
            "Realisasi indikator ini pada tahun 2021 adalah 41,50% saja.\n")
    assert _resolve(text) is None


def test_a_sentence_naming_two_indicators_leaves_the_reference_unresolved() -> None:
    text = (f"Indikator {FIRST} dan indikator {SECOND} telah mencapai target.\n"
            "Realisasi indikator ini pada tahun 2021 adalah 41,50% saja.\n")
    assert _resolve(text) is None


def test_a_figure_against_the_plan_is_not_the_years_column() -> None:
    text = f"Indikator {FIRST} tercapai.\nCapaian kinerja Renstra untuk indikator ini tahun 2021 mencapai 13,22%.\n"
    assert list(referring_statements(text)) == []
