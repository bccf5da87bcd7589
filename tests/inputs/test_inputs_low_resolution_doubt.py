"""Values OCR read from a scan below 100 ppi are never certain: digits are a few pixels
high and about one number in three comes out wrong whatever the recogniser's score (the
corpus's 65-ppi scan: "41 (empat puluh satu)" read "4 (empat puluh satu)"). Narrative
figures carry their words' OCR confidence too."""

from __future__ import annotations

import numpy as np

from lkjip.checks.runner import run_checks
from lkjip.extract.interpret.narrative_amounts import narrative_amounts
from lkjip.extract.source import Page, SourceDocument
from lkjip.records import Extraction

TEXT = "Jumlah pegawai yang dilatih sebanyak 4 (empat puluh satu) orang."


def _page(low_resolution: bool, confidence: float = 96.0) -> Page:
    boxes = np.array([[10.0 + 5 * i, 100.0, 15.0 + 5 * i, 110.0] for i in range(len(TEXT))], dtype=np.float32)
    conf = np.full(len(TEXT), confidence, dtype=np.float32)
    return Page(number=12, width=595, height=842, text=TEXT, char_boxes=boxes, source="ocr",
                char_confidence=conf, ocr_confidence=confidence, low_resolution=low_resolution)


def _n001(page: Page) -> list:
    src = SourceDocument(file="t.pdf", sha256="0", kind="pdf", page_count=12, pages=[page], tables=[])
    doc = Extraction(file="t.pdf", sha256="0", kind="pdf", pages=12, amounts=narrative_amounts(src, None))
    return [f for f in run_checks(doc) if f.rule == "LKJ-N001"]


def test_a_low_resolution_scan_gives_warnings_not_errors() -> None:
    [finding] = _n001(_page(low_resolution=True))
    assert finding.severity == "warning" and "below 100 ppi" in finding.message["en"]
    assert "di bawah 100 ppi" in finding.message["id"]


def test_a_sharp_confident_scan_may_still_give_an_error() -> None:
    [finding] = _n001(_page(low_resolution=False))
    assert finding.severity == "error"


def test_a_narrative_figure_carries_its_words_ocr_confidence() -> None:
    [finding] = _n001(_page(low_resolution=False, confidence=61.0))
    assert finding.severity == "warning" and "61%" in finding.message["en"]
