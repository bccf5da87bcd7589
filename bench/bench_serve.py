"""Load test of `lkjip serve` on 127.0.0.1: concurrent uploads of real reports, then page views.

    .venv/bin/python bench/bench_serve.py                       # 20 uploads, 200 views, 2 workers
    .venv/bin/python bench/bench_serve.py --uploads 5 --views 50

Starts `lkjip serve` on a free port with a new store, uploads N real corpus reports at
once (one client each, as N auditors would: own session, own CSRF token), waits until every
job is done, then makes M page views from 10 threads (document pages, finding pages with
their page images, the archive, the job list). Bounded: the smallest text-layer reports of
../shared/corpus/real/ (SOURCES.tsv), each read under --timeout seconds; the whole run is
abandoned after --deadline seconds. Counts failed requests, checks every document is in
the store exactly once, samples the memory of the server and all its children (workers,
readers) every 0.2 s. Skips with a message, exit 0, when ../shared/ is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import psutil
from corpus import REAL, REPO, require_shared, skip


def smallest_reports(n: int) -> list[Path]:
    require_shared()
    rows = []
    with (REAL / "SOURCES.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            path = REAL / row["file"]
            if row["text_layer"].startswith("yes") and path.suffix.lower() in (".pdf", ".docx") and path.is_file():
                rows.append((int(row["pages"].split()[0]), path.name, path))
    if len(rows) < n:
        skip(f"only {len(rows)} text-layer reports listed in SOURCES.tsv")
    return [p for _, _, p in sorted(rows)[:n]]


class MemorySampler(threading.Thread):
    """Peak resident memory of a process and all its descendants."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.peak = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            total = 0
            try:
                for p in [self.root, *self.root.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        total += p.memory_info().rss
            except psutil.Error:
                return
            self.peak = max(self.peak, total)
            time.sleep(0.2)


def session(url: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=url, timeout=600)
    html = client.get("/").text
    found = re.search(r'<meta name="csrf" content="([^"]+)"', html)
    assert found
    return client, found.group(1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--uploads", type=int, default=20)
    parser.add_argument("--views", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to read one report")
    parser.add_argument("--deadline", type=float, default=1500.0, help="seconds for the whole run")
    args = parser.parse_args()
    files = smallest_reports(args.uploads)

    with tempfile.TemporaryDirectory(prefix="lkjip-bench-serve-") as tmp:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        url = f"http://127.0.0.1:{port}"
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        env.pop("LKJIP_TOKEN", None)
        server = subprocess.Popen([sys.executable, "-m", "lkjip.cli", "serve", "--db", f"{tmp}/s.duckdb",
                                   "--port", str(port), "--workers", str(args.workers), "--timeout",
                                   str(args.timeout)], cwd=tmp, env=env, stderr=subprocess.DEVNULL)
        sampler = MemorySampler(server.pid)
        sampler.start()
        failures: list[str] = []
        try:
            for _ in range(300):
                try:
                    httpx.get(url + "/", timeout=2)
                    break
                except httpx.HTTPError:
                    time.sleep(0.2)
            started = time.monotonic()

            def upload(path: Path) -> int:
                client, csrf = session(url)
                try:
                    r = client.post("/upload", data={"csrf": csrf}, headers={"accept": "application/json"},
                                    files=[("files", (path.name, path.read_bytes(), "application/octet-stream"))])
                finally:
                    client.close()
                if r.status_code != 200:
                    failures.append(f"upload {path.name}: {r.status_code}")
                return r.status_code

            with ThreadPoolExecutor(len(files)) as pool:
                list(pool.map(upload, files))
            uploaded = time.monotonic() - started
            client = httpx.Client(base_url=url, timeout=120)
            while True:
                jobs = client.get("/jobs.json").json()["jobs"]
                if all(j["status"] in ("done", "error") for j in jobs) and len(jobs) == len(files):
                    break
                if time.monotonic() - started > args.deadline:
                    failures.append("deadline reached before every job was done")
                    break
                time.sleep(1)
            read_s = time.monotonic() - started
            shas = sorted({j["sha256"] for j in jobs if j["sha256"]})
            errors = {j["name"]: j["error_code"] for j in jobs if j["status"] == "error"}

            views: list[str] = []
            for sha in shas:
                views += [f"/doc/{sha}", f"/doc/{sha}/finding/0", f"/doc/{sha}/finding/0/page/1.png"]
            views += ["/archive", "/", "/jobs.json", "/archive/rules.csv"]
            plan = [views[i % len(views)] for i in range(args.views)]
            latencies: list[float] = []

            def view(path: str) -> None:
                t = time.monotonic()
                r = client.get(path)
                latencies.append(time.monotonic() - t)
                # A finding or page image a document does not have is a correct 404.
                if r.status_code >= 500 or (r.status_code == 404 and "/finding/" not in path):
                    failures.append(f"GET {path}: {r.status_code}")

            t0 = time.monotonic()
            with ThreadPoolExecutor(10) as pool:
                list(pool.map(view, plan))
            views_s = time.monotonic() - t0
            client.close()
        finally:
            server.terminate()
            server.wait(timeout=60)
            sampler.stop.set()
            sampler.join()

        import duckdb

        con = duckdb.connect(f"{tmp}/s.duckdb", read_only=True)
        rows = con.execute("SELECT sha256, count(*) FROM documents GROUP BY sha256").fetchall()
        con.close()
    once = len(rows) == len(shas) and all(n == 1 for _, n in rows)
    latencies.sort()
    print(f"uploads: {len(files)} concurrent, accepted in {uploaded:.1f} s; all read in {read_s:.1f} s "
          f"({args.workers} workers); {len(errors)} with a document error {sorted(set(errors.values()))}")
    print(f"store: {len(rows)} documents for {len(shas)} distinct uploads, each exactly once: {once}")
    print(f"page views: {len(plan)} in {views_s:.1f} s from 10 threads, p50 {statistics.median(latencies) * 1000:.0f} ms, "
          f"p95 {latencies[int(len(latencies) * 0.95) - 1] * 1000:.0f} ms")
    print(f"failed requests: {len(failures)} {failures[:5]}")
    print(f"peak memory (server + workers + readers): {sampler.peak / 2**20:.0f} MB")
    return 0 if not failures and once else 1


if __name__ == "__main__":
    sys.exit(main())
