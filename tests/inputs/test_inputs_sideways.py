"""Issue #18, row 12: pages stored sideways (/Rotate 90/270 over upright content) are read
upright, with evidence boxes on the page as displayed; sideways text that cannot be
turned is reported as not read, never read as interleaved lines."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from lkjip.checks.runner import run_checks
from lkjip.extract.pdf.sideways_text import runs_sideways
from lkjip.pipeline import extract
from lkjip.records import Extraction
from tests.conftest import SEED_PDF


def _sideways_seed(path: Path, rotation: int) -> Path:
    writer = PdfWriter(clone_from=PdfReader(str(SEED_PDF)))
    for page in writer.pages:
        page.rotation = rotation  # the flag alone: the content stays upright in user space
    with path.open("wb") as fh:
        writer.write(fh)
    return path


@pytest.fixture(scope="module")
def upright(seed_extraction: Extraction) -> Extraction:
    return seed_extraction


def _summary(ex: Extraction) -> tuple:
    return (len(ex.budget), len(ex.indicators), len(ex.amounts),
            sorted({(f.rule, f.severity) for f in run_checks(ex)}))


@pytest.mark.parametrize("rotation", [90, 270])
def test_a_seed_stored_sideways_reads_like_the_upright_seed(tmp_path: Path, upright: Extraction,
                                                            rotation: int) -> None:
    ex = extract(_sideways_seed(tmp_path / f"side{rotation}.pdf", rotation))
    assert ex.status == "ok"
    assert _summary(ex) == _summary(upright)  # no table lost, no false N001
    assert not any(f.rule == "LKJ-N001" for f in run_checks(ex))
    # Evidence boxes are on the page as displayed: the upright box turned by the rotation.
    width, height = 595.28, 841.89  # the seed's A4 pages, upright
    by_key = {(r.page, r.row, r.table): r for r in upright.budget}
    moved = 0
    for row in ex.budget:
        up = by_key.get((row.page, row.row, row.table))
        cell, up_cell = row.cells.get("anggaran"), up.cells.get("anggaran") if up else None
        if cell is None or up_cell is None or cell.bbox is None or up_cell.bbox is None:
            continue
        x0, top, x1, bottom = up_cell.bbox
        expected = ((height - bottom, x0, height - top, x1) if rotation == 90
                    else (top, width - x1, bottom, width - x0))
        assert cell.bbox == pytest.approx(expected, abs=1.0)
        moved += 1
    assert moved >= 5


def _turned_lines_pdf(path: Path, angles: list[int]) -> Path:
    """Page 1 upright; page 2 (no /Rotate) with lines drawn turned by each of `angles`."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(60, 800, "Laporan Kinerja Instansi Pemerintah Tahun 2018 halaman pertama")
    c.showPage()
    for k, angle in enumerate(angles):
        c.saveState()
        c.translate(150 + 200 * k, 420)
        c.rotate(angle)
        for i in range(8):
            c.drawString(-250, -16 * i, f"Anggaran sebesar Rp 1.{i}00.000.000,- (satu miliar) baris {i}")
        c.restoreState()
    c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


@pytest.mark.parametrize("angle", [90, 270])
def test_a_landscape_block_drawn_turned_without_rotate_is_read_upright(tmp_path: Path, angle: int) -> None:
    ex = extract(_turned_lines_pdf(tmp_path / "miring.pdf", [angle]))
    assert ex.status == "ok" and not ex.warnings
    assert "Anggaran sebesar Rp 1.300.000.000,- (satu miliar) baris 3" in ex.page_texts[2]


def test_text_no_turn_makes_upright_is_reported_not_read(tmp_path: Path) -> None:
    ex = extract(_turned_lines_pdf(tmp_path / "campur.pdf", [90, 270]))  # lines up and down at once
    assert ex.status == "ok"
    assert any("p. 2" in w and "sideways" in w and "not read" in w for w in ex.warnings), ex.warnings
    assert not any(f.rule == "LKJ-N001" for f in run_checks(ex))


def test_upright_pages_are_not_sideways(upright: Extraction) -> None:
    from lkjip.extract.readers import read_document

    source = read_document(SEED_PDF)
    assert not any(runs_sideways(p) for p in source.pages)
