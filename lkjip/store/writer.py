"""The single writer of a store: one DuckDB connection, one transaction per document.

A document's row in `documents` is written in the same transaction as its budget,
indicator, amount and finding rows, so a document is in the store completely or not at
all: a process killed mid-write leaves nothing of that document, and "is its sha256 in
`documents`" is the whole resume logic.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from lkjip.bilingual import BilingualError
from lkjip.store.rows import Payload
from lkjip.store.schema import (
    ADDED_COLUMNS,
    CHILD_TABLES,
    SCHEMA_VERSION,
    TABLES,
    columns,
    ddl,
    views,
)

_ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(), "JSON": pa.string(), "INTEGER": pa.int64(), "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(), "TIMESTAMP": pa.timestamp("us"),
}


class StoreError(BilingualError):
    """The store file cannot be opened or is not an lkjip store."""


class StoreDamaged(StoreError):
    """The store file is damaged (truncated, a checksum that does not match …)."""


class StoreWriteFailed(StoreError):
    """A document could not be committed (disk full, file too large …); the documents
    committed before it stay in the store."""


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


@contextlib.contextmanager
def store_errors(path: Path) -> Iterator[None]:
    """Any DuckDB failure while using the store becomes one clear StoreDamaged."""
    try:
        yield
    except duckdb.Error as exc:
        raise StoreDamaged(f"the store {path} is damaged or unreadable ({_first_line(exc)}); "
                           "restore it from a backup, or ingest into a new file",
                           f"basis data {path} rusak atau tidak terbaca ({_first_line(exc)}); "
                           "pulihkan dari cadangan, atau ingest ke berkas baru") from exc


def _arrow_schema(table: str) -> pa.Schema:
    return pa.schema([(name, _ARROW_TYPES[sql_type.split()[0]]) for name, sql_type in TABLES[table]])


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and, for writing, create) a store; one clear error for every way it fails."""
    if read_only and not path.exists():
        raise StoreError(f"no store at {path} (create one with `lkjip ingest ... --db {path}`)",
                         f"tidak ada basis data di {path} (buat dengan `lkjip ingest ... --db {path}`)")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        first = _first_line(exc)
        if "lock" in first.lower():  # another process holds the file
            raise StoreError(f"the store {path} is in use by another process (locked); wait for that "
                             f"ingest or serve to finish, or use another --db",
                             f"basis data {path} sedang dipakai proses lain (terkunci); tunggu ingest atau "
                             f"serve itu selesai, atau pakai --db lain") from exc
        raise StoreError(f"cannot open the store {path}: {first}",
                         f"basis data {path} tidak dapat dibuka: {first}") from exc
    try:
        with store_errors(path):
            return _prepare(con, path, read_only)
    except BaseException:
        with contextlib.suppress(duckdb.Error):
            con.close()
        raise


def _prepare(con: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if tables and "documents" not in tables:
        con.close()
        raise StoreError(f"{path} is a DuckDB file but not an lkjip store (no `documents` table)",
                         f"{path} adalah berkas DuckDB tetapi bukan basis data lkjip (tidak ada tabel `documents`)")
    if "store_info" in tables:
        row = con.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchone()
        upgradable = row and row[0] == "1" and not read_only
        if row and row[0] != str(SCHEMA_VERSION) and not upgradable:
            con.close()
            hint, hint_id = (("run `lkjip ingest` into it once to upgrade it",
                              "jalankan `lkjip ingest` ke dalamnya sekali untuk memperbaruinya") if row[0] == "1"
                             else ("ingest into a new file", "ingest ke berkas baru"))
            raise StoreError(f"{path} was written by another lkjip version (store schema {row[0]}; this lkjip "
                             f"uses schema {SCHEMA_VERSION}): {hint}",
                             f"{path} ditulis oleh lkjip versi lain (skema basis data {row[0]}; lkjip ini memakai "
                             f"skema {SCHEMA_VERSION}): {hint_id}")
    if read_only and not tables:
        con.close()
        raise StoreError(f"{path} is an empty DuckDB file, not an lkjip store",
                         f"{path} adalah berkas DuckDB kosong, bukan basis data lkjip")
    if not read_only:
        for statement in ddl():
            con.execute(statement)
        for table, added in ADDED_COLUMNS.items():  # a schema-1 store: upgraded in place
            have = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                              "WHERE table_name = ?", [table]).fetchall()}
            types = dict(TABLES[table])
            for name in added:
                if name not in have:
                    con.execute(f"ALTER TABLE {table} ADD COLUMN {name} {types[name]}")
        for statement in views():
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
        return set(self.known_status())

    def known_status(self) -> dict[str, str | None]:
        """sha256 → error code (None when it was read) of every document already committed."""
        with store_errors(self.path):
            return dict(self.con.execute("SELECT sha256, error_code FROM documents").fetchall())

    def mark_latest(self, path: str, sha256: str) -> None:
        """The content at `path` is `sha256` again (a file put back): that version is the latest."""
        with store_errors(self.path):
            self.con.execute("UPDATE documents SET latest = (sha256 = ?) WHERE path = ? "
                             "AND latest IS DISTINCT FROM (sha256 = ?)", [sha256, path, sha256])

    def write(self, payload: Payload, path: str | None = None) -> None:
        """Replace one document and all its rows, atomically. `path` (absolute) names the
        file: a new content at a known path is its next version and the latest one."""
        doc: dict[str, Any] = dict(payload["documents"])
        doc["ingested_at"] = datetime.now(UTC).replace(tzinfo=None)
        sha = doc["sha256"]
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            doc["path"], doc["latest"], doc["version"] = path, True, 1
            if path is not None:
                own = con.execute("SELECT version FROM documents WHERE sha256 = ? AND path = ?", [sha, path]).fetchone()
                other = con.execute("SELECT max(version) FROM documents WHERE path = ? AND sha256 <> ?",
                                    [path, sha]).fetchone()
                doc["version"] = own[0] if own and own[0] else ((other[0] or 0) + 1 if other else 1)
                con.execute("UPDATE documents SET latest = false WHERE path = ? AND sha256 <> ?", [path, sha])
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
        except BaseException as exc:
            # A failed COMMIT has already ended the transaction: ROLLBACK would only add
            # "no transaction is active" to the real error. Roll back if one is still open.
            with contextlib.suppress(duckdb.Error):
                con.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error):
                raise StoreWriteFailed(
                    f"could not write {doc['file']} to the store {self.path} ({_first_line(exc)}); "
                    "the documents committed before it stay: free space and run the same command again",
                    f"{doc['file']} tidak dapat ditulis ke basis data {self.path} ({_first_line(exc)}); "
                    "dokumen yang tersimpan sebelumnya tetap ada: kosongkan ruang disk lalu jalankan perintah yang sama lagi",
                ) from exc
            raise
