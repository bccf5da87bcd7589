"""Pictures on a text page that may hold a table: their boxes, as displayed.

Word users paste tables as pictures (a spreadsheet screenshot, a table copied from
another report); the text layer then holds the caption above and nothing of the table.
The reader notes each picture large enough to hold a table, so coverage can say "a
table printed as a picture was not read" instead of staying silent about it. Only pages
whose text names a table ("Tabel 3.22") are looked at: walking a page's objects costs
time on pages drawn with thousands of vector paths.
"""

from __future__ import annotations

import re

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from lkjip.geometry import BBox
from lkjip.geometry.page_frame import DisplayFrame

# "Tabel 3.22", "TABEL 2.1", "Tabel III.4", "Tabel 5": a numbered table caption.
TABLE_CAPTION = re.compile(r"(?im)^\s*tabel\s+(?:\d+|[IVX]+)(?:[.\-]\d+)*\b")
# Large enough to hold a table: a third of the page wide and a few rows high (logos,
# signatures and stamps are smaller).
_MIN_WIDTH_SHARE = 0.33
_MIN_HEIGHT_PT = 60.0


def picture_boxes(pdf_page: pdfium.PdfPage) -> list[BBox]:
    """Displayed boxes (x0, top, x1, bottom) of the page's pictures large enough to be a table."""
    return [box for box, _ in pictures_with_widths(pdf_page)]


def pictures_with_widths(pdf_page: pdfium.PdfPage) -> list[tuple[BBox, int]]:
    """`picture_boxes`, each with the picture's own width in pixels along the box's width
    (the resolution to read it at)."""
    frame = DisplayFrame.of(pdf_page)
    width, _ = pdf_page.get_size()
    found, pixels = [], []
    for obj in pdf_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        found.append((left, frame.top - top, right, frame.top - bottom))
        try:
            w, h = obj.get_px_size()  # type: ignore[attr-defined]
        except Exception:
            w, h = 0, 0
        pixels.append((int(w), int(h)))
    if not found:
        return []
    turned = frame.turn_boxes(np.asarray(found, dtype=np.float64))
    out = []
    for (x0, t, x1, b), (w, h) in zip(turned, pixels, strict=True):
        if x1 - x0 >= _MIN_WIDTH_SHARE * width and b - t >= _MIN_HEIGHT_PT:
            # A picture turned a quarter displays its pixel rows across the page.
            across = w if (w >= h) == (x1 - x0 >= b - t) else h
            out.append(((float(x0), float(t), float(x1), float(b)), across))
    return out
