"""OCR of pages without a usable text layer: Tesseract (`ind`) through pytesseract.

A page is rendered with pdfium, turned upright (Tesseract's orientation detection,
tried only when the upright reading is poor), and read with `image_to_data`, whose
word boxes are scaled to PDF points and spread evenly over each word's characters,
so an OCR'd Page has the same per-character geometry a text layer gives. Every
character also carries its word's confidence (0..100).

Coordinates of a page turned upright are those of the upright page (width and height
swapped for 90/270 degrees); `Page.rotation` says by how much it was turned.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass

import numpy as np
from PIL import Image

from lkjip.extract.source import Page

INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-ind"
# Below this mean word confidence the upright reading is doubted and other
# orientations are tried.
RETRY_ORIENTATION_BELOW = 60.0
_TESS_CONFIG = "--psm 3"


@dataclass(frozen=True)
class OcrEngine:
    lang: str
    available: bool
    problem: str | None  # the one warning line when OCR cannot run


def find_engine(lang: str = "ind") -> OcrEngine:
    """Whether Tesseract and its language data are here; if not, what to install."""
    if shutil.which("tesseract") is None:
        return OcrEngine(lang, False, f"OCR skipped: Tesseract is not installed; install it with `{INSTALL_HINT}`")
    try:
        import pytesseract

        langs = set(pytesseract.get_languages(config=""))
    except Exception as exc:  # a broken install: pytesseract raises its own errors
        return OcrEngine(lang, False, f"OCR skipped: Tesseract does not run ({exc}); reinstall with `{INSTALL_HINT}`")
    if lang not in langs:
        return OcrEngine(lang, False, f"OCR skipped: Tesseract has no '{lang}' language data; install it with `{INSTALL_HINT}`")
    return OcrEngine(lang, True, None)


# A rendered page never exceeds this many pixels (A0 at 200 dpi is 46 Mpx): a PDF may
# declare a page 200 inches wide, which at full resolution is gigabytes.
MAX_OCR_PIXELS = 50_000_000


def ocr_dpi(width_pt: float, height_pt: float, dpi: int) -> int:
    """The resolution to render a page for OCR: `dpi`, lowered for oversized pages."""
    pixels = (width_pt / 72 * dpi) * (height_pt / 72 * dpi)
    if pixels <= MAX_OCR_PIXELS:
        return dpi
    return max(int(dpi * (MAX_OCR_PIXELS / pixels) ** 0.5), 1)


def render_page(pdf_page: object, dpi: int) -> Image.Image:
    """The page as a grayscale image at `dpi` (pdfium, not pdftoppm)."""
    bitmap = pdf_page.render(scale=dpi / 72, grayscale=True)  # type: ignore[attr-defined]
    try:
        return bitmap.to_pil().convert("L")
    finally:
        bitmap.close()


@dataclass
class OcrWord:
    text: str
    box: tuple[float, float, float, float]  # pixels
    conf: float
    line_key: tuple[int, int, int]


# Tesseract's `ind` model reads a printed "%" after a number as "Yo", "Y0", "YO", "Y6"
# or "9o"; nothing else in a report has that shape. Set apart after a number, a B/W scan's
# "%" whose lower ring broke off is read "Y" alone ("96,57 Y, sebagaimana"): no word of
# Bahasa Indonesia is a capital Y, so a lone one after a number is the sign.
_PERCENT_SUFFIX = re.compile(r"^(\(?\d[\d.,]*)(?:Y[o0O6]|9o|%o)([).,;]?)$")
_PERCENT_WORD = re.compile(r"^(?:Y[o0O6]?|9o|%o)([).,;]?)$")
_NUMBER_WORD = re.compile(r"\d[\d.,]*$")
# The same sign read "X" ("70,50 X, sebagaimana"): only after a number with decimals, since
# "2 X" is also written for "2 kali" (twice).
_PERCENT_AS_X = re.compile(r"^X([).,;]?)$")
_DECIMAL_WORD = re.compile(r"\d,\d{1,2}$")


def fix_percent_signs(words: list[OcrWord]) -> list[OcrWord]:
    """Restore "%" where Tesseract read it as letters, attached or as the next word."""
    out: list[OcrWord] = []
    for w in words:
        m = _PERCENT_SUFFIX.match(w.text)
        if m:
            w = OcrWord(f"{m.group(1)}%{m.group(2)}", w.box, w.conf, w.line_key)
        else:
            before = out[-1].text if out and out[-1].line_key == w.line_key else ""
            m = _PERCENT_WORD.match(w.text) if _NUMBER_WORD.search(before) else None
            if m is None and _DECIMAL_WORD.search(before):
                m = _PERCENT_AS_X.match(w.text)
            if m is not None:
                w = OcrWord(f"%{m.group(1)}", w.box, w.conf, w.line_key)
        out.append(w)
    return out


def read_words(image: Image.Image, lang: str) -> list[OcrWord]:
    import pytesseract

    data = pytesseract.image_to_data(image, lang=lang, config=_TESS_CONFIG,
                                     output_type=pytesseract.Output.DICT)
    words: list[OcrWord] = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        left, top, w, h = (float(data[k][i]) for k in ("left", "top", "width", "height"))
        words.append(OcrWord(text, (left, top, left + w, top + h), conf,
                             (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))))
    return fix_percent_signs(words)


def mean_confidence(words: list[OcrWord]) -> float:
    """Mean word confidence weighted by length (long words say more about a reading)."""
    total = sum(len(w.text) for w in words)
    return sum(w.conf * len(w.text) for w in words) / total if total else 0.0


def detect_rotation(image: Image.Image) -> int | None:
    """Clockwise degrees that make the page upright, by Tesseract OSD; None if unsure."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(image, output_type=pytesseract.Output.DICT)
    except Exception:  # too little text for OSD: pytesseract raises TesseractError
        return None
    return int(osd.get("rotate", 0)) % 360


def reads_sideways(words: list[OcrWord]) -> bool:
    """Most words of three letters or more boxed taller than wide: Tesseract followed text
    running down the page (a page scanned a quarter turn off, which it can read with high
    confidence), so its lines are the page's columns."""
    long = [w for w in words if len(w.text) >= 3]
    tall = sum(1 for w in long if w.box[3] - w.box[1] > w.box[2] - w.box[0])
    return len(long) >= 10 and tall > len(long) / 2


def upright_words(image: Image.Image, lang: str) -> tuple[Image.Image, list[OcrWord], int]:
    """Read the page; if the reading is poor, turn it as OSD says (or try 90/270)."""
    words = read_words(image, lang)
    best = (image, words, 0)
    sideways = reads_sideways(words)
    if len(words) >= 20 and mean_confidence(words) >= RETRY_ORIENTATION_BELOW and not sideways:
        return best
    # Lines read down the page make a transposed table, however sure each word is.
    best_conf = mean_confidence(words) if words and not sideways else 0.0
    rotate = detect_rotation(image)
    candidates = [rotate] if rotate else [90, 270]
    for angle in candidates:
        turned = image.rotate(-angle, expand=True)  # PIL rotates counter-clockwise
        turned_words = read_words(turned, lang)
        conf = mean_confidence(turned_words) if turned_words and not reads_sideways(turned_words) else 0.0
        # More text read with better confidence: that is the upright way.
        if conf * len(turned_words) > best_conf * len(best[1]) * 1.1:
            best, best_conf = (turned, turned_words, angle), conf
    return best


def words_to_page(words: list[OcrWord], number: int, width_pt: float, height_pt: float,
                  scale: float, rotation: int) -> Page:
    """A Page whose text is the words in reading order, one line per Tesseract line."""
    chars: list[str] = []
    boxes: list[tuple[float, float, float, float] | None] = []
    confs: list[float] = []
    prev_key: tuple[int, int, int] | None = None
    for w in words:
        if prev_key is not None:
            sep = " " if w.line_key == prev_key else "\n"
            chars.append(sep)
            boxes.append(None)
            confs.append(np.nan)
        prev_key = w.line_key
        x0, top, x1, bottom = (v / scale for v in w.box)
        has_value = any(ch.isalnum() for ch in w.text)
        step = (x1 - x0) / max(len(w.text), 1)
        for k, ch in enumerate(w.text):
            chars.append(ch)
            boxes.append((x0 + k * step, top, x0 + (k + 1) * step, bottom))
            # A word of punctuation only (",-", "|") carries no value: no confidence.
            confs.append(w.conf if has_value else np.nan)
    arr = np.full((len(chars), 4), np.nan, dtype=np.float32)
    for i, b in enumerate(boxes):
        if b is not None:
            arr[i] = b
    page = Page(number=number, width=width_pt, height=height_pt, text="".join(chars),
                char_boxes=arr, source="ocr", ocr_confidence=round(mean_confidence(words), 1) if words else None,
                rotation=rotation)
    page.char_confidence = np.asarray(confs, dtype=np.float32)
    return page


def ocr_image(image: Image.Image, number: int, dpi: int, lang: str) -> tuple[Page, Image.Image]:
    """OCR a rendered page image; returns the Page and the upright image (for rulings)."""
    # Tesseract's own threads fight with our page-level parallelism on few cores.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    from lkjip.extract.ocr.deskew import deskew

    scale = dpi / 72
    # A page fed askew is levelled first: its rules and rows are then straight for the
    # rule finder and Tesseract alike (coordinates are those of the levelled page).
    image, _ = deskew(image)
    upright, words, rotation = upright_words(image, lang)
    page = words_to_page(words, number, upright.width / scale, upright.height / scale, scale, rotation)
    return page, upright


# Cells read worse than this on the full page are read again on their own: a cell crop
# with one block of text (psm 6) is what Tesseract reads best, and table headers in
# bold capitals are what full-page reading gets wrong most. Same as the doubt threshold.
REREAD_CELLS_BELOW = 80.0
# The confidence given to a word with digits read only from an enlarged line: under the
# doubt threshold (REREAD_CELLS_BELOW), so no error rests on it.
ENLARGED_DIGITS_CONFIDENCE = REREAD_CELLS_BELOW - 1
# Pixels trimmed from each side of a cell crop so its ruling lines are not read as text.
_CELL_INSET_PX = 4


def value_confidence(words: list[OcrWord]) -> float | None:
    """The least confident word that carries a value (letters or digits)."""
    confs = [w.conf for w in words if any(ch.isalnum() for ch in w.text)]
    return min(confs) if confs else None


@dataclass
class CellReading:
    text: str  # lines joined by newlines
    line_boxes: list[tuple[str, tuple[float, float, float, float]]]  # PDF points
    confidence: float  # the least sure word
    line_confidence: list[float | None]


# A cell's block reading less sure than this is tried again as one enlarged line: below it a
# table cell is taken as unread (the figure threshold of the reader).
READ_ENLARGED_BELOW = 50.0


def _enlarged_line_words(crop: Image.Image, origin: tuple[int, int], lang: str) -> list[OcrWord]:
    """The words of the crop's one line of small print read enlarged (psm 7), boxed in the
    page image's pixels (each word's share of the line's ink box); [] if it is not one line."""
    import pytesseract

    from lkjip.extract.ocr.small_print import MARGIN_PX, one_line_enlarged

    found = one_line_enlarged(crop)
    if found is None:
        return []
    big, (x0, y0, x1, y1) = found
    data = pytesseract.image_to_data(big, lang=lang, config="--psm 7", output_type=pytesseract.Output.DICT)
    read = [((t or "").strip(), float(data["conf"][i]), float(data["left"][i]), float(data["width"][i]))
            for i, t in enumerate(data["text"]) if (t or "").strip() and float(data["conf"][i]) >= 0]
    if not read:
        return []
    # Horizontal positions mapped back through the enlargement; the line's own top and bottom.
    factor = (x1 - x0) / max(big.width - 2 * MARGIN_PX, 1)
    ox, oy = origin
    # Blurred print enlarged can take the shape of another digit (a 65-ppi "7" read as
    # "1"): a figure only this reading found stays in doubt, whatever Tesseract's
    # confidence; a heading's words keep theirs (they name columns, not values).
    return fix_percent_signs([
        OcrWord(text, (ox + x0 + (x - MARGIN_PX) * factor, oy + y0, ox + x0 + (x - MARGIN_PX + w) * factor, oy + y1),
                min(conf, ENLARGED_DIGITS_CONFIDENCE) if any(ch.isdigit() for ch in text) else conf, (0, 0, 0))
        for text, conf, x, w in read])


def read_cell(image: Image.Image, bbox: tuple[float, float, float, float], scale: float,
              lang: str) -> CellReading | None:
    """OCR one table cell from the page image (psm 6: one block of text)."""
    import pytesseract

    left, top = int(bbox[0] * scale) + _CELL_INSET_PX, int(bbox[1] * scale) + _CELL_INSET_PX
    right, bottom = int(bbox[2] * scale) - _CELL_INSET_PX, int(bbox[3] * scale) - _CELL_INSET_PX
    if right - left < 8 or bottom - top < 8:
        return None
    crop = image.crop((left, top, right, bottom))
    data = pytesseract.image_to_data(crop, lang=lang, config="--psm 6", output_type=pytesseract.Output.DICT)
    words: list[OcrWord] = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if text and float(data["conf"][i]) >= 0:
            x, y, w, h = (float(data[k][i]) for k in ("left", "top", "width", "height"))
            words.append(OcrWord(text, (left + x, top + y, left + x + w, top + y + h), float(data["conf"][i]),
                                 (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))))
    words = fix_percent_signs(words)
    conf = value_confidence(words)
    if conf is None or conf < READ_ENLARGED_BELOW:
        # Small print the block reading lost or doubted: one line of it, enlarged (`small_print`).
        enlarged = _enlarged_line_words(crop, (left, top), lang)
        if enlarged and (again := value_confidence(enlarged)) is not None and (conf is None or again > conf):
            words, conf = enlarged, again
    if conf is None:
        return None
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for w in words:
        lines.setdefault(w.line_key, []).append(w)
    read = []
    for line in lines.values():
        text = " ".join(w.text for w in line)
        box = (min(w.box[0] for w in line) / scale, min(w.box[1] for w in line) / scale,
               max(w.box[2] for w in line) / scale, max(w.box[3] for w in line) / scale)
        read.append((text, box, value_confidence(line)))
    read.sort(key=lambda lb: lb[1][1])
    return CellReading("\n".join(t for t, _, _ in read), [(t, b) for t, b, _ in read], conf,
                       [c for _, _, c in read])
