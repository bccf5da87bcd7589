"""An Evaluasi Hasil Renja form whose kegiatan prints several indicator lines, each with its
own K / Rp cells and Penanggung Jawab: the kegiatan's rupiah stand on its first line, the
further lines print '-' (their own empty cells), one of them overleaf. The dashes are no
part of the kegiatan's amount, and with the amount read the sums tell its sub kegiatan."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.extract.readers import read_document
from lkjip.numbers import NumberStyle

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas")
pagesizes = pytest.importorskip("reportlab.lib.pagesizes")

_HEADER: list[tuple[float, float, str]] = [
    (40, 60, "Urusan/Program/Kegiatan"), (160, 60, "Indikator Kinerja"),
    (290, 48, "Realisasi Kinerja Pada Triwulan I - IV Tahun 2023"), (520, 60, "Penanggung Jawab"),
    (326, 64, "I"), (420, 64, "II"),
    (80, 78, "2"), (200, 78, "3"), (325, 78, "7"), (420, 78, "8"), (540, 78, "14"),
    (303, 90, "K"), (348, 90, "Rp"), (398, 90, "K"), (443, 90, "Rp"),
]


def _pdf(path: Path, pages: list[list[tuple[float, float, str]]]) -> Path:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width, height = pagesizes.landscape(pagesizes.A4)
    c = canvas_mod.Canvas(str(path), pagesize=(width, height))
    for words in pages:
        c.setFont("Helvetica", 7)
        for x, y, text in words:
            right = x < 0  # a negative x: right-aligned at -x (amounts)
            c.drawString(-x - stringWidth(text, "Helvetica", 7) if right else x, height - y, text)
        c.showPage()
    c.save()
    return path


def _row(y: float, name: str, k1: str | None, rp1: str | None, k2: str | None,
         rp2: str | None) -> list[tuple[float, float, str]]:
    words = [(160, y, "Jumlah dokumen"), (520, y, "DINAS")] + ([(40, y, name)] if name else [])
    for x, text, dy in ((303, k1, 0), (-375, rp1, 10), (398, k2, 0), (-470, rp2, 10)):
        if text:
            words.append((x, y + dy, text))
    return words


def test_dashes_of_further_indicator_lines_leave_the_amount(tmp_path: Path) -> None:
    first = list(_HEADER)
    y = 110.0
    for name, k1, rp1, k2, rp2 in [
        ("PROGRAM PENUNJANG URUSAN", None, "90.000.000", None, "40.000.000"),
        ("Administrasi Keuangan", "1", "60.000.000", "2", "30.000.000"),
    ]:
        first += _row(y, name, k1, rp1, k2, rp2)
        y += 26
    # the kegiatan's further indicator lines: no name, K '0', Rp '-' (on the line itself)
    for _ in range(2):
        first += [(160, y, "Jumlah laporan"), (303, y, "0"), (-375, y, "-"), (398, y, "0"), (-470, y, "-"),
                  (520, y, "DINAS")]
        y += 14
    second = [(160, 40, "Jumlah laporan"), (303, 40, "0"), (-375, 40, "-"), (398, 40, "0"), (-470, 40, "-"),
              (520, 40, "DINAS")]
    y = 60.0
    for name, k1, rp1, k2, rp2 in [
        ("Penyediaan Gaji", "1", "50.000.000", "1", "25.000.000"),
        ("Penatausahaan Keuangan", "0", "10.000.000", "1", "5.000.000"),
        ("Administrasi Umum", "2", "30.000.000", "3", "10.000.000"),
        ("Penyediaan Alat Tulis", "2", "30.000.000", "3", "10.000.000"),
    ]:
        second += _row(y, name, k1, rp1, k2, rp2)
        y += 26
    got = {r.name: r for r in budget_rows(read_document(_pdf(tmp_path / "renja.pdf", [first, second])),
                                          NumberStyle.ID)}
    keg = got["Administrasi Keuangan"]
    assert keg.realisasi == 60_000_000 and keg.cells["realisasi"].text == "60.000.000"
    assert (keg.level, keg.level_evidence) == ("kegiatan", "arithmetic")
    assert got["Penatausahaan Keuangan"].level == "sub_kegiatan"
    assert got["Administrasi Umum"].level == "kegiatan"


def test_a_dash_above_the_figure_leaves_the_cell_unread(tmp_path: Path) -> None:
    """Which line is the row's own is unclear when the dash comes first: nothing is guessed."""
    body = list(_HEADER) + _row(110, "PROGRAM PENUNJANG URUSAN", None, "90.000.000", None, "40.000.000")
    body += [(40, 136, "Administrasi Keuangan"), (160, 136, "Jumlah dokumen"), (303, 136, "0"), (-375, 136, "-"),
             (520, 136, "DINAS"), (160, 150, "Jumlah laporan"), (303, 150, "1"), (-375, 150, "60.000.000"),
             (520, 150, "DINAS")]
    got = {r.name: r for r in budget_rows(read_document(_pdf(tmp_path / "renja.pdf", [body])), NumberStyle.ID)}
    assert got["Administrasi Keuangan"].realisasi is None
