"""Budget extraction on small hand-made tables and pages: columns, levels, hierarchy,
unreadable and ambiguous numbers, borderless PK lists, running-text figures."""

from __future__ import annotations

import numpy as np

from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.extract.interpret.narrative_amounts import narrative_amounts
from lkjip.extract.source import Page, RawCell, RawTable, SourceDocument
from lkjip.numbers import NumberStyle
from lkjip.schemas.validate import validate_extraction
from tests.budget.builders import doc


def table(rows: list[list[str]], tid: str = "p5-t1", page: int = 5) -> RawTable:
    grid = [[RawCell(text, r, c, (60.0 + 100 * c, 100.0 + 20 * r, 160.0 + 100 * c, 120.0 + 20 * r))
             for c, text in enumerate(row)] for r, row in enumerate(rows)]
    return RawTable(id=tid, page=page, bbox=(60.0, 100.0, 60.0 + 100 * len(rows[0]), 100.0 + 20 * len(rows)),
                    grid=grid, pages=[page], row_pages=[page] * len(rows))


def source(tables: list[RawTable], pages: list[Page] | None = None) -> SourceDocument:
    return SourceDocument(file="t.pdf", sha256="0", kind="pdf", page_count=5, pages=pages or [], tables=tables)


def text_page(lines: list[tuple[float, float, str]], number: int = 8) -> Page:
    """A page whose lines start at (x, top), one character 5 pt wide."""
    text, boxes = "", []
    for i, (x, top, line) in enumerate(lines):
        if i:
            text += "\n"
            boxes.append([np.nan] * 4)
        for j, _ in enumerate(line):
            boxes.append([x + 5 * j, top, x + 5 * j + 5, top + 10])
        text += line
    return Page(number=number, width=595, height=842, text=text,
                char_boxes=np.array(boxes, dtype=np.float32).reshape(-1, 4))


DPM = [
    ["NO", "PROGRAM/KEGIATAN", "ANGGARAN (Rp)", "REALISASI (Rp) 2016", "SISA ANGGARAN", "%"],
    ["I", "Program Perencanaan Pengendalian", "900.000.000,00", "869.633.513,00", "30.366.487,00", "96,63"],
    ["1", "Perencanaan program dan kegiatan", "900.000.000,00", "869.633.513,00", "30.366.487,00", "96,63"],
    ["II", "Program Peningkatan Infrastruktur", "3.8000.000.000,00", "3.125.822.300,00", "674.177.700,00", "82,26"],
    ["2", "Peningkatan Kapasitas Aparatur", "3.800.000.000,00", "3.125.822.300,00", "674.177.700,00", "82,26"],
    ["", "JUMLAH", "4.700.000.000,00", "3.995.455.813,00", "704.544.187,00", "85,01"],
]


def test_roman_programs_over_arabic_kegiatan_with_sisa_and_persen() -> None:
    rows = budget_rows(source([table(DPM)]), NumberStyle.ID)
    assert [(r.level, r.code) for r in rows] == [("program", "I"), ("kegiatan", "1"), ("program", "II"),
                                                 ("kegiatan", "2"), ("total", None)]
    assert rows[0].sisa == 30_366_487 and rows[0].persen == 96.63 and rows[-1].name == "JUMLAH"
    assert rows[1].parent == 0 and rows[0].parent == len(rows) - 1
    # "3.8000.000.000,00" fits no notation: kept as printed, read by its row's sisa (inferred)
    assert rows[2].anggaran == 3_800_000_000 and rows[2].cells["anggaran"].text == "3.8000.000.000,00"
    assert "amount_regrouped" in rows[2].cells["anggaran"].inferred


def test_unreadable_amount_becomes_a_schema_failure_with_location() -> None:
    no_sisa = [line[:4] + line[5:] for line in DPM]  # nothing left to read "3.8000.000.000" by
    rows = budget_rows(source([table(no_sisa)]), NumberStyle.ID)
    failures = validate_extraction(doc(rows))
    assert any(f.column == "anggaran" and f.text == "3.8000.000.000,00" and f.row == 3
               and f.page == 5 for f in failures)


def test_indicator_table_is_not_a_budget_table() -> None:
    indicators = [["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"],
                  ["1", "Meningkatnya pelayanan", "Persentase informasi", "100 %", "100 %", "100"],
                  ["2", "Meningkatnya publikasi", "Jumlah terbitan", "12.000 eks", "4.500 eks", "37,5"]]
    assert budget_rows(source([table(indicators)]), NumberStyle.ID) == []


def test_years_side_by_side_take_the_latest_years_realisasi() -> None:
    years = [["NO", "PROGRAM/KEGIATAN", "REALISASI (Rp) 2015", "REALISASI (Rp) 2016"],
             ["I", "Program Perencanaan", "199.319.050,00", "900.000.000,00"]]
    (row,) = budget_rows(source([table(years)]), NumberStyle.ID)
    assert (row.anggaran, row.realisasi) == (None, 900_000_000)
    # Two budget columns of two years are still refused: which one the report means is unsaid.
    pagu = [["NO", "PROGRAM/KEGIATAN", "PAGU 2015", "PAGU 2016", "REALISASI 2016"],
            ["I", "Program Perencanaan", "199.319.050,00", "900.000.000,00", "800.000.000,00"]]
    assert budget_rows(source([table(pagu)]), NumberStyle.ID) == []


def test_kode_rekening_depth_sets_levels_and_us_style_reads() -> None:
    t = [["KODE", "URAIAN", "PAGU ANGGARAN", "REALISASI"],
         ["1.03.01", "Penunjang Urusan", "1,000,000.00", "900,000.00"],
         ["1.03.01.2.01", "Perencanaan", "600,000.00", "550,000.00"],
         ["1.03.01.2.01.01", "Penyusunan Dokumen", "600,000.00", "550,000.00"],
         ["1.03.01.2.02", "Administrasi Keuangan", "400,000.00", "350,000.00"]]
    rows = budget_rows(source([table(t)]), NumberStyle.US)
    assert [r.level for r in rows] == ["program", "kegiatan", "sub_kegiatan", "kegiatan"]
    assert rows[0].anggaran == 1_000_000 and rows[2].parent == 1 and rows[3].parent == 0


def test_wrapped_name_and_amounts_one_row_lower_are_joined() -> None:
    t = [["NO", "PROGRAM / KEGIATAN", "ALOKASI ANGGARAN", "REALISASI ANGGARAN", "% KEUANGAN", "% FISIK"],
         ["", "PROGRAM PROMOSI KESEHATAN", "", "", "", ""],
         ["", "Peningkatan Perilaku Hidup Bersih dan Sehat", "", "", "88,78%", "96,80%"],
         ["", "", "3.102.512.000,-", "2.754.412.685,-", "", ""],
         ["", "(PHBS)", "", "", "", ""]]
    rows = budget_rows(source([table(t)]), NumberStyle.ID)
    assert [(r.level, r.name) for r in rows] == [
        ("program", "PROGRAM PROMOSI KESEHATAN"),
        ("kegiatan", "Peningkatan Perilaku Hidup Bersih dan Sehat (PHBS)")]
    assert rows[1].anggaran == 3_102_512_000 and rows[1].persen == 88.78 and rows[1].parent == 0


def test_ambiguous_amount_is_marked() -> None:
    """Nothing in its column or table settles "1.000" (every amount reads two ways), so it
    stays marked; with "Rp 1.250" in the table (rupiah: one reading only) the table shows
    '.' groups thousands and settles it."""
    t = [["NO", "KEGIATAN", "ANGGARAN", "REALISASI"],
         ["1", "Kegiatan Rapat", "1.250", "1.000"],
         ["2", "Kegiatan Lain", "2.500", "2.000"]]
    rows = budget_rows(source([table(t)]), None)
    assert rows[0].cells["realisasi"].ambiguous and rows[0].number_style is None
    t[1][2] = "Rp 1.250"
    rows = budget_rows(source([table(t)]), None)
    assert not rows[0].cells["realisasi"].ambiguous and rows[0].realisasi == 1000


def test_ambiguous_amount_is_settled_by_its_column() -> None:
    """"1,000" reads 1000 (US) or 1 (ID); its column's "2,000,000" shows the column groups
    thousands with commas, so it is 1000 and not ambiguous, though the document is ID."""
    t = [["NO", "KEGIATAN", "ANGGARAN", "REALISASI"],
         ["1", "Kegiatan Rapat", "1,250,000", "1,000"],
         ["2", "Kegiatan Lain", "2,500,000", "2,000,000"]]
    rows = budget_rows(source([table(t)]), NumberStyle.ID)
    assert rows[0].realisasi == 1000 and not rows[0].cells["realisasi"].ambiguous
    assert rows[0].number_style == "us"


def test_mixed_table_leaves_an_unsettled_column_ambiguous() -> None:
    """Pagu printed the Indonesian way, realisasi the US way: each column settles its own
    amounts; a column with no deciding amount in a table that mixes both stays ambiguous."""
    t = [["NO", "KEGIATAN", "PAGU", "REALISASI", "SISA"],
         ["1", "Kegiatan Rapat", "1.250.000,00", "1,200,000.00", "50.000"],
         ["2", "Kegiatan Lain", "2.500.000,00", "2,400,000.00", "100.000"]]
    rows = budget_rows(source([table(t)]), NumberStyle.ID)
    assert rows[0].anggaran == 1_250_000 and rows[0].realisasi == 1_200_000
    assert not rows[0].cells["realisasi"].ambiguous and rows[0].cells["sisa"].ambiguous
    assert rows[0].number_style == "mixed"


def test_amounts_in_thousands_are_scaled() -> None:
    """"(Rp 000)" in the heading: the printed 1.250 means Rp 1.250.000; the text stays."""
    t = [["NO", "KEGIATAN", "ANGGARAN (Rp 000)", "REALISASI (Rp 000)", "%"],
         ["1", "Kegiatan Rapat", "1.250", "1.000", "80,00"],
         ["2", "Kegiatan Lain", "2.500.000", "2.000.000", "80,00"]]
    rows = budget_rows(source([table(t)]), NumberStyle.ID)
    assert rows[0].anggaran == 1_250_000 and rows[1].realisasi == 2_000_000_000
    assert rows[0].cells["anggaran"].text == "1.250" and rows[0].persen == 80.0
    assert rows[0].multiplier == 1000


def test_scale_stated_in_the_caption() -> None:
    t = table([["NO", "PROGRAM", "PAGU", "REALISASI"],
               ["1", "Program A", "12.500", "10.000"]])
    t.caption = "Tabel 3.5 Realisasi Anggaran Tahun 2021\n(dalam jutaan rupiah)"
    rows = budget_rows(source([t]), NumberStyle.ID)
    assert rows[0].anggaran == 12_500_000_000 and rows[0].multiplier == 1_000_000


def test_levels_from_kode_in_the_name_with_spaced_dots() -> None:
    """Permendagri 90 kode opening the name, typed with spaces around the dots."""
    t = [["KODE / PROGRAM / KEGIATAN", "ANGGARAN", "REALISASI"],
         ["1 . 02 . 01 PROGRAM PENUNJANG URUSAN", "3.000.000", "2.900.000"],
         ["1 . 02 . 01 . 2 . 01 Perencanaan Perangkat Daerah", "3.000.000", "2.900.000"],
         ["1 . 02 . 01 . 2 . 01 . 01 Penyusunan Dokumen Renja", "1.000.000", "1.000.000"],
         ["1 . 02 . 01 . 2 . 01 . 02 Evaluasi Kinerja", "2.000.000", "1.900.000"]]
    rows = budget_rows(source([table(t)]), NumberStyle.ID)
    assert [(r.code, r.level, r.level_evidence) for r in rows] == [
        ("1.02.01", "program", "word"), ("1.02.01.2.01", "kegiatan", "code"),
        ("1.02.01.2.01.01", "sub_kegiatan", "code"), ("1.02.01.2.01.02", "sub_kegiatan", "code")]
    assert rows[1].name == "Perencanaan Perangkat Daerah"
    assert [r.parent for r in rows] == [None, 0, 1, 1]


def test_borderless_pk_program_list() -> None:
    page = text_page([
        (99, 583, "Program:"), (430, 583, "Anggaran:"),
        (98, 595, "1. Program Pelayanan Pelayanan Administrasi"), (430, 595, "Rp. 2.316.431.000,-"),
        (99, 608, "Perkantoran"), (430, 608, "Rp. 1.464.448.000,-"),
        (98, 620, "2. Program Peningkatan Pelayanan Kedinasan"), (427, 621, "Rp.15.472.666.000,-"),
        (99, 633, "Daerah/Wakil Kepala Daerah"),
        (98, 646, "3. Program Penghimpunan Data"),
        (424, 672, "Rp. 19.253.545.000,-"),
        (309, 796, "6"),
    ])
    rows = budget_rows(source([], [page]), NumberStyle.ID)
    assert [(r.level, r.code, r.name, r.anggaran) for r in rows] == [
        ("program", "1", "Program Pelayanan Pelayanan Administrasi Perkantoran", 2_316_431_000),
        ("program", "2", "Program Peningkatan Pelayanan Kedinasan Daerah/Wakil Kepala Daerah", 1_464_448_000),
        ("program", "3", "Program Penghimpunan Data", 15_472_666_000),
        ("total", None, "", 19_253_545_000)]
    assert all(r.table_kind == "program_anggaran" and r.page == 8 for r in rows)
    assert rows[0].parent == 3 and rows[0].cells["anggaran"].bbox[0] >= 420


def test_borderless_list_with_unmatched_counts_is_skipped() -> None:
    page = text_page([(99, 583, "Program:"), (430, 583, "Anggaran:"),
                      (98, 595, "1. Program A"), (98, 608, "2. Program B"), (98, 621, "3. Program C"),
                      (430, 595, "Rp. 2.316.431.000,-")])
    assert budget_rows(source([], [page]), NumberStyle.ID) == []


def test_running_text_figures_skip_table_cells_and_take_their_words() -> None:
    page = text_page([
        (86, 70, "sebesar Rp. 18.353.545.000,- (Delapan belas milyar tiga ratus lima puluh tiga juta"),
        (86, 85, "lima ratus empat puluh lima ribu rupiah) atau sama dengan 98.17 %"),
        (100, 300, "19.253.545.000,-"),
    ], number=16)
    cell_table = RawTable(id="p16-t1", page=16, bbox=(90, 295, 300, 315),
                          grid=[[RawCell("19.253.545.000,-", 0, 0, (90, 295, 300, 315))]], pages=[16],
                          row_pages=[16])
    amounts = narrative_amounts(source([cell_table], [page]), NumberStyle.ID)
    assert [(a.text, a.kind) for a in amounts] == [("Rp. 18.353.545.000,-", "rupiah"), ("98.17 %", "percent")]
    first = amounts[0]
    assert first.words_value == 18_353_545_000 and first.words.startswith("(Delapan belas milyar")
    assert first.context[first.context_offset:].startswith("Rp. 18.353.545.000,-")
    assert first.cell.bbox is not None and first.page == 16


def test_group_lines_are_not_kegiatan_of_the_program_above() -> None:
    t = [["No", "Program/ Kegiatan", "Jml Anggaran (Rp)"],
         ["7", "Program Pengembangan Data/Informasi/Statistik Daerah", "709.815.000"],
         ["", "20. Kegiatan Pengembangan Data Dan Informasi Perkebunan", "709.815.000"],
         ["", "URUSAN PILIHAN", "25.433.683.842"],
         ["8", "Program Peningkatan Produksi Pertanian", "14.080.739.792"]]
    rows = budget_rows(source([table(t)]), NumberStyle.ID)
    assert [(r.level, r.parent) for r in rows] == [("program", None), ("kegiatan", 0), ("other", None),
                                                   ("program", None)]


def test_program_named_beside_its_kegiatan_starts_a_new_group() -> None:
    t = [["Program", "Kegiatan", "Rencana Anggaran (Rp.)"],
         ["Program Peningkatan Kualitas Hidup", "", ""],
         ["", "Perlindungan Perempuan", "1,021,875,000"],
         ["Program Penataan Administrasi", "Pengendalian Kependudukan", "1,110,375,000"]]
    rows = budget_rows(source([table(t)]), NumberStyle.US)
    assert [(r.level, r.name, r.parent) for r in rows] == [
        ("program", "Program Peningkatan Kualitas Hidup", None),
        ("kegiatan", "Perlindungan Perempuan", 0), ("kegiatan", "Pengendalian Kependudukan", None)]


def test_a_figure_cut_short_in_the_text_is_not_read() -> None:
    page = text_page([(86, 70, "realisasi anggran sebesar Rp. 163.305..000,- atau 99,49%")], number=53)
    amounts = narrative_amounts(source([], [page]), NumberStyle.ID)
    assert [a.text for a in amounts] == ["99,49%"]


def test_sumber_dana_column_does_not_name_the_rows() -> None:
    t = [["NO.", "PROGRAM", "ANGGARAN (Rp)", "SUMBER DANA"],
         ["1.", "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja", "304.495.000", "APBD"],
         ["2.", "Kegiatan Administrasi Keuangan Perangkat Daerah", "9.871.146.000", "APBD"]]
    rows = budget_rows(source([table(t)]), NumberStyle.ID)
    assert [r.name for r in rows] == ["Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja",
                                      "Kegiatan Administrasi Keuangan Perangkat Daerah"]


def test_level_word_glued_to_the_name() -> None:
    t = [["NO.", "PROGRAM", "ANGGARAN (Rp)"],
         ["7.", "KegiatanPenyediaan Jasa Penunjang Urusan", "1.157.028.000"],
         ["8.", "Kegiatan Pemeliharaan Barang Milik Daerah", "1.846.197.600"]]
    rows = budget_rows(source([table(t)]), NumberStyle.ID)
    assert [(r.level, r.parent) for r in rows] == [("kegiatan", None), ("kegiatan", None)]


def test_table_continued_without_header_on_the_next_page() -> None:
    """The second part of a table split by a page break, not joined to the first and with
    no header of its own, takes the first part's columns by their place on the page."""
    first = table([["NO", "PROGRAM / KEGIATAN", "ANGGARAN", "REALISASI"],
                   ["1", "PROGRAM A", "3.000.000", "2.900.000"],
                   ["", "Kegiatan A1", "1.000.000", "1.000.000"]], tid="p5-t1", page=5)
    second = table([["", "Kegiatan A2", "2.000.000", "1.900.000"],
                    ["", "JUMLAH", "3.000.000", "2.900.000"]], tid="p6-t1", page=6)
    rows = budget_rows(source([first, second]), NumberStyle.ID)
    assert [(r.page, r.level, r.name, r.anggaran) for r in rows] == [
        (5, "program", "PROGRAM A", 3_000_000), (5, "kegiatan", "Kegiatan A1", 1_000_000),
        (6, "kegiatan", "Kegiatan A2", 2_000_000), (6, "total", "JUMLAH", 3_000_000)]
    # One table over the break: the kegiatan on p6 adds into the program on p5, the
    # programs into the total; each value still points at the page it was printed on.
    assert {r.table for r in rows} == {"p5-t1"} and rows[2].cells["anggaran"].table == "p6-t1"
    assert [r.parent for r in rows] == [3, 0, 0, None]
    from lkjip.pipeline import findings_of
    assert [f for f in findings_of(doc(rows)) if f.rule == "LKJ-B001"] == []


def test_title_sentence_inside_the_frame_is_not_a_budget_line() -> None:
    t = table([["1. Belanja Langsung sebesar Rp. 3.000.000,- dengan rincian sebagai berikut:", "", "", ""],
               ["NO", "PROGRAM / KEGIATAN", "ANGGARAN", "REALISASI"],
               ["1", "Kegiatan A1", "1.000.000", "1.000.000"]])
    title = t.grid[0][0]
    title.colspan = 4  # type: ignore[union-attr]
    t.grid[0] = [title] * 4
    rows = budget_rows(source([t]), NumberStyle.ID)
    assert [(r.name, r.anggaran) for r in rows] == [("Kegiatan A1", 1_000_000)]


def test_levels_inferred_from_position_give_a_warning_not_an_error() -> None:
    """Unmarked lines under "PROGRAM A" are taken as its kegiatan (position only): a sum that
    does not hold is worth checking, not a promise."""
    from lkjip.pipeline import findings_of

    t = [["NO", "URAIAN", "ANGGARAN", "REALISASI"],
         ["1", "PROGRAM A", "3.000.000", "2.900.000"],
         ["", "Penyusunan Dokumen", "1.000.000", "1.000.000"],
         ["", "Evaluasi Kinerja", "2.500.000", "1.900.000"],
         ["2", "PROGRAM B", "1.000.000", "900.000"],
         ["", "Rapat Koordinasi", "1.000.000", "900.000"]]
    rows = budget_rows(source([table(t)]), NumberStyle.ID)
    assert [(r.level, r.level_evidence) for r in rows[:2]] == [("program", "word"), ("kegiatan", "position")]
    found = [f for f in findings_of(doc(rows)) if f.rule == "LKJ-B001"]
    assert [(f.severity, f.evidence[0].cell.text) for f in found] == [("warning", "3.000.000")]
    assert "row's level was inferred from its position" in found[0].message["en"]
    assert found[0].to_dict("en")["certainty"]["doubts"][0]["reason"] == "row_level_position"


def _stacked_cell(lines: list[str], r: int, c: int) -> RawCell:
    boxes = [(line, (60.0 + 100 * c, 200.0 + 12 * i, 150.0 + 100 * c, 210.0 + 12 * i)) for i, line in enumerate(lines)]
    return RawCell("\n".join(lines), r, c, (60.0 + 100 * c, 200.0, 160.0 + 100 * c, 200.0 + 12 * len(lines)),
                   line_boxes=boxes)


def _lra(realisasi_512: str = "250.000.000,00") -> RawTable:
    """An LRA ruled only between columns: the whole body in one cell per column."""
    t = table([["KODE", "URAIAN", "ANGGARAN", "REALISASI"], ["", "", "", ""]])
    body = [["5", "5.1", "5.1.01", "5.1.02", "5.2", "5.2.01"],
            ["BELANJA DAERAH", "BELANJA OPERASI", "Belanja Pegawai", "Belanja Barang dan Jasa",
             "BELANJA MODAL", "Belanja Modal Peralatan"],
            ["1.000.000.000,00", "700.000.000,00", "400.000.000,00", "300.000.000,00",
             "300.000.000,00", "300.000.000,00"],
            ["900.000.000,00", "600.000.000,00", "350.000.000,00", realisasi_512,
             "300.000.000,00", "300.000.000,00"]]
    t.grid[1] = [_stacked_cell(lines, 1, c) for c, lines in enumerate(body)]
    return t


def test_rows_stacked_in_one_cell_per_column_become_lines_nested_by_code() -> None:
    rows = budget_rows(source([_lra()]), NumberStyle.ID)
    assert [(r.code, r.name, r.anggaran, r.parent) for r in rows] == [
        ("5", "BELANJA DAERAH", 1e9, None), ("5.1", "BELANJA OPERASI", 7e8, 0),
        ("5.1.01", "Belanja Pegawai", 4e8, 1), ("5.1.02", "Belanja Barang dan Jasa", 3e8, 1),
        ("5.2", "BELANJA MODAL", 3e8, 0), ("5.2.01", "Belanja Modal Peralatan", 3e8, 4)]
    assert all((r.level, r.level_evidence) == ("other", "code") for r in rows)
    assert rows[3].cells["anggaran"].bbox == (260.0, 236.0, 350.0, 246.0)  # its own line's box


def test_account_sum_broken_at_one_level_is_an_error_naming_the_rows() -> None:
    from lkjip.pipeline import findings_of

    rows = budget_rows(source([_lra(realisasi_512="205.000.000,00")]), NumberStyle.ID)
    found = [f for f in findings_of(doc(rows)) if f.rule == "LKJ-B001"]
    assert [(f.severity, f.evidence[0].cell.text) for f in found] == [("error", "600.000.000,00")]
    assert "BELANJA OPERASI" in found[0].message["en"] and "205.000.000,00" in found[0].message["en"]


def test_table_with_headings_of_its_own_on_the_next_page_is_not_a_continuation() -> None:
    first = table([["NO", "PERANGKAT DAERAH", "PAGU", "REALISASI"],
                   ["1", "Biro Umum", "3.000.000", "2.900.000"],
                   ["", "JUMLAH", "3.000.000", "2.900.000"]], tid="p5-t1", page=5)
    other = table([["PEMBIAYAAN DAERAH", "TARGET", "REALISASI", "PERSEN"],
                   ["PENERIMAAN PEMBIAYAAN", "4.000.000", "4.500.000", "112,50"]], tid="p6-t1", page=6)
    rows = budget_rows(source([first, other]), NumberStyle.ID)
    # p6 is a table of its own (its TARGET column of rupiah is its budget), never p5's rows
    assert [(r.page, r.table) for r in rows] == [(5, "p5-t1"), (5, "p5-t1"), (6, "p6-t1")]
