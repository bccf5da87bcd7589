"""Pictures on a text page that may hold a table: their boxes, as displayed.

Word users paste tables as pictures (a spreadsheet screenshot, a table copied from
another report); the text layer then holds the caption above and nothing of the table.
The reader notes each picture large enough to hold a table, so coverage can say "a
table printed as a picture was not read" instead of staying silent about it. Only pages
whose text names a table ("Tabel 3.22") are looked at: walking a page's objects costs
time on pages drawn with thousands of vector paths.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterator

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdfium2 import PdfiumError

from lkjip.extract.pdf import pdfium_calls
from lkjip.extract.source import Page
from lkjip.geometry import BBox
from lkjip.geometry.page_frame import DisplayFrame

# "Tabel 3.22", "TABEL 2.1", "Tabel III.4", "Tabel 5": a numbered table caption.
TABLE_CAPTION = re.compile(r"(?im)^\s*tabel\s+(?:\d+|[IVX]+)(?:[.\-]\d+)*\b")
_CAPTION = re.compile(r"^\s*tabel\s+(?:\d+|[IVX]+)(?:[.\-]\d+)*\b", re.I)
_BUDGET_WORDS = re.compile(r"\b(?:anggaran|pagu|pendapatan|belanja|keuangan|dpa|apbd|pembiayaan)\b", re.I)
_INDICATOR_WORDS = re.compile(r"\b(?:kinerja|indikator|capaian|sasaran|target|iku|realisasi)\b", re.I)
# How far a caption may stand from its picture (a blank line or two in Word).
_CAPTION_GAP_PT = 60.0
# More text-layer characters than this over a picture make it a background behind real
# text (a shaded header, a letterhead), not a table printed as a picture.
TEXT_OVER_PICTURE = 3


def overlaps(a: BBox, b: BBox) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def caption_of_picture(page: Page, picture: BBox) -> str | None:
    """The numbered caption nearest above the picture (with the title lines between it and
    the picture: "Tabel 3.22" / "Pendapatan Daerah"), or just below it."""
    lines = [ln for ln in page.lines() if ln.bbox is not None and ln.text.strip()
             and ln.bbox[2] >= picture[0] and ln.bbox[0] <= picture[2]]
    best: tuple[float, int] | None = None
    for i, line in enumerate(lines):
        if not _CAPTION.match(line.text):
            continue
        _, top, _, bottom = line.bbox  # type: ignore[misc]
        gap = picture[1] - bottom if bottom <= picture[1] + 2 else top - picture[3]
        if -2 <= gap <= _CAPTION_GAP_PT and (best is None or gap < best[0]):
            best = (gap, i)
    if best is None:
        return None
    first = lines[best[1]]
    end = picture[1] if first.bbox[3] <= picture[1] + 2 else first.bbox[3] + 2 * (first.bbox[3] - first.bbox[1])  # type: ignore[index]
    title = [ln.text for ln in lines[best[1]:] if ln.bbox[3] <= end + 2][:3]  # type: ignore[index]
    return " ".join(title)


def text_inside(page: Page, box: BBox) -> int:
    boxes = page.char_boxes
    if boxes is None or not len(boxes):
        return 0
    x0, top, x1, bottom = box
    inside = (boxes[:, 0] >= x0) & (boxes[:, 2] <= x1) & (boxes[:, 1] >= top) & (boxes[:, 3] <= bottom)
    return int(inside.sum())


def picture_kind(caption: str) -> str | None:
    """"budget" or "indicator" by the caption's own words ("Tabel 3.22 Pendapatan Daerah":
    budget); None for a caption naming neither (an organisation chart's "Jumlah Pegawai")."""
    return "budget" if _BUDGET_WORDS.search(caption) else "indicator" if _INDICATOR_WORDS.search(caption) else None


# Large enough to hold a table: a third of the page wide and a few rows high (logos,
# signatures and stamps are smaller).
_MIN_WIDTH_SHARE = 0.33
_MIN_HEIGHT_PT = 60.0


def _image_bounds(owner: pdfium_calls.Handle, in_form: bool = False, level: int = 0,
                  max_depth: int = 2) -> Iterator[tuple[float, float, float, float]]:
    """(left, bottom, right, top) in user space of every image object, in drawing order,
    forms opened to `max_depth`: what `PdfPage.get_objects(filter=[image], max_depth=2)`
    and `get_bounds` give (and the same errors), with the lean calls (`pdfium_calls`),
    because `get_objects` makes a helper object for every path of a ruled page too."""
    if in_form:  # a form's object index is an unsigned long: pass it at full width
        count, get, index = pdfium_calls.form_object_count, pdfium_calls.form_object, ctypes.c_ulong
    else:
        count, get, index = pdfium_calls.page_object_count, pdfium_calls.page_object, ctypes.c_int
    n = count(owner)
    if n < 0:
        raise PdfiumError("Failed to get number of pageobjects.")
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for i in range(n):
        obj = get(owner, index(i))
        if not obj.value:
            raise PdfiumError("Failed to get pageobject.")
        kind = pdfium_calls.object_type(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            if not pdfium_calls.object_bounds(obj, ctypes.byref(left), ctypes.byref(bottom),
                                              ctypes.byref(right), ctypes.byref(top)):
                raise PdfiumError("Failed to locate pageobject.")
            yield left.value, bottom.value, right.value, top.value
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < max_depth - 1:
            yield from _image_bounds(obj, True, level + 1, max_depth)


def picture_boxes(pdf_page: pdfium.PdfPage) -> list[BBox]:
    """Displayed boxes (x0, top, x1, bottom) of the page's pictures large enough to be a table."""
    frame = DisplayFrame.of(pdf_page)
    width, _ = pdf_page.get_size()
    found = [(left, frame.top - top, right, frame.top - bottom)
             for left, bottom, right, top in _image_bounds(pdfium_calls.handle(pdf_page.raw))]
    if not found:
        return []
    turned = frame.turn_boxes(np.asarray(found, dtype=np.float64))
    return [(float(x0), float(t), float(x1), float(b)) for x0, t, x1, b in turned
            if x1 - x0 >= _MIN_WIDTH_SHARE * width and b - t >= _MIN_HEIGHT_PT]


def pictures_with_widths(pdf_page: pdfium.PdfPage) -> list[tuple[BBox, int]]:
    """`picture_boxes`, each with the picture's own width in pixels along the box's width
    (the resolution to read it at). Through pypdfium2's objects, so only for pages whose
    `picture_boxes` found a table-sized picture."""
    frame = DisplayFrame.of(pdf_page)
    width, _ = pdf_page.get_size()
    found, pixels = [], []
    for obj in pdf_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        found.append((left, frame.top - top, right, frame.top - bottom))
        try:
            w, h = obj.get_px_size()  # type: ignore[attr-defined]
        except Exception:  # an unreadable image header: read at the page's scale
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
