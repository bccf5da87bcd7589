"""Capaian rules on hand-built extractions: across tables (LKJ-K009), in the text
(LKJ-K010), and K004 following a table's own formula."""

from __future__ import annotations

from lkjip.checks.indicators.k004_capaian_arithmetic import CapaianArithmetic
from lkjip.checks.indicators.k009_capaian_differs import CapaianDiffers
from lkjip.checks.indicators.k010_text_capaian import TextCapaianDiffers
from lkjip.checks.rule import CheckConfig
from lkjip.numbers import parse_quantity
from lkjip.records import Cell, Extraction, IndicatorRow, IndicatorTable

CFG = CheckConfig()


def measured(table: str, name: str, target: str, realisasi: str, capaian: str, page: int,
             detail: str = "pengukuran_kinerja", formula: str | None = None) -> IndicatorRow:
    r = IndicatorRow(table=table, table_kind="pengukuran_kinerja", page=page, row=2, indikator=name, year=2021,
                     target=parse_quantity(target), realisasi=parse_quantity(realisasi), detail=detail,  # type: ignore[arg-type]
                     capaian=float(capaian.replace(",", ".").rstrip("% ")), capaian_text=capaian, formula=formula)
    for role, text in (("target", target), ("realisasi", realisasi), ("capaian", capaian)):
        r.cells[role] = Cell(text, page, table, 2, role)
    return r


def doc(*rows: IndicatorRow, texts: dict[int, str] | None = None) -> Extraction:
    return Extraction(file="t.pdf", sha256=None, kind="pdf", pages=80, indicators=list(rows), page_texts=texts or {})


def run(rule, d: Extraction) -> list:
    return list(rule().check(d, CFG))


JALAN = "Tingkat kemantapan jalan Provinsi"


# K009 ----------------------------------------------------------------------------
def test_k009_flags_a_dropped_digit_in_one_table_of_several() -> None:
    d = doc(measured("t1", JALAN, "86,29", "76,37", "8,50%", 24),
            measured("t2", JALAN, "86,29", "76,37", "88,50%", 27),
            measured("t3", JALAN, "86,29", "76,37", "88,50", 68, detail="perbandingan_tahunan"))
    (f,) = run(CapaianDiffers, d)
    assert f.severity == "error"
    assert f.text("en").startswith(f'Indicator "{JALAN}" has different capaian for 2021: 8,50%')
    assert {e.cell.page for e in f.evidence} == {24, 27, 68}


def test_k009_a_table_of_capaian_only_does_not_soften_an_error() -> None:
    only = measured("t3", JALAN, "86,29", "76,37", "90,00", 80, detail="perbandingan_tahunan")
    only.target, only.realisasi = None, None  # a table printing capaian only
    d = doc(measured("t1", JALAN, "86,29", "76,37", "8,50%", 24),
            measured("t2", JALAN, "86,29", "76,37", "88,50%", 27), only)
    (f,) = run(CapaianDiffers, d)
    assert f.severity == "error" and {e.cell.page for e in f.evidence} == {24, 27}
    # Where the tables with a target agree, it is compared, in doubt: a warning.
    d = doc(measured("t1", JALAN, "86,29", "76,37", "88,50%", 24),
            measured("t2", JALAN, "86,29", "76,37", "88,50%", 27), only)
    (f,) = run(CapaianDiffers, d)
    assert f.severity == "warning" and 80 in {e.cell.page for e in f.evidence}


def test_k009_passes_one_capaian_printed_at_different_precision() -> None:
    d = doc(measured("t1", JALAN, "86,29", "76,37", "88,50", 24),
            measured("t2", JALAN, "86,29", "76,37", "88,5", 27),
            measured("t3", JALAN, "86,29", "76,37", "88", 68))
    assert run(CapaianDiffers, d) == []


def test_k009_last_years_capaian_is_not_this_years() -> None:
    this = measured("t1", JALAN, "86,29", "76,37", "88,50", 24)
    comparison = measured("t2", JALAN, "86,29", "76,37", "88,50", 27, detail="perbandingan_tahunan")
    comparison.capaian_by_year[2020] = 97.34  # "Capaian Tahun Lalu"
    comparison.capaian_texts[2020] = "97,34"
    assert run(CapaianDiffers, doc(this, comparison)) == []


def test_k009_against_the_renstra_table_is_a_warning() -> None:
    d = doc(measured("t1", JALAN, "86,29", "76,37", "88,50", 24),
            measured("t2", JALAN, "86,29", "76,37", "104,10", 70, detail="perbandingan_renstra"))
    (f,) = run(CapaianDiffers, d)
    assert f.severity == "warning"


# K010 ----------------------------------------------------------------------------
UHH = "Usia Harapan Hidup (UHH)"


def test_k010_flags_a_text_capaian_the_tables_do_not_print() -> None:
    text = {66: "Pada tahun 2021 capaian indikator Usia Harapan Hidup sebesar 100,62 % dari target."}
    d = doc(measured("t1", UHH, "68,87", "69,10", "100,32", 26), texts=text)
    (f,) = run(TextCapaianDiffers, d)
    assert f.severity == "warning" and "100,62" in f.text("en") and "100,32" in f.text("en")
    assert [e.cell.page for e in f.evidence] == [66, 26]


def test_k010_passes_a_text_that_repeats_the_table() -> None:
    text = {66: "Pada tahun 2021 capaian indikator Usia Harapan Hidup sebesar 100,32 % dari target.",
            67: "Capaian kinerja seluruh sasaran rata-rata sebesar 98,10 %."}  # names no indicator
    d = doc(measured("t1", UHH, "68,87", "69,10", "100,32", 26), texts=text)
    assert run(TextCapaianDiffers, d) == []


def test_k010_capaian_after_the_realisation_in_its_unit_names_the_longest_indicator() -> None:
    """"realisasi capaian sebesar 81 point atau 103,88 %": the capaian follows the realisation
    in its unit; two short indicators whose every word the sentence prints lose to the one
    it prints the most words of."""
    text = {46: "Sasaran yaitu Peningkatan Pola Pangan Harapan Tingkat Konsumsi dengan target sebesar 78 "
                "point realisasi capaian sebesar 81 point atau 103,88 % (masih kurang dari target)."}
    d = doc(measured("t1", "Skor Pola Pangan Harapan Tingkat Konsumsi", "78", "81", "103,85", 30),
            measured("t1", "Prosentase Tingkat Konsumsi Pangan", "100", "106.81", "106,81", 30),
            measured("t1", "Persentase program ketahanan pangan", "75", "75", "100", 30), texts=text)
    (f,) = run(TextCapaianDiffers, d)
    assert "103,88" in f.text("en") and "103,85" in f.text("en")
    assert [e.cell.page for e in f.evidence] == [46, 30]


# K004 ----------------------------------------------------------------------------
def test_k004_follows_the_tables_inverse_formula() -> None:
    # "capaian = target/realisasi x 100", printed over the column numbers: 5,45 / 6,91 = 78,87.
    row = measured("t1", "Indeks Pelayanan Publik", "5,45", "6,91", "78,87", 26,
                   formula="capaian = target/realisasi x 100")
    assert run(CapaianArithmetic, doc(row)) == []
    row.formula = "capaian = realisasi/target x 100"  # declared the other way: 126,79 expected
    (f,) = run(CapaianArithmetic, doc(row))
    assert f.severity == "error" and "78,87" in f.text("en")


def test_k004_flags_61_printed_against_138_9_computed() -> None:
    # Only lower-is-better gives 61 ((2 × 90 − 125) / 90); nothing says so: a warning to verify.
    row = measured("t1", "Jumlah rilis berita", "90 berita", "125 berita", "61", 12)
    (f,) = run(CapaianArithmetic, doc(row))
    assert f.severity == "warning" and "138,89" in f.text("en") and "lower-is-better" in f.text("en")
    # The table's own formula says realisasi / target: an error.
    row.formula = "capaian = realisasi/target x 100"
    (f,) = run(CapaianArithmetic, doc(row))
    assert f.severity == "error" and "138,89" in f.text("en")


def test_k004_zero_of_a_lower_is_better_indicator_may_print_any_cap() -> None:
    # 2 / 0 has no value: 1000 is the report's cap, not an error; below 200 still is one.
    row = measured("t1", "Tingkat keterlambatan pelaporan", "2%", "0%", "1000", 35)
    assert run(CapaianArithmetic, doc(row)) == []
    row.capaian, row.capaian_text = 150.0, "150"
    (f,) = run(CapaianArithmetic, doc(row))
    assert f.severity == "error"


def test_k004_judges_an_earlier_years_own_columns() -> None:
    # 2015: target 90, realisasi 81,81, capaian printed 97,95 (81,81 / 90 = 90,9); 2016 consistent.
    row = measured("t1", "Persentase desa/kelurahan UCI", "91%", "91,8%", "100,88", 46, detail="perbandingan_tahunan")
    row.year = 2016
    row.target_by_year[2015], row.realisasi_by_year[2015] = parse_quantity("90%"), parse_quantity("81.81%")
    row.capaian_by_year[2015], row.capaian_texts[2015] = 97.95, "97,95%"
    for role, text in (("target", "90%"), ("realisasi", "81.81%"), ("capaian", "97,95%")):
        row.cells[f"{role}_2015"] = Cell(text, 46, "t1", 2, f"{role}_2015")
    (f,) = run(CapaianArithmetic, doc(row))
    assert f.severity == "error" and "(2015)" in f.text("en") and "97,95" in f.text("en")
    row.capaian_by_year[2015], row.capaian_texts[2015] = 90.9, "90,9%"
    assert run(CapaianArithmetic, doc(row)) == []


def test_k009_capaian_of_a_table_without_target_is_a_warning() -> None:
    # "Perbandingan Realisasi 2016 terhadap 2015 | Capaian": a ratio of years, maybe.
    ratio = measured("t2", JALAN, "86,29", "76,37", "104,10", 37, detail="perbandingan_tahunan")
    ratio.target = None
    (f,) = run(CapaianDiffers, doc(measured("t1", JALAN, "86,29", "76,37", "88,50", 24), ratio))
    assert f.severity == "warning"


def _comparison_table(*headers: tuple[str, str, int | None]) -> IndicatorTable:
    cols = [{"index": k, "header": h, "role": role, "year": year} for k, (h, role, year) in enumerate(headers)]
    return IndicatorTable(table="t9", page=69, kind="perbandingan_renstra", table_kind="renstra", year=2021,
                          caption="Perbandingan Realisasi Kinerja Tahun 2021 dengan Target Jangka Menengah",
                          columns=cols)


def test_k004_in_a_renstra_comparison_without_an_end_target_is_an_error() -> None:
    # "Tahun 2021: Target | Realisasi | Capaian Kinerja (%)": the capaian can only be of the
    # pair beside it, and (2 × 5,45 − 6,91) / 5,45, 6,91 / 5,45 or 5,45 / 6,91 never give 112,39.
    row = measured("t9", "Tingkat pengangguran terbuka", "5,45", "6,91", "112,39", 69, detail="perbandingan_renstra")
    table = _comparison_table(("indikator kinerja", "indikator", None), ("tahun 2021 target", "target", 2021),
                              ("tahun 2021 realisasi", "realisasi", 2021), ("capaian kinerja (%)", "capaian", None))
    d = doc(row)
    d.indicator_tables = [table]
    (f,) = run(CapaianArithmetic, d)
    assert f.severity == "error" and "112,39" in f.text("en")


def test_k004_in_a_renstra_comparison_with_an_end_target_is_a_warning() -> None:
    # With a "Target Akhir Renstra" column, the capaian may be against the end target.
    row = measured("t9", "Tingkat pengangguran terbuka", "5,45", "6,91", "112,39", 69, detail="perbandingan_renstra")
    table = _comparison_table(("indikator kinerja", "indikator", None), ("tahun 2021 target", "target", 2021),
                              ("tahun 2021 realisasi", "realisasi", 2021), ("capaian kinerja (%)", "capaian", None),
                              ("target akhir renstra", "target_akhir", None))
    d = doc(row)
    d.indicator_tables = [table]
    (f,) = run(CapaianArithmetic, d)
    assert f.severity == "warning"
    assert [d.reason for d in f.doubts] == ["measure_uncertain"]
    # A column of another year (the plan's 2024 target) keeps the doubt too.
    table.columns[-1] = {"index": 4, "header": "target 2024", "role": "target", "year": 2024}
    (f,) = run(CapaianArithmetic, d)
    assert f.severity == "warning"


def test_k004_in_a_table_of_no_recognised_kind_stays_a_warning() -> None:
    row = measured("t9", "Tingkat pengangguran terbuka", "5,45", "6,91", "112,39", 69, detail="other")
    row.table_kind = "other"
    table = _comparison_table(("indikator kinerja", "indikator", None), ("target", "target", None),
                              ("realisasi", "realisasi", None), ("capaian (%)", "capaian", None))
    d = doc(row)
    d.indicator_tables = [table]
    (f,) = run(CapaianArithmetic, d)
    assert f.severity == "warning"


def test_k010_a_coarse_table_figure_does_not_outvote_a_finer_one() -> None:
    """"103" agrees with "103,88 %" only cut off; "103,85" printed as finely disagrees."""
    text = {46: "Peningkatan Skor Pola Pangan Harapan Konsumsi dengan target sebesar 78 point realisasi "
                "capaian sebesar 81 point atau 103,88 %."}
    name = "Skor Pola Pangan Harapan Konsumsi"
    d = doc(measured("t1", name, "78", "81", "103,85", 30), measured("t2", name, "82", "81", "103", 46), texts=text)
    (f,) = run(TextCapaianDiffers, d)
    assert {e.cell.page for e in f.evidence} == {46, 30}
    d = doc(measured("t2", name, "82", "81", "103", 46), texts=text)
    assert run(TextCapaianDiffers, d) == []  # no finer figure: the coarse one agrees
