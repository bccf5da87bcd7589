"""What the indicator rules share: grouping rows into indicators, and quoting them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lkjip.checks.finding import Evidence
from lkjip.match.identity import group_indicators
from lkjip.records import Cell, Extraction, IndicatorRow

KIND_LABEL: dict[str, dict[str, str]] = {
    "perjanjian_kinerja": {"en": "Performance Agreement", "id": "Perjanjian Kinerja"},
    "pengukuran_kinerja": {"en": "Performance Measurement", "id": "Pengukuran Kinerja"},
    "perbandingan_tahunan": {"en": "year comparison", "id": "perbandingan antar tahun"},
    "renstra": {"en": "medium-term (Renstra) comparison", "id": "perbandingan jangka menengah (Renstra)"},
    "lampiran": {"en": "Lampiran", "id": "Lampiran"},
    "other": {"en": "indicator table", "id": "tabel indikator"},
}


def indicator_groups(doc: Extraction) -> list[list[IndicatorRow]]:
    """Rows of the same indicator (by name, see lkjip.match.identity), in document order."""
    rows = doc.indicators
    ids = group_indicators([r.indikator for r in rows])
    groups: dict[int, list[IndicatorRow]] = {}
    for row, gid in zip(rows, ids, strict=True):
        groups.setdefault(gid, []).append(row)
    return list(groups.values())


def where(row: IndicatorRow, lang: str, cell: Cell | None = None) -> str:
    page = cell.page if cell is not None and cell.page is not None else row.page
    label = KIND_LABEL[row.table_kind][lang]
    page_word = "p." if lang == "en" else "hlm."
    return f"{label}, {page_word} {page}" if page is not None else label


def printed(q: Any) -> str:
    """A quantity's text as printed, on one line."""
    return " ".join(q.text.split()) if q is not None else "-"


def evidence(row: IndicatorRow, column: str, value: float | None = None, role: str | None = None) -> Evidence:
    cell = row.cells.get(column) or Cell(row.indikator, row.page, row.table, row.row, column)
    return Evidence(cell, value, role)


def name_evidence(row: IndicatorRow) -> Evidence:
    return evidence(row, "indikator", role="indikator")


def short(name: str, limit: int = 90) -> str:
    name = " ".join(name.split())
    return name if len(name) <= limit else name[: limit - 1] + "…"


def join_list(items: Iterable[str], lang: str) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    last = " and " if lang == "en" else " dan "
    return ", ".join(items[:-1]) + last + items[-1]
