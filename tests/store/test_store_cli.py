"""`lkjip ingest`, `lkjip export` and `lkjip check --db` from the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from lkjip.cli import app
from lkjip.store.schema import TABLES
from tests.conftest import SEED_PDF
from tests.store.store_builders import build_next_year_report

runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    folder = root / "reports"
    folder.mkdir()
    shutil.copy(SEED_PDF, folder / "lkjip-2018.pdf")
    build_next_year_report(folder / "lkjip-2019.pdf")
    (folder / "kosong.docx").write_bytes(b"")
    db = root / "store.duckdb"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--workers", "2"])
    # A document that cannot be read makes the exit code 3; the batch still stores it.
    assert result.exit_code == 3, result.output
    assert "3 ingested (1 with errors)" in result.output
    assert "kosong.docx: empty" in result.output
    return db


def test_export_writes_one_parquet_file_per_table(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    result = runner.invoke(app, ["export", "--db", str(store), "--format", "parquet", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.parquet" for t in TABLES)
    docs = pq.read_table(out / "documents.parquet")
    assert docs.num_rows == 3
    assert set(docs.column("status").to_pylist()) == {"ok", "error"}
    assert pq.read_table(out / "indicators.parquet").num_rows > 0


def test_check_db_runs_the_cross_year_rules(store: Path) -> None:
    result = runner.invoke(app, ["check", "--db", str(store), "--lang", "en", "--format", "json"])
    assert result.exit_code == 1, result.output  # LKJ-Y001 is an error
    assert '"rule": "LKJ-Y001"' in result.output
    assert "lkjip-2018.pdf, p. 11" in result.output


def test_check_report_against_db(store: Path, tmp_path: Path) -> None:
    report = build_next_year_report(tmp_path / "draft-2019.pdf", magazine_2018="4.500 eks")
    result = runner.invoke(app, ["check", str(report), "--db", str(store), "--select", "LKJ-Y001", "--lang", "en"])
    assert result.exit_code == 0, result.output  # the corrected draft quotes 2018 right
    bad = build_next_year_report(tmp_path / "draft-bad.pdf", magazine_2018="4.600 eks")
    result = runner.invoke(app, ["check", str(bad), "--db", str(store), "--select", "LKJ-Y001", "--lang", "en"])
    assert result.exit_code == 1 and "LKJ-Y001" in result.output


def test_missing_store_and_unreachable_scheduler_are_one_line_errors(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "--db", str(tmp_path / "none.duckdb"), "--lang", "en"])
    assert result.exit_code == 2 and "no store at" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.duckdb"), "--output", str(tmp_path / "o")])
    assert result.exit_code == 2 and "tidak ada basis data di" in result.output  # Indonesian by default
    shutil.copy(SEED_PDF, tmp_path / "a.pdf")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.pdf"), "--db", str(tmp_path / "s.duckdb"),
                                 "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2 and "cannot reach the Dask scheduler" in result.output
    (tmp_path / "not-a-store.duckdb").write_text("hello")
    result = runner.invoke(app, ["check", "--db", str(tmp_path / "not-a-store.duckdb"), "--lang", "en"])
    assert result.exit_code == 2 and "cannot open the store" in result.output


def test_check_db_alone_says_only_cross_year_rules_ran(store: Path) -> None:
    result = runner.invoke(app, ["check", "--db", str(store), "--lang", "en"])
    assert "Only the cross-year rules" in result.output
    # A stored report with errors of its own must not read as clean: no plain "No findings".
    assert "No findings." not in result.output
    assert "No cross-year findings" in result.output
