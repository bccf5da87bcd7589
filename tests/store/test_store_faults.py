"""Issue #18, rows 7, 8, 10, 13, 16, 17: a damaged store, a full disk, transient failures,
changed files, a bad scheduler address and a FIFO are each one clear line, never a
traceback, a stale result or a hang."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from lkjip.cli import app
from lkjip.extract.readers import file_sha256
from lkjip.store.ingest import ingest
from lkjip.store.work import failed_payload
from lkjip.store.writer import StoreWriter
from tests.conftest import SEED_PDF
from tests.inputs.hostile_files import text_pdf

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


def _lkjip(*args: str, timeout: float = 120, preexec=None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "lkjip.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, preexec_fn=preexec, cwd=ROOT)


@pytest.fixture(scope="module")
def good_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("faults")
    shutil.copy(SEED_PDF, root / "lkjip-2018.pdf")
    db = root / "store.duckdb"
    summary = ingest([root / "lkjip-2018.pdf"], db, workers=1, progress=False)
    assert summary.ingested == 1 and not summary.errors
    return db


# Row 7 ----------------------------------------------------------------------------------

def _damaged(good: Path, tmp_path: Path, how: str) -> Path:
    db = tmp_path / f"{how}.duckdb"
    data = bytearray(good.read_bytes())
    if how == "truncated":
        data = data[: len(data) // 2]
    else:  # every data block's checksum wrong, the headers intact
        for start in range(64 * 1024, len(data), 64 * 1024):
            data[start + 100: start + 4096] = bytes(b ^ 0xFF for b in data[start + 100: start + 4096])
    db.write_bytes(bytes(data))
    return db


@pytest.mark.parametrize("how", ["truncated", "checksum"])
def test_damaged_store_is_one_line_and_exit_5(good_store: Path, tmp_path: Path, how: str) -> None:
    db = _damaged(good_store, tmp_path, how)
    report = text_pdf(tmp_path / "r.pdf")
    for argv in (["check", "--db", str(db)], ["check", str(report), "--db", str(db)],
                 ["export", "--db", str(db), "-o", str(tmp_path / "ex")],
                 ["ingest", str(report), "--db", str(db), "--workers", "1"]):
        result = runner.invoke(app, [*argv, "--lang", "en"])
        if how == "checksum" and argv[0] == "ingest":
            continue  # DuckDB verifies a block when it reads it; appending one report may read none
        assert result.exit_code == 5, (argv, result.output, result.exception)
        assert "damaged" in result.output and "Traceback" not in result.output, argv
        assert not isinstance(result.exception, duckdb.Error)


# Row 8 ----------------------------------------------------------------------------------

def test_full_disk_during_ingest_is_one_clear_line(tmp_path: Path) -> None:
    """RLIMIT_FSIZE makes every write past 300 kB fail (EFBIG), as a full disk would."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        shutil.copy(SEED_PDF, folder / f"r{i}.pdf")
        with (folder / f"r{i}.pdf").open("ab") as fh:
            fh.write(f"\n% copy {i}\n".encode())  # three contents, three documents

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))

    db = tmp_path / "s.duckdb"
    result = _lkjip("ingest", str(folder), "--db", str(db), "--workers", "1", "--lang", "en", preexec=small_disk)
    assert result.returncode == 4, result.stderr
    assert "could not write" in result.stderr and "run the same command again" in result.stderr
    assert "rollback" not in result.stderr.lower() and "Traceback" not in result.stderr
    # Room again: the same command carries on.
    result = _lkjip("ingest", str(folder), "--db", str(db), "--workers", "1")
    assert result.returncode == 0, result.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0] == 3
    con.close()


# Row 10 ---------------------------------------------------------------------------------

def test_transient_failures_are_retried_permanent_ones_on_request(tmp_path: Path) -> None:
    good = tmp_path / "laporan.pdf"
    text_pdf(good)
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"not a pdf")
    db = tmp_path / "s.duckdb"
    with StoreWriter(db) as writer:  # an earlier run whose reading of `good` timed out
        writer.write(failed_payload(str(good), file_sha256(good), "timeout", "took longer than 1 s"),
                     path=str(good))
    summary = ingest([good, broken], db, workers=1, progress=False)
    assert summary.ingested == 2 and summary.skipped == 0  # the timeout is read again
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT status FROM documents WHERE sha256 = ?", [file_sha256(good)]).fetchone()[0] == "ok"
    con.close()
    summary = ingest([good, broken], db, workers=1, progress=False)
    assert summary.ingested == 0 and summary.skipped == 2  # not-a-pdf is permanent
    result = runner.invoke(app, ["ingest", str(good), str(broken), "--db", str(db), "--retry-failed"])
    assert result.exit_code == 3 and "1 ingested" in result.output and "1 already" in result.output


def test_worker_crash_and_interruption_codes_are_transient() -> None:
    from lkjip.store.jobs import is_done

    for code in ("timeout", "crashed", "worker-crashed", "interrupted"):
        assert not is_done(code, retry_failed=False)
    for code in ("corrupt", "encrypted", "empty", "not-a-pdf", "unsafe"):
        assert is_done(code, retry_failed=False) and not is_done(code, retry_failed=True)
    assert is_done(None, retry_failed=True)


# Row 13 ---------------------------------------------------------------------------------

def test_a_changed_file_is_a_new_version_of_the_same_document(tmp_path: Path) -> None:
    path = tmp_path / "lkjip-2018.pdf"
    db = tmp_path / "s.duckdb"
    text_pdf(path, text="Laporan Kinerja 2018 Rp 1.000.000 versi pertama")
    first, first_bytes = file_sha256(path), path.read_bytes()
    ingest([path], db, workers=1, progress=False)
    text_pdf(path, text="Laporan Kinerja 2018 Rp 2.000.000 versi kedua")
    second = file_sha256(path)
    ingest([path], db, workers=1, progress=False)
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT sha256, version, latest, path FROM documents ORDER BY version").fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [(first, 1, False), (second, 2, True)]
    assert rows[0][3] == rows[1][3] == str(path)
    assert con.execute("SELECT sha256 FROM documents_latest").fetchall() == [(second,)]
    con.close()
    out = tmp_path / "ex"
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0
    assert pq.read_table(out / "documents.parquet").column("sha256").to_pylist() == [second]
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(out), "--all-versions"]).exit_code == 0
    assert pq.read_table(out / "documents.parquet").num_rows == 2
    # The file put back to its first content: that version is the latest again, not re-read.
    path.write_bytes(first_bytes)
    assert ingest([path], db, workers=1, progress=False).skipped == 1
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT sha256 FROM documents_latest").fetchall() == [(first,)]
    con.close()


def test_cross_year_rules_read_the_latest_version_only(tmp_path: Path) -> None:
    from lkjip.store.load import load_documents

    path = tmp_path / "lkjip-2018.pdf"
    db = tmp_path / "s.duckdb"
    for text in ("Laporan 2018 Rp 1.000.000", "Laporan 2018 Rp 3.000.000"):
        text_pdf(path, text=text)
        ingest([path], db, workers=1, progress=False)
    con = duckdb.connect(str(db), read_only=True)
    docs = load_documents(con)
    con.close()
    assert [d.sha256 for d in docs] == [file_sha256(path)]


# Row 16 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("address", ["notaurl", "http://x", "tcp://", "tcp://host:port"])
def test_bad_scheduler_address_is_a_usage_error(tmp_path: Path, address: str) -> None:
    report = text_pdf(tmp_path / "r.pdf")
    result = runner.invoke(app, ["ingest", str(report), "--db", str(tmp_path / "s.duckdb"), "--scheduler", address])
    assert result.exit_code == 2, result.output
    assert "tcp://HOST:PORT" in result.output and not isinstance(result.exception, ValueError)
    assert not (tmp_path / "s.duckdb").exists()


# Row 17 ---------------------------------------------------------------------------------

def test_a_fifo_named_pdf_is_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "laporan.pdf"
    os.mkfifo(fifo)
    result = _lkjip("ingest", str(fifo), "--db", str(tmp_path / "s.duckdb"), "--workers", "1", timeout=60)
    assert result.returncode == 3, result.stderr
    assert "unsupported" in result.stderr
    result = _lkjip("check", str(fifo), "--lang", "en", timeout=60)
    assert result.returncode == 3 and "not a regular file" in result.stdout
