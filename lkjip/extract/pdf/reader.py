"""Read a PDF into pages (text + character boxes, via pdfium) and ruled tables.

Pages whose text layer is missing or garbage (see `text_layer_quality`) are OCR'd
(`ocr`), and their tables are built from the ruling lines in the image
(`image_ruling`) by the same lattice geometry as vector-ruled pages. Rendering
happens here (pdfium is not thread-safe); Tesseract runs in a small thread pool,
since each call is its own process.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from lkjip.extract.errors import DocumentError
from lkjip.extract.grid.aligned import gutter_rules
from lkjip.extract.grid.banded import unshaded_band_rules
from lkjip.extract.grid.camelot_engine import camelot_page_tables, merge_engines
from lkjip.extract.grid.continuation import join_continued_tables
from lkjip.extract.grid.open_ends import close_open_ends
from lkjip.extract.grid.open_sides import close_open_sides
from lkjip.extract.grid.tables import page_tables
from lkjip.extract.limits import ReadLimits
from lkjip.extract.pdf import pdfium_calls
from lkjip.extract.pdf.clipped_text import hidden_chars
from lkjip.extract.pdf.picture_reading import MAX_PICTURES
from lkjip.extract.pdf.pictures import TABLE_CAPTION, picture_boxes, pictures_with_widths
from lkjip.extract.pdf.ruling import page_edges
from lkjip.extract.pdf.text_layer import LayerQuality, assess, strip_watermark_lines
from lkjip.extract.pdf.triage import second_engine_worthwhile
from lkjip.extract.source import Page, RawCell, RawTable, SourceDocument
from lkjip.geometry.page_frame import DisplayFrame

# pdfium marks a soft hyphen / generated hyphen with these; print them as '-'.
_HYPHENS = {"\x02": "-", "\ufffe": "-", "\xad": "-"}
_HYPHEN_TABLE = str.maketrans(_HYPHENS)
# Enough vertical and horizontal rules to frame at least a 2×2 grid.
_MIN_RULES_FOR_TABLE = 6
# An image covering this share of the page makes it a scan.
_SCAN_IMAGE_SHARE = 0.8
# An invisible text layer over a scan is someone else's OCR with no confidences:
# trusted only when almost no word in it is malformed (real text layers reach 0.17).
OCR_LAYER_MAX_MALFORMED = 0.01
# An OCR'd "table" whose median cell reads below this is the boxes of a figure.
_FIGURE_CONFIDENCE = 50.0
_REREAD_MARGIN = 10.0
# Each re-read is one Tesseract run; the least sure cells go first.
_MAX_REREADS_PER_TABLE = 60
# Pages OCR'd ahead of the one being rendered (bounds the images held in memory).
_OCR_QUEUE = 4


def open_pdf(path: Path, limits: ReadLimits) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path), password=limits.password)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text or "security" in text:
            if limits.password:
                raise DocumentError("encrypted", "the password given with --password does not open this PDF",
                                    "kata sandi dari --password tidak membuka PDF ini") from exc
            raise DocumentError("encrypted", "the PDF is encrypted; give its password with --password",
                                "PDF terenkripsi; berikan kata sandinya dengan --password") from exc
        if _has_no_pages(path):
            raise DocumentError("empty", "the PDF has no pages", "PDF tidak memiliki halaman") from exc
        raise DocumentError("corrupt", f"the PDF is damaged or truncated and cannot be parsed ({exc})",
                            f"PDF rusak atau terpotong dan tidak dapat diurai ({exc})") from exc


def _has_no_pages(path: Path) -> bool:
    """pdfium refuses a page tree of zero pages as a format error; pypdf can tell."""
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)  # its complaints about a broken file are ours to word
    try:
        from pypdf import PdfReader

        return len(PdfReader(str(path)).pages) == 0
    except Exception:  # anything pypdf cannot parse is simply corrupt
        return False
    finally:
        pypdf_log.setLevel(level)


def _kept_and_boxed(raw: str) -> tuple[np.ndarray, np.ndarray]:
    """For pdfium's text of a page: the index in `raw` of every character kept (all but
    the carriage returns of its CR LF line ends), and the positions, among the kept ones,
    of those that have a box (spaces and printed characters; not line breaks or tabs).

    Array operations over the code points, not a Python test per character (a dense page
    has 10⁴ characters); the whitespace other than " " is looked up among the page's
    distinct characters, so it is exactly what `str.isspace` says."""
    codes = np.frombuffer(raw.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    source = np.flatnonzero(codes != ord("\r"))
    unboxed = [ord(ch) for ch in set(raw) if ch != " " and ch != "\r" and ch.isspace()]
    kept = codes[source]
    boxed = np.flatnonzero(~np.isin(kept, unboxed)) if unboxed else np.arange(len(kept))
    return source, boxed


def read_page_text(pdf_page: pdfium.PdfPage, number: int) -> Page:
    """The page's text and its characters' boxes as displayed (`displayed_space`)."""
    width, height = pdf_page.get_size()  # displayed: swapped on a quarter-turned page
    frame = DisplayFrame.of(pdf_page)
    textpage = pdf_page.get_textpage()
    try:
        n = textpage.count_chars()
        raw = textpage.get_text_range(0, n) if n > 0 else ""
        # pdfium ends lines with \r\n; keep only \n, and remember each kept char's index.
        source, boxed = _kept_and_boxed(raw)
        text = raw.replace("\r", "").translate(_HYPHEN_TABLE)
        boxes = np.full((len(text), 4), np.nan, dtype=np.float32)
        if len(boxed):
            handle = pdfium_calls.handle(textpage.raw)
            char_box = pdfium_calls.text_char_box
            left, right, bottom, top = (ctypes.c_double() for _ in range(4))
            out = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
            flat: list[float] = []
            for index in source[boxed].tolist():
                char_box(handle, index, *out)
                flat += (left.value, bottom.value, right.value, top.value)
            x0, y0, x1, y1 = np.array(flat, dtype=np.float64).reshape(-1, 4).T
            drawn = (x1 > x0) | (y1 > y0)  # an empty box is a generated char: no place
            rows = boxed[drawn]
            # pdfium gives user space: measure from the visible box's top, then turn.
            top = frame.top
            boxes[rows] = frame.turn_boxes(np.column_stack((x0, top - y1, x1, top - y0))[drawn])
            # Text clipped out of sight (a hidden spreadsheet row under a printed one) is
            # not on the printed page: drop it (`clipped_text`).
            hidden = hidden_chars(pdf_page, textpage, source[rows], x0[drawn], y0[drawn],
                                  x1[drawn], y1[drawn])
            if hidden.any():
                keep = np.ones(len(text), dtype=bool)
                keep[rows[hidden]] = False
                text = "".join(ch for ch, k in zip(text, keep, strict=True) if k)
                boxes = boxes[keep]
    finally:
        textpage.close()
    return Page(number=number, width=width, height=height, text=text,
                char_boxes=boxes, source="text", rotation=frame.rotation)


def _upright_if_sideways(pdf_page: pdfium.PdfPage, page: Page, warnings: list[str]) -> Page:
    """A page whose text runs sideways as displayed (`sideways_text`): read upright with
    the quarter turn that makes its lines run left to right, else reported and left unread."""
    from lkjip.extract.pdf.sideways_text import reads_upright, runs_sideways

    if not runs_sideways(page):
        return page
    shown = page.rotation
    for turn in sorted(((shown + 90) % 360, (shown + 270) % 360), key=lambda t: t != 0):
        pdf_page.set_rotation(turn)  # the reader's copy only; rulings and renders follow
        upright = read_page_text(pdf_page, page.number)
        if reads_upright(upright):
            # `rotation` of a page read upright: the turn from it back to the page as shown.
            upright.rotation, upright.read_upright = (turn - shown) % 360, True
            return upright
    pdf_page.set_rotation(shown)
    warnings.append(f"p. {page.number}: the text runs sideways and could not be turned upright; "
                    "the page was not read")
    page.text, page.char_boxes = "", np.zeros((0, 4), dtype=np.float32)
    return page


def drop_watermark(page: Page) -> bool:
    """Remove watermark lines from a page's text (and their boxes); True if any."""
    _, spans = strip_watermark_lines(page.text)
    if not spans:
        return False
    keep = np.ones(len(page.text), dtype=bool)
    for s, e in spans:
        keep[s:e] = False
    page.text = "".join(ch for ch, k in zip(page.text, keep, strict=True) if k).rstrip("\n")
    if page.char_boxes is not None:
        page.char_boxes = page.char_boxes[keep][: len(page.text)]
    return True


@dataclass(frozen=True)
class ScanSignals:
    image_share: float  # largest image's share of the page area
    invisible_text: bool  # all text is drawn invisibly (render mode 3): an OCR layer
    image_ppi: float | None = None  # pixels per inch of the largest image as placed


# A scan stored below this many pixels per inch is blurred print once rendered: Tesseract
# reads its small letters and digits better enlarged (on a 65-ppi scan of a budget table
# at 300 dpi it read 2 of 3 amounts right and the header; at 200 dpi none and no header).
LOW_RES_SCAN_PPI = 100.0
LOW_RES_OCR_DPI = 300


TESSERACT = "tesseract"
LINE_RECOGNISER = "rapidocr"


def page_recogniser(signals: ScanSignals, line_recogniser_available: bool) -> str:
    """Which OCR engine reads a page: the line recogniser (PP-OCR) on a low-resolution
    scan, where Tesseract reads few amounts digit for digit; Tesseract elsewhere (as good
    on clean scans, and four times faster)."""
    return LINE_RECOGNISER if low_res_scan(signals) and line_recogniser_available else TESSERACT


def low_res_scan(signals: ScanSignals) -> bool:
    return signals.image_ppi is not None and signals.image_ppi < LOW_RES_SCAN_PPI


# A page Tesseract reads with a mean word confidence below this is read again by the line
# recogniser, whose reading is kept: on a 150-ppi table scan Tesseract read 29 of 40
# printed numbers digit-exact at mean confidence 81, PP-OCR 38; clean 150-200 dpi
# renditions read at 87-95 and stay with Tesseract (4x faster there, as exact).
TESSERACT_UNSURE_BELOW = 84.0
# Too few words to judge a reading by (a cover, a photo caption).
_MIN_WORDS_TO_JUDGE = 40


def line_recogniser_here() -> bool:
    from lkjip.extract.ocr.rapid import available

    return available()


def engines_note(pages: list[Page]) -> str | None:
    """One line saying which engine read how many OCR'd pages and why, when the line
    recogniser read any or was wanted but missing."""
    reasons = Counter(p.ocr_engine for p in pages if p.source == "ocr" and p.ocr_engine)
    if not any(r != TESSERACT for r in reasons):
        return None
    parts = [f"{n} page(s) {why}" for why, n in sorted(reasons.items())]
    note = "OCR engines: " + "; ".join(parts)
    if any("not installed" in r for r in reasons):
        note += "; install `rapidocr-onnxruntime` (PP-OCR) to read low-resolution scans better"
    return note


def scan_ocr_dpi(dpi: int, signals: ScanSignals) -> int:
    """The resolution to OCR a scan at: `dpi`, raised for a low-resolution scan."""
    return max(dpi, LOW_RES_OCR_DPI) if low_res_scan(signals) else dpi


def _all_text_invisible(pdf_page: pdfium.PdfPage) -> bool:
    """True when every text object is drawn invisibly (stops at the first visible one)."""
    seen = False
    for obj in pdf_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT], max_depth=2):
        if pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw) != pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE:
            return False
        seen = True
    return seen


def scan_signals(pdf_page: pdfium.PdfPage, quality: LayerQuality) -> ScanSignals:
    """What the page is made of, looked at only as far as the OCR decision needs."""
    invisible = quality.kind == "ok" and _all_text_invisible(pdf_page)
    if quality.kind == "ok" and not invisible:
        return ScanSignals(0.0, False)  # a real text layer: no need to look at images
    width, height = pdf_page.get_size()
    area = max(width * height, 1.0)
    share, ppi = 0.0, None
    for obj in pdf_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if (right - left) * (top - bottom) / area > share:
            share = (right - left) * (top - bottom) / area
            try:
                # Long side over long side: an image placed turned keeps its resolution.
                px = max(obj.get_px_size())  # type: ignore[attr-defined]
                ppi = px / max(right - left, top - bottom, 1e-6) * 72 if px else None
            except Exception:  # an image pdfium cannot size: no resolution known
                ppi = None
    return ScanSignals(min(share, 1.0), invisible, ppi)


def needs_ocr(quality: LayerQuality, signals: ScanSignals) -> bool:
    if quality.kind == "garbage":
        return True
    if quality.kind == "none":
        return signals.image_share > 0.05  # a blank page has nothing to read
    return signals.invisible_text and signals.image_share >= _SCAN_IMAGE_SHARE and \
        quality.malformed_share > OCR_LAYER_MAX_MALFORMED


def ocr_page_with_tables(image: Image.Image, number: int, dpi: int, lang: str,
                         recogniser: str = TESSERACT, low_res: bool = False) -> tuple[Page, list[RawTable]]:
    """OCR one rendered page and build its tables from the ruling lines in the image.
    `recogniser` is the engine chosen by the scan's resolution; a page Tesseract reads
    unsure is read again by the line recogniser (`TESSERACT_UNSURE_BELOW`)."""
    from lkjip.extract.grid.spanning_header import split_spanning_headers
    from lkjip.extract.ocr import cells as ocr_cells
    from lkjip.extract.ocr.band_words import with_band_words
    from lkjip.extract.ocr.clean import reading_of_ruled_page
    from lkjip.extract.ocr.dark_fills import dark_fill_mask, with_dark_fills_inverted
    from lkjip.extract.ocr.header_words import header_row_count, mend_heading_words
    from lkjip.extract.ocr.image_ruling import image_edges
    from lkjip.extract.ocr.second_engine import read_empty_cells
    from lkjip.extract.ocr.separator_style import mark_separator_doubts
    from lkjip.extract.ocr.tesseract import ocr_image

    started = time.monotonic()
    if recogniser == LINE_RECOGNISER:
        from lkjip.extract.ocr.rapid_page import ocr_image_rapid

        page, upright = ocr_image_rapid(image, number, dpi)
        page.ocr_engine = f"{LINE_RECOGNISER}: scan below {LOW_RES_SCAN_PPI:.0f} ppi"
    else:
        page, upright = ocr_image(image, number, dpi, lang)
        page.ocr_engine = TESSERACT if not low_res else \
            f"{TESSERACT}: scan below {LOW_RES_SCAN_PPI:.0f} ppi, RapidOCR not installed"
        unsure = page.ocr_confidence or 0.0
        # A page Tesseract had to turn is left to it: the line recogniser reads upright print only.
        if unsure < TESSERACT_UNSURE_BELOW and page.rotation == 0 and \
                len(page.text.split()) >= _MIN_WORDS_TO_JUDGE and line_recogniser_here():
            from lkjip.extract.ocr.rapid_page import ocr_image_rapid

            page, upright = ocr_image_rapid(image, number, dpi)
            page.ocr_engine = f"{LINE_RECOGNISER}: Tesseract unsure"
            recogniser = LINE_RECOGNISER
    scale = dpi / 72
    bands = dark_fill_mask(np.asarray(upright.convert("L")), scale)
    ruled = with_dark_fills_inverted(upright, upright, scale, bands) if bands is not None else upright
    edges = image_edges(ruled, scale, [box for box, _ in ocr_cells.word_boxes(page)])
    has_ruling = len(edges) >= _MIN_RULES_FOR_TABLE
    # Tesseract drops print inside ruled boxes and on tinted fills: read such a page
    # plain as well (`ocr.clean`); cells are read again from the image that was kept.
    plain = upright
    # Only where the rules frame a table: a page whose rules are a banner or a footer band
    # (every page of some reports) is not read twice.
    tables = page_tables(page, edges) if has_ruling else []
    # The line recogniser reads print in ruled boxes and on fills as it is: no plain re-reading.
    if tables and recogniser == TESSERACT:
        page, plain = reading_of_ruled_page(page, upright, scale, lang)
        if bands is not None:  # white headings on dark bands, which the page reading garbles
            page = with_band_words(page, upright, scale, bands, lang)
        tables = page_tables(page, edges)  # the cells of the fuller reading
    page.has_ruling = has_ruling
    page.low_resolution = low_res
    if tables and bands is not None:  # white print on dark header bands, readable for the cell re-readings
        plain = with_dark_fills_inverted(plain, upright, scale, bands)
    kept: list[RawTable] = []
    words = ocr_cells.word_boxes(page) if tables else []
    for table in tables:
        table.engine = "lattice-ocr"
        # A header rule a blurred scan lost joins two headings: parted at the body's rules.
        split_spanning_headers(page, table, header_row_count(table))
        set_cell_confidence(page, table)
        ocr_cells.set_line_confidence(page, table)
        inked_empty = ocr_cells.inked_empty_cells(table, upright, scale)
        if _looks_like_figure(table):
            if not _read_mostly_from_crops(table, inked_empty, plain, scale, lang):
                continue  # boxes of a figure or infographic: nothing in them reads as text
            inked_empty = []  # read from their crops already
        # The rulings decide the rows: a page word across a rule, or a cell left empty
        # over printed ink, means the page reading merged rows there.
        misread = {id(c): c for c in ocr_cells.words_across_rules(table, words)}
        misread.update({id(c): c for c in inked_empty})
        reread_doubtful_cells(table, plain, scale, lang, list(misread.values()))
        if recogniser == TESSERACT:  # print over ink Tesseract twice found nothing in: the other engine
            read_empty_cells(inked_empty, plain, scale)
        ocr_cells.mark_glyph_doubts(table)
        mark_separator_doubts(table)
        ocr_cells.repair_header_percent(table)
        mend_heading_words(table)
        ocr_cells.verify_numbers(table, plain, scale, lang)
        # The grid itself is read from the image: a rule the scan lost or a phantom one
        # moves a value to another row or column, and a real report scanned at 200 dpi
        # gave errors on rows so misplaced, every digit read right. No error rests on it.
        for cell in ocr_cells.table_cells(table):
            ocr_cells.add_doubt(cell, None, ocr_cells.TABLE_GRID)
            if low_res:
                ocr_cells.add_doubt(cell, None, ocr_cells.LOW_RESOLUTION)
        kept.append(table)
    page.ocr_seconds = time.monotonic() - started
    return page, kept


def _looks_like_figure(table: RawTable) -> bool:
    """Most cells' text (as the page reading gave it) is not legible print."""
    from lkjip.extract.ocr import cells as ocr_cells

    confs = sorted(c.confidence for c in ocr_cells.table_cells(table) if c.confidence is not None)
    return bool(confs) and confs[len(confs) // 2] < _FIGURE_CONFIDENCE


# A small table the page reading left mostly empty is read from its cells' crops before it
# is judged a figure; bigger ones are not (a chart's many boxes would cost a read each).
_MAX_CELLS_READ_BEFORE_JUDGING = 24


def _read_mostly_from_crops(table: RawTable, inked_empty: list[RawCell], image: Image.Image,
                            scale: float, lang: str) -> bool:
    """A table whose cells over ink the page reading mostly left empty (a tinted header, a
    blurred low-resolution scan: Tesseract's layout analysis dropped them) is read cell by
    cell; True when that reading is legible (the table is print, not a figure)."""
    from lkjip.extract.ocr import cells as ocr_cells

    cells = ocr_cells.table_cells(table)
    read = [c for c in cells if c.text.strip()]
    if not inked_empty or len(inked_empty) <= len(read) or len(cells) > _MAX_CELLS_READ_BEFORE_JUDGING:
        return False
    reread_doubtful_cells(table, image, scale, lang, inked_empty)
    return not _looks_like_figure(table)


def reread_doubtful_cells(table: RawTable, image: Image.Image, scale: float, lang: str,
                          misread: list[RawCell] | None = None) -> None:
    """Cells the page reading left doubtful, and `misread` ones (rows merged across a
    rule), are read again from their own crop. A doubtful cell keeps the better reading
    (by its weakest word); a misread cell takes any legible reading, else it stays in
    doubt (its confidence drops to the crop's). The page text keeps the page reading."""
    from lkjip.extract.ocr import cells as ocr_cells
    from lkjip.extract.ocr.tesseract import REREAD_CELLS_BELOW, read_cell

    forced = {id(c) for c in misread or []}
    doubtful = [c for c in ocr_cells.table_cells(table) if c.bbox is not None and (id(c) in forced or (
        c.confidence is not None and c.confidence < REREAD_CELLS_BELOW))]
    for cell in sorted(doubtful, key=lambda c: c.confidence or 0.0)[:_MAX_REREADS_PER_TABLE]:
        assert cell.bbox is not None
        again = read_cell(image, cell.bbox, scale, lang)
        before = cell.confidence if cell.confidence is not None else 0.0
        if id(cell) in forced:
            better = again is not None and again.confidence >= _FIGURE_CONFIDENCE
        else:
            # Only a clearly better reading replaces the first: a crop that catches a
            # skewed rule can read worse with similar confidence.
            better = again is not None and again.confidence >= max(before + _REREAD_MARGIN, _FIGURE_CONFIDENCE)
        if better and again is not None:
            cell.text, cell.line_boxes, cell.confidence = again.text, again.line_boxes, again.confidence
            cell.line_confidence = again.line_confidence
        elif id(cell) in forced and cell.text.strip():
            low = min(before, again.confidence if again is not None else 0.0)
            cell.confidence = low
            cell.line_confidence = [low for _ in cell.line_boxes]


# Rulings seen in a 150-dpi rendering: fine enough for table rules, ~0.1 s a page.
_RASTER_DPI = 150


_MIN_FILLED_CELLS = 2


def _filled_cells(table: RawTable) -> int:
    cells = {id(c): c for row in table.grid for c in row if c is not None}
    return sum(1 for c in cells.values() if c.text.strip())


def raster_ruled_tables(pdf: pdfium.PdfDocument, page: Page) -> list[RawTable]:
    """Tables from the rules as drawn on the rendered page, text from the page's own
    characters. Mends grids whose vector paths the lattice engine could not join (clipped,
    dashed or image rules) at a tenth of camelot's cost, so it is tried first."""
    # The rendering is the page as displayed, the space of the character boxes too.
    from lkjip.extract.ocr.image_ruling import image_edges

    pdf_page = pdf[page.number - 1]
    try:
        image = pdf_page.render(scale=_RASTER_DPI / 72).to_pil()
    finally:
        pdf_page.close()
    # A drawn banner or header frame is a grid with one line of text in it, not a table.
    tables = [t for t in page_tables(page, image_edges(image, _RASTER_DPI / 72))
              if _filled_cells(t) >= _MIN_FILLED_CELLS]
    for i, table in enumerate(tables, start=1):
        table.id, table.engine = f"p{page.number}-r{i}", "raster"
    return tables


def rulings_signature(edges: list) -> frozenset[tuple[str, int, int, int, int]]:
    """The page's rules, rounded to 2 pt: equal on pages that repeat the same frame."""
    return frozenset((str(e["orientation"]), round(float(e["x0"]) / 2), round(float(e["top"]) / 2),
                      round(float(e["x1"]) / 2), round(float(e["bottom"]) / 2)) for e in edges)


def ruled_tables(path: Path, pdf: pdfium.PdfDocument, page: Page, edges: list,
                 limits: ReadLimits, barren: set[frozenset] | None = None) -> list[RawTable]:
    """The lattice engine's tables; where the lattice saw rulings but built nothing usable,
    the raster engine's, then camelot's if still nothing usable (always both, on demand);
    the better table per region kept."""
    # Unshaded rows of a table ruled only by its shaded rows' fills get their columns.
    edges = edges + unshaded_band_rules(page, edges)
    found = page_tables(page, close_open_ends(close_open_sides(edges), page.height))
    if not found and (gutters := gutter_rules(page, edges)):
        # Rules between rows only: the gutters of the text stand in for vertical rules.
        found = page_tables(page, edges + gutters)
        for table in found:
            table.engine = "aligned"
    if limits.second_engine == "off":
        return found
    # Small one-column "tables" (framed boxes) beside a good table are not a miss; nor
    # are page-number boxes and banners alone (page_triage).
    if limits.second_engine == "auto" and not second_engine_worthwhile(edges, found):
        return found
    # A frame repeated on every page (a PDF tool's banner, a letterhead box) that gave no
    # table once gives none again: `barren` remembers such rulings for the document.
    signature = rulings_signature(edges)
    if limits.second_engine == "auto" and barren is not None and signature in barren:
        return found
    raster = raster_ruled_tables(pdf, page)
    if not raster and barren is not None:
        barren.add(signature)
    found = merge_engines(found, raster)
    # Camelot finds its lattice in a rendering too, by the same morphology, at ~0.6–1.6 s
    # a page: after the raster pass it added no table on the real corpus (0 of 5 pages
    # where a grid stayed broken; 0 of 41 where the rendering showed none). It is kept
    # for `--second-engine always`, not run by default.
    if limits.second_engine == "auto":
        return found
    return merge_engines(found, camelot_page_tables(path, page, limits.password))


def set_cell_confidence(page: Page, table: RawTable) -> None:
    """Each cell's confidence: its least confident OCR'd word (a digit read badly
    anywhere in an amount makes the amount doubtful)."""
    if page.char_confidence is None or page.char_boxes is None:
        return
    boxes, conf = page.char_boxes, page.char_confidence
    cx, cy = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    seen: set[int] = set()
    for row in table.grid:
        for cell in row:
            if cell is None or id(cell) in seen or cell.bbox is None:
                continue
            seen.add(id(cell))
            x0, top, x1, bottom = cell.bbox
            inside = (cx >= x0) & (cx <= x1) & (cy >= top) & (cy <= bottom) & ~np.isnan(conf)
            if inside.any():
                cell.confidence = float(conf[inside].min())


# Where OCR progress goes instead of stderr: set in the killable reader's child to a pipe
# to the parent, whose status line shows it (`isolation.read_isolated(on_progress=…)`).
progress_sink: Callable[[str], None] | None = None
# Told the seconds each page sent to OCR adds to the document's time (`ReadLimits.ocr_page_s`),
# so the killable reader's parent moves its deadline too (`extract.isolation`).
time_granted_sink: Callable[[float], None] | None = None


class OcrProgress:
    """"OCR 12 pages (at page 40 of 142), 3.4 s a page" while a long scan is read: to
    `progress_sink` when one is set, else on stderr only when it is a terminal (never in
    JSON output, logs or tests)."""

    MIN_PAGES = 5  # shorter documents finish before a display helps

    def __init__(self, count: int) -> None:
        self.count, self.done, self.started = count, 0, time.monotonic()
        self.sink = progress_sink
        self.shown = self.sink is not None or sys.stderr.isatty()

    @property
    def seconds_per_page(self) -> float:
        return (time.monotonic() - self.started) / max(self.done, 1)

    def page_done(self, at: int) -> None:
        """One more page OCR'd; `at` is the page the reader has reached."""
        self.done += 1
        if not self.shown or self.count < self.MIN_PAGES:
            return
        line = f"OCR {self.done} pages (at page {at} of {self.count}), {self.seconds_per_page:.1f} s a page"
        if self.sink is not None:
            self.sink(line)
        else:
            sys.stderr.write(f"\r{line} ")
            sys.stderr.flush()

    def close(self) -> None:
        if self.sink is None and self.shown and self.done and self.count >= self.MIN_PAGES:
            sys.stderr.write("\n")


class _TimeBudget:
    """The document's seconds: `--timeout`, plus `ocr_page_s` for each page sent to OCR."""

    def __init__(self, limits: ReadLimits) -> None:
        self.limits, self.started, self.ocr_pages = limits, time.monotonic(), 0

    @property
    def seconds(self) -> float:
        return self.limits.seconds_for(self.ocr_pages)

    def left(self) -> float:
        return self.seconds - (time.monotonic() - self.started)

    def grant_ocr_page(self) -> None:
        self.ocr_pages += 1
        if time_granted_sink is not None and self.limits.ocr_page_s > 0:
            time_granted_sink(self.limits.ocr_page_s)

    def expired(self, index: int, count: int) -> DocumentError:
        if not self.ocr_pages:
            return DocumentError(
                "timeout", f"reading stopped after {self.seconds:g} s at page {index + 1} of {count} (--timeout)",
                f"pembacaan dihentikan setelah {self.seconds:g} dtk pada halaman {index + 1} dari {count} (--timeout)")
        per = f"{self.limits.timeout_s:g} s + {self.limits.ocr_page_s:g} s for each of {self.ocr_pages} page(s) sent to OCR"
        per_id = (f"{self.limits.timeout_s:g} dtk + {self.limits.ocr_page_s:g} dtk untuk tiap halaman dari "
                  f"{self.ocr_pages} halaman yang di-OCR")
        return DocumentError(
            "timeout", f"reading stopped after {self.seconds:g} s ({per}) at page {index + 1} of {count} (--timeout)",
            f"pembacaan dihentikan setelah {self.seconds:g} dtk ({per_id}) pada halaman {index + 1} dari {count} "
            "(--timeout)")


def read_pdf(path: Path, sha256: str, limits: ReadLimits) -> SourceDocument:
    budget = _TimeBudget(limits)
    pdf = open_pdf(path, limits)
    warnings: list[str] = []
    try:
        count = len(pdf)
        if count == 0:
            raise DocumentError("empty", "the PDF has no pages", "PDF tidak memiliki halaman")
        if count > limits.max_pages:
            raise DocumentError("too-large", f"{count} pages, over the limit of {limits.max_pages} (--max-pages)",
                                f"{count} halaman, melebihi batas {limits.max_pages} (--max-pages)")
        pages: list[Page] = []
        tables: list[RawTable] = []
        pending: deque[tuple[int, Future[tuple[Page, list[RawTable]]]]] = deque()
        engine = None
        unread_scans = 0
        pictures_left = MAX_PICTURES
        barren: set[frozenset] = set()  # rulings that gave no table (ruled_tables)
        pool = ThreadPoolExecutor(max_workers=limits.ocr_workers or max(1, min(os.cpu_count() or 1, 4)))
        progress = OcrProgress(count)
        try:
            for index in range(count):
                if budget.left() < 0:
                    raise budget.expired(index, count)
                pdf_page = pdf[index]
                try:
                    page = read_page_text(pdf_page, index + 1)
                    page = _upright_if_sideways(pdf_page, page, warnings)
                    if drop_watermark(page) and not any("watermark" in w for w in warnings):
                        warnings.append("watermark text of a PDF tool was removed from the text layer")
                    quality = assess(page.text)
                    signals = scan_signals(pdf_page, quality)
                    ocr_it = needs_ocr(quality, signals)
                    if ocr_it and limits.ocr and engine is None:
                        from lkjip.extract.ocr.tesseract import find_engine

                        engine = find_engine(limits.ocr_lang)
                        if engine.problem:
                            warnings.append(engine.problem)
                    if ocr_it and limits.ocr and engine is not None and engine.available:
                        from lkjip.extract.ocr.tesseract import ocr_dpi, render_page

                        dpi = ocr_dpi(page.width, page.height, scan_ocr_dpi(limits.ocr_dpi, signals))
                        image = render_page(pdf_page, dpi)
                        recogniser = page_recogniser(signals, line_recogniser_here())
                        pending.append((index, pool.submit(ocr_page_with_tables, image, index + 1,
                                                           dpi, limits.ocr_lang, recogniser,
                                                           low_res_scan(signals))))
                        budget.grant_ocr_page()
                        pages.append(page)  # replaced by the OCR'd page when it is done
                        while len(pending) >= _OCR_QUEUE:
                            _collect(pending.popleft(), pages, tables, budget, count)
                            progress.page_done(index + 1)
                        continue
                    if ocr_it:
                        unread_scans += 1
                        if quality.kind == "garbage":
                            page.text, page.char_boxes = "", np.zeros((0, 4), dtype=np.float32)
                    edges = page_edges(pdf_page)
                    if not ocr_it and TABLE_CAPTION.search(page.text):
                        page.pictures = picture_boxes(pdf_page)
                        if page.pictures and limits.pictures and pictures_left > 0:
                            from lkjip.extract.pdf.picture_reading import read_table_pictures

                            found, read = read_table_pictures(pdf_page, page, pictures_with_widths(pdf_page),
                                                              pictures_left)
                            pictures_left -= read
                            tables.extend(found)
                finally:
                    pdf_page.close()
                page.has_ruling = len(edges) >= _MIN_RULES_FOR_TABLE
                if page.has_ruling or (limits.second_engine == "always" and page.text.strip()):
                    tables.extend(ruled_tables(path, pdf, page, edges, limits, barren))
                pages.append(page)
            while pending:
                _collect(pending.popleft(), pages, tables, budget, count)
                progress.page_done(count)
            progress.close()
            if note := engines_note(pages):
                warnings.append(note)
        finally:
            for _, fut in pending:
                fut.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
        if unread_scans:
            why = "OCR is off (--no-ocr)" if not limits.ocr else "OCR is not available"
            warnings.append(f"{unread_scans} page(s) have no usable text layer and were not read: {why}")
        if not any(p.text.strip() for p in pages) and not tables:
            hint = f"; {warnings[-1]}" if unread_scans else ""
            why_id = "OCR dimatikan (--no-ocr)" if not limits.ocr else "OCR tidak tersedia"
            hint_id = f"; {unread_scans} halaman tanpa lapisan teks yang dapat dipakai tidak dibaca: {why_id}" \
                if unread_scans else ""
            raise DocumentError("empty", f"no page of the PDF has readable text (blank or scanned pages){hint}",
                                f"tidak ada halaman PDF yang teksnya dapat dibaca (halaman kosong atau hasil pindai){hint_id}")
        tables.sort(key=lambda t: (t.page or 0, t.bbox[1] if t.bbox else 0))
        return SourceDocument(file=str(path), sha256=sha256, kind="pdf", page_count=count,
                              pages=pages, tables=join_continued_tables(tables, pages), warnings=warnings)
    finally:
        pdf.close()


def _collect(item: tuple[int, Future[tuple[Page, list[RawTable]]]], pages: list[Page],
             tables: list[RawTable], budget: _TimeBudget, count: int) -> None:
    index, future = item
    try:
        page, page_tables_ = future.result(timeout=max(budget.left(), 0.001))
    except TimeoutError as exc:
        raise budget.expired(index, count) from exc
    pages[index] = page
    tables.extend(page_tables_)
