"""Light print on a dark fill, made dark on light for reading cells again.

Many reports print their table header (sometimes a total row) white on a dark grey or
navy band. Scanned, Tesseract reads such a band as noise, and the plain page image
(`ocr.clean`) loses it altogether: dividing by the paper's brightness turns a dark band
white, print and all. Cells are read again from their crops (`reread_doubtful_cells`,
`verify_numbers`); they read this image: the plain one, with every dark band taken from
the page as scanned and inverted, so its print is dark on a light band there too.

The rules are found in the page with its bands inverted as well: a band's white column
rules then are dark lines, where as white gaps between two dark rims the rule finder took
each as a rule of its own (a header of thin phantom rows and columns).

A band is where the median of the pixels around (a window about a header row high) is
darker than mid grey: white letters cover less than half of a band, so there the median
is the band's tone, while black print covers less than half of the paper around it. An
area so found counts when it is at least `_MIN_SIDE_PT` high and wide and `_MIN_AREA_PT2`
large, and dark on the whole (mean under `_DARK_MEAN_BELOW`): a line of heavy black
print the median took for a band still shows more paper than ink.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from lkjip.extract.ocr.components import components_with_stats

# Darker than this (0..255) is a fill dark enough to print white on.
_DARK_BELOW = 110
_DARK_MEAN_BELOW = 120
# The median's window (points): wider than a letter's stroke, about a header row high.
_WINDOW_PT = 12.0
# A band is at least this high and wide (points), and this large.
_MIN_SIDE_PT = 9.0
_MIN_AREA_PT2 = 300.0


def dark_fill_mask(gray: np.ndarray, scale: float) -> np.ndarray | None:
    """Pixels of dark bands (True), or None when the page has none."""
    window = max(3, int(_WINDOW_PT * scale) | 1)  # odd, as medianBlur needs
    toned = (cv2.medianBlur(np.ascontiguousarray(gray), window) < _DARK_BELOW).astype(np.uint8)
    count, _, stats, _ = components_with_stats(toned)
    side, area = _MIN_SIDE_PT * scale, _MIN_AREA_PT2 * scale * scale
    mask: np.ndarray | None = None
    for k in range(1, count):
        x, y, w, h = (int(v) for v in stats[k][:4])
        if w < side or h < side or w * h < area or gray[y:y + h, x:x + w].mean() >= _DARK_MEAN_BELOW:
            continue
        if mask is None:
            mask = np.zeros(gray.shape, dtype=bool)
        mask[y:y + h, x:x + w] = True
    return mask


def with_dark_fills_inverted(plain: Image.Image, scanned: Image.Image, scale: float,
                             mask: np.ndarray | None = None) -> Image.Image:
    """`plain` with each dark band of `scanned` put back inverted (print dark on light);
    `plain` itself when the page has no dark band. `mask`: the bands, if found already."""
    if plain.size != scanned.size:
        return plain
    gray = np.asarray(scanned.convert("L"))
    dark = mask if mask is not None else dark_fill_mask(gray, scale)
    if dark is None:
        return plain
    out = np.array(plain.convert("L"))
    out[dark] = 255 - gray[dark]
    return Image.fromarray(out)
