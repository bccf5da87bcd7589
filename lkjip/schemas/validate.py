"""Validate extracted records lazily; failures become records (never tracebacks).

Each failure is a dict with where it happened (table, row, page, column, the printed text
and its box) so LKJ-S001 can point at it on the page.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lkjip.records import BudgetRow, Extraction, NarrativeAmount, SchemaFailure

if TYPE_CHECKING:
    import pandas as pd
    import pandera.pandas as pa

_AMOUNT_COLUMNS = ("anggaran", "realisasi", "persen", "sisa")


def _budget_frame(rows: list[BudgetRow]):  # type: ignore[no-untyped-def]
    import pandas as pd

    data: dict[str, list[Any]] = {k: [] for k in ("table", "page", "row", "level", "name",
                                                   *_AMOUNT_COLUMNS,
                                                   *(f"{c}_read" for c in _AMOUNT_COLUMNS))}
    for r in rows:
        data["table"].append(r.table)
        data["page"].append(r.page)
        data["row"].append(r.row)
        data["level"].append(r.level)
        data["name"].append(r.name)
        for c in _AMOUNT_COLUMNS:
            v = getattr(r, c)
            data[c].append(float(v) if v is not None else math.nan)
            data[f"{c}_read"].append(not (c in r.cells and v is None))
    df = pd.DataFrame(data)
    df["page"] = df["page"].astype("Int64")
    return df


def _amount_frame(amounts: list[NarrativeAmount]):  # type: ignore[no-untyped-def]
    import pandas as pd

    df = pd.DataFrame({
        "page": [a.page for a in amounts], "text": [a.text for a in amounts],
        "value": [float(a.value) for a in amounts], "kind": [a.kind for a in amounts],
        "words_value": [float(a.words_value) if a.words_value is not None else math.nan for a in amounts],
    })
    df["page"] = df["page"].astype("Int64")
    return df


def schema_failures(schema: pa.DataFrameSchema, df: pd.DataFrame,
                    locate: Callable[[int, str | None], dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Every failure of `df` against the DataFrameSchema `schema` as a record; `locate(index,
    column)` adds where the failing row came from."""
    import pandera.pandas as pa

    try:
        schema.validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        out = []
        seen: set[tuple[str, str]] = set()
        for case in exc.failure_cases.to_dict("records"):
            index = case.get("index")
            column = case.get("column")
            if case.get("schema_context") == "DataFrameSchema":
                # A check over the whole row lists every column of it: report the row once.
                key = (str(index), str(case.get("check")))
                if key in seen:
                    continue
                seen.add(key)
                column, case["failure_case"] = None, None
            record = {"schema": schema.name, "check": str(case.get("check")),
                      "column": column if isinstance(column, str) else None,
                      "failure_case": None if case.get("failure_case") is None else str(case["failure_case"])}
            if locate is not None and isinstance(index, int | float) \
                    and not (isinstance(index, float) and math.isnan(index)):
                record.update(locate(int(index), record["column"]))
            out.append(record)
        return out
    except pa.errors.SchemaError as exc:  # a column missing or of the wrong type
        return [{"schema": schema.name, "check": str(exc), "column": None, "failure_case": None}]
    return []


def validate_extraction(doc: Extraction) -> list[SchemaFailure]:
    """Every schema failure of the document's budget rows and narrative amounts."""
    from lkjip.schemas.amounts import NarrativeAmountSchema
    from lkjip.schemas.budget import BudgetRowSchema

    failures: list[dict[str, Any]] = []
    if doc.budget:
        def locate_row(i: int, column: str | None) -> dict[str, Any]:
            row = doc.budget[i]
            base = column.removesuffix("_read") if column else None
            cell = row.cells.get(base) if base else None
            return {"kind": "budget", "table": row.table, "row": row.row, "page": row.page,
                    "name": row.name, "column": base or column,
                    "text": cell.text if cell else None, "bbox": list(cell.bbox) if cell and cell.bbox else None}
        failures += schema_failures(BudgetRowSchema, _budget_frame(doc.budget), locate_row)
        if doc.number_style is None:
            # No style to settle "1.250": the value is a guess, and a guess is reported.
            for row in doc.budget:
                for column, cell in row.cells.items():
                    if cell.ambiguous:
                        failures.append({"schema": "BudgetRowSchema", "check": "unambiguous_number",
                                         "kind": "budget", "table": row.table, "row": row.row,
                                         "page": row.page, "name": row.name, "column": column,
                                         "text": cell.text, "failure_case": cell.text,
                                         "bbox": list(cell.bbox) if cell.bbox else None})
    if doc.amounts:
        def locate_amount(i: int, column: str | None) -> dict[str, Any]:
            a = doc.amounts[i]
            return {"kind": "amount", "table": None, "row": None, "page": a.page, "name": None,
                    "text": a.text, "bbox": list(a.cell.bbox) if a.cell.bbox else None}
        failures += schema_failures(NarrativeAmountSchema, _amount_frame(doc.amounts), locate_amount)
    return [SchemaFailure(**f) for f in failures]
