"""Placeholder until its extractor lands (being written now)."""

from __future__ import annotations

from lkjip.extract.source import SourceDocument
from lkjip.numbers import NumberStyle
from lkjip.records import IndicatorRow


def indicator_rows(source: SourceDocument, style: NumberStyle | None) -> list[IndicatorRow]:
    return []
