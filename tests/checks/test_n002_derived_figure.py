"""LKJ-N002: a difference or an average the text states vs the figures it states."""

from __future__ import annotations

from lkjip.checks.narrative.n002_derived_figure import DerivedFigure
from lkjip.checks.rule import CheckConfig
from lkjip.records import Extraction

DIFFERENCE = ("Bahwa realisasi Evaluasi AKIP PD Inspektorat tercapai {a} (Nilai A), sedangkan realisasi "
              "Nilai Evaluasi AKIP Pemerintah Kabupaten {b} (Nilai BB). Hal ini berarti realisasi indikator "
              "kinerja Nilai Evaluasi AKIP PD lebih unggul dari Pemerintah Kabupaten {d} poin nilai.")
AVERAGE = ("Rata-rata realisasi anggaran untuk mencapai Misi adalah sebesar {avg}%. Realisasi anggaran\n"
           "untuk masing-masing misi yaitu : Misi pertama terealisasi sebesar 96,78%; Misi ke dua telah "
           "terealisasi sebesar 93,55%; Misi ke tiga 98,81%; dan Misi ke empat 92,20%.")


def _found(text: str) -> list:
    doc = Extraction(file="x.pdf", sha256=None, kind="pdf", pages=40, page_texts={35: text}, number_style="id")
    return list(DerivedFigure().check(doc, CheckConfig()))


def test_stated_difference_vs_the_two_figures_of_the_sentence_before() -> None:
    assert _found(DIFFERENCE.format(a="81,59", b="72,14", d="9,45")) == []
    found = _found(DIFFERENCE.format(a="81,59", b="72,14", d="7,45"))
    assert [(f.rule, f.severity) for f in found] == [("LKJ-N002", "warning")]
    assert "81,59 − 72,14 = 9,45" in found[0].message["en"]
    assert [e.value for e in found[0].evidence] == [7.45, 81.59, 72.14]


def test_a_difference_with_three_candidate_figures_is_left_alone() -> None:
    text = DIFFERENCE.format(a="81,59", b="72,14 dan 70,10", d="7,45")
    assert _found(text) == []


def test_stated_average_vs_the_figures_listed_after_it() -> None:
    assert _found(AVERAGE.format(avg="95,34")) == []
    found = _found(AVERAGE.format(avg="95,58"))
    assert [(f.rule, f.severity) for f in found] == [("LKJ-N002", "warning")]
    assert "/ 4 = 95,3" in found[0].message["en"] and len(found[0].evidence) == 5


COUNT = ("Simpulan Capaian Indikator Sasaran Strategis Tahun 2016 dengan jumlah\nindikator sebanyak {n} indikator "
         "dengan kategori Sangat baik, baik, dan Kurang\ndengan rincian penilaian sebagai berikut :\n"
         "Sangat baik (≥100%) : 16 indikator ( 76,19% )\nBaik (≥ 80 - < 100%) : 1 indikator ( 4,76%)\n"
         "Cukup (> 55 - < 80%) : 2 indikator ( 9,52% )\nKurang (< 55%) : 2 indikator ( 9,52% )\n{jumlah}"
         "Capaian Indikator Sasaran Stratejik Tahun 2015, dengan hasil sebagai berikut :\n"
         "Kategori : Sangat Baik – sebanyak 16 indikator dengan capaian kinerja sebesar 76,19%")


def test_a_count_stated_then_broken_down() -> None:
    assert _found(COUNT.format(n="21", jumlah="Jumlah : 21 indikator ( 100% )\n")) == []
    found = _found(COUNT.format(n="20", jumlah="Jumlah : 21 indikator ( 100% )\n"))
    assert [(f.rule, f.severity) for f in found] == [("LKJ-N002", "warning")]
    assert [e.value for e in found[0].evidence][:2] == [20, 21]
    assert "16 + 1 + 2 + 2 = 21" in found[0].message["en"]


def test_a_breakdown_without_its_jumlah_may_go_on_overleaf() -> None:
    assert _found(COUNT.format(n="30", jumlah="")) == []  # 21 listed so far
    assert len(_found(COUNT.format(n="20", jumlah=""))) == 1  # already more than stated


CHANGE = ("Persentase tingkat konsumsi pangan tahun 2016 target sebesar 100% realisasinya sebesar 106,81%, "
          "artinya realisasi melebihi target. Jika dibandingkan dengan tahun 2015 pencapaian persentase "
          "tingkat konsumsi pangan sebesar 103,30% mengalami sedikit peningkatan sebesar {d}% ditahun 2016.")


def test_stated_change_in_percent_vs_the_figures_of_the_sentence_before() -> None:
    assert _found(CHANGE.format(d="3,51")) == []  # points
    assert _found(CHANGE.format(d="3,4")) == []  # relative to 103,30
    found = _found(CHANGE.format(d="2,3"))
    assert [(f.rule, f.severity) for f in found] == [("LKJ-N002", "warning")]
    assert "3,51 points" in found[0].message["en"]
    assert [e.value for e in found[0].evidence] == [2.3, 103.3, 100.0, 106.81]


def _compared(own: str, other: str, text: str) -> list:
    """A comparison-with-another-region row printed on page 34 and the text of page 35."""
    from lkjip.numbers import NumberStyle, parse_quantity
    from lkjip.records import IndicatorRow, Quantity

    def q(t: str) -> Quantity | None:
        return parse_quantity(t, NumberStyle("id"))
    row = IndicatorRow(table="p34-t1", table_kind="perbandingan_tahunan", page=34, row=2,
                       indikator="Indeks Kepuasan Masyarakat", year=2022, realisasi=q(own),
                       compared_realisasi=q(other), detail="perbandingan_nasional")
    doc = Extraction(file="x.pdf", sha256=None, kind="pdf", pages=40, page_texts={35: text}, number_style="id",
                     indicators=[row])
    return list(DerivedFigure().check(doc, CheckConfig()))


LEAD = ("Pada indikator “Indeks Kepuasan Masyarakat”, Pemerintah Kabupaten lebih unggul daripada level di "
        "atasnya, dalam hal ini Pemerintah Provinsi. Hal ini berarti realisasi Indeks Kepuasan Masyarakat "
        "lebih unggul {d} poin nilai.")


def test_a_stated_lead_is_checked_against_the_compared_regions_row() -> None:
    assert _compared("82,45", "80,10", LEAD.format(d="2,35")) == []
    found = _compared("82,45", "80,10", LEAD.format(d="3,35"))
    assert [e.value for e in found[0].evidence] == [3.35, 82.45, 80.10]
    assert "82,45 − 80,10 = 2,35" in found[0].message["en"]


def test_table_figures_rounded_coarser_than_the_lead_allow_one_of_their_units() -> None:
    # 81,6 − 72,1 = 9,5: the lead of 9,45 is of the unrounded figures.
    assert _compared("81,6", "72,1", LEAD.format(d="9,45")) == []


def test_a_change_over_time_or_against_the_target_is_not_the_regions_lead() -> None:
    rose = LEAD.replace("lebih unggul {d}", "naik sebesar {d}")
    assert _compared("82,45", "80,10", rose.format(d="3,35")) == []
    target = LEAD.replace("lebih unggul {d} poin", "lebih tinggi dari target {d} poin")
    assert _compared("82,45", "80,10", target.format(d="3,35")) == []


def test_a_lead_naming_no_indicator_of_the_table_is_left_alone() -> None:
    other = LEAD.replace("Indeks Kepuasan Masyarakat", "Persentase Temuan Ditindaklanjuti")
    assert _compared("82,45", "80,10", other.format(d="3,35")) == []
