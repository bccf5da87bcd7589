"""Realisation forms read from their words, on forms drawn here without any rule: an RFK
form (kode, anggaran per level, realisasi Rupiah / %) and an Evaluasi Hasil Renja form
(K / Rp per triwulan, Penanggung Jawab, no codes: kegiatan told from sub kegiatan by sums)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.extract.readers import read_document
from lkjip.numbers import NumberStyle

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas")
pagesizes = pytest.importorskip("reportlab.lib.pagesizes")


def _pdf(path: Path, lines: list[tuple[float, float, str]], size: float = 7) -> Path:
    """Words placed at (x, y from the top) on one landscape A4 page."""
    width, height = pagesizes.landscape(pagesizes.A4)
    c = canvas_mod.Canvas(str(path), pagesize=(width, height))
    c.setFont("Helvetica", size)
    for x, y, text in lines:
        c.drawString(x, height - y, text)
    c.save()
    return path


def _right(x: float, text: str, size: float = 7) -> tuple[float, str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return x - stringWidth(text, "Helvetica", size), text


def test_rfk_form_codes_levels_and_wrapped_names(tmp_path: Path) -> None:
    body: list[tuple[float, float, str]] = [
        (300, 30, "REALISASI FISIK DAN KEUANGAN"), (40, 50, "Bulan : Januari 2021"),
        (300, 80, "ANGGARAN"), (460, 80, "REALISASI KEUANGAN"),
        (40, 90, "Kode"), (100, 90, "PROGRAM/KEGIATAN"),
        (222, 90, "PER SUB-KEGIATAN"), (297, 90, "PER KEGIATAN"), (364, 90, "PER PROGRAM"),
        (470, 90, "Rupiah"), (530, 90, "%"),
        (45, 102, "1"), (140, 102, "2"), (250, 102, "3"), (318, 102, "3a"), (386, 102, "3b"),
        (480, 102, "4"), (532, 102, "5"),
    ]
    rows = [
        (120, "1-03.01", "PROGRAM PENUNJANG URUSAN", None, None, "300.000.000", None, None),
        (132, "01.2.01", "Perencanaan dan Evaluasi Kinerja", None, "300.000.000", None, None, None),
        (144, "01.2.01.01", "Penyusunan Dokumen Perencanaan", "100.000.000", None, None, "50.000.000", "50,00"),
        (166, "01.2.01.02", "Koordinasi Laporan Capaian", "200.000.000", None, None, "150.000.000", "75,00"),
    ]
    for y, code, name, sub, keg, prog, rp, pct in rows:
        body += [(40, y, code), (100, y, name)]
        for x, text in ((275, sub), (340, keg), (410, prog), (515, rp), (545, pct)):
            if text:
                body.append((_right(x, text)[0], y, text))
    body.append((100, 154, "Perangkat Daerah"))  # the sub kegiatan's name wraps under it
    doc = read_document(_pdf(tmp_path / "rfk.pdf", body))
    got = budget_rows(doc, NumberStyle.ID)
    by_code = {r.code: r for r in got}
    assert by_code["1-03.01"].level == "program" and by_code["1-03.01"].anggaran == 300_000_000
    assert by_code["01.2.01"].level == "kegiatan" and by_code["01.2.01"].level_evidence == "code"
    sub = by_code["01.2.01.01"]
    assert sub.level == "sub_kegiatan" and sub.anggaran == 100_000_000
    assert sub.realisasi == 50_000_000 and sub.persen == 50.0
    assert sub.name == "Penyusunan Dokumen Perencanaan Perangkat Daerah"
    assert by_code["01.2.01.02"].realisasi == 150_000_000


def test_evaluation_form_triwulan_pairs_and_levels_by_sums(tmp_path: Path) -> None:
    body: list[tuple[float, float, str]] = [
        (40, 60, "Urusan/Program/Kegiatan"), (160, 60, "Indikator Kinerja"),
        (290, 48, "Realisasi Kinerja Pada Triwulan I - IV Tahun 2023"), (520, 60, "Penanggung Jawab"),
        (326, 64, "I"), (420, 64, "II"),
        (80, 78, "2"), (200, 78, "3"), (325, 78, "7"), (420, 78, "8"), (540, 78, "14"),
        (303, 90, "K"), (348, 90, "Rp"), (398, 90, "K"), (443, 90, "Rp"),
    ]
    rows = [  # name, K1, Rp1, K2, Rp2; amounts set one line below the name's first line
        ("DINAS CONTOH", None, "90.000.000", None, "40.000.000"),
        ("PROGRAM PENUNJANG URUSAN", None, "90.000.000", None, "40.000.000"),
        ("Administrasi Keuangan", "1", "60.000.000", "2", "30.000.000"),
        ("Penyediaan Gaji", "1", "50.000.000", "1", "25.000.000"),
        ("Penatausahaan Keuangan", "0", "10.000.000", "1", "5.000.000"),
        ("Administrasi Umum", "2", "30.000.000", "3", "10.000.000"),
        ("Penyediaan Alat Tulis", "2", "30.000.000", "3", "10.000.000"),
    ]
    y = 110.0
    for name, k1, rp1, k2, rp2 in rows:
        body += [(40, y, name), (160, y, "Jumlah dokumen"), (520, y, "DINAS")]
        for x, text, dy in ((303, k1, 0), (375, rp1, 10), (398, k2, 0), (470, rp2, 10)):
            if text:
                body.append((_right(x, text)[0] if dy else x, y + dy, text))
        y += 26
    doc = read_document(_pdf(tmp_path / "renja.pdf", body))
    got = {r.name: r for r in budget_rows(doc, NumberStyle.ID)}
    assert got["DINAS CONTOH"].level == "total"
    assert got["PROGRAM PENUNJANG URUSAN"].level == "program"
    assert got["PROGRAM PENUNJANG URUSAN"].realisasi == 90_000_000
    keg = got["Administrasi Keuangan"]
    assert (keg.level, keg.level_evidence) == ("kegiatan", "arithmetic")
    assert got["Penyediaan Gaji"].level == "sub_kegiatan" and got["Penyediaan Gaji"].realisasi == 50_000_000
    assert got["Administrasi Umum"].level == "kegiatan"
    assert keg.realisasi == 60_000_000 and keg.anggaran is None  # triwulan I; K columns are no money


def test_a_figure_printed_once_for_two_rows_is_only_inferred() -> None:
    """Paket a prints 43.615.000 (98,56 %) against its own 22.500.000 and paket b prints no
    realisasi: one contract for both, the cell merged over the two rows."""
    from lkjip.extract.interpret.budget.evaluation_form import _shared_figures
    from lkjip.records import BudgetRow, Cell

    def paket(name: str, anggaran: float, realisasi: float | None) -> BudgetRow:
        row = BudgetRow(table="t", table_kind="realisasi_anggaran", page=1, row=0, level="paket", name=name,
                        anggaran=anggaran, realisasi=realisasi)
        row.cells["anggaran"] = Cell(text=str(anggaran))
        if realisasi is not None:
            row.cells["realisasi"] = Cell(text=str(realisasi))
            row.cells["persen"] = Cell(text="98,56%")
        return row

    rows = [paket("a", 22_500_000, 43_615_000), paket("b", 21_750_000, None), paket("c", 81_000_000, 72_799_000)]
    _shared_figures(rows)
    assert "cell_spans_rows" in rows[0].cells["realisasi"].inferred
    assert "cell_spans_rows" in rows[0].cells["persen"].inferred
    assert rows[0].cells["anggaran"].inferred == ()
    assert rows[2].cells["realisasi"].inferred == ()
