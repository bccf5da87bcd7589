"""A scanned page made plain for Tesseract: shaded fills flattened, ruling lines erased.

Tesseract's page layout analysis drops text it finds inside ruled boxes or on tinted
fills: on a low-resolution scan of a table with a coloured header row, the page reading
left the header and the first line under it unread (the cells then looked empty, or
kept only their second line). Two steps give it plain print on white paper:

- `flatten_background`: each pixel divided by the local paper brightness (a grey
  closing wider than any stroke), so a tinted fill becomes white and its print stays dark;
- `erase_rules`: the long thin strokes the rule finder sees (`image_ruling`) painted
  white, so no text line touches a rule.

Only the reading uses the plain image: the rules are still found in the page as scanned.
A ruled page is read both ways and the plain reading kept when it holds clearly more
print (`reading_of_ruled_page`).
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from lkjip.extract.ocr.components import components_with_stats
from lkjip.extract.source import Page

# Wider than any stroke of print at 150-300 dpi, narrower than a shaded cell's height.
_PAPER_KERNEL_PX = 31
# Rules are at least this share of the page wide (high): the same as `image_ruling`.
_MIN_RULE_SHARE = 1 / 40
# A stroke thicker than this (px) is a filled bar or a line of bold letters, not a rule.
_MAX_RULE_THICKNESS_PX = 8


def flatten_background(gray: np.ndarray) -> np.ndarray:
    """Print over white: each pixel divided by the brightness of the paper around it."""
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (_PAPER_KERNEL_PX, _PAPER_KERNEL_PX))
    paper = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, kernel)
    return cv2.divide(gray, np.maximum(paper, 1), scale=255)


def erase_rules(gray: np.ndarray) -> np.ndarray:
    """The image with its long, thin horizontal and vertical strokes painted white."""
    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    height, width = ink.shape
    rules = np.zeros_like(ink)
    for horizontal in (True, False):
        length = max(int((width if horizontal else height) * _MIN_RULE_SHARE), 10)
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1) if horizontal else (1, length))
        strokes = cv2.morphologyEx(ink, cv2.MORPH_OPEN, kernel)
        _, labels, stats, _ = components_with_stats(strokes)
        thickness = stats[1:, cv2.CC_STAT_HEIGHT if horizontal else cv2.CC_STAT_WIDTH]
        thin = np.concatenate([[False], thickness <= _MAX_RULE_THICKNESS_PX])
        mask = thin[labels].astype(np.uint8)
        # One pixel either side of the rule: its anti-aliased edge would read as a dash.
        grow = np.ones((3, 1) if horizontal else (1, 3), np.uint8)
        rules |= cv2.dilate(mask, grow)
    out = gray.copy()
    out[rules > 0] = 255
    return out


def plain_for_reading(image: Image.Image) -> Image.Image:
    """The page as Tesseract reads it best: fills flattened, then rules erased."""
    gray = np.asarray(image.convert("L"))
    return Image.fromarray(erase_rules(flatten_background(gray)))


# The plain image's reading replaces the page's when it holds this much more print
# (letters and digits): a reading about as full keeps the page as scanned, whose small
# marks (the "-" of a bulleted list beside a rule) Tesseract drops less once rules are gone.
_MORE_PRINT = 1.1


def _print_read(page: Page) -> int:
    return sum(1 for ch in page.text if ch.isalnum())


def reading_of_ruled_page(page: Page, upright: Image.Image, scale: float, lang: str) -> tuple[Page, Image.Image]:
    """A page with ruling lines read again from its plain image; the reading with clearly
    more print is kept, with the image cells are to be read again from."""
    from lkjip.extract.ocr.tesseract import read_words, words_to_page

    plain = plain_for_reading(upright)
    words = read_words(plain, lang)
    again = words_to_page(words, page.number, page.width, page.height, scale, page.rotation)
    if _print_read(again) >= _MORE_PRINT * max(_print_read(page), 1):
        return again, plain
    return page, upright
