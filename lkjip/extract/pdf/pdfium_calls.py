"""Lean ctypes entry points for the pdfium calls made once per character or segment.

pypdfium2's bindings declare argument types, and ctypes converts and checks every
argument against them on each call; a dense page means 10⁴–10⁵ such calls. The same C
functions called without declared argument types cost a third as much. That is safe
only with arguments ctypes passes unchanged: `Handle` objects (never bare ints, which
would be cut to 32 bits), small ints, and `byref` of the right C type. Results that
are handles come back as `Handle` (a c_void_p subclass is not turned into an int).
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2.raw as pdfium_c


class Handle(ctypes.c_void_p):
    """A pdfium object pointer, kept as a ctypes object so it passes at full width."""


def handle(raw: Any) -> Handle:
    """A pypdfium2 raw handle (a typed pointer) as a `Handle`."""
    return Handle(ctypes.cast(raw, ctypes.c_void_p).value)


def _lean(function: Any, restype: Any) -> Any:
    call = ctypes.CFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value)
    call.argtypes = None  # no per-call conversion: callers pass exact C types
    return call


# (textpage, int index, double* left, double* right, double* bottom, double* top) -> bool
text_char_box = _lean(pdfium_c.FPDFText_GetCharBox, ctypes.c_int)
# (path, int index) -> segment
path_segment = _lean(pdfium_c.FPDFPath_GetPathSegment, Handle)
# (segment, float* x, float* y) -> bool
segment_point = _lean(pdfium_c.FPDFPathSegment_GetPoint, ctypes.c_int)
# (segment) -> int
segment_type = _lean(pdfium_c.FPDFPathSegment_GetType, ctypes.c_int)
# (segment) -> bool
segment_close = _lean(pdfium_c.FPDFPathSegment_GetClose, ctypes.c_int)
# (page, int index) / (form, unsigned long index) -> page object
page_object = _lean(pdfium_c.FPDFPage_GetObject, Handle)
form_object = _lean(pdfium_c.FPDFFormObj_GetObject, Handle)
# (page) / (form) -> int
page_object_count = _lean(pdfium_c.FPDFPage_CountObjects, ctypes.c_int)
form_object_count = _lean(pdfium_c.FPDFFormObj_CountObjects, ctypes.c_int)
# (page object) -> int
object_type = _lean(pdfium_c.FPDFPageObj_GetType, ctypes.c_int)
# (page object, float* left, float* bottom, float* right, float* top) -> bool
object_bounds = _lean(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int)
# (page object, FS_MATRIX*) -> bool
object_matrix = _lean(pdfium_c.FPDFPageObj_GetMatrix, ctypes.c_int)
# (path) -> int
path_segment_count = _lean(pdfium_c.FPDFPath_CountSegments, ctypes.c_int)
# (path, int* fill mode, int* stroke) -> bool
path_draw_mode = _lean(pdfium_c.FPDFPath_GetDrawMode, ctypes.c_int)
# (page object, unsigned* r, g, b, a) -> bool
fill_colour = _lean(pdfium_c.FPDFPageObj_GetFillColor, ctypes.c_int)
# (page object) -> clip path, or NULL
object_clip = _lean(pdfium_c.FPDFPageObj_GetClipPath, Handle)
