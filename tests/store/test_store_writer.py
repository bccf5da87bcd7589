"""The writer refuses files that are not lkjip stores of this schema, and rolls back whole."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from lkjip.records import Extraction
from lkjip.store.rows import extraction_payload
from lkjip.store.writer import StoreError, StoreWriter, connect


def test_other_duckdb_files_and_other_schemas_are_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "other.duckdb"
    con = duckdb.connect(str(foreign))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not an lkjip store"):
        connect(foreign)
    db = tmp_path / "store.duckdb"
    StoreWriter(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE store_info SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="schema 999"):
        connect(db, read_only=True)


def test_a_failed_write_leaves_nothing_of_the_document(tmp_path: Path) -> None:
    doc = Extraction(file="a.pdf", sha256="a" * 64, kind="pdf", pages=1)
    payload = extraction_payload(doc, [], "a" * 64)
    payload["budget"] = [{"sha256": "a" * 64, "ord": 0, "page": "not a number"}]  # fails mid-transaction
    with StoreWriter(tmp_path / "s.duckdb") as writer:
        with pytest.raises(Exception):  # noqa: B017 - any failure must roll back
            writer.write(payload)
        assert writer.known() == set()
        assert writer.con.execute("SELECT count(*) FROM budget").fetchone() == (0,)
