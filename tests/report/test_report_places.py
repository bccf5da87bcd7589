"""Locations a person can find: printed page numbers, the report's table captions, data-row
numbers counted from 1 and the column headers as printed, in every report format."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from openpyxl import load_workbook
from rich.console import Console

from lkjip.extract.interpret.table_places import printed_caption, table_place
from lkjip.extract.page_labels import printed_page_labels, roman_value
from lkjip.extract.source import Page, RawCell, RawTable
from lkjip.pipeline import check_document
from lkjip.report.html import render_html
from lkjip.report.json_report import check_payload
from lkjip.report.sarif import sarif_payload
from lkjip.report.terminal import render_terminal
from lkjip.report.xlsx import write_xlsx
from lkjip.results import RunResult
from tests.generator.defects import DEFECTS_BY_NAME, inject
from tests.generator.model import consistent_report
from tests.generator.render_pdf import PageNumbering, render_pdf


def _page(number: int, *lines: str) -> Page:
    # No character boxes: the first and last lines stand for the header and footer bands.
    return Page(number=number, width=595, height=842, text="\n".join(lines))


def _body(number: int, header: str, footer: str) -> Page:
    return _page(number, header, "Isi halaman dengan angka 17 dan 2.500 di tengah.", "paragraf kedua",
                 "paragraf ketiga", footer)


def test_arabic_footer_numbers_offset_from_the_pdf_pages() -> None:
    pages = [_page(1, "LAPORAN KINERJA", "TAHUN 2022")]
    pages += [_body(n, "Laporan Kinerja Instansi Pemerintah Tahun 2022", f"Laporan Kinerja      {n - 2}")
              for n in range(3, 9)]
    labels = printed_page_labels(pages)
    assert labels == {n: str(n - 2) for n in range(3, 9)}  # the running year is never a page number


def test_roman_front_matter_chapter_numbers_and_decorated_numbers() -> None:
    pages = [_body(n, "Kata Pengantar", f"{['ii', 'iii', 'iv'][n - 2]}") for n in range(2, 5)]
    pages += [_body(n, "LKIP 2016", f"I- {n - 4}") for n in range(5, 8)]
    pages += [_body(n, "LKIP 2016", f"- {n - 7} -") for n in range(8, 11)]
    pages += [_body(n, "Hal. " + str(n + 10), "Dinas Kesehatan Provinsi") for n in range(11, 14)]
    labels = printed_page_labels(pages)
    assert [labels[n] for n in (2, 3, 4)] == ["ii", "iii", "iv"]
    assert [labels[n] for n in (5, 6, 7)] == ["I-1", "I-2", "I-3"]
    assert [labels[n] for n in (8, 9, 10)] == ["1", "2", "3"]
    assert [labels[n] for n in (11, 12, 13)] == ["21", "22", "23"]
    assert roman_value("xiv") == 14 and roman_value("abc") is None


def test_a_lone_number_in_the_footer_band_is_not_a_page_number() -> None:
    pages = [_body(n, "Judul", "Sumber: BPS") for n in range(1, 6)]
    pages[2] = _body(3, "Judul", "Tabel 7")
    assert printed_page_labels(pages) == {}


def _grid(rows: list[list[str]], x0: float = 50.0, width: float = 100.0) -> RawTable:
    grid = [[RawCell(text, r, c, (x0 + c * width, 100 + 20 * r, x0 + (c + 1) * width, 120 + 20 * r))
             for c, text in enumerate(row)] for r, row in enumerate(rows)]
    return RawTable(id="p4-t2", page=4, bbox=None, grid=grid, caption="Capaian kinerja disajikan berikut:\n"
                    "Tabel 3.2 Pengukuran Kinerja Tahun 2022")


def test_header_rows_column_numbers_and_repeated_headers_are_not_counted() -> None:
    table = _grid([["NO", "INDIKATOR", "REALISASI", "REALISASI"],
                   ["", "", "2021", "2022"],
                   ["(1)", "(2)", "(3)", "(4)"],
                   ["1", "Indeks kepuasan", "80", "82"],
                   ["2", "Opini BPK", "WTP", "WTP"],
                   ["NO", "INDIKATOR", "REALISASI", "REALISASI"],  # repeated on the next page
                   ["3", "Nilai SAKIP", "65,2", "70,1"]])
    place = table_place(table, ordinal=2)
    assert place.caption == "Tabel 3.2 Pengukuran Kinerja Tahun 2022"
    assert place.header_rows == 3
    assert place.row_numbers == {3: 1, 4: 2, 6: 3}
    assert place.column_headers == ["NO", "INDIKATOR", "REALISASI 2021", "REALISASI 2022"]
    assert place.column_at(50 + 3 * 100 + 40) == 3


def test_caption_is_the_numbered_title_or_a_capitalised_title_block() -> None:
    assert printed_caption("Tabel 2.1\nPerjanjian") is not None
    assert printed_caption("seperti terlihat pada Tabel 3.1 berikut ini:") is None  # a sentence citing it
    assert printed_caption("berikut:\nPENGUKURAN KINERJA\nBIRO UMUM TAHUN 2018") == "PENGUKURAN KINERJA BIRO UMUM TAHUN 2018"


@pytest.fixture(scope="module")
def numbered_run(tmp_path_factory: pytest.TempPathFactory) -> RunResult:
    """A generated report with a cover, one roman page, the body numbered from PDF page 3,
    and a kegiatan amount with two digits swapped (LKJ-B001)."""
    report = inject(consistent_report(1, "rowwise"), DEFECTS_BY_NAME["kegiatan_digit_swap"], 1)
    path = render_pdf(report, tmp_path_factory.mktemp("numbered") / "numbered.pdf", PageNumbering(body_from=3))
    return RunResult([check_document(path)], lang="id")


def _b001(run: RunResult):
    return next(f for f in run.documents[0].findings if f.rule == "LKJ-B001")


def test_evidence_names_the_printed_page_caption_row_and_header(numbered_run: RunResult, contracts: dict) -> None:
    finding = _b001(numbered_run)
    budget = {r.row: r for r in numbered_run.documents[0].extraction.budget}
    for ev in finding.evidence:
        assert ev.place is not None and ev.cell.page is not None
        assert ev.place.printed_page == str(ev.cell.page - 2) and ev.place.page_source == "printed"
        assert ev.place.table_caption is not None and ev.place.table_caption.startswith("Tabel 3.3 Realisasi Anggaran")
        assert ev.place.column_header is not None and "ANGGARAN" in ev.place.column_header
        # Data rows counted from 1 as a person does: the header row is not counted.
        assert ev.place.row_number == sorted(budget).index(ev.cell.row) + 1
    assert f"(PDF {finding.evidence[0].cell.page})" in finding.text("id")
    payload = check_payload(numbered_run)
    jsonschema.validate(payload, contracts["findings"])
    ev = next(f for f in payload["documents"][0]["findings"] if f["rule"] == "LKJ-B001")["evidence"][0]
    assert {"printed_page", "page_source", "table_caption", "row_number", "column_header"} <= set(ev)
    assert ev["page"] - 2 == int(ev["printed_page"])  # the machine fields stay


def test_every_format_shows_where_a_person_finds_it(numbered_run: RunResult, tmp_path: Path) -> None:
    ev = _b001(numbered_run).evidence[0]
    printed, pdf = ev.place.printed_page, ev.cell.page
    console = Console(record=True, width=400, force_terminal=False)
    render_terminal(numbered_run, console)
    text = console.export_text()
    assert f"hlm. {printed} (hlm. PDF {pdf}) · Tabel 3.3 Realisasi Anggaran" in text
    assert f"baris {ev.place.row_number} · kolom «{ev.place.column_header}»" in text
    html = render_html(numbered_run)
    assert f"hlm. {printed} (hlm. PDF {pdf})" in html and "Tabel 3.3 Realisasi Anggaran" in html
    assert f"<figcaption>hlm. {printed} (hlm. PDF {pdf})</figcaption>" in html
    sarif = json.dumps(sarif_payload(numbered_run), ensure_ascii=False)
    assert f'"printedPage": "{printed}"' in sarif and '"columnHeader"' in sarif and '"rowNumber"' in sarif
    out = tmp_path / "t.xlsx"
    write_xlsx(numbered_run, out)
    cells = [str(c.value) for row in load_workbook(out).worksheets[0].iter_rows() for c in row if c.value]
    assert any(f"hlm. {printed} (hlm. PDF {pdf})" in c and "Tabel 3.3" in c for c in cells)


def test_a_page_without_a_printed_number_says_the_pdf_page(numbered_run: RunResult) -> None:
    doc = numbered_run.documents[0].extraction
    assert 1 not in doc.page_labels  # the cover prints no number
    place = doc.place_of(type(_b001(numbered_run).evidence[0].cell)(text="x", page=1))
    assert place.printed_page == "1" and place.page_source == "pdf"


def test_html_crops_take_in_the_table_header_and_the_title_names_the_report(numbered_run: RunResult) -> None:
    import re

    html = render_html(numbered_run)
    doc = numbered_run.documents[0].extraction
    finding = _b001(numbered_run)
    table = doc.tables[finding.evidence[0].cell.table]
    assert table.header_bbox is not None
    article = html[html.index('data-rule="LKJ-B001" data-status'):]
    region = [float(v) for v in re.search(r'data-region="([^"]+)"', article).group(1).split()]
    # The header row (which column was read) is inside the crop, above the evidence.
    assert region[1] <= table.header_bbox[1] and table.header_bbox[3] <= region[3]
    title = re.search(r"<title>(.*?)</title>", html).group(1)
    assert "numbered.pdf" in title and str(doc.metadata.year) in title


def test_numbered_list_items_in_the_band_are_not_page_numbers() -> None:
    # A list running across page breaks puts "5)" and "6." at the top of pages 47 and 48.
    pages = [_body(n, f"{n - 42})  Kegiatan Administrasi", "paragraf") for n in range(46, 49)]
    pages += [_body(49, "6.  Kegiatan Pengadaan", "paragraf")]
    assert printed_page_labels(pages) == {}


def test_a_chapter_number_read_whole_after_a_running_title() -> None:
    # "LKIP BAPPEDA … Tahun 2016 II - 1": single spaces, the chapter prefix read with its number.
    pages = [_body(n, "Bab II", f"LKIP BAPPEDA Provinsi Jawa Barat Tahun 2016 II - {n - 18}") for n in range(19, 24)]
    assert printed_page_labels(pages) == {n: f"II-{n - 18}" for n in range(19, 24)}


def test_a_caption_number_over_its_title_line_is_read_with_it() -> None:
    assert printed_caption("berikut:\nTabel 2.4.\nPerjanjian Kinerja Tahun 2021") == "Tabel 2.4. Perjanjian Kinerja Tahun 2021"


def test_docx_tables_name_no_column_by_position() -> None:
    # A DOCX has no page geometry: its boxes cannot say which column a value sits in.
    table = _grid([["NO", "TARGET"], ["1", "100 %"]])
    table.page = None
    place = table_place(table, ordinal=1)
    assert place.column_spans == [] and place.column_at(120) is None
    assert place.row_numbers == {1: 1}


def test_a_page_without_its_number_in_a_numbered_report_is_named_as_the_pdf_page() -> None:
    # A landscape appendix prints no number while the body does: "hlm. 110" would send the
    # reader to printed page 110 (PDF 114); the message says it is the PDF's page.
    from lkjip.checks.wording import page_ref, printed_labels

    with printed_labels({77: "73", 112: "108"}):
        assert page_ref(77, "id") == "hlm. 73 (PDF 77)"
        assert page_ref(110, "id") == "hlm. PDF 110" and page_ref(110, "en") == "p. PDF 110"
    assert page_ref(110, "id") == "hlm. 110"  # no page prints a number: PDF and printed agree
