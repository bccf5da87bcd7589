"""Indicator rows as files: one CSV or Parquet file, or one Excel sheet, per table kind.

Each kind is validated against its schema (`lkjip.schemas.indicators`) before it is
written; failures are returned as messages, never raised, so a batch always finishes.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from lkjip.records import Extraction, IndicatorRow
from lkjip.report.text_safety import spreadsheet_text, xlsx_safe_cell, xml_safe
from lkjip.schemas.indicators import KINDS, SCHEMAS

FORMATS = ("csv", "xlsx", "parquet")


def _flat(prefix: str, q: Any) -> dict[str, Any]:
    if q is None:
        return {f"{prefix}_text": None, f"{prefix}_value": math.nan, f"{prefix}_unit": None}
    parts = "; ".join(f"{p.label or ''} {p.value}".strip() for p in (q.parts or ()))
    return {f"{prefix}_text": " ".join(q.text.split()),
            f"{prefix}_value": float(q.value) if q.value is not None else math.nan,
            f"{prefix}_unit": q.unit, **({f"{prefix}_parts": parts} if parts else {})}


def _record(file: str, row: IndicatorRow) -> dict[str, Any]:
    rec: dict[str, Any] = {"file": file, "table": row.table, "table_kind": row.table_kind, "page": row.page,
                           "row": row.row, "sasaran": row.sasaran, "indikator": row.indikator, "year": row.year}
    rec.update(_flat("target", row.target))
    if row.table_kind != "perjanjian_kinerja":
        rec.update(_flat("realisasi", row.realisasi))
        rec["capaian"] = row.capaian if row.capaian is not None else math.nan
    for year, q in sorted(row.target_by_year.items()):
        rec.update(_flat(f"target_{year}", q))
    for year, q in sorted(row.realisasi_by_year.items()):
        rec.update(_flat(f"realisasi_{year}", q))
    return rec


def indicator_frames(extractions: list[Extraction]) -> dict[str, Any]:
    """kind → DataFrame of its rows over all documents (kinds without rows left out)."""
    import pandas as pd

    by_kind: dict[str, list[dict[str, Any]]] = {}
    for ex in extractions:
        for row in ex.indicators:
            by_kind.setdefault(row.table_kind, []).append(_record(ex.file, row))
    frames = {}
    for kind in KINDS:
        if kind in by_kind:
            df = pd.DataFrame(by_kind[kind])
            for col in ("page", "year"):
                df[col] = df[col].astype("Int64")
            frames[kind] = df
    return frames


def validate_frames(frames: dict[str, Any]) -> list[str]:
    """Schema failures as one-line messages (lazy: every failure, not the first)."""
    import pandera.pandas as pa

    problems: list[str] = []
    for kind, df in frames.items():
        try:
            SCHEMAS[kind].validate(df, lazy=True)
        except pa.errors.SchemaErrors as exc:
            for case in exc.failure_cases.to_dict("records"):
                problems.append(f"{kind}: {case.get('column')} {case.get('check')}: {case.get('failure_case')}")
    return problems


def output_files(out_dir: Path, fmt: str) -> list[Path]:
    """Every file `write_indicator_tables` may write into `out_dir`."""
    if fmt == "xlsx":
        return [out_dir / "indicators.xlsx"]
    return [out_dir / f"indicators_{kind}.{fmt}" for kind in KINDS]


def _text_mapped(df: Any, fn: Any) -> Any:
    """A copy of the frame with `fn` applied to its text values (numbers stay numbers)."""
    import pandas as pd

    out = df.copy()
    for col in out.columns:
        if not (pd.api.types.is_numeric_dtype(out[col]) or pd.api.types.is_bool_dtype(out[col])):
            out[col] = out[col].map(lambda v: fn(v) if isinstance(v, str) else v)
    return out


def write_indicator_tables(extractions: list[Extraction], out_dir: Path, fmt: str) -> tuple[list[Path], list[str]]:
    """Write one file per kind (or one workbook with a sheet per kind); return the paths
    written and the schema problems found."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    import pandas as pd

    out_dir.mkdir(parents=True, exist_ok=True)
    frames = indicator_frames(extractions)
    problems = validate_frames(frames)
    written: list[Path] = []
    if fmt == "xlsx":
        path = output_files(out_dir, fmt)[0]
        with pd.ExcelWriter(path, engine="openpyxl") as writer:
            for kind, df in frames.items():
                _text_mapped(df, xml_safe).to_excel(writer, sheet_name=kind[:31], index=False)
            if not frames:
                pd.DataFrame({"indikator": []}).to_excel(writer, sheet_name="empty", index=False)
            for ws in writer.book.worksheets:  # document text: never a live formula
                for row in ws.iter_rows():
                    for cell in row:
                        xlsx_safe_cell(cell)
        written.append(path)
        return written, problems
    for kind, df in frames.items():
        path = out_dir / f"indicators_{kind}.{fmt}"
        if fmt == "csv":
            _text_mapped(df, spreadsheet_text).to_csv(path, index=False)
        else:
            df.to_parquet(path, index=False)
        written.append(path)
    return written, problems
