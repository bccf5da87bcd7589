"""A batch killed with SIGKILL part way, then rerun, gives the store one clean run gives."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from lkjip.store.ingest import ingest
from tests.conftest import SEED_PDF
from tests.store.store_builders import store_snapshot

COPIES = 4


def _copies(folder: Path) -> Path:
    """The seed under several names, each with different bytes (a comment after %%EOF)."""
    folder.mkdir()
    data = SEED_PDF.read_bytes()
    for i in range(COPIES):
        (folder / f"copy-{i}.pdf").write_bytes(data + f"% copy {i}\n".encode())
    return folder


def _ingest_cli(folder: Path, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "lkjip.cli", "ingest", str(folder), "--db", str(db), "--workers", "1", "-v"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, start_new_session=True)


@pytest.mark.slow
def test_kill_after_first_commit_then_rerun(tmp_path: Path) -> None:
    folder = _copies(tmp_path / "reports")
    db = tmp_path / "killed.duckdb"
    proc = _ingest_cli(folder, db)
    assert proc.stderr is not None
    try:
        for line in proc.stderr:
            if line.startswith("committed"):
                break
        else:
            raise AssertionError("ingest ended without committing a document")
    finally:
        # kill -9 the ingest and its workers, wherever they are in their work.
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    con = duckdb.connect(str(db))
    committed = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    assert 1 <= committed < COPIES

    clean_db = tmp_path / "clean.duckdb"
    ingest([folder], clean_db, workers=2, progress=False)
    clean = store_snapshot(clean_db)

    # Whatever was committed before the kill is whole: every row of those documents is there.
    partial = store_snapshot(db)
    done = {row[0] for row in partial["documents"]}
    for table, rows in clean.items():
        assert partial[table] == [r for r in rows if r[0] in done], table

    rerun = ingest([folder], db, workers=2, progress=False)
    assert rerun.skipped == committed and rerun.ingested == COPIES - committed
    assert store_snapshot(db) == clean
    assert len(clean["documents"]) == COPIES
