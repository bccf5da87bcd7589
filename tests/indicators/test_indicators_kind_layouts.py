"""What a table is, from layout features: the caption proper after its label, capaian for
several years, an end-of-plan target column, a comparison with national figures, a header
word misspelt, and a table continued on the next page without a caption."""

from __future__ import annotations

from lkjip.checks.indicators.common import capaian_of_printed_pair
from lkjip.extract.interpret.indicators.caption_label import caption_proper
from lkjip.extract.interpret.indicators.classify import agreeing_with_detail, classify_table
from lkjip.extract.interpret.indicators.header_columns import Layout, read_layout
from lkjip.extract.interpret.indicators.rows import indicator_tables
from lkjip.extract.interpret.indicators.table_kind import describe_table
from lkjip.extract.source import RawCell, RawTable, SourceDocument
from lkjip.numbers import NumberStyle, parse_quantity
from lkjip.numbers.quantity import Quantity
from lkjip.records import IndicatorRow, IndicatorTable


def table(rows: list[list[str]], page: int = 1, caption: str = "", n: int = 1) -> RawTable:
    grid = [[RawCell(text, r, c, None) for c, text in enumerate(row)] for r, row in enumerate(rows)]
    return RawTable(id=f"p{page}-t{n}", page=page, bbox=None, grid=grid, pages=[page],
                    row_pages=[page] * len(rows), caption=caption)


def layout_of(rows: list[list[str]]) -> Layout:
    layout = read_layout(table(rows))
    assert layout is not None
    return layout


def kinds(rows: list[list[str]], caption: str = "", report_year: int = 2016) -> tuple[str, str]:
    """(coarse kind, detailed kind) as the extraction decides them."""
    layout = layout_of(rows)
    coarse = classify_table(layout, caption, "", False, report_year)
    info = describe_table("p1-t1", 1, layout, caption, "", "", coarse, report_year)
    return agreeing_with_detail(coarse, info.kind), info.kind


MEASURED = [["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"],
            ["1", "Jumlah dokumen perencanaan", "12", "12", "100"]]


def test_caption_proper_starts_at_the_last_table_label() -> None:
    assert caption_proper("tahun 2019 - 2023 adalah sebagai berikut : Tabel 3.4. Pengukuran Indikator "
                          "Kinerja Tahun 2021") == "Tabel 3.4. Pengukuran Indikator Kinerja Tahun 2021"
    assert caption_proper("realisasi kinerja pada tabel 3.4: Tabel 3.4 Perbandingan Capaian") == \
        "Tabel 3.4 Perbandingan Capaian"
    assert caption_proper("TABEL. 3.2 PERBANDINGAN TARGET") == "TABEL. 3.2 PERBANDINGAN TARGET"
    assert caption_proper("Tabel III. 2 Pengukuran Capaian") == "Tabel III. 2 Pengukuran Capaian"
    assert caption_proper("Capaian kinerja dibandingkan dengan standar nasional") == \
        "Capaian kinerja dibandingkan dengan standar nasional"


def test_plan_period_in_the_sentence_before_the_label_does_not_make_a_renstra() -> None:
    caption = "tahun 2019 - 2023 adalah sebagai berikut : Tabel 3.4. Pengukuran Indikator Kinerja Tahun 2021"
    assert kinds(MEASURED, caption, 2021) == ("pengukuran_kinerja", "pengukuran_kinerja")
    # Without a label the whole caption is the caption: a plan period there still counts.
    assert kinds(MEASURED, "Capaian Kinerja terhadap Renstra Tahun 2019 - 2023", 2021)[0] == "renstra"


def test_target_and_realisasi_of_one_year_compared_is_the_measurement() -> None:
    caption = "TABEL. 3.2 PERBANDINGAN TARGET DAN REALISASI INDIKATOR KINERJA TAHUN 2016"
    assert kinds(MEASURED, caption) == ("pengukuran_kinerja", "pengukuran_kinerja")
    # Realisasi of two years compared is a year comparison.
    yearly = [["NO", "INDIKATOR", "REALISASI 2015", "REALISASI 2016"], ["1", "Jumlah", "3", "5"]]
    assert kinds(yearly, "Tabel 3.3 Perbandingan Realisasi Tahun 2015 dengan 2016")[0] == "perbandingan_tahunan"


def test_capaian_of_several_years_side_by_side_is_a_year_comparison() -> None:
    rows = [["NO", "INDIKATOR KINERJA", "CAPAIAN KINERJA 2015", "CAPAIAN KINERJA 2016", "PERCEPATAN (%)"],
            ["1", "Jumlah dokumen", "90", "95", "5,5"]]
    assert kinds(rows, "Tabel 3.4 Perbandingan Capaian Kinerja Tahun 2015 – 2016") == \
        ("perbandingan_tahunan", "perbandingan_tahunan")
    layout = layout_of(rows)
    info = describe_table("p1-t1", 1, layout, "", "", "", "other", 2016)
    assert any(e.what == "kind" and e.text == "capaian for [2015, 2016]" for e in info.evidence)
    # One capaian column is no series; beside a target and realisasi it is the measurement's.
    assert kinds([["NO", "INDIKATOR", "CAPAIAN 2016"], ["1", "Jumlah", "95"]])[0] == "other"
    with_pair = [["NO", "INDIKATOR", "TARGET 2016", "REALISASI 2016", "CAPAIAN 2015", "CAPAIAN 2016"],
                 ["1", "Jumlah", "10", "9", "95", "90"]]
    assert kinds(with_pair)[0] == "pengukuran_kinerja"


def test_many_target_years_beside_their_realisasi_are_a_year_comparison_not_the_plan() -> None:
    rows = [["NO", "INDIKATOR", "TARGET 2019", "TARGET 2020", "TARGET 2021", "REALISASI 2019", "REALISASI 2020",
             "REALISASI 2021"], ["1", "Indeks infrastruktur", "50", "55", "60", "51", "54", "61"]]
    assert kinds(rows, "pendukung ekonomi didukung beberapa indikator sebagai berikut :", 2021)[0] == \
        "perbandingan_tahunan"
    plan = [["NO", "INDIKATOR", "TARGET 2019", "TARGET 2020", "TARGET 2021"], ["1", "Indeks", "50", "55", "60"]]
    assert kinds(plan, "", 2021)[0] == "renstra"


def test_realisasi_beside_the_plans_end_target_is_a_renstra_comparison() -> None:
    rows = [["SASARAN", "INDIKATOR", "REALISASI 2021", "TARGET RENSTRA"], ["Meningkatnya", "Panjang jalan", "3", "5"]]
    assert kinds(rows, "", 2021) == ("renstra", "perbandingan_renstra")


def test_comparison_with_national_figures_is_a_year_comparison_in_the_coarse_kind() -> None:
    rows = [["NO", "INDIKATOR", "SATUAN", "TAHUN 2021 TARGET DAERAH", "TAHUN 2021 REALISASI", "TAHUN 2021 NASIONAL"],
            ["1", "Indeks pembangunan manusia", "poin", "72", "72,5", "72,3"]]
    assert kinds(rows, "", 2021) == ("perbandingan_tahunan", "perbandingan_nasional")
    assert agreeing_with_detail("lampiran", "perbandingan_nasional") == "lampiran"
    assert agreeing_with_detail("pengukuran_kinerja", "pengukuran_kinerja") == "pengukuran_kinerja"


def test_misspelt_realisasi_header_is_the_realisasi() -> None:
    layout = layout_of([["NO", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALALISASI"],
                        ["1", "Jumlah PMKS yang ditangani", "orang", "100", "98"]])
    assert [c.role for c in layout.columns][-2:] == ["target", "realisasi"]


HEADER = ["NO.", "INDIKATOR KINERJA", "SATUAN", "TAHUN 2020 TARGET", "TAHUN 2020 REALISASI", "CAPAIAN KINERJA (%)"]
# The next page's part: the engine split the target header cell over two columns.
SPLIT = ["NO.", "INDIKATOR KINERJA", "SATUAN", "TAHUN 2020 TARGET", "TAHUN 2020 TARGET", "TAHUN 2020 REALISASI",
         "CAPAIAN KINERJA (%)"]


def _read(*tables: RawTable) -> tuple[dict[str, IndicatorTable], list[IndicatorRow]]:
    source = SourceDocument(file="t.pdf", sha256="0", kind="pdf", page_count=3, pages=[], tables=list(tables))
    infos, rows = indicator_tables(source, NumberStyle.ID)
    return {i.table: i for i in infos}, rows


def test_table_continued_without_caption_is_what_its_first_part_is() -> None:
    first = table([HEADER, ["1", "Pertumbuhan ekonomi", "persen", "5,1", "4,9", "96"]], page=1,
                  caption="Tabel 3.19 Perbandingan Realisasi Kinerja Tahun 2020 dengan Target Jangka Menengah")
    rest = table([SPLIT, ["2", "Indeks pembangunan manusia", "poin", "", "71,67", "71,77", "100,14"]], page=2)
    infos, rows = _read(first, rest)
    assert (infos["p2-t1"].kind, infos["p2-t1"].table_kind) == ("perbandingan_renstra", "renstra")
    assert any(e.source == "continued" and "p1-t1" in e.text for e in infos["p2-t1"].evidence)
    assert {(r.table, r.table_kind, r.detail) for r in rows} == {
        ("p1-t1", "renstra", "perbandingan_renstra"), ("p2-t1", "renstra", "perbandingan_renstra")}


def test_a_captioned_or_differently_built_table_on_the_next_page_is_its_own() -> None:
    first = table([HEADER, ["1", "Pertumbuhan ekonomi", "persen", "5,1", "4,9", "96"]], page=1,
                  caption="Tabel 3.19 Perbandingan Realisasi Kinerja Tahun 2020 dengan Target Jangka Menengah")
    captioned = table([HEADER, ["1", "Pertumbuhan ekonomi", "persen", "5,1", "4,9", "96"]], page=2,
                      caption="Tabel 3.20 Pengukuran Kinerja Tahun 2020")
    assert _read(first, captioned)[0]["p2-t1"].kind == "pengukuran_kinerja"
    targets_only = table([["NO.", "INDIKATOR KINERJA", "TARGET 2020"], ["1", "Pertumbuhan ekonomi", "5,1"]], page=2)
    assert _read(first, targets_only)[0]["p2-t1"].kind != "perbandingan_renstra"
    # Not on the next page: no continuation.
    far = table([SPLIT, ["2", "Indeks pembangunan manusia", "poin", "", "71,67", "71,77", "100,14"]], page=3)
    assert _read(first, far)[0]["p3-t1"].kind == "pengukuran_kinerja"


def q(text: str) -> Quantity:
    value = parse_quantity(text, NumberStyle.ID)
    assert value is not None
    return value


def _row(**by_year: dict[int, Quantity]) -> IndicatorRow:
    return IndicatorRow(table="p2-t1", table_kind="renstra", page=2, row=1, indikator="Indeks",
                        year=2020, target=q("71,67"), realisasi=q("71,77"),
                        capaian=100.14, detail="perbandingan_renstra", **by_year)  # type: ignore[arg-type]


def test_split_header_cell_of_the_rows_own_year_keeps_the_printed_pair() -> None:
    info = IndicatorTable("p2-t1", 2, "perbandingan_renstra", "renstra", 2020,
                          columns=[{"role": "target", "year": 2020}, {"role": "realisasi", "year": 2020},
                                   {"role": "capaian", "year": None}])
    assert capaian_of_printed_pair(_row(target_by_year={2020: q("71,67")}), info)
    assert not capaian_of_printed_pair(_row(target_by_year={2020: q("72")}), info)
    assert not capaian_of_printed_pair(_row(target_by_year={2019: q("71,67")}), info)
