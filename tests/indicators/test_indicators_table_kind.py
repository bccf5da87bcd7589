"""What a table is and what each column holds, decided from caption, lead-in, header and
heading, each decision with its evidence."""

from __future__ import annotations

from lkjip.extract.interpret.indicators.header_columns import read_layout
from lkjip.extract.interpret.indicators.table_kind import describe_table
from lkjip.extract.source import RawCell, RawTable
from lkjip.records import IndicatorTable


def table(rows: list[list[str]]) -> RawTable:
    grid = [[RawCell(text, r, c, None) for c, text in enumerate(row)] for r, row in enumerate(rows)]
    return RawTable(id="p1-t1", page=1, bbox=None, grid=grid, pages=[1], row_pages=[1] * len(rows))


def describe(rows: list[list[str]], caption: str = "", lead_in: str = "", section: str = "",
             report_year: int | None = 2016) -> IndicatorTable:
    t = table(rows)
    layout = read_layout(t)
    assert layout is not None
    return describe_table(t.id, 1, layout, caption, lead_in, section, "other", report_year)


PK_ROWS = [["NO", "INDIKATOR KINERJA", "TARGET"], ["1", "Jumlah dokumen perencanaan", "12 dokumen"]]
MEASURED = [["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"],
            ["1", "Jumlah dokumen perencanaan", "12", "12", "100"]]


def kind_evidence(info: IndicatorTable) -> list[tuple[str, str]]:
    return [(e.source, e.text) for e in info.evidence if e.what == "kind"]


def test_pk_original_and_revised_from_the_caption() -> None:
    pk = describe(PK_ROWS, caption="Tabel 2.1 Perjanjian Kinerja Tahun 2016")
    assert (pk.kind, pk.version, pk.year) == ("perjanjian_kinerja", "original", 2016)
    assert kind_evidence(pk)[0][0] == "caption"
    revised = describe(PK_ROWS, caption="Tabel II.2 Tabel Perjanjian Kinerja Perubahan")
    assert (revised.kind, revised.version) == ("pk_perubahan", "perubahan")
    assert "perubahan" in kind_evidence(revised)[0][1]


def test_next_years_pk_has_the_year_of_its_caption() -> None:
    info = describe(PK_ROWS, caption="PERJANJIAN KINERJA TAHUN 2017", section="LAMPIRAN")
    assert (info.kind, info.year) == ("perjanjian_kinerja", 2017)
    assert any(e.what == "year" and e.value == "2017" and e.source == "caption" for e in info.evidence)


def test_caption_wins_over_the_sentence_before_it() -> None:
    # The lead-in mentions the Renstra; the caption says what the table is.
    info = describe(PK_ROWS, caption="Tabel 2.1 Sasaran Strategis, Perjanjian Kinerja dan Target Tahun 2016",
                    lead_in="Sesuai dengan Renstra 2013-2018, target kinerja tahun 2016 adalah:")
    assert info.kind == "perjanjian_kinerja"


def test_plans_renja_and_rencana_aksi() -> None:
    renstra = describe([["NO", "INDIKATOR", "TARGET 2014", "TARGET 2015", "TARGET 2016", "TARGET 2017"],
                        ["1", "Jumlah dokumen", "1", "2", "3", "4"]])
    assert renstra.kind == "renstra" and ("header", "targets for [2014, 2015, 2016, 2017]") in kind_evidence(renstra)
    renja = describe(PK_ROWS, caption="Tabel 2.2 RENCANA KINERJA TAHUNAN BPBD TAHUN 2016")
    assert renja.kind == "renja"
    aksi = describe([["NO", "INDIKATOR KINERJA", "TARGET TW I", "TARGET TW II", "TARGET TW III", "TARGET TW IV"],
                     ["1", "Jumlah dokumen", "1", "2", "3", "4"]], caption="Rencana Aksi Tahun 2016")
    assert aksi.kind == "rencana_aksi"
    assert {c["role"] for c in aksi.columns if c["header"].startswith("target")} == {"target_periode"}


def test_measurements_and_comparisons() -> None:
    assert describe(MEASURED, caption="Tabel 3.2 Pengukuran Kinerja Tahun 2016").kind == "pengukuran_kinerja"
    # A general mention of the RPJMD before a measurement does not make it a Renstra comparison.
    assert describe(MEASURED, caption="Tabel 3.4. Pengukuran Indikator Kinerja Tahun 2016",
                    lead_in="capaian kinerja tahun 2016 sesuai perubahan RPJMD").kind == "pengukuran_kinerja"
    renstra = describe([["NO", "INDIKATOR", "REALISASI 2016", "TARGET AKHIR RENSTRA"], ["1", "Jumlah", "3", "5"]],
                       caption="Tabel 3.5 Perbandingan Realisasi Kinerja dengan Target Renstra")
    assert renstra.kind == "perbandingan_renstra"
    yearly = describe([["NO", "INDIKATOR", "REALISASI 2015", "REALISASI 2016"], ["1", "Jumlah", "3", "5"]])
    assert yearly.kind == "perbandingan_tahunan" and yearly.years == [2015, 2016]
    national = describe([["NO", "INDIKATOR", "REALISASI 2016", "CAPAIAN NASIONAL"], ["1", "Jumlah", "3", "5"]],
                        caption="Tabel 3.4 Pengukuran Pencapaian Kinerja Tahun 2016 Terhadap Capaian Nasional 2016")
    assert national.kind == "perbandingan_nasional"
    assert [c["role"] for c in national.columns][-1] == "nasional"


def test_column_roles() -> None:
    layout = read_layout(table([
        ["NO", "INDIKATOR", "CAPAIAN TAHUN LALU (%)", "TARGET", "REALISASI", "CAPAIAN (%)",
         "REALISASI 2016 THDP THN 2015", "TARGET (Rp)", "SUMBER DATA", "REALISASI KUMULATIF S.D TAHUN 2016"],
        ["1", "Jumlah", "90", "12", "11", "91,67", "110", "1.250.000.000", "BPS", "40"]]))
    assert layout is not None
    roles = {c.header: (c.role, c.offset) for c in layout.columns}
    assert roles["capaian tahun lalu (%)"] == ("capaian", -1)
    assert roles["realisasi 2016 thdp thn 2015"][0] == "rasio"
    assert roles["target (rp)"][0] == "anggaran"
    assert roles["sumber data"][0] == "data_source"
    assert roles["realisasi kumulatif s.d tahun 2016"][0] == "kumulatif"


def test_money_under_a_target_header_is_the_budget() -> None:
    layout = read_layout(table([["NO", "INDIKATOR", "TARGET", "REALISASI"],
                                ["1", "Jumlah dokumen", "150.000.000", "148.500.000"],
                                ["2", "Jumlah laporan", "175.000.000,-", "170.250.000,-"]]))
    assert layout is not None and [c.role for c in layout.columns][2:] == ["anggaran", "anggaran"]


def test_header_formula_over_column_numbers() -> None:
    layout = read_layout(table([["NO", "INDIKATOR", "TARGET", "REALISASI", "CAPAIAN"],
                                ["1", "2", "3", "4", "5 = 3/4 x 100"],
                                ["1", "Tingkat pengangguran", "5,45", "6,91", "78,87"]]))
    assert layout is not None and layout.formula == "capaian = target/realisasi x 100"


def test_tables_year_overrides_a_cover_year_no_table_names() -> None:
    from lkjip.extract.interpret.indicators.rows import _tables_year

    pk, measured = table(PK_ROWS), table(MEASURED)
    pk.caption = "Tabel 2.1 Perjanjian Kinerja Tahun 2016"
    measured.caption = "Tabel 3.2\nPengukuran Kinerja 2016"
    candidates = [(t, read_layout(t)) for t in (pk, measured)]
    year, note = _tables_year(2009, candidates)  # type: ignore[arg-type]
    assert year == 2016 and "2009" in note
    assert _tables_year(2016, candidates)[0] == 2016  # type: ignore[arg-type]
    assert _tables_year(2016, [])[0] == 2016


def test_a_measurement_beside_national_figures_is_a_comparison() -> None:
    from lkjip.extract.interpret.indicators.classify import classify_table

    beside = table([["NO", "INDIKATOR", "TARGET", "REALISASI", "NASIONAL"], ["1", "Indeks gini", "0,32", "0,31", "0,38"]])
    layout = read_layout(beside)
    assert layout is not None
    assert classify_table(layout, "", "BAB III AKUNTABILITAS KINERJA", False, 2016) == "perbandingan_tahunan"
    own = read_layout(table(MEASURED))
    assert own is not None
    assert classify_table(own, "Tabel 3.2 Pengukuran Kinerja Tahun 2016", "", False, 2016) == "pengukuran_kinerja"
    assert classify_table(own, "Perbandingan Realisasi Kinerja Tahun 2016 dengan Standar Nasional", "", False,
                          2016) == "perbandingan_tahunan"
