"""Report metadata from the cover and title pages: agency, region, performance year."""

from __future__ import annotations

import csv
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from rapidfuzz import fuzz

from lkjip.extract.interpret.metadata import agency_of, performance_year, read_metadata
from lkjip.extract.pdf.reader import read_page_text
from lkjip.extract.source import Page, SourceDocument
from tests.conftest import SEED_PDF, shared_path


def _text_source(*texts: str) -> SourceDocument:
    pages = [Page(number=i + 1, width=595, height=842, text=t) for i, t in enumerate(texts)]
    return SourceDocument(file="x.pdf", sha256="0", kind="pdf", page_count=len(pages), pages=pages, tables=[])


def _front_pages(path: Path, n: int = 6) -> SourceDocument:
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = [read_page_text(pdf[i], i + 1) for i in range(min(n, len(pdf)))]
        return SourceDocument(file=str(path), sha256="0", kind="pdf", page_count=len(pdf), pages=pages, tables=[])
    finally:
        pdf.close()


def test_seed_cover() -> None:
    meta = read_metadata(_front_pages(SEED_PDF))
    assert meta.year == 2018
    assert meta.region == "Provinsi Jambi"
    assert meta.agency == "Biro Humas dan Protokol Sekretariat Daerah"  # "Setda" spelled out


def test_performance_year_not_publication_year() -> None:
    # Cover printed in 2017, summary about 2016: the report is on 2016.
    source = _text_source(
        "BADAN PENANGGULANGAN BENCANA\nDAERAH PROVINSI JAWA BARAT\nTAHUN 2017",
        "IKHTISAR EKSEKUTIF\nLaporan Kinerja Instansi Pemerintah (LKIP) Badan Penanggulangan Bencana "
        "Daerah Provinsi Jawa Barat Tahun 2016 disusun ... capaian kinerja tahun 2016 ... "
        "sesuai Peraturan Presiden Nomor 29 Tahun 2014 ... Renstra 2013-2018\nBandung, Januari 2017",
    )
    meta = read_metadata(source)
    assert meta.year == 2016
    assert meta.region == "Provinsi Jawa Barat"
    assert meta.agency == "Badan Penanggulangan Bencana Daerah"


def test_citations_and_periods_do_not_vote() -> None:
    assert performance_year([(1, "Peraturan Menteri Nomor 53 Tahun 2014 ... Renstra Tahun 2013-2018")]) is None
    assert performance_year([(0, "LKjIP Tahun 2019"), (1, "Nomor 12 Tahun 2018, Nomor 3 Tahun 2018")]) == 2019


def test_no_text_gives_no_metadata() -> None:
    meta = read_metadata(_text_source("", "  "))
    assert (meta.agency, meta.region, meta.year) == (None, None, None)


def _real_reports() -> list[dict[str, str]]:
    folder = shared_path("corpus", "real")
    rows = list(csv.DictReader((folder / "SOURCES.tsv").open(encoding="utf-8"), delimiter="\t"))
    # Full reports with a text layer: their year is single and printed on the front pages.
    return [r for r in rows if r["kind"] in ("LKjIP", "LAKIP") and r["file"].endswith(".pdf")
            and not r["text_layer"].startswith("no")]


def test_real_corpus_performance_year_and_agency() -> None:
    """Never a wrong year (a report whose front pages do not say it gets none), the agency
    where the front pages name it with its region."""
    folder = shared_path("corpus", "real")
    reports = _real_reports()
    assert len(reports) >= 10
    agencies_found = years_missing = 0
    wrong_agencies = []
    for row in reports:
        meta = read_metadata(_front_pages(folder / row["file"]))
        assert meta.year in (int(row["year"]), None), (row["file"], meta)
        years_missing += meta.year is None
        if meta.agency:
            # SOURCES.tsv writes "Dinas Kesehatan Prov. Jawa Barat"; we split off the region.
            if fuzz.partial_ratio(meta.agency.lower(), row["agency"].lower()) < 80:
                wrong_agencies.append((row["file"], meta.agency))
            agencies_found += 1
        if meta.region:
            assert meta.region.split()[-1].lower() in row["agency"].lower(), (row["file"], meta.region)
    assert years_missing <= 1
    # A Biro inside a Setda may be named only by its parent ("Sekretariat Daerah") on the
    # front pages; one such report is tolerated.
    assert len(wrong_agencies) <= 1, wrong_agencies
    assert agencies_found >= len(reports) - 3


def test_year_in_a_cited_regulation_title_does_not_vote() -> None:
    text = ("Dasar hukum:\n9. Peraturan Gubernur Jawa Barat Nomor 33 Tahun 2009 tentang Rencana Kerja "
            "Pemerintah Daerah Provinsi Jawa Barat tahun 2009;\n")
    assert performance_year([(1, text)]) is None
    assert performance_year([(1, text), (0, "LAPORAN KINERJA\nINSTANSI PEMERINTAH\n(LKIP)\nTAHUN 2016")]) == 2016


def test_a_report_on_a_whole_government_names_the_government_not_its_office() -> None:
    cover = "LAPORAN KINERJA\nTAHUN 2022\nKantor Gubernur Provinsi Sumatera Utara\nJl. Diponegoro No. 30"
    body = "Laporan Kinerja Instansi Pemerintah Provinsi Sumatera Utara disusun dalam rangka"
    assert agency_of([(0, cover), (2, body)]) == "Pemerintah Provinsi Sumatera Utara"


@pytest.mark.parametrize("name", ["andri000me__LKIP BPBD 2016.pdf"])
def test_real_cover_with_publication_year(name: str) -> None:
    # Its cover says "TAHUN 2017" (publication); the report is on 2016.
    meta = read_metadata(_front_pages(shared_path("corpus", "real", name)))
    assert meta.year == 2016
