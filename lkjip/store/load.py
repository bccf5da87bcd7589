"""Read documents back from a store as Extractions, for the rules that span reports.

Only what the cross-year rules use comes back: metadata, budget and indicator rows with
the cells they were printed in. Quantities are rebuilt from their JSON, so a rule sees
the same value, unit and parts as it would on a fresh extraction.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import duckdb

from lkjip.numbers.quantity import Quantity, QuantityPart
from lkjip.records import BudgetRow, Cell, DocumentMetadata, Extraction, IndicatorRow
from lkjip.store.schema import columns


def _cell(d: dict[str, Any] | None) -> Cell | None:
    if not d:
        return None
    bbox = tuple(d["bbox"]) if d.get("bbox") else None
    return Cell(text=d.get("text") or "", page=d.get("page"), table=d.get("table"), row=d.get("row"),
                column=d.get("column"), bbox=bbox, confidence=d.get("confidence"))  # type: ignore[arg-type]


def _cells(raw: str | None) -> dict[str, Cell]:
    if not raw:
        return {}
    return {k: c for k, v in json.loads(raw).items() if (c := _cell(v)) is not None}


def _part(d: dict[str, Any] | None) -> QuantityPart | None:
    if not d:
        return None
    text = d.get("text") or " ".join(str(x) for x in (d.get("label"), d.get("value"), d.get("unit")) if x is not None)
    return QuantityPart(label=d.get("label"), value=d.get("value"), unit=d.get("unit"), text=text,
                        platform=d.get("platform"), metric=d.get("metric"), metric_norm=d.get("metric_norm"))


def quantity_from_dict(d: dict[str, Any] | None) -> Quantity | None:
    if not d:
        return None
    parts = d.get("parts")
    return Quantity(text=d.get("text") or "", value=d.get("value"), unit=d.get("unit"),
                    unit_raw=d.get("unit_raw"), note=d.get("note"), secondary=_part(d.get("secondary")),
                    parts=tuple(p for x in parts if (p := _part(x)) is not None) if parts is not None else None)


def _by_year(raw: str | None) -> dict[int, Any]:
    if not raw:
        return {}
    return {int(y): quantity_from_dict(q) if isinstance(q, dict) else q for y, q in json.loads(raw).items()}


def _rows(con: duckdb.DuckDBPyConnection, table: str, shas: list[str]) -> dict[str, list[dict[str, Any]]]:
    cols = columns(table)
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if not shas:
        return out
    result = con.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE sha256 IN (SELECT UNNEST(?)) "
                         "ORDER BY sha256, ord", [shas]).fetchall()
    for values in result:
        row = dict(zip(cols, values, strict=True))
        out[row["sha256"]].append(row)
    return out


def load_documents(con: duckdb.DuckDBPyConnection, exclude: set[str] | None = None) -> list[Extraction]:
    """Every readable document in the store (latest versions), in a stable order (year, file)."""
    # The latest version of each file: an older draft of the same report is not another report.
    docs = con.execute("SELECT sha256, file, kind, pages, agency, region, year, number_style FROM documents_latest "
                       "WHERE status = 'ok' ORDER BY year NULLS LAST, file, sha256").fetchall()
    docs = [d for d in docs if not exclude or d[0] not in exclude]
    shas = [d[0] for d in docs]
    budget = _rows(con, "budget", shas)
    indicators = _rows(con, "indicators", shas)
    out = []
    for sha, file, kind, pages, agency, region, year, style in docs:
        ex = Extraction(file=file, sha256=sha, kind=kind, pages=pages, number_style=style,
                        metadata=DocumentMetadata(agency=agency, region=region, year=year))
        ex.budget = [BudgetRow(
            table=r["table_id"], table_kind=r["table_kind"], page=r["page"], row=r["row_index"],
            level=r["level"], name=r["name"], code=r["code"], anggaran=r["anggaran"],
            realisasi=r["realisasi"], persen=r["persen"], sisa=r["sisa"], parent=r["parent"],
            cells=_cells(r["cells"])) for r in budget.get(sha, [])]
        for r in indicators.get(sha, []):
            row = IndicatorRow(
                table=r["table_id"], table_kind=r["table_kind"], page=r["page"], row=r["row_index"],
                indikator=r["indikator"], sasaran=r["sasaran"], year=r["year"],
                target=quantity_from_dict(json.loads(r["target_json"]) if r["target_json"] else None),
                realisasi=quantity_from_dict(json.loads(r["realisasi_json"]) if r["realisasi_json"] else None),
                capaian=r["capaian"], realisasi_by_year=_by_year(r["realisasi_by_year"]),
                cells=_cells(r["cells"]))
            if hasattr(row, "target_by_year"):
                row.target_by_year = _by_year(r["target_by_year"])
                row.capaian_text = r["capaian_text"]
                row.formula = r["formula"]
            ex.indicators.append(row)
        out.append(ex)
    return out
