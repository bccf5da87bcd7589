"""RapidOCR (PP-OCRv4 text detection and recognition on ONNX Runtime) as a second recogniser.

Tesseract expects dark print on light paper about 10 px high or more. A table pasted into
a report as a screenshot is stored at screen resolution (96 dpi, print 8–10 px high),
often light print on dark cell fills; there Tesseract reads about one amount in eight,
PP-OCR most of them. The models ship inside the `rapidocr_onnxruntime` wheel (no download
at run time); where the package is missing, `engine()` is None and callers fall back.

It returns text lines, not words: a line of a table picture is one cell's print.
"""

from __future__ import annotations

import contextlib
import io
import logging
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from PIL import Image

from lkjip.geometry import BBox

# One thread per call: pages and pictures are read in parallel within --workers already.
_THREADS = 1
_lock = threading.Lock()


@dataclass(frozen=True)
class TextLine:
    """One line of print the recogniser found: its box in the image's pixels, its text and
    its confidence (0..100, the recogniser's own score scaled like Tesseract's)."""

    box: BBox
    text: str
    confidence: float


@lru_cache(maxsize=1)
def engine() -> Any | None:
    """The recogniser, loaded once; None when `rapidocr_onnxruntime` is not installed."""
    try:
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        # The package prints its own banner and warnings: none of it is the user's business.
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            from rapidocr_onnxruntime import RapidOCR

            return RapidOCR(intra_op_num_threads=_THREADS, inter_op_num_threads=_THREADS)
    except Exception:
        return None


def available() -> bool:
    return engine() is not None


def read_lines(image: Image.Image) -> list[TextLine]:
    """The lines of print in `image`, top to bottom, each with its axis-aligned box."""
    ocr = engine()
    if ocr is None:
        return []
    pixels = np.asarray(image.convert("RGB"))
    # The session is not documented as thread-safe; a picture takes about a second.
    with _lock, contextlib.redirect_stdout(io.StringIO()):
        result, _ = ocr(pixels)
    out = []
    for quad, text, score in result or []:
        xs, ys = [float(p[0]) for p in quad], [float(p[1]) for p in quad]
        out.append(TextLine((min(xs), min(ys), max(xs), max(ys)), str(text), float(score) * 100.0))
    out.sort(key=lambda t: (t.box[1], t.box[0]))
    return out
