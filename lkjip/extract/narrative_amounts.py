"""Placeholder until its extractor lands (being written now)."""

from __future__ import annotations

from lkjip.extract.source import SourceDocument
from lkjip.numbers import NumberStyle
from lkjip.records import NarrativeAmount


def narrative_amounts(source: SourceDocument, style: NumberStyle | None) -> list[NarrativeAmount]:
    return []
