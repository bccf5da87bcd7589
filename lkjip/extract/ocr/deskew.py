"""A page fed askew into the scanner, turned straight before it is read.

At one degree a table rule across a page drifts 9 points from end to end: the rule
finder (long thin kernels) no longer sees it as one line and Tesseract's lines run
across rows. The skew is found by projection profile: turned the right way, text lines
and rules make the row sums of ink sharply peaked (the sum of squared differences
between neighbouring rows is largest). Tried on a small copy of the page between
-`MAX_SKEW` and +`MAX_SKEW` degrees.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

MAX_SKEW = 3.0
_STEP = 0.1
# Smaller turns than this are left alone (rules stay within the finder's tolerance).
MIN_SKEW = 0.25
# The best angle must beat the unturned page by this factor, or the page is left alone.
_GAIN = 1.05
_WIDTH = 900  # pixels of the small copy the angle is measured on


def _score(ink: np.ndarray, angle: float) -> float:
    h, w = ink.shape
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    turned = cv2.warpAffine(ink, turn, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
    rows = turned.sum(axis=1, dtype=np.float64)
    return float(np.square(np.diff(rows)).sum())


def skew_angle(image: Image.Image) -> float:
    """Degrees (counter-clockwise, PIL's sense) that make the page's lines level."""
    gray = np.asarray(image.convert("L"))
    factor = _WIDTH / max(gray.shape[1], 1)
    if factor < 1:
        gray = cv2.resize(gray, (int(gray.shape[1] * factor), int(gray.shape[0] * factor)),
                          interpolation=cv2.INTER_AREA)
    ink = (gray < 128).astype(np.uint8)
    if ink.mean() < 0.002:
        return 0.0  # a blank page
    base = _score(ink, 0.0)
    coarse = [a for a in np.arange(-MAX_SKEW, MAX_SKEW + 1e-9, 0.5)]
    best = max(coarse, key=lambda a: _score(ink, a))
    fine = np.arange(best - 0.5, best + 0.5 + 1e-9, _STEP)
    best = float(max(fine, key=lambda a: _score(ink, float(a))))
    if abs(best) < MIN_SKEW or _score(ink, best) < base * _GAIN:
        return 0.0
    return round(best, 2)


def deskew(image: Image.Image) -> tuple[Image.Image, float]:
    """The page turned level (same size, white where the turn uncovers paper), and the
    angle it was turned by (0.0 when it was level)."""
    angle = skew_angle(image)
    if not angle:
        return image, 0.0
    gray = image.convert("L")
    return gray.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255), angle
