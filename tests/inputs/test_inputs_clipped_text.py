"""Text clipped out of sight (a hidden spreadsheet row written under a printed one) is
not read: generated PDFs whose cells clip their text, as a spreadsheet export does."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from reportlab.pdfgen import canvas

from lkjip.extract.pdf.clipped_text import drawn_over_each_other, is_hidden
from lkjip.extract.pdf.reader import read_page_text

PAGE_W, PAGE_H = 595, 842


def _clipped_cell(c: canvas.Canvas, clip: tuple[float, float, float, float], x: float, y: float,
                  text: str) -> None:
    """`text` at (x, y), drawn clipped to the cell `clip` (x, y, width, height)."""
    c.saveState()
    path = c.beginPath()
    path.rect(*clip)
    c.clipPath(path, stroke=0, fill=0)
    c.drawString(x, y, text)
    c.restoreState()


def _sheet(path: Path, hidden_over_printed: bool = True, partly_clipped: bool = False) -> Path:
    """Rows of a budget sheet; the row above "Amplifier Splitter" ran over its height, and
    its last word is written where the next row prints, clipped to its own cell."""
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    c.setFont("Helvetica", 9)
    c.drawString(72, 760, "Wireless Portable")
    c.drawString(300, 760, "5.000.000")
    # The clip is the row above (y 756..770); the word sits in the next row (y 744).
    where = (74, 744) if hidden_over_printed else (74, 700)
    _clipped_cell(c, (70, 756, 200, 14), *where, "Sender")
    c.drawString(72, 744, "Amplifier Splitter")
    c.drawString(300, 744, "1.000.000")
    if partly_clipped:
        # Half a line inside its cell: still legible, kept.
        _clipped_cell(c, (70, 728, 200, 14), 72, 726, "Biaya Umum")
    c.showPage()
    c.save()
    return path


def _text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return read_page_text(pdf[0], 1).text
    finally:
        pdf.close()


def test_text_hidden_by_its_clip_under_printed_text_is_dropped(tmp_path: Path) -> None:
    text = _text(_sheet(tmp_path / "sheet.pdf"))
    assert "Amplifier Splitter" in text
    assert "Sender" not in text
    assert "S" not in text.replace("Splitter", "")  # no letter of it left between the others


def test_text_partly_inside_its_clip_is_kept(tmp_path: Path) -> None:
    text = _text(_sheet(tmp_path / "sheet.pdf", partly_clipped=True))
    assert "Biaya Umum" in text
    assert "Sender" not in text


def test_page_without_overlapping_text_is_not_walked(tmp_path: Path) -> None:
    # Hidden text over nothing printed: the page is not looked at (cheap by design), so
    # the word stays; it sits in an empty place, where it cannot merge with a value.
    text = _text(_sheet(tmp_path / "sheet.pdf", hidden_over_printed=False))
    assert "Amplifier Splitter" in text


def test_hidden_means_almost_nothing_inside_the_clip() -> None:
    clip = (70.0, 756.0, 270.0, 770.0)
    assert is_hidden((74.0, 743.0, 100.0, 752.0), clip)  # below the clip
    assert not is_hidden((74.0, 752.0, 100.0, 761.0), clip)  # half inside
    assert not is_hidden((74.0, 758.0, 100.0, 767.0), clip)  # wholly inside


def test_overlap_gate_ignores_neighbouring_and_doubled_glyphs() -> None:
    # Letters side by side, and a glyph drawn twice on the same spot (fake bold).
    x0 = np.array([0.0, 5.0, 10.0, 10.0])
    x1 = x0 + 5.0
    y0, y1 = np.zeros(4), np.full(4, 9.0)
    assert not drawn_over_each_other(x0, y0, x1, y1)
    # A letter of another word drawn over the next one, slightly off.
    x0 = np.array([0.0, 0.8, 5.0])
    x1 = x0 + 5.0
    y0, y1 = np.array([0.0, 1.2, 0.0]), np.array([9.0, 10.2, 9.0])
    assert drawn_over_each_other(x0, y0, x1, y1)
