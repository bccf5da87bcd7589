"""From a file to an Extraction: read, then interpret pages and raw tables as records."""

from __future__ import annotations

import logging
from pathlib import Path

from lkjip.extract.budget_tables import budget_rows
from lkjip.extract.errors import DocumentError
from lkjip.extract.indicator_tables import indicator_rows
from lkjip.extract.isolation import read_isolated
from lkjip.extract.limits import ReadLimits
from lkjip.extract.metadata import read_metadata
from lkjip.extract.narrative_amounts import narrative_amounts
from lkjip.extract.ocr_display import cells_to_displayed
from lkjip.extract.sections import find_sections
from lkjip.extract.source import SourceDocument
from lkjip.extract.staff_counts import staff_counts
from lkjip.numbers import detect_style
from lkjip.records import Extraction
from lkjip.schemas.validate import validate_extraction

log = logging.getLogger(__name__)


def interpret(source: SourceDocument) -> Extraction:
    """Turn what a reader found into typed records. Judges nothing."""
    style = detect_style(page.text for page in source.pages)
    doc = Extraction(
        file=source.file, sha256=source.sha256, kind=source.kind, pages=source.page_count,
        warnings=list(source.warnings), number_style=style.value if style else None,
    )
    doc.page_texts = {p.number: p.text for p in source.pages}
    doc.budget = budget_rows(source, style)
    doc.amounts = narrative_amounts(source, style)
    doc.indicators = indicator_rows(source, style)
    doc.sections = find_sections(source)
    doc.metadata = read_metadata(source)
    doc.extra["staff_counts"] = staff_counts(source)
    cells_to_displayed(doc, source.pages)  # OCR'd sideways pages: evidence as the page shows
    # Lazily validated; failures become LKJ-S001 findings with their locations.
    doc.extra["schema_failures"] = validate_extraction(doc)
    return doc


def extract(path: Path, limits: ReadLimits | None = None) -> Extraction:
    """Never raises for a bad document: a DocumentError becomes status "error"."""
    try:
        # In a killable child process: hard --timeout and memory bounds (isolation.py).
        source = read_isolated(path, limits)
    except DocumentError as exc:
        return Extraction(file=str(path), sha256=None, kind=None, pages=None,
                          status="error", error=exc.to_dict())
    return interpret(source)
