"""Placeholder until its extractor lands (being written now)."""

from __future__ import annotations

from lkjip.extract.source import SourceDocument
from lkjip.records import DocumentMetadata


def read_metadata(source: SourceDocument) -> DocumentMetadata:
    return DocumentMetadata()
