"""Evidence from an OCR'd sideways scan is boxed where the page shows it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from lkjip.geometry.page_frame import upright_to_displayed
from lkjip.pipeline import extract
from lkjip.report.page_images import PageRenderer
from tests.conftest import SEED_PDF
from tests.inputs.scans import scanned_rendition
from tests.inputs.test_inputs_ocr import needs_tesseract


@pytest.mark.parametrize("angle", [0, 90, 180, 270])
def test_inputs_upright_box_back_to_displayed(angle: int) -> None:
    """Turn a displayed page's point clockwise by `angle` as the OCR does, then back."""
    width, height = 200.0, 300.0  # displayed page
    x, y = 30.0, 50.0

    def turn(px: float, py: float) -> tuple[float, float]:  # displayed → upright
        return {0: (px, py), 90: (height - py, px), 180: (width - px, height - py), 270: (py, width - px)}[angle]

    upright_w, upright_h = (height, width) if angle in (90, 270) else (width, height)
    u0, v0 = turn(x, y)
    u1, v1 = turn(x + 10, y + 4)
    box = (min(u0, u1), min(v0, v1), max(u0, u1), max(v0, v1))
    assert upright_to_displayed(box, angle, upright_w, upright_h) == pytest.approx((x, y, x + 10, y + 4))


@needs_tesseract
@pytest.mark.slow
@pytest.mark.parametrize("turn", [90, 270])
def test_inputs_sideways_scan_evidence_lands_on_its_ink(tmp_path: Path, turn: int) -> None:
    """The seed's budget page scanned sideways, either way: the Jumlah amount's box, on
    the page as rendered for the report, is full of ink (not blank margin). Before, the box
    kept the upright image's coordinates and fell on paper; and a page turned 270° was
    read down its columns with high confidence, so its table came out transposed."""
    path = scanned_rendition(SEED_PDF, tmp_path / "sideways.pdf", pages=[17], rotate=turn)
    ex = extract(path)
    cells = [c for row in ex.budget for c in row.cells.values() if "19.253.545.000" in c.text]
    assert cells, "the budget table of the sideways scan was read"
    box = cells[0].bbox
    assert box is not None
    renderer = PageRenderer(scale=2.0)
    image = np.asarray(renderer.page_image(str(path), 1).convert("L"))
    assert image.shape[1] > image.shape[0]  # displayed sideways (landscape)
    x0, top, x1, bottom = (round(v * renderer.scale) for v in box)
    region = image[top:bottom, x0:x1]
    assert region.size
    assert (region < 128).mean() > 0.1  # digits, not paper
    # The box lies the way the digits do on the displayed page: taller than wide.
    assert (bottom - top) > (x1 - x0)


def test_inputs_reads_sideways_by_word_shape() -> None:
    from lkjip.extract.ocr.tesseract import OcrWord, reads_sideways

    across = [OcrWord("Program", (10.0, 10.0 + 20 * i, 80.0, 24.0 + 20 * i), 90.0, (1, 1, i)) for i in range(12)]
    down = [OcrWord("Program", (10.0 + 20 * i, 10.0, 24.0 + 20 * i, 80.0), 90.0, (1, 1, i)) for i in range(12)]
    assert not reads_sideways(across)
    assert reads_sideways(down)
    assert not reads_sideways(down[:5])  # too few words to tell
