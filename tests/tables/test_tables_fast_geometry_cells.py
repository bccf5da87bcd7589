"""A cell's characters found through the page index are exactly those of a full scan.

The full scan is the expression `cell_lines` used before the index: every character
whose centre (float32, as pdfium boxes are) lies in the box, edges included. Boxes are
drawn to hit the awkward cases: centres exactly on an edge, edges a hair inside or
outside a centre (closer than float32 can tell apart), line breaks without a box.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from lkjip.extract.grid.tables import CharCentres, cell_lines
from lkjip.extract.source import Page


def _full_scan(boxes: np.ndarray, bbox: tuple[float, float, float, float]) -> list[int]:
    cx = (boxes[:, 0] + boxes[:, 2]) / 2
    cy = (boxes[:, 1] + boxes[:, 3]) / 2
    return np.flatnonzero((cx >= bbox[0]) & (cx <= bbox[2]) & (cy >= bbox[1]) & (cy <= bbox[3])).tolist()


def _page(rng: random.Random, dtype: type) -> Page:
    chars: list[str] = []
    rows: list[list[float]] = []
    y = 20.0
    for _ in range(rng.randint(5, 40)):
        x = rng.uniform(10, 60)
        for _ in range(rng.randint(1, 30)):
            w = rng.uniform(2, 7)
            chars.append(rng.choice("abc 123.,"))
            rows.append([x, y, x + w, y + rng.uniform(6, 11)])
            x += w + rng.choice([0.0, 0.3, 4.0])
        chars.append("\n")
        rows.append([np.nan] * 4)
        y += rng.choice([rng.uniform(3, 15), 12.0])
    boxes = np.array(rows, dtype=dtype)
    return Page(number=1, width=600, height=900, text="".join(chars), char_boxes=boxes)


def _near(rng: random.Random, v: float) -> float:
    """v, or a value a hair off it (below float32 resolution, or just above it)."""
    return v + rng.choice([0.0, 0.0, 1e-9, -1e-9, 1e-6, -1e-6, 1e-4, -1e-4, 0.01])


def _boxes(rng: random.Random, page: Page) -> list[tuple[float, float, float, float]]:
    assert page.char_boxes is not None
    cx = ((page.char_boxes[:, 0] + page.char_boxes[:, 2]) / 2).tolist()
    cy = ((page.char_boxes[:, 1] + page.char_boxes[:, 3]) / 2).tolist()
    real = [i for i, v in enumerate(cx) if v == v]
    out = []
    for _ in range(40):
        a, b = rng.choice(real), rng.choice(real)
        x0, x1 = sorted((_near(rng, cx[a]), _near(rng, cx[b])))
        y0, y1 = sorted((_near(rng, cy[a]), _near(rng, cy[b])))
        out.append((x0, y0, x1, y1))
    out.append((0.0, 0.0, 600.0, 900.0))  # the whole page
    out.append((1000.0, 1000.0, 1001.0, 1001.0))  # nothing
    return out


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("seed", range(25))
def test_index_finds_the_characters_of_a_full_scan(seed: int, dtype: type) -> None:
    rng = random.Random(seed)
    page = _page(rng, dtype)
    assert page.char_boxes is not None
    centres = CharCentres(page.char_boxes)
    hits = 0
    for bbox in _boxes(rng, page):
        expected = _full_scan(page.char_boxes, bbox)
        assert centres.inside(bbox) == expected, bbox
        assert cell_lines(page, bbox, centres) == cell_lines(page, bbox)
        hits += bool(expected)
    assert hits >= 10  # the boxes do hold characters


def test_an_edge_closer_than_float32_counts_as_the_centre() -> None:
    """pdfium boxes are float32: a cell edge 1e-9 pt past a centre still holds it, as
    it did in the full scan (numpy compares in the array's precision)."""
    boxes = np.array([[10.0, 10.0, 12.0, 20.0]], dtype=np.float32)
    page = Page(number=1, width=100, height=100, text="a", char_boxes=boxes)
    bbox = (11.0 + 1e-9, 15.0 - 1e-9, 30.0, 30.0)
    assert _full_scan(boxes, bbox) == [0]
    assert CharCentres(boxes).inside(bbox) == [0]
    assert [t for t, _ in cell_lines(page, bbox)] == ["a"]
