"""The reader's per-page passes made cheaper (issue #13, speed) give what the plain code
gave: the kept and boxed characters of pdfium's text found by array operations, the
shading fills compared within their colour, and the long-lived objects frozen out of
the garbage collector's walks."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from lkjip import long_lived
from lkjip.extract.pdf.reader import _kept_and_boxed
from lkjip.extract.pdf.shading import (
    _FACING,
    _INSIDE,
    _SEAM,
    _STRIP,
    Fill,
    _covered,
    nested_fills,
    seam_sides,
)

# Characters a text layer gives: letters, digits, the CR LF pdfium ends lines with, tabs,
# no-break and ideographic spaces, a soft hyphen, a lone surrogate, a form feed.
_ALPHABET = "ab1. \r\n\t\xa0\u3000\xad\ud800\x0c\u2028Rp"


def _reference_kept_and_boxed(raw: str) -> tuple[list[int], list[int]]:
    """What the reader computed character by character before."""
    source = [i for i, ch in enumerate(raw) if ch != "\r"]
    text = raw.replace("\r", "")
    boxed = [k for k, ch in enumerate(text) if ch == " " or not ch.isspace()]
    return source, boxed


@pytest.mark.parametrize("seed", range(40))
def test_kept_and_boxed_is_the_per_character_test(seed: int) -> None:
    rng = random.Random(seed)
    raw = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 300)))
    source, boxed = _kept_and_boxed(raw)
    want_source, want_boxed = _reference_kept_and_boxed(raw)
    assert source.tolist() == want_source
    assert boxed.tolist() == want_boxed


def test_kept_and_boxed_of_an_empty_page() -> None:
    source, boxed = _kept_and_boxed("")
    assert len(source) == 0 and len(boxed) == 0


def _reference_nested(fills: list[Fill]) -> set[int]:
    """Every fill against every other, colour by colour (the plain version)."""
    if len(fills) < 2:
        return set()
    boxes = np.array([f[0] for f in fills], dtype=float)
    colours = np.array([f[1] for f in fills], dtype=np.int64)
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    out: set[int] = set()
    for i in range(len(fills)):
        x0, y0, x1, y1 = boxes[i]
        inside = ((boxes[:, 0] <= x0 + _INSIDE) & (boxes[:, 1] <= y0 + _INSIDE) & (boxes[:, 2] >= x1 - _INSIDE)
                  & (boxes[:, 3] >= y1 - _INSIDE) & (area > area[i]) & (colours == colours[i]).all(axis=1))
        if inside.any():
            out.add(i)
    return out


def _reference_seams(fills: list[Fill]) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    if len(fills) < 2:
        return out
    boxes = np.array([f[0] for f in fills], dtype=float)
    colours = np.array([f[1] for f in fills], dtype=np.int64)
    narrow = (boxes[:, 2] - boxes[:, 0]) < _STRIP
    for i in range(len(fills)):
        same = (colours == colours[i]).all(axis=1)
        same[i] = False
        if not same.any():
            continue
        for side, facing in _FACING.items():
            lo, hi = (1, 3) if side in (0, 2) else (0, 2)
            span = (float(boxes[i, lo]), float(boxes[i, hi]))
            low, high = np.maximum(boxes[:, lo], span[0]), np.minimum(boxes[:, hi], span[1])
            meet = same & (np.abs(boxes[:, facing] - boxes[i, side]) <= _SEAM) & (high > low)
            if not (narrow[i] or narrow[meet].any()):
                continue
            if meet.any() and _covered(span, list(zip(low[meet].tolist(), high[meet].tolist(), strict=True))):
                out.setdefault(i, set()).add(side)
    return out


def _shaded_rows(rng: random.Random) -> list[Fill]:
    """A generated shaded table as Word draws it: per row, cells tiled side by side in
    the row's colour (some with narrow margin strips beside the text band), paragraph
    fills inset in a cell, and a few stray boxes of other colours."""
    colours = [(217, 217, 217, 255), (198, 224, 180, 255), (255, 255, 255, 255), (0, 0, 0, 255)]
    fills: list[Fill] = []
    top = 800.0
    for _ in range(rng.randint(1, 8)):
        colour = rng.choice(colours)
        height = rng.choice((12.0, 18.0, 30.0))
        x = 50.0
        for _ in range(rng.randint(1, 6)):
            width = rng.choice((5.4, 5.4, 40.0, 90.0, 150.0))
            fills.append(((x, top - height, x + width, top), colour))
            if rng.random() < 0.3:  # the paragraph's band inside the cell
                fills.append(((x + 1.5, top - height + 2, x + width - 1.5, top - 2), colour))
            x += width + rng.choice((0.0, 0.0, 0.3, 2.0))
        top -= height + rng.choice((0.0, 0.0, 0.4, 5.0))
    for _ in range(rng.randint(0, 3)):
        x, y = rng.uniform(40, 500), rng.uniform(40, 800)
        fills.append(((x, y, x + rng.uniform(3, 200), y + rng.uniform(3, 40)), rng.choice(colours)))
    rng.shuffle(fills)
    return fills


@pytest.mark.parametrize("seed", range(60))
def test_fills_compared_within_their_colour_give_the_same(seed: int) -> None:
    fills = _shaded_rows(random.Random(seed))
    assert nested_fills(fills) == _reference_nested(fills)
    assert seam_sides(fills) == _reference_seams(fills)


def test_no_margin_strip_no_seam() -> None:
    """Two wide tiles of one colour meeting: cells filled one by one keep their edge."""
    grey = (217, 217, 217, 255)
    fills: list[Fill] = [((50.0, 700.0, 150.0, 720.0), grey), ((150.0, 700.0, 250.0, 720.0), grey)]
    assert seam_sides(fills) == {}
    strip: list[Fill] = [*fills, ((250.0, 700.0, 255.4, 720.0), grey)]
    assert seam_sides(strip) == _reference_seams(strip) == {1: {2}, 2: {0}}


def test_freeze_only_when_modules_were_imported(monkeypatch: pytest.MonkeyPatch) -> None:
    # gc.freeze counted, not run: another thread of the test process may import a module or
    # collect at any time, so the permanent generation's size is no stable witness.
    freezes: list[int] = []
    monkeypatch.setattr(long_lived.gc, "freeze", lambda: freezes.append(len(sys.modules)))
    monkeypatch.setattr(long_lived, "_modules_when_frozen", 0)
    long_lived.freeze_loaded()
    assert len(freezes) == 1
    monkeypatch.setattr(long_lived, "_modules_when_frozen", len(sys.modules))
    long_lived.freeze_loaded()  # nothing imported since: no new freeze
    assert len(freezes) == 1
    monkeypatch.setitem(sys.modules, "lkjip_test_lazily_imported", sys.modules[__name__])
    long_lived.freeze_loaded()  # a library imported while reading: frozen in turn
    assert len(freezes) == 2


def _ruled_mask(rng: random.Random) -> np.ndarray:
    """A generated ruling mask: rules, dashes and specks on a page-sized image."""
    import cv2

    mask = np.zeros((rng.randint(200, 900), rng.randint(200, 700)), dtype=np.uint8)
    height, width = mask.shape
    for _ in range(rng.randint(0, 40)):
        x, y = rng.randrange(width), rng.randrange(height)
        if rng.random() < 0.5:
            cv2.line(mask, (x, y), (min(width - 1, x + rng.randint(5, 400)), y), 255, rng.randint(1, 3))
        else:
            cv2.line(mask, (x, y), (x, min(height - 1, y + rng.randint(5, 400))), 255, rng.randint(1, 3))
    for _ in range(rng.randint(0, 300)):
        mask[rng.randrange(height), rng.randrange(width)] = 255
    return mask


@pytest.mark.parametrize("seed", range(12))
def test_components_with_16_bit_labels_are_opencvs(seed: int) -> None:
    import cv2

    from lkjip.extract.ocr.components import components_with_stats

    mask = _ruled_mask(random.Random(seed))
    n, labels, stats, centroids = components_with_stats(mask)
    want_n, want_labels, want_stats, want_centroids = cv2.connectedComponentsWithStats(mask, connectivity=8)
    assert labels.dtype == np.uint16
    assert n == want_n
    assert np.array_equal(labels, want_labels) and np.array_equal(stats, want_stats)
    assert np.array_equal(centroids, want_centroids)


def test_components_beyond_16_bits_fall_back_to_32() -> None:
    """A speckled mask of 90,000 separate pixels: more labels than 16 bits hold."""
    from lkjip.extract.ocr.components import components_with_stats

    mask = np.zeros((600, 600), dtype=np.uint8)
    mask[::2, ::2] = 255
    n, labels, stats, _ = components_with_stats(mask)
    assert n == 300 * 300 + 1
    assert labels.dtype == np.int32 and int(labels.max()) == 300 * 300
    assert stats[1:, 4].tolist() == [1] * (300 * 300)


def _reference_picture_boxes(pdf_page: Any) -> list[tuple[float, float, float, float]]:
    """`picture_boxes` as it was, walking pypdfium2's helper objects."""
    import pypdfium2.raw as pdfium_c

    from lkjip.extract.pdf.pictures import _MIN_HEIGHT_PT, _MIN_WIDTH_SHARE
    from lkjip.geometry.page_frame import DisplayFrame

    frame = DisplayFrame.of(pdf_page)
    width, _ = pdf_page.get_size()
    found = []
    for obj in pdf_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        found.append((left, frame.top - top, right, frame.top - bottom))
    if not found:
        return []
    turned = frame.turn_boxes(np.asarray(found, dtype=np.float64))
    return [(float(x0), float(t), float(x1), float(b)) for x0, t, x1, b in turned
            if x1 - x0 >= _MIN_WIDTH_SHARE * width and b - t >= _MIN_HEIGHT_PT]


@pytest.mark.parametrize("rotate", [0, 90])
def test_picture_boxes_by_lean_calls_are_the_helpers(tmp_path: Path, rotate: int) -> None:
    """A generated page of ruling paths, pictures large and small, and pictures inside a
    form XObject (and a form inside a form, beyond the depth looked into)."""
    import pypdfium2 as pdfium
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from lkjip.extract.pdf.pictures import picture_boxes

    picture = ImageReader(Image.new("RGB", (60, 40), "grey"))
    path = tmp_path / "pictures.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.beginForm("inner")
    c.drawImage(picture, 0, 0, width=300, height=100)
    c.endForm()
    c.beginForm("outer")
    c.drawImage(picture, 0, 0, width=250, height=90)
    c.doForm("inner")
    c.endForm()
    for y in range(100, 800, 20):  # a ruled table's paths between the pictures
        c.line(50, y, 545, y)
    c.drawImage(picture, 60, 450, width=400, height=300)  # large enough for a table
    c.drawImage(picture, 60, 400, width=40, height=30)  # a logo
    c.saveState()
    c.translate(80, 200)
    c.doForm("outer")
    c.restoreState()
    c.setPageRotation(rotate)
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(path)
    try:
        page = pdf[0]
        want = _reference_picture_boxes(page)
        # The large picture, and the form's unless turned (then too narrow); the nested
        # form's picture is deeper than pictures are looked for.
        assert len(want) == (2 if rotate == 0 else 1)
        assert picture_boxes(page) == want
        page.close()
    finally:
        pdf.close()


_NUMERALS = ["2016", "1.", "3)", "98,17 %", "98.17%", "1.250", "Rp 1.250", "Rp. 19.253.545.000,-",
             "399,380,000.00", "2.316.431.000,-", "1.234,56", "17,833,004,534,00", "5.2.2.01.01", "3G",
             "12 orang", "1,5 juta", "-4.500", "Nomor 32 Tahun 2016", "0.250", "1,250", "IDR 2,500"]


def _reference_detect_style(texts: list[str]) -> str | None:
    """`detect_style` as it was: every numeral read, the revealing ones vote."""
    from collections import Counter

    from lkjip.numbers.numerals import _scan

    votes: Counter[str] = Counter()
    for text in texts:
        for _, reading in _scan(text, None):
            if reading.reveals_style and reading.style is not None:
                votes[reading.style.value] += 1
    ranked = votes.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


@pytest.mark.parametrize("seed", range(40))
def test_style_vote_skips_only_numerals_without_marks(seed: int) -> None:
    from lkjip.numbers import detect_style

    rng = random.Random(seed)
    texts = ["".join(rng.choice([*_NUMERALS, " ", "\n", " sebesar ", " anggaran "]) for _ in range(rng.randint(0, 30)))
             for _ in range(rng.randint(1, 4))]
    style = detect_style(texts)
    assert (style.value if style else None) == _reference_detect_style(texts)


def _reference_drawn_over(x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray) -> bool:
    """`drawn_over_each_other` as it was: one lexsort per grid of bands."""
    from lkjip.extract.pdf.clipped_text import _BAND_PT, _NEIGHBOURS, _OVERLAP_SHARE, _SAME_PT

    drawn = (x1 > x0) & (y1 > y0)
    x0, y0, x1, y1 = x0[drawn], y0[drawn], x1[drawn], y1[drawn]
    if len(x0) < 2:
        return False
    cy = (y0 + y1) / 2
    for shift in (0.0, _BAND_PT / 2):
        band = np.floor((cy + shift) / _BAND_PT)
        order = np.lexsort((x0, band))
        b, lft, t, r, u = band[order], x0[order], y0[order], x1[order], y1[order]
        for k in range(1, _NEIGHBOURS + 1):
            ox = np.minimum(r[:-k], r[k:]) - np.maximum(lft[:-k], lft[k:])
            oy = np.minimum(u[:-k], u[k:]) - np.maximum(t[:-k], t[k:])
            w = np.maximum(r[:-k] - lft[:-k], r[k:] - lft[k:])
            h = np.maximum(u[:-k] - t[:-k], u[k:] - t[k:])
            over = (b[:-k] == b[k:]) & (ox > _OVERLAP_SHARE * w) & (oy > _OVERLAP_SHARE * h)
            if over.any():
                same = (np.abs(lft[:-k] - lft[k:]) < _SAME_PT) & (np.abs(t[:-k] - t[k:]) < _SAME_PT)
                if (over & ~same).any():
                    return True
    return False


def _text_lines(rng: random.Random) -> tuple[np.ndarray, ...]:
    """Generated character boxes: lines of letters (kerned, some on equal x), spaces of no
    height, now and then a letter drawn twice (fake bold) or another word's letter over one."""
    boxes: list[tuple[float, float, float, float]] = []
    y = 800.0
    for _ in range(rng.randint(0, 12)):
        x = 50.0 + rng.choice((0.0, 0.0, 0.5))
        for _ in range(rng.randint(1, 40)):
            w = rng.choice((3.0, 5.5, 6.1))
            box = (x, y, x + w, y + 9.0)
            boxes.append(box)
            if rng.random() < 0.02:
                boxes.append(box)  # fake bold: one glyph drawn twice
            if rng.random() < 0.01:
                boxes.append((x + 0.7, y + rng.choice((0.0, 2.5)), x + w + 0.7, y + 9.0))  # hidden letter
            if rng.random() < 0.1:
                boxes.append((x + w, y, x + w + 2.5, y))  # a space: no height
            x += w - rng.choice((0.0, 0.0, 0.8))  # kerning overlaps neighbours a little
        y -= rng.choice((12.0, 3.0, 14.5))  # lines close enough to straddle a band
    arr = np.array(boxes, dtype=np.float64).reshape(-1, 4)
    return arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]


@pytest.mark.parametrize("seed", range(80))
def test_drawn_over_with_one_sort_by_x_is_the_lexsort(seed: int) -> None:
    from lkjip.extract.pdf.clipped_text import drawn_over_each_other

    x0, y0, x1, y1 = _text_lines(random.Random(seed))
    assert drawn_over_each_other(x0, y0, x1, y1) == _reference_drawn_over(x0, y0, x1, y1)
