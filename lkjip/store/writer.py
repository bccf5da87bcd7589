"""The single writer of a store: one DuckDB connection, one transaction per document.

A document's row in `documents` is written in the same transaction as its budget,
indicator, amount and finding rows, so a document is in the store completely or not at
all: a process killed mid-write leaves nothing of that document, and "is its sha256 in
`documents`" is the whole resume logic.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from lkjip.store.rows import Payload
from lkjip.store.schema import CHILD_TABLES, SCHEMA_VERSION, TABLES, columns, ddl

_ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(), "JSON": pa.string(), "INTEGER": pa.int64(), "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(), "TIMESTAMP": pa.timestamp("us"),
}


class StoreError(Exception):
    """The store file cannot be opened or is not an lkjip store."""


def _arrow_schema(table: str) -> pa.Schema:
    return pa.schema([(name, _ARROW_TYPES[sql_type.split()[0]]) for name, sql_type in TABLES[table]])


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and, for writing, create) a store; one clear error for every way it fails."""
    if read_only and not path.exists():
        raise StoreError(f"no store at {path} (create one with `lkjip ingest ... --db {path}`)")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0]
        raise StoreError(f"cannot open the store {path}: {first}") from exc
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if tables and "documents" not in tables:
        con.close()
        raise StoreError(f"{path} is a DuckDB file but not an lkjip store (no `documents` table)")
    if "store_info" in tables:
        row = con.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchone()
        if row and row[0] != str(SCHEMA_VERSION):
            con.close()
            raise StoreError(f"{path} has store schema {row[0]}, this lkjip writes schema {SCHEMA_VERSION}: "
                             "ingest into a new file")
    if read_only and not tables:
        con.close()
        raise StoreError(f"{path} is an empty DuckDB file, not an lkjip store")
    if not read_only:
        for statement in ddl():
            con.execute(statement)
        con.execute("INSERT OR REPLACE INTO store_info VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    return con


class StoreWriter:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.con = connect(path)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def known(self) -> set[str]:
        """sha256 of every document already committed."""
        return {r[0] for r in self.con.execute("SELECT sha256 FROM documents").fetchall()}

    def write(self, payload: Payload) -> None:
        """Replace one document and all its rows, atomically."""
        doc: dict[str, Any] = dict(payload["documents"])
        doc["ingested_at"] = datetime.now(UTC).replace(tzinfo=None)
        sha = doc["sha256"]
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table in (*CHILD_TABLES, "documents"):
                con.execute(f"DELETE FROM {table} WHERE sha256 = ?", [sha])
            cols = columns("documents")
            con.execute(f"INSERT INTO documents ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [doc[c] for c in cols])
            for table in CHILD_TABLES:
                rows = payload.get(table) or []
                if not rows:
                    continue
                con.register("lkjip_rows", pa.Table.from_pylist(rows, schema=_arrow_schema(table)))
                try:
                    con.execute(f"INSERT INTO {table} ({', '.join(columns(table))}) SELECT * FROM lkjip_rows")
                finally:
                    con.unregister("lkjip_rows")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
