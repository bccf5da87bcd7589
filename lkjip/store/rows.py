"""An extraction and its findings as plain rows of the store's tables.

This is what a worker process (local or on a Dask cluster) sends back to the single
writer: dicts of str/int/float/None only, so it pickles anywhere and the writer never
needs the extraction objects.
"""

from __future__ import annotations

import json
from typing import Any

from lkjip import __version__
from lkjip.checks.finding import Finding
from lkjip.records import Cell, Extraction

Payload = dict[str, Any]  # {"documents": row, "budget": [rows], ...}


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False)


def cell_dict(cell: Cell | None) -> dict[str, Any] | None:
    if cell is None:
        return None
    return {"text": cell.text, "page": cell.page, "table": cell.table, "row": cell.row,
            "column": cell.column, "bbox": list(cell.bbox) if cell.bbox else None,
            "confidence": cell.confidence}


def _cells(cells: dict[str, Cell]) -> str | None:
    return _json({name: cell_dict(c) for name, c in cells.items()}) if cells else None


def _quantity(q: Any) -> tuple[str | None, float | None, str | None, str | None]:
    """(text, value, unit, json) of a Quantity, or of a bare number/string."""
    if q is None:
        return None, None, None, None
    if hasattr(q, "to_dict"):
        d = q.to_dict()
        value = d.get("value")
        return d.get("text"), float(value) if value is not None else None, d.get("unit"), _json(d)
    if isinstance(q, int | float):
        return str(q), float(q), None, _json({"text": str(q), "value": q})
    return str(q), None, None, _json({"text": str(q), "value": None})


def _by_year(values: dict[int, Any]) -> dict[str, Any]:
    return {str(y): (q.to_dict() if hasattr(q, "to_dict") else q) for y, q in values.items()}


def document_row(doc: Extraction, sha256: str) -> dict[str, Any]:
    error = doc.error or {}
    meta = doc.metadata
    return {"sha256": sha256, "file": doc.file, "kind": doc.kind, "status": doc.status,
            "error_code": error.get("code"), "error_message": error.get("message"),
            "pages": doc.pages, "agency": meta.agency, "region": meta.region, "year": meta.year,
            "number_style": doc.number_style, "warnings": _json(doc.warnings or None),
            "ingested_at": None, "lkjip_version": __version__}


def extraction_payload(doc: Extraction, findings: list[Finding], sha256: str) -> Payload:
    """Every row one document contributes to the store, keyed by its sha256."""
    budget = [{
        "sha256": sha256, "ord": i, "page": b.page, "table_id": b.table, "table_kind": b.table_kind,
        "row_index": b.row, "level": b.level, "code": b.code, "name": b.name,
        "anggaran": b.anggaran, "realisasi": b.realisasi, "persen": b.persen, "sisa": b.sisa,
        "parent": b.parent, "cells": _cells(b.cells),
    } for i, b in enumerate(doc.budget)]
    indicators = []
    for i, ind in enumerate(doc.indicators):
        t_text, t_value, t_unit, t_json = _quantity(ind.target)
        r_text, r_value, r_unit, r_json = _quantity(ind.realisasi)
        by_year = _by_year(ind.realisasi_by_year)
        targets = _by_year(getattr(ind, "target_by_year", None) or {})
        indicators.append({
            "sha256": sha256, "ord": i, "page": ind.page, "table_id": ind.table,
            "table_kind": ind.table_kind, "row_index": ind.row, "sasaran": ind.sasaran,
            "indikator": ind.indikator, "year": ind.year,
            "target_text": t_text, "target_value": t_value, "target_unit": t_unit, "target_json": t_json,
            "realisasi_text": r_text, "realisasi_value": r_value, "realisasi_unit": r_unit,
            "realisasi_json": r_json, "capaian": ind.capaian,
            "capaian_text": getattr(ind, "capaian_text", None), "formula": getattr(ind, "formula", None),
            "realisasi_by_year": _json(by_year or None), "target_by_year": _json(targets or None),
            "cells": _cells(ind.cells),
        })
    amounts = [{
        "sha256": sha256, "ord": i, "page": a.page, "text": a.text, "value": a.value, "kind": a.kind,
        "words": a.words, "words_value": a.words_value, "context": a.context,
        "cell": _json(cell_dict(a.cell)), "words_cell": _json(cell_dict(a.words_cell)),
    } for i, a in enumerate(doc.amounts)]
    finding_rows = [{
        "sha256": sha256, "ord": i, "rule": f.rule, "severity": f.severity,
        "title_en": f.title.get("en"), "title_id": f.title.get("id"),
        "message_en": f.message.get("en"), "message_id": f.message.get("id"),
        "page": f.first_page, "doubtful": f.doubtful,
        "evidence": _json([e.to_dict() for e in f.evidence]),
    } for i, f in enumerate(findings)]
    return {"documents": document_row(doc, sha256), "budget": budget, "indicators": indicators,
            "amounts": amounts, "findings": finding_rows}
