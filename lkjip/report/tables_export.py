"""Every extracted table as files: budget rows, narrative amounts and the indicator tables
(one per kind), as one CSV or Parquet file each or one Excel sheet each.

`-o folder/` writes `budget.csv`, `amounts.csv`, `indicators_<kind>.csv` (or .parquet) or
`folder/tables.xlsx`; `-o name.xlsx` writes that workbook; `-o name.csv` writes
`name_budget.csv`, `name_amounts.csv` … beside it (one file cannot hold several tables).
Each row says where a person finds it: PDF page and printed page, the table's printed
caption and its data-row number. Indicator kinds are validated against their schema
before they are written; failures are returned as messages, never raised.
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


def _where(ex: Extraction, page: int | None, table: str | None, row: int | None) -> dict[str, Any]:
    """Printed page, the table's caption and the data-row number of a row (see Place)."""
    place = ex.tables.get(table) if table else None
    return {"printed_page": ex.page_labels.get(page) if page is not None else None,
            "table_caption": place.caption if place else None,
            "row_number": place.row_numbers.get(row) if place is not None and row is not None else None}


def _record(ex: Extraction, row: IndicatorRow) -> dict[str, Any]:
    rec: dict[str, Any] = {"file": ex.file, "table": row.table, "table_kind": row.table_kind, "page": row.page,
                           "row": row.row, **_where(ex, row.page, row.table, row.row),
                           "sasaran": row.sasaran, "indikator": row.indikator, "year": row.year}
    rec.update(_flat("target", row.target))
    if row.table_kind != "perjanjian_kinerja":
        rec.update(_flat("realisasi", row.realisasi))
        rec["capaian"] = row.capaian if row.capaian is not None else math.nan
    for year, q in sorted(row.target_by_year.items()):
        rec.update(_flat(f"target_{year}", q))
    for year, q in sorted(row.realisasi_by_year.items()):
        rec.update(_flat(f"realisasi_{year}", q))
    if row.baseline is not None:  # "Eksisting 2013", "Kondisi Awal": only where printed
        rec.update(_flat("baseline", row.baseline))
        rec["baseline_year"] = row.baseline_year
    return rec


def indicator_frames(extractions: list[Extraction]) -> dict[str, Any]:
    """kind → DataFrame of its rows over all documents (kinds without rows left out)."""
    import pandas as pd

    by_kind: dict[str, list[dict[str, Any]]] = {}
    for ex in extractions:
        for row in ex.indicators:
            by_kind.setdefault(row.table_kind, []).append(_record(ex, row))
    frames = {}
    for kind in KINDS:
        if kind in by_kind:
            df = pd.DataFrame(by_kind[kind])
            for col in ("page", "year", "row_number", "baseline_year"):
                if col in df.columns:
                    df[col] = df[col].astype("Int64")
            frames[kind] = df
    return frames


def budget_frame(extractions: list[Extraction]) -> Any:
    """Every budget row of every document (Realisasi Anggaran and PK program lists)."""
    import pandas as pd

    rows = [{"file": ex.file, **{k: v for k, v in b.to_dict().items()}, **_where(ex, b.page, b.table, b.row)}
            for ex in extractions for b in ex.budget]
    columns = ["file", "page", "printed_page", "table", "table_caption", "table_kind", "row", "row_number",
               "level", "code", "name", "anggaran", "realisasi", "persen", "sisa"]
    df = pd.DataFrame(rows, columns=columns)
    for col in ("page", "row", "row_number"):
        df[col] = df[col].astype("Int64")
    for col in ("anggaran", "realisasi", "persen", "sisa"):
        df[col] = df[col].astype("float64")
    return df


def amounts_frame(extractions: list[Extraction]) -> Any:
    """Every figure stated in the running text, with its words (terbilang) where printed."""
    import pandas as pd

    rows = [{"file": ex.file, "page": a.page, "printed_page": ex.page_labels.get(a.page) if a.page else None,
             "kind": a.kind, "text": a.text, "value": a.value, "words": a.words, "words_value": a.words_value,
             "context": a.context} for ex in extractions for a in ex.amounts]
    df = pd.DataFrame(rows, columns=["file", "page", "printed_page", "kind", "text", "value", "words",
                                     "words_value", "context"])
    df["page"] = df["page"].astype("Int64")
    for col in ("value", "words_value"):
        df[col] = df[col].astype("float64")
    return df


def summary_frame(extractions: list[Extraction]) -> Any:
    """One row per document: what was read from it."""
    import pandas as pd

    rows = [{"file": ex.file, "status": ex.status, "agency": ex.metadata.agency, "region": ex.metadata.region,
             "year": ex.metadata.year, "pages": ex.pages, "budget_rows": len(ex.budget),
             "indicator_rows": len(ex.indicators), "amount_rows": len(ex.amounts),
             "error": (ex.error or {}).get("code")} for ex in extractions]
    df = pd.DataFrame(rows)
    for col in ("year", "pages"):
        df[col] = df[col].astype("Int64")
    return df


def all_frames(extractions: list[Extraction]) -> dict[str, Any]:
    """name → DataFrame: budget, amounts, then indicators_<kind> for each kind with rows."""
    frames = {"budget": budget_frame(extractions), "amounts": amounts_frame(extractions)}
    frames.update({f"indicators_{kind}": df for kind, df in indicator_frames(extractions).items()})
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


def _xlsx_sheet_name(name: str) -> str:
    return name.removeprefix("indicators_")[:31]


def output_files(output: Path, fmt: str) -> list[Path]:
    """Every file `write_tables` may write for `output` (to refuse one that is an input)."""
    named_file = output.suffix.lower() == f".{fmt}"
    folder = output.parent if named_file else output
    if fmt == "xlsx":
        return [output if named_file else folder / "tables.xlsx"]
    names = ["budget", "amounts", *(f"indicators_{kind}" for kind in KINDS)]
    return [folder / (f"{output.stem}_{name}.{fmt}" if named_file else f"{name}.{fmt}") for name in names]


def _text_mapped(df: Any, fn: Any) -> Any:
    """A copy of the frame with `fn` applied to its text values (numbers stay numbers)."""
    import pandas as pd

    out = df.copy()
    for col in out.columns:
        if not (pd.api.types.is_numeric_dtype(out[col]) or pd.api.types.is_bool_dtype(out[col])):
            out[col] = out[col].map(lambda v: fn(v) if isinstance(v, str) else v)
    return out


def write_tables(extractions: list[Extraction], output: Path, fmt: str) -> tuple[list[Path], list[str]]:
    """Write every table kind (see the module doc for where); return the paths written and
    the schema problems found."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    import pandas as pd

    frames = all_frames(extractions)
    problems = validate_frames({k.removeprefix("indicators_"): v for k, v in frames.items()
                                if k.startswith("indicators_")})
    named_file = output.suffix.lower() == f".{fmt}"
    folder = output.parent if named_file else output
    folder.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        from lkjip.report.xlsx_format import format_sheet

        path = output if named_file else folder / "tables.xlsx"
        with pd.ExcelWriter(path, engine="openpyxl") as writer:
            sheets = {"summary": summary_frame(extractions), **frames}
            for name, df in sheets.items():
                sheet = _xlsx_sheet_name(name)
                _text_mapped(df, xml_safe).to_excel(writer, sheet_name=sheet, index=False)
                format_sheet(writer.sheets[sheet], list(df.columns),
                             {j: 14 for j in range(1, len(df.columns) + 1)})
            for ws in writer.book.worksheets:  # document text: never a live formula
                for row in ws.iter_rows():
                    for cell in row:
                        xlsx_safe_cell(cell)
        return [path], problems
    written: list[Path] = []
    for name, df in frames.items():
        path = folder / (f"{output.stem}_{name}.{fmt}" if named_file else f"{name}.{fmt}")
        if fmt == "csv":
            _text_mapped(df, spreadsheet_text).to_csv(path, index=False)
        else:
            df.to_parquet(path, index=False)
        written.append(path)
    return written, problems
