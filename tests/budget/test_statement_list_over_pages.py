"""A CaLK note's list of one revenue's items ("No | Lain-lain PAD Yang Sah | Realisasi",
headed by its subject after the number column, spending only) broken over a page: the
next page goes on without the header, under the page's running title framed across the
top ("V. CATATAN ATAS LAPORAN KEUANGAN"). Both parts are one list."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from lkjip.extract.readers import read_document
from lkjip.pipeline import findings_of, records_of
from tests.generator.budget_lkip_tables import _Sheet

_XS = [120.0, 150.0, 330.0, 430.0]
_TITLE = "V. CATATAN ATAS LAPORAN KEUANGAN"


def _title(canvas: Canvas, top: float) -> None:
    """The running title in a frame across the page, as a spreadsheet prints its header."""
    canvas.rect(60.0, top - 20, _XS[-1] - 60.0, 20)
    canvas.drawString(200, top - 14, _TITLE)


def _render(path: Path) -> None:
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont("Helvetica", 9)
    _title(canvas, A4[1] - 40)
    canvas.drawString(60, 260, "c. Lain-lain PAD Yang Sah, adapun rinciannya sebagai berikut :")
    sheet = _Sheet(canvas, _XS, 240)
    sheet.row(["No", "Lain-lain PAD Yang Sah", "Realisasi"], set())
    for row in (["1", "Hasil Penjualan Aset Daerah", "-"], ["2", "Penerimaan Jasa Giro", "1,250,000.00"],
                ["3", "Pendapatan Bunga", "-"], ["4", "Tuntutan Ganti Kerugian Daerah", "-"]):
        sheet.row(row, {2})
    sheet.close(240, None, None)
    canvas.showPage()
    canvas.setFont("Helvetica", 9)
    top = A4[1] - 40
    _title(canvas, top)
    sheet = _Sheet(canvas, _XS, top - 20)
    for row in (["5", "Pendapatan Dari Pengembalian", "-"], ["6", "Lain-lain PAD Yang Sah Lainnya", "500,000.00"],
                ["", "Jumlah", "1,750,000.00"]):
        sheet.row(row, {2})
    sheet.close(top - 20, None, None)
    canvas.drawString(60, top - 120, "2. Pendapatan Transfer per 31 Desember 2017 sebesar Rp. 0.00")
    canvas.showPage()
    canvas.save()


def test_list_broken_over_a_page_is_one_list(tmp_path: Path) -> None:
    path = tmp_path / "list.pdf"
    _render(path)
    doc = records_of(read_document(path))
    got = [(b.name, b.realisasi, b.level) for b in doc.budget]
    assert got == [("Hasil Penjualan Aset Daerah", 0.0, "other"), ("Penerimaan Jasa Giro", 1_250_000.0, "other"),
                   ("Pendapatan Bunga", 0.0, "other"), ("Tuntutan Ganti Kerugian Daerah", 0.0, "other"),
                   ("Pendapatan Dari Pengembalian", 0.0, "other"),
                   ("Lain-lain PAD Yang Sah Lainnya", 500_000.0, "other"), ("Jumlah", 1_750_000.0, "total")]
    assert len({b.table for b in doc.budget}) == 1
    assert [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")] == []
