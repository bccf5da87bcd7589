"""Batch ingest into the store: every document, errors kept, idempotent, cross-year findings."""

from __future__ import annotations

from pathlib import Path

import duckdb

from lkjip.checks.rule import CheckConfig
from lkjip.store.check import check_against_store, check_store
from lkjip.store.ingest import ingest
from tests.store.store_builders import (
    MAGAZINE,
    MAGAZINE_2018_IN_SEED,
    MAGAZINE_2018_QUOTED,
    store_snapshot,
)


def test_ingest_folder_with_seed_next_year_and_broken_file(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    summary = ingest([corpus], db, workers=2, progress=False)
    assert summary.found == 3 and summary.ingested == 3
    assert list(summary.errors.values()) == ["not-a-pdf"]

    con = duckdb.connect(str(db), read_only=True)
    docs = {Path(f).name: (status, code, pages, agency, region, year) for f, status, code, pages, agency, region, year
            in con.execute("SELECT file, status, error_code, pages, agency, region, year FROM documents").fetchall()}
    assert docs["rusak.pdf"][:2] == ("error", "not-a-pdf")
    assert docs["lkjip-2018-biro-humas-jambi.pdf"][0] == "ok"
    assert docs["lkjip-2018-biro-humas-jambi.pdf"][2] == 19
    assert docs["lkjip-2018-biro-humas-jambi.pdf"][4:] == ("Provinsi Jambi", 2018)
    assert docs["lkjip-2019-biro-humas-jambi.pdf"][4:] == ("Provinsi Jambi", 2019)
    # One spelling of the agency across years ("Setda" on one cover, spelled out on the other).
    assert docs["lkjip-2018-biro-humas-jambi.pdf"][3] == docs["lkjip-2019-biro-humas-jambi.pdf"][3]
    # Rows of each table carry the document key; the seed's budget and indicators are there.
    seed_sha = con.execute("SELECT sha256 FROM documents WHERE file LIKE '%2018%'").fetchone()[0]
    n_budget = con.execute("SELECT count(*) FROM budget WHERE sha256 = ?", [seed_sha]).fetchone()[0]
    quoted = con.execute("SELECT realisasi_by_year->>'$.\"2018\".text' FROM indicators "
                         "WHERE indikator = ? AND table_kind = 'perbandingan_tahunan' AND sha256 <> ?",
                         [MAGAZINE, seed_sha]).fetchall()
    con.close()
    assert n_budget >= 10
    assert quoted == [(MAGAZINE_2018_QUOTED,)]

    # The cross-year check over the store names both reports and their pages.
    results = check_store(db, CheckConfig(lang="en"))
    y001 = [f for r in results for f in r.findings if f.rule == "LKJ-Y001"]
    assert len(y001) == 1, [f.message["en"] for f in y001]
    msg = y001[0].message["en"]
    assert "lkjip-2019-biro-humas-jambi.pdf, p. 3" in msg
    assert "lkjip-2018-biro-humas-jambi.pdf, p. 11" in msg
    assert MAGAZINE_2018_QUOTED in msg and MAGAZINE_2018_IN_SEED in msg
    assert "hlm. 11" in y001[0].message["id"]
    assert [e.cell.page for e in y001[0].evidence] == [3, 11]
    assert y001[0].file.endswith("lkjip-2019-biro-humas-jambi.pdf")
    # The program budget moved from 2.316.431.000 to 3.100.000.000 (+33,8 %): a note.
    y003 = [f for r in results for f in r.findings if f.rule == "LKJ-Y003"]
    assert len(y003) == 1 and "+33,8 %" in y003[0].message["en"]


def test_ingest_twice_changes_nothing(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    ingest([corpus], db, workers=2, progress=False)
    first = store_snapshot(db)
    con = duckdb.connect(str(db), read_only=True)
    stamps = con.execute("SELECT sha256, ingested_at FROM documents ORDER BY sha256").fetchall()
    con.close()
    again = ingest([corpus], db, workers=2, progress=False)
    assert again.ingested == 0 and again.skipped == 3
    assert store_snapshot(db) == first
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT sha256, ingested_at FROM documents ORDER BY sha256").fetchall() == stamps
    con.close()
    # --force redoes every document and arrives at the same store.
    forced = ingest([corpus], db, workers=1, force=True, progress=False)
    assert forced.ingested == 3
    assert store_snapshot(db) == first


def test_same_bytes_under_another_name_is_one_document(corpus: Path, tmp_path: Path) -> None:
    (corpus / "copy-of-seed.pdf").write_bytes((corpus / "lkjip-2018-biro-humas-jambi.pdf").read_bytes())
    db = tmp_path / "store.duckdb"
    summary = ingest([corpus], db, workers=1, progress=False)
    assert summary.found == 4 and summary.ingested == 3 and summary.skipped == 1


def test_check_one_report_against_the_store(corpus: Path, tmp_path: Path) -> None:
    from lkjip.pipeline import extract

    db = tmp_path / "store.duckdb"
    ingest([corpus / "lkjip-2018-biro-humas-jambi.pdf"], db, workers=1, progress=False)
    report = extract(corpus / "lkjip-2019-biro-humas-jambi.pdf")
    findings = check_against_store(db, report, CheckConfig(lang="en"), select=["LKJ-Y001"])
    assert [f.rule for f in findings] == ["LKJ-Y001"]
    assert "lkjip-2018-biro-humas-jambi.pdf, p. 11" in findings[0].message["en"]
    # A report that is itself in the store is not compared with its stored copy.
    assert check_against_store(db, extract(corpus / "lkjip-2018-biro-humas-jambi.pdf"), CheckConfig()) == []


def test_a_path_that_does_not_exist_is_stored_as_not_found(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    missing = tmp_path / "hilang.pdf"
    summary = ingest([missing], db, workers=1, progress=False)
    assert summary.errors == {str(missing): "not-found"}
    con = duckdb.connect(str(db), read_only=True)
    [(key, status, code)] = con.execute("SELECT sha256, status, error_code FROM documents").fetchall()
    con.close()
    assert key.startswith("path:") and (status, code) == ("error", "not-found")
    # Keyed by its path, so the next run knows it already.
    assert ingest([missing], db, workers=1, progress=False).skipped == 1
