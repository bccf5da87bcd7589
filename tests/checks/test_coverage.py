"""Coverage and LKJ-S002: what was read, and what looks like a table but gave no rows."""

from __future__ import annotations

from lkjip.checks.rule import CheckConfig
from lkjip.checks.structure.s002_table_not_read import TableNotRead
from lkjip.extract.interpret.coverage import coverage_of
from lkjip.extract.source import Page
from lkjip.records import BudgetRow, Extraction
from lkjip.report.coverage import coverage_line
from tests.budget.test_budget_extract import source, table, text_page

BUDGET_HEADER = ["No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"]
BUDGET_ROWS = [["1", "Program A", "1.000.000.000", "900.000.000", "90,00"],
               ["2", "Program B", "2.000.000.000", "1.500.000.000", "75,00"],
               ["", "Jumlah", "3.000.000.000", "2.400.000.000", "80,00"]]
INDICATOR = [["No", "Indikator", "Target", "Realisasi", "Capaian (%)"],
             ["1", "Persentase A", "100 %", "95 %", "95"], ["2", "Jumlah B", "12 dokumen", "12 dokumen", "100"]]
STAFF = [["No", "Nama", "NIP", "Jabatan"], ["1", "Ani", "19700101 199001 1 001", "Kepala"],
         ["2", "Budi", "19800101 200001 1 002", "Staf"]]


def _doc(budget: list[BudgetRow] | None = None) -> Extraction:
    return Extraction(file="t.pdf", sha256="0", kind="pdf", pages=9, budget=budget or [])


def test_a_budget_grid_that_gave_no_rows_is_listed_and_noted() -> None:
    src = source([table([BUDGET_HEADER, *BUDGET_ROWS], "p29-t1", 29), table(STAFF, "p3-t1", 3)])
    cov = coverage_of(src, _doc())
    assert [(n.page, n.table, n.looks_like) for n in cov.not_read] == [(29, "p29-t1", "budget")]
    doc = _doc()
    doc.coverage = cov
    [finding] = list(TableNotRead().check(doc, CheckConfig()))
    assert finding.severity == "info" and finding.evidence[0].cell.page == 29
    assert "hlm. 29" in finding.text("id") and "p. 29" in finding.text("en")
    assert "(anggaran, realisasi (3 baris))" in finding.text("id") and "rows" not in finding.text("id")
    assert "(3 rows)" in finding.text("en")


def test_an_indicator_grid_that_gave_no_rows_is_listed() -> None:
    cov = coverage_of(source([table(INDICATOR, "p12-t1", 12)]), _doc())
    assert [(n.page, n.looks_like) for n in cov.not_read] == [(12, "indicator")]


def test_a_table_rows_came_from_is_read_not_missing() -> None:
    src = source([table([BUDGET_HEADER, *BUDGET_ROWS], "p29-t1", 29)])
    rows = [BudgetRow(table="p29-t1", table_kind="realisasi_anggaran", page=29, row=r, level="program", name=n)
            for r, n in ((1, "Program A"), (2, "Program B"))]
    cov = coverage_of(src, _doc(rows))
    assert cov.not_read == []
    assert [(r.table, r.kind, r.pages, r.rows) for r in cov.read] == [("p29-t1", "budget", [29], 2)]
    assert list(TableNotRead().check(_doc(rows), CheckConfig())) == []


def test_lines_of_amounts_under_a_budget_heading_without_a_grid() -> None:
    page = text_page([(60, 100, "Program Anggaran Realisasi %"),
                      (60, 120, "Program A 1.000.000.000 900.000.000 90,00"),
                      (60, 140, "Program B 2.000.000.000 1.500.000.000 75,00"),
                      (60, 160, "Program C 500.000.000 450.000.000 90,00"),
                      (60, 180, "Jumlah 3.500.000.000 2.850.000.000 81,43")], number=31)
    cov = coverage_of(source([], [page]), _doc())
    assert [(n.page, n.table, n.looks_like) for n in cov.not_read] == [(31, None, "budget")]
    doc = _doc()
    doc.coverage = cov
    [finding] = list(TableNotRead().check(doc, CheckConfig()))
    assert "baris berisi jumlah uang" in finding.text("id") and "lines of amounts" not in finding.text("id")


def test_running_text_with_a_few_amounts_is_not_a_table() -> None:
    page = text_page([(60, 100, "Anggaran dan realisasi program tahun ini sebagai berikut."),
                      (60, 120, "Anggaran Rp 1.000.000.000 dengan realisasi Rp 900.000.000 atau 90%.")], number=5)
    assert coverage_of(source([], [page]), _doc()).not_read == []


def test_the_sentence_says_what_was_read_and_what_was_not() -> None:
    src = source([table([BUDGET_HEADER, *BUDGET_ROWS], "p44-t1", 44), table(INDICATOR, "p12-t1", 12)])
    rows = [BudgetRow(table="p44-t1", table_kind="realisasi_anggaran", page=p, row=1, level="program", name="A")
            for p in (44, 45, 46)]
    cov = coverage_of(src, _doc(rows))
    assert coverage_line(cov, "en") == "Read: 1 budget table (p. 44–46); not read: p. 12 (indicator table)."
    assert coverage_line(cov, "id") == "Terbaca: 1 tabel anggaran (hlm. 44–46); tidak terbaca: hlm. 12 (tabel indikator)."
    assert coverage_line(coverage_of(source([]), _doc()), "en") == "No budget or indicator table was read."


def test_the_html_report_says_what_was_read(seed_extraction) -> None:
    from lkjip.report.html import render_html
    from lkjip.results import DocumentResult, RunResult

    page = render_html(RunResult([DocumentResult(seed_extraction, [])], lang="id"))
    assert '<p class="coverage">Terbaca: 2 tabel anggaran (hlm. 8, 17), 5 tabel indikator' in page


LISTING = [["NOMOR URUT", "URAIAN", "JUMLAH", "DASAR HUKUM"],
           ["4.1.1", "Pajak Daerah", "34.942.500.000,00", ""],
           ["4.1.1.01", "Pajak Hotel", "190.000.000,00", "Perda Nomor 11 Tahun 2010"],
           ["4.1.1.02", "Pajak Restoran", "1.000.000.000,00", "Perda Nomor 11 Tahun 2010"]]


def test_a_budget_listing_with_one_jumlah_column_that_gave_no_rows_is_listed() -> None:
    """An APBD listing (URAIAN / JUMLAH, no realisasi) read by no one is not silence."""
    cov = coverage_of(source([table(LISTING, "p2-t1", 2)]), _doc())
    assert [(n.page, n.looks_like) for n in cov.not_read] == [(2, "budget")]


def test_grids_on_pages_a_ledger_was_read_from_are_read() -> None:
    """The unruled-ledger reader takes whole pages; the grid cells found there are it."""
    rows = [BudgetRow(table="p2-ledger1", table_kind="program_anggaran", page=2, row=0, level="other",
                      name="Pajak Daerah", code="4.1.1", anggaran=34_942_500_000.0)]
    cov = coverage_of(source([table(LISTING, "p2-t1", 2)]), _doc(rows))
    assert cov.not_read == [] and [r.table for r in cov.read] == ["p2-ledger1"]


def test_a_page_full_of_amounts_under_no_budget_heading_is_listed() -> None:
    """A form heading its periods only "K | Rp" names no anggaran: still a table to look for."""
    lines = [(60, 100, "Urusan/Program/Kegiatan Realisasi Triwulan I K Rp")]
    lines += [(60, 120 + 14 * i, f"Kegiatan {i} 0 {i + 1}.250.000 1 {i + 2}.500.000") for i in range(12)]
    cov = coverage_of(source([], [text_page(lines, number=4)]), _doc())
    assert [(n.page, n.table, n.looks_like) for n in cov.not_read] == [(4, None, "budget")]
    assert "12 lines of amounts" in cov.not_read[0].because


GARBLED = [["Fopntegorha Fegitn", "Tapt Rrsta Peegui", "R Cn Kna Pta", "Belu ceh fey"],
           ["Sula Peg Juntn", "790.00.000", "8544286", "310.98006"],
           ["Sut Kegiran Pongadem", "26.708-968", "21.7.54", "0,00"],
           ["Kigltn Fenyediaen", "30437S585", "101.27.401", "27,12"],
           ["So Fagan Feman", "104:20.000", "44.524.000", "34,74"]]


def _ocr_page(number: int, confidence: float) -> Page:
    return Page(number=number, width=595, height=842, text="x", source="ocr", ocr_confidence=confidence)


def test_a_grid_of_figures_ocr_read_poorly_is_listed_not_silent() -> None:
    # Tiny print on a low-resolution scan: the headings come out as garbage, so nothing
    # names the table, yet a person sees a table of amounts nobody checked.
    for confidence, listed in ((66.3, True), (93.0, False)):
        cov = coverage_of(source([table(GARBLED, "p18-t1", 18)], [_ocr_page(18, confidence)]), _doc())
        assert [(n.table, n.looks_like) for n in cov.not_read] == ([("p18-t1", "budget")] if listed else [])
    doc = _doc()
    doc.coverage = coverage_of(source([table(GARBLED, "p18-t1", 18)], [_ocr_page(18, 66.3)]), _doc())
    [finding] = list(TableNotRead().check(doc, CheckConfig()))
    assert "OCR read poorly: mean word confidence 66 %" in finding.text("en")
    assert "terbaca buruk oleh OCR" in finding.text("id")
