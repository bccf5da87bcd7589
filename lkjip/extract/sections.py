"""Placeholder until its extractor lands (being written now)."""

from __future__ import annotations

from lkjip.extract.source import SourceDocument
from lkjip.records import Section


def find_sections(source: SourceDocument) -> list[Section]:
    return []
