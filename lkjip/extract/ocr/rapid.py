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

# One thread per engine: pages and pictures are read in parallel within --workers already.
_THREADS = 1
# The detector works on at most this many pixels on the long side; a larger image is
# shrunk to it. 2000 px is ~170 dpi on A4: finer than the low-resolution scans the line
# recogniser is chosen for, and 4x faster than a 300-dpi rendering (measured: the same or
# more numbers read). Table pictures are smaller than this.
_MAX_SIDE_PX = 2000
# The detector keeps per-call state, so threads do not share an engine: one per thread
# and configuration.
_local = threading.local()


@dataclass(frozen=True)
class TextLine:
    """One line of print the recogniser found: its box in the image's pixels, its text and
    its confidence (0..100, the recogniser's own score scaled like Tesseract's)."""

    box: BBox
    text: str
    confidence: float


@lru_cache(maxsize=1)
def available() -> bool:
    """Whether `rapidocr_onnxruntime` (and ONNX Runtime under it) can be imported."""
    try:
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        # The package prints its own banner and warnings: none of it is the user's business.
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import rapidocr_onnxruntime  # noqa: F401
        return True
    except Exception:  # a broken optional install is "not available", never a crash
        return False


def engine(turned_lines: bool = False) -> Any | None:
    """This thread's recogniser; None when `rapidocr_onnxruntime` is not installed.
    `turned_lines`: with the angle classifier, for lines printed upside down on a scan (a
    table picture's print stands upright, and the classifier costs time)."""
    if not available():
        return None
    engines: dict[bool, Any] = _local.__dict__.setdefault("engines", {})
    if turned_lines not in engines:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            from rapidocr_onnxruntime import RapidOCR

            engines[turned_lines] = RapidOCR(intra_op_num_threads=_THREADS, inter_op_num_threads=_THREADS,
                                             max_side_len=_MAX_SIDE_PX, use_cls=turned_lines)
    return engines[turned_lines]


def read_lines(image: Image.Image, turned_lines: bool = False) -> list[TextLine]:
    """The lines of print in `image`, top to bottom, each with its axis-aligned box."""
    ocr = engine(turned_lines)
    if ocr is None:
        return []
    with contextlib.redirect_stdout(io.StringIO()):
        result, _ = ocr(np.asarray(image.convert("RGB")))
    out = []
    for quad, text, score in result or []:
        xs, ys = [float(p[0]) for p in quad], [float(p[1]) for p in quad]
        if str(text).strip():
            out.append(TextLine((min(xs), min(ys), max(xs), max(ys)), str(text).strip(), float(score) * 100.0))
    out.sort(key=lambda t: (t.box[1], t.box[0]))
    return out
