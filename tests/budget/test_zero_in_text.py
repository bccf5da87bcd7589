"""A note's sentence stating a line's realisasi as "Rp. 0" where its table prints a figure
(a template left unfilled) is a warning of LKJ-B007; a zero the table shares, or a zero
about the change against last year, is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from lkjip.extract.readers import read_document
from lkjip.pipeline import findings_of, records_of
from tests.generator.budget_lkip_tables import _Sheet


def _render(path: Path, stated: str) -> None:
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont("Helvetica", 10)
    y = A4[1] - 80
    for line in ("1. Pendapatan Asli Daerah",
                 f"Realisasi Pendapatan Asli Daerah TA 2017 adalah sebesar Rp. {stated} atau mencapai",
                 "110.11% dari estimasi pendapatan yang ditetapkan sebesar Rp. 22,000,000.00.",
                 "Realisasi Pajak Daerah TA 2017 mengalami kenaikan sebesar Rp. 0 dibanding TA 2016."):
        canvas.drawString(70, y, line)
        y -= 15
    sheet = _Sheet(canvas, [60.0, 230.0, 330.0, 430.0, 480.0], y - 20)
    canvas.setFont("Helvetica", 8)
    sheet.row(["Uraian", "Anggaran 2017", "Realisasi 2017", "%"], set())
    for row in (["Pendapatan Asli Daerah", "22,000,000.00", "24,225,000.00", "110.11"],
                ["Pajak Daerah", "-", "-", "-"], ["Retribusi Daerah", "22,000,000.00", "24,225,000.00", "110.11"],
                ["Jumlah", "22,000,000.00", "24,225,000.00", "110.11"]):
        sheet.row(row, {1, 2, 3})
    sheet.close(y - 20, None, None)
    canvas.showPage()
    canvas.save()


@pytest.mark.parametrize(("stated", "warned"), [("0", True), ("24,225,000.00", False)])
def test_zero_stated_for_a_line_the_table_fills(stated: str, warned: bool, tmp_path: Path) -> None:
    path = tmp_path / "note.pdf"
    _render(path, stated)
    found = [f for f in findings_of(records_of(read_document(path))) if f.rule == "LKJ-B007"]
    if not warned:
        assert found == []
        return
    assert [f.severity for f in found] == ["warning"]
    assert [e.value for e in found[0].evidence] == [0.0, 24_225_000.0]
