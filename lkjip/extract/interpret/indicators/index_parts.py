"""A table breaking one composite index into its parts, headed by the index's name.

"Indeks Kualitas Lingkungan Hidup (IKLH) | Target | Realisasi Kinerja | Capaian Kinerja (%)"
over "Indeks Kualitas Air (IKA)", "Indeks Kualitas Udara (IKU)", … and "Total": the first
column names no "Indikator" because its header is the index itself, and its rows are the
index's parts, each an indicator with its own realisasi. Read as the indikator column when
its header names an index and target or realisasi columns stand beside it.
"""

from __future__ import annotations

import dataclasses
import re

from lkjip.extract.interpret.indicators.header_columns import Layout

_INDEX = re.compile(r"^\s*indeks\b")


def index_named_column(layout: Layout) -> Layout:
    """The layout with a first column headed by an index's name read as the indikator."""
    if layout.first("indikator") is not None or not layout.columns:
        return layout
    first = min(layout.columns, key=lambda c: c.index)
    if first.role != "other" or first.year is not None or not _INDEX.search(first.header):
        return layout
    if not (layout.by_role("target") or layout.by_role("realisasi")):
        return layout
    columns = [dataclasses.replace(c, role="indikator") if c is first else c for c in layout.columns]
    return dataclasses.replace(layout, columns=columns)
