"""`lkjip export`: every table of a store as one Parquet file, for pandas, Spark, BI tools."""

from __future__ import annotations

import os
from pathlib import Path

from lkjip.report.output_safety import OutputWriteError
from lkjip.store.schema import TABLES
from lkjip.store.writer import StoreError, connect, store_errors

FORMATS = ("parquet",)


def export_store(db: Path, output: Path, fmt: str = "parquet", all_versions: bool = False) -> dict[str, int]:
    """Write <output>/<table>.parquet for each table; returns table → rows written. The
    latest version of each file only, unless `all_versions`."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})",
                         f"format ekspor {fmt!r} tidak dikenal (salah satu dari: {', '.join(FORMATS)})")
    try:
        output.mkdir(parents=True, exist_ok=True)
        if not os.access(output, os.W_OK | os.X_OK):
            raise PermissionError(13, "Permission denied")
    except OSError as exc:
        raise OutputWriteError(f"cannot write to {output}: {exc.strerror or exc}",
                               f"tidak dapat menulis ke {output}: {exc.strerror or exc}") from exc
    con = connect(db, read_only=True)
    try:
        counts = {}
        with store_errors(db):
            for table in TABLES:
                target = output / f"{table}.{fmt}"
                escaped = str(target).replace("'", "''")
                source = table if all_versions else f"{table}_latest"
                con.execute(f"COPY (SELECT * FROM {source} ORDER BY sha256{', ord' if table != 'documents' else ''}) "
                            f"TO '{escaped}' (FORMAT PARQUET)")
                counts[table] = con.execute(f"SELECT count(*) FROM {source}").fetchone()[0]  # type: ignore[index]
        return counts
    finally:
        con.close()
