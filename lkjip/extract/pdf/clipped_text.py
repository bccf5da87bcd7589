"""Text drawn outside its own clip region: in the file, but never printed.

Spreadsheets exported to PDF draw each cell's text clipped to the cell. A row the
author hid, or a cell's text that ran over its height, is still written into the page,
at the place the next row's text is printed, and only the clip keeps it from showing.
A text layer reader sees both: the budget row printed "Amplifier Splitter" reads
"SAemnpdliefirer Splitter" (the hidden "Sender" of the row above, letter by letter
between the visible letters), and "Biaya Umum" reads "MBioatyoar Umum".

A text object whose box lies (almost) wholly outside its clip path's box is not
printed; its characters are dropped from the page text. Partly clipped text (a line
cut through by its cell's border) stays: only text that cannot be seen at all goes.

Cheap by construction: the page's objects are walked only when two characters of the
text layer are drawn over each other, which is how such hidden text shows itself where
it matters (over printed text in a cell); a page of ordinary text never pays for it.
"""

from __future__ import annotations

import ctypes

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from lkjip.extract.pdf import pdfium_calls

# Share of the larger of two characters' boxes their overlap must cover, both ways, for
# them to be drawn over each other; neighbouring letters overlap by kerning at most.
_OVERLAP_SHARE = 0.6
# A text object showing less than this share of its height (or width) inside its clip
# is hidden; more is a line cut through by a border, still legible.
_VISIBLE_SHARE = 0.25
# Height of the bands characters are compared within, and how many neighbours to the right
# each is compared with (letters of two words drawn over each other interleave).
_BAND_PT = 6.0
_NEIGHBOURS = 3
# Two boxes this close are one glyph drawn twice (fake bold), not two characters.
_SAME_PT = 0.5

Box = tuple[float, float, float, float]  # left, bottom, right, top (PDF user space)


def drawn_over_each_other(x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray) -> bool:
    """Whether two characters lie mostly over each other: their overlap is over half the
    wider one's width and the taller one's height (kerned or italic neighbours, "Ki", "rj",
    overlap by part of the narrow letter only). The same box twice is a glyph drawn twice
    to fake bold: one character shown.

    Characters are compared with their next few neighbours left to right within bands of
    the page's height, in two grids offset by half a band, so two characters a little off
    each other's baseline are always in one band together."""
    drawn = (x1 > x0) & (y1 > y0)  # spaces have no height
    x0, y0, x1, y1 = x0[drawn], y0[drawn], x1[drawn], y1[drawn]
    if len(x0) < 2:
        return False
    cy = (y0 + y1) / 2
    # Sorted by x once; each grid's order is that, stably sorted by band: the order
    # np.lexsort((x0, band)) gives, at one sort of the bands per grid instead of two sorts.
    by_x = np.argsort(x0, kind="stable")
    width, height = x1 - x0, y1 - y0
    for shift in (0.0, _BAND_PT / 2):
        band = np.floor((cy + shift) / _BAND_PT)
        order = by_x[np.argsort(band[by_x], kind="stable")]
        b, lft, t, r, u = band[order], x0[order], y0[order], x1[order], y1[order]
        wd, ht = width[order], height[order]
        for k in range(1, _NEIGHBOURS + 1):
            ox = np.minimum(r[:-k], r[k:]) - np.maximum(lft[:-k], lft[k:])
            oy = np.minimum(u[:-k], u[k:]) - np.maximum(t[:-k], t[k:])
            w = np.maximum(wd[:-k], wd[k:])
            h = np.maximum(ht[:-k], ht[k:])
            over = (b[:-k] == b[k:]) & (ox > _OVERLAP_SHARE * w) & (oy > _OVERLAP_SHARE * h)
            if over.any():
                same = (np.abs(lft[:-k] - lft[k:]) < _SAME_PT) & (np.abs(t[:-k] - t[k:]) < _SAME_PT)
                if (over & ~same).any():
                    return True
    return False


def _clip_box(obj: pdfium_calls.Handle) -> Box | None:
    """The box of an object's clip region (the intersection of its clip paths' boxes)."""
    raw = pdfium_calls.object_clip(obj)
    if not raw.value:
        return None
    clip = ctypes.cast(raw, pdfium_c.FPDF_CLIPPATH)
    box: Box | None = None
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(pdfium_c.FPDFClipPath_CountPaths(clip)):
        xs, ys = [], []
        for j in range(pdfium_c.FPDFClipPath_CountPathSegments(clip, i)):
            segment = pdfium_c.FPDFClipPath_GetPathSegment(clip, i, j)
            if segment and pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
                xs.append(x.value)
                ys.append(y.value)
        if not xs:
            continue
        path = (min(xs), min(ys), max(xs), max(ys))
        box = path if box is None else (max(box[0], path[0]), max(box[1], path[1]),
                                        min(box[2], path[2]), min(box[3], path[3]))
    return box


def is_hidden(bounds: Box, clip: Box) -> bool:
    """Too little of the text's box lies inside the clip's box to be seen."""
    left, bottom, right, top = bounds
    w, h = right - left, top - bottom
    inside_w = min(right, clip[2]) - max(left, clip[0])
    inside_h = min(top, clip[3]) - max(bottom, clip[1])
    return (w > 0 and inside_w < _VISIBLE_SHARE * w) or (h > 0 and inside_h < _VISIBLE_SHARE * h)


def hidden_text_objects(pdf_page: pdfium.PdfPage) -> dict[int, Box]:
    """The page's top-level text objects drawn wholly outside their clip: address → bounds.
    Walked with the lean calls (`pdfium_calls`): a page of tables has thousands of paths."""
    hidden: dict[int, Box] = {}
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    page = pdfium_calls.handle(pdf_page.raw)
    for i in range(pdfium_calls.page_object_count(page)):
        obj = pdfium_calls.page_object(page, i)
        if pdfium_calls.object_type(obj) != pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue
        clip = _clip_box(obj)
        if clip is None:
            continue
        if not pdfium_calls.object_bounds(obj, ctypes.byref(left), ctypes.byref(bottom),
                                          ctypes.byref(right), ctypes.byref(top)):
            continue
        bounds = (left.value, bottom.value, right.value, top.value)
        if is_hidden(bounds, clip):
            hidden[obj.value or 0] = bounds
    return hidden


def hidden_chars(pdf_page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, indices: np.ndarray,
                 x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray) -> np.ndarray:
    """Which of the characters (text page `indices`, user-space boxes) are not printed.

    Only pages whose characters are drawn over each other are looked at (see the module
    note); a character is hidden when it belongs to a hidden text object."""
    out = np.zeros(len(indices), dtype=bool)
    if not drawn_over_each_other(x0, y0, x1, y1):
        return out
    hidden = hidden_text_objects(pdf_page)
    if not hidden:
        return out
    # Ask for the owner of only the characters inside some hidden object's box.
    near = np.zeros(len(indices), dtype=bool)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    for left, bottom, right, top in hidden.values():
        near |= (cx >= left) & (cx <= right) & (cy >= bottom) & (cy <= top)
    for k in np.flatnonzero(near):
        owner = pdfium_c.FPDFText_GetTextObject(textpage.raw, int(indices[k]))
        out[k] = bool(owner) and (ctypes.cast(owner, ctypes.c_void_p).value or 0) in hidden
    return out
