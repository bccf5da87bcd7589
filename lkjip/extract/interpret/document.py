"""Raw pages and tables → typed records: the whole interpretation of one document.

Judges nothing and validates nothing: `lkjip.pipeline` validates the records and runs
the rules over them.
"""

from __future__ import annotations

from lkjip.extract.interpret.budget.namesake_levels import levels_from_namesakes
from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.extract.interpret.coverage import coverage_of
from lkjip.extract.interpret.difference_columns import difference_tables
from lkjip.extract.interpret.indicators import indicator_tables
from lkjip.extract.interpret.metadata import read_metadata
from lkjip.extract.interpret.narrative_amounts import narrative_amounts
from lkjip.extract.interpret.sections import find_sections
from lkjip.extract.interpret.staff_counts import staff_counts
from lkjip.extract.interpret.table_places import table_places
from lkjip.extract.interpret.tally_tables import tally_tables
from lkjip.extract.ocr.display import cells_to_displayed
from lkjip.extract.page_labels import printed_page_labels
from lkjip.extract.source import SourceDocument
from lkjip.numbers import detect_style
from lkjip.records import Extraction


def interpret(source: SourceDocument) -> Extraction:
    """Turn what a reader found into typed records."""
    style = detect_style(page.text for page in source.pages)
    doc = Extraction(
        file=source.file, sha256=source.sha256, kind=source.kind, pages=source.page_count,
        warnings=list(source.warnings), number_style=style.value if style else None,
    )
    doc.page_texts = {p.number: p.text for p in source.pages}
    doc.page_labels = printed_page_labels(source.pages)  # where a person finds each value
    doc.tables = table_places(source.tables)
    doc.budget = budget_rows(source, style)
    levels_from_namesakes(doc.budget)  # "PROGRAM/KEGIATAN" lines levelled as other tables print them
    doc.amounts = narrative_amounts(source, style)
    doc.indicator_tables, doc.indicators = indicator_tables(source, style)
    doc.sections = find_sections(source)
    doc.metadata = read_metadata(source)
    doc.staff_counts = staff_counts(source)
    doc.tallies = tally_tables(source.tables)
    typed = {b.table for b in doc.budget} | {i.table for i in doc.indicators}
    doc.differences = difference_tables(source.tables, typed, style)
    doc.coverage = coverage_of(source, doc)
    cells_to_displayed(doc, source.pages)  # OCR'd sideways pages: evidence as the page shows
    return doc
