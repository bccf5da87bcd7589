"""`lkjip export`: every table of a store as one Parquet file, for pandas, Spark, BI tools."""

from __future__ import annotations

from pathlib import Path

from lkjip.store.schema import TABLES
from lkjip.store.writer import StoreError, connect

FORMATS = ("parquet",)


def export_store(db: Path, output: Path, fmt: str = "parquet") -> dict[str, int]:
    """Write <output>/<table>.parquet for each table; returns table → rows written."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    output.mkdir(parents=True, exist_ok=True)
    con = connect(db, read_only=True)
    try:
        counts = {}
        for table in TABLES:
            target = output / f"{table}.{fmt}"
            escaped = str(target).replace("'", "''")
            con.execute(f"COPY (SELECT * FROM {table} ORDER BY sha256{', ord' if table != 'documents' else ''}) "
                        f"TO '{escaped}' (FORMAT PARQUET)")
            counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
        return counts
    finally:
        con.close()
