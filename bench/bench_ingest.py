"""Batch ingest speed: documents/s and pages/s into a fresh store, with 1 and 2 workers.

    .venv/bin/python bench/bench_ingest.py              # text-layer PDFs of ../shared/corpus/real/
    .venv/bin/python bench/bench_ingest.py --workers 1 2 4 --ocr

Reads the PDFs that SOURCES.tsv lists with a full text layer ("yes ..."), OCR off by
default so the figure is the text-layer path. Each run ingests every document into a new
store in a temporary folder, timed around the whole `ingest` call: hashing, worker
start-up, extraction, checks and the DuckDB writes. Prints one line per worker count.
Skips with a message, exit 0, when ../shared/ is absent.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REAL = (REPO.parent / "shared" / "corpus" / "real").resolve()
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def text_layer_pdfs() -> list[Path]:
    with (REAL / "SOURCES.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [REAL / r["file"] for r in rows if r["file"].lower().endswith(".pdf") and r["text_layer"].startswith("yes")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--ocr", action="store_true", help="OCR image pages too (slow)")
    args = parser.parse_args()
    if not (REAL / "SOURCES.tsv").is_file():
        print(f"SKIPPED: {REAL} is absent: this benchmark needs ../shared/corpus/real/")
        return

    import duckdb

    from lkjip.extract.limits import ReadLimits
    from lkjip.store.ingest import ingest

    files = text_layer_pdfs()
    print(f"{len(files)} text-layer PDFs from {REAL} (OCR {'on' if args.ocr else 'off'})")
    for workers in args.workers:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.duckdb"
            started = time.perf_counter()
            summary = ingest(files, db, workers=workers, limits=ReadLimits(ocr=args.ocr), progress=False)
            seconds = time.perf_counter() - started
            con = duckdb.connect(str(db), read_only=True)
            pages = con.execute("SELECT coalesce(sum(pages), 0) FROM documents").fetchone()[0]  # type: ignore[index]
            con.close()
        # Other processes share the cores: the load average says how far to trust the figure.
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"workers={workers}: {summary.ingested} documents ({len(summary.errors)} errors), {pages} pages "
              f"in {seconds:.1f} s = {summary.ingested / seconds:.2f} documents/s, {pages / seconds:.1f} pages/s "
              f"(load average {load:.1f} on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
