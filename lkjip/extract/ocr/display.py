"""Boxes of OCR'd pages that had to be turned, moved back to the page as displayed.

OCR reads a sideways scan after turning it upright (`ocr.upright_words`), and the tables,
lines and headings of that page are built in the upright image, where reading order
holds. Evidence is shown on the page as displayed, though (`lkjip/geometry/page_frame.py`), and
CI users read `bbox` in that space too, so every `Cell` of such a page is moved back once
the records are made, before anything is validated or judged.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from lkjip.extract.source import Page
from lkjip.geometry.page_frame import upright_to_displayed
from lkjip.records import Cell, Extraction


def _moved(value: Any, turned: dict[int, Page], seen: dict[int, Any]) -> Any:
    if isinstance(value, Cell):
        page = turned.get(value.page or -1)
        if page is None or value.bbox is None:
            return value
        if id(value) not in seen:
            box = upright_to_displayed(value.bbox, page.rotation, page.width, page.height)
            seen[id(value)] = dataclasses.replace(value, bbox=box)
        return seen[id(value)]
    if isinstance(value, list):
        return [_moved(v, turned, seen) for v in value]
    if isinstance(value, tuple):
        return tuple(_moved(v, turned, seen) for v in value)
    if isinstance(value, dict):
        return {k: _moved(v, turned, seen) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: new for f in dataclasses.fields(value)
                   if (new := _moved(old := getattr(value, f.name), turned, seen)) is not old}
        if not changes:
            return value
        if type(value).__dataclass_params__.frozen:  # type: ignore[attr-defined]
            return dataclasses.replace(value, **changes)
        for name, new in changes.items():
            setattr(value, name, new)
        return value
    return value


def cells_to_displayed(doc: Extraction, pages: list[Page]) -> None:
    """Move the boxes of every Cell on an OCR'd page that was turned upright."""
    turned = {p.number: p for p in pages if (p.source == "ocr" or p.read_upright) and p.rotation % 360}
    if not turned:
        return
    seen: dict[int, Any] = {}
    doc.budget = _moved(doc.budget, turned, seen)
    doc.amounts = _moved(doc.amounts, turned, seen)
    doc.indicators = _moved(doc.indicators, turned, seen)
    doc.sections = _moved(doc.sections, turned, seen)
    doc.metadata = _moved(doc.metadata, turned, seen)
    doc.staff_counts = _moved(doc.staff_counts, turned, seen)
    doc.tallies = _moved(doc.tallies, turned, seen)
    doc.differences = _moved(doc.differences, turned, seen)
