"""LKJ-N005: one indicator's result for one year retold twice with two figures."""

from __future__ import annotations

from lkjip.checks.narrative.n005_year_figure_retold import YearFigureRetold
from lkjip.checks.rule import CheckConfig
from lkjip.records import Extraction

FIRST = ("Berdasarkan skor PPH tersebut di atas, maka realisasi sasaran meningkatnya\npenganekaragaman konsumsi "
         "pangan dengan indikator Skor PPH pada tahun\n2015 dari target 78 poin sudah dapat dicapai sebesar {a} "
         "point atau 103.85 %.")
SECOND = ("realisasinya sebesar 60.5 gram/kapita/hari.\nindikator Skor PPH pada tahun 2015 dari target 76 poin "
          "sudah dapat dicapai\nsebesar {b} point atau 103.02 %.")


def _found(a: str, b: str, year_b: str = "2015") -> list:
    texts = {37: FIRST.format(a=a), 43: SECOND.format(b=b).replace("2015", year_b)}
    doc = Extraction(file="x.pdf", sha256=None, kind="pdf", pages=50, page_texts=texts, number_style="id")
    return list(YearFigureRetold().check(doc, CheckConfig()))


def test_two_results_for_one_indicator_and_year() -> None:
    found = _found("81", "78.3")
    assert [(f.rule, f.severity) for f in found] == [("LKJ-N005", "warning")]
    assert [(e.cell.page, e.value) for e in found[0].evidence] == [(37, 81.0), (43, 78.3)]
    assert "Skor PPH" in found[0].message["en"] and "2015" in found[0].message["id"]


def test_the_same_result_at_another_precision_agrees() -> None:
    assert _found("81", "81,0") == []


def test_another_year_is_another_result() -> None:
    assert _found("81", "78.3", year_b="2016") == []
