"""A lampiran table whose year only the title block opening its page names ("INDIKATOR
KINERJA UTAMA (IKU) / DINAS … / TAHUN 2017", then the unit's particulars, then the table
under a caption without a year) is of that year; a running head is no title."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lkjip.extract.readers import read_document
from lkjip.pipeline import records_of
from tests.generator.render_pdf import BODY, CAPTION, CELL, CELL_HEAD

IKU_ROWS = [
    ("1", "Meningkatnya kemandirian masyarakat", "Persentase rumah tangga ber-PHBS",
     "Jumlah rumah tangga ber-PHBS dibagi jumlah rumah tangga dikali 100%", "Pendataan PHBS"),
    ("2", "Menurunnya kematian bayi", "Ratio kematian bayi",
     "Jumlah kematian bayi dibagi jumlah kelahiran hidup dikali 1.000", "Profil Kesehatan"),
]


def _iku_page(title_year: str | None) -> list:
    title = ["INDIKATOR KINERJA UTAMA (IKU)", "DINAS KESEHATAN PROVINSI CONTOH"]
    if title_year:
        title.append(f"TAHUN {title_year}")
    head = [[Paragraph(h, CELL_HEAD) for h in ("NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA",
                                              "PENJELASAN / FORMULASI", "SUMBER DATA")]]
    body = [[Paragraph(v, CELL) for v in row] for row in IKU_ROWS]
    grid = Table(head + body, colWidths=[1 * cm, 3.5 * cm, 4 * cm, 5 * cm, 3 * cm])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    particulars = [
        "Nama Organisasi : Dinas Kesehatan Provinsi Contoh",
        "Tugas : Melaksanakan urusan pemerintahan daerah bidang kesehatan berdasarkan asas otonomi",
        "Fungsi : a. Menyelenggarakan perumusan dan penetapan kebijakan teknis urusan bidang kesehatan",
        "b. Penyelenggaraan urusan kesehatan meliputi regulasi dan kebijakan kesehatan",
        "c. Pembinaan dan pelaksanaan tugas-tugas kesehatan meliputi pelayanan kesehatan",
        "d. Penyelenggaraan tugas-tugas kesekretariatan",
        "e. Pengkoordinasian dan pembinaan unit pelaksana teknis dinas",
    ]
    return [*(Paragraph(t, CAPTION) for t in title), Spacer(1, 0.6 * cm),
            *(Paragraph(t, BODY) for t in particulars), Spacer(1, 0.6 * cm),
            Paragraph("INDIKATOR KINERJA UTAMA (IKU)", CAPTION), Spacer(1, 0.2 * cm), grid]


def _build(path: Path, title_year: str | None) -> Path:
    story = [Paragraph("LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2016", CAPTION), Spacer(1, 0.5 * cm),
             Paragraph("Laporan ini menyajikan capaian kinerja Dinas Kesehatan Provinsi Contoh tahun 2016.", BODY),
             PageBreak(), *_iku_page(title_year)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def _iku_table(path: Path):  # type: ignore[no-untyped-def]
    doc = records_of(read_document(path))
    (table,) = [t for t in doc.indicator_tables if t.page == 2]
    return table, [r for r in doc.indicators if r.page == 2]


def test_the_page_title_names_the_lampiran_tables_year(tmp_path: Path) -> None:
    table, rows = _iku_table(_build(tmp_path / "iku.pdf", "2017"))
    assert table.year == 2017
    assert any(e.what == "year" and e.source == "title" for e in table.evidence)
    assert rows and {r.year for r in rows} == {2017}


def test_without_a_title_year_the_report_year_holds(tmp_path: Path) -> None:
    table, rows = _iku_table(_build(tmp_path / "plain.pdf", None))
    assert table.year == 2016
    assert {r.year for r in rows} == {2016}
