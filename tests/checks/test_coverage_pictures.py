"""Tables printed as pictures: a numbered caption over a picture with no text layer is
listed as not read (and noted by LKJ-S002), read end to end from a generated PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from lkjip.checks.rule import CheckConfig
from lkjip.checks.structure.s002_table_not_read import TableNotRead
from lkjip.extract.interpret.document import interpret
from lkjip.extract.readers import read_document

PAGE_W, PAGE_H = 595, 842


def _table_picture(width_px: int = 900, height_px: int = 400) -> ImageReader:
    """A budget table as a screenshot would show it: ruled cells and amounts, as pixels."""
    img = Image.new("RGB", (width_px, height_px), "white")
    draw = ImageDraw.Draw(img)
    for y in range(0, height_px, 80):
        draw.line([(0, y), (width_px, y)], fill="black", width=2)
    for x in (0, 300, 600, width_px - 1):
        draw.line([(x, 0), (x, height_px)], fill="black", width=2)
    for i, y in enumerate(range(20, height_px, 80)):
        draw.text((10, y), f"Program {i}", fill="black")
        draw.text((310, y), "1.000.000.000", fill="black")
        draw.text((610, y), "900.000.000", fill="black")
    return ImageReader(img)


def _pdf(path: Path, caption: list[str], picture: tuple[float, float] = (400, 180),
         text_over: str | None = None, caption_below: bool = False) -> Path:
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    c.setFont("Helvetica", 11)
    c.drawString(72, 800, "Capaian kinerja keuangan tahun ini disajikan pada tabel berikut.")
    width, height = picture
    top = 760
    y = top
    if not caption_below:
        for line in caption:
            c.drawString(200, y, line)
            y -= 16
    c.drawImage(_table_picture(), 90, y - height - 8, width=width, height=height)
    if text_over:
        c.drawString(100, y - 40, text_over)
    if caption_below:
        below = y - height - 24
        for line in caption:
            c.drawString(200, below, line)
            below -= 16
    c.drawString(72, 200, "Sumber: Badan Keuangan Daerah")
    c.showPage()
    c.save()
    return path


def _not_read(path: Path) -> tuple[list, list]:
    doc = interpret(read_document(path))
    return doc.coverage.not_read, list(TableNotRead().check(doc, CheckConfig(lang="en")))


def test_a_budget_table_pasted_as_a_picture_under_its_caption_is_listed(tmp_path: Path) -> None:
    gaps, findings = _not_read(_pdf(tmp_path / "p.pdf", ["Tabel 3.22", "Pendapatan Daerah"]))
    assert [(g.page, g.looks_like, g.printed_as) for g in gaps] == [(1, "budget", "picture")]
    assert "Tabel 3.22 Pendapatan Daerah" in gaps[0].because
    assert gaps[0].to_dict()["printed_as"] == "picture"
    [finding] = findings
    assert "printed as a picture" in finding.text("en") and "dicetak sebagai gambar" in finding.text("id")
    assert finding.evidence[0].cell.bbox is not None


def test_an_indicator_table_captioned_below_its_picture_is_listed(tmp_path: Path) -> None:
    gaps, _ = _not_read(_pdf(tmp_path / "p.pdf", ["Tabel 2.1 Capaian Indikator Kinerja Utama"], caption_below=True))
    assert [(g.looks_like, g.printed_as) for g in gaps] == [("indicator", "picture")]


@pytest.mark.parametrize("caption", [["Gambar 2.1 Struktur Organisasi"], ["Tabel 2.1 Jumlah Pegawai Menurut Golongan"]])
def test_a_picture_that_is_no_budget_or_indicator_table_is_not_listed(tmp_path: Path, caption: list[str]) -> None:
    # A figure (Gambar) is not a table; a table caption naming neither kind is not ours to miss.
    gaps, findings = _not_read(_pdf(tmp_path / "p.pdf", caption))
    assert gaps == [] and findings == []


def test_a_small_picture_under_a_caption_is_a_logo_not_a_table(tmp_path: Path) -> None:
    gaps, _ = _not_read(_pdf(tmp_path / "p.pdf", ["Tabel 3.1 Realisasi Anggaran"], picture=(60, 40)))
    assert gaps == []


def test_a_picture_with_text_printed_over_it_is_a_background_not_a_pasted_table(tmp_path: Path) -> None:
    gaps, _ = _not_read(_pdf(tmp_path / "p.pdf", ["Tabel 3.1 Realisasi Anggaran"],
                             text_over="Program Pelayanan Administrasi Perkantoran 1.000.000.000 900.000.000"))
    assert gaps == []
