"""The workspace behind the web pages: the store, the uploads, the jobs and the judgements.

One process owns the store: a `StoreWriter` (the same single writer `lkjip ingest` uses)
commits each document in one transaction; page views read through cursors of the same
database. The web app's own tables (`serve_jobs`, `judgements`) sit beside the store's and
are created here when missing; the store's tables are only ever written by the writer.

Uploads are kept under generated names (`<32 hex>.pdf`) in a folder beside the store: a
name from a request is shown, never used as a path. Jobs run in batches through
`lkjip.store.local_runner.run_local` (isolated, time- and memory-bounded readers in a
process pool; a worker that dies is retried alone), one dispatcher thread at a time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import queue
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from lkjip.checks.fingerprint import document_identity, fingerprints
from lkjip.extract.limits import ReadLimits
from lkjip.pipeline import RuleSelection
from lkjip.results import DocumentResult
from lkjip.serve.work import result_path
from lkjip.store.jobs import Job
from lkjip.store.judgements import DDL as JUDGEMENTS_DDL
from lkjip.store.judgements import VERDICTS, latest_judgements
from lkjip.store.local_runner import run_local
from lkjip.store.rows import Payload
from lkjip.store.work import failed_payload
from lkjip.store.writer import StoreWriter

SUFFIXES = (".pdf", ".docx")

SERVE_DDL = (
    "CREATE TABLE IF NOT EXISTS serve_jobs (id VARCHAR PRIMARY KEY, name VARCHAR, stored VARCHAR, "
    "status VARCHAR, sha256 VARCHAR, error_code VARCHAR, error_message VARCHAR, "
    "created TIMESTAMP, finished TIMESTAMP)",
    JUDGEMENTS_DDL,  # one row per judgement made; the latest per fingerprint is in force
)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class ServeSettings:
    db: Path
    workers: int = 1
    token: str | None = None
    max_file_mb: int = 100
    max_files: int = 50
    limits: ReadLimits = field(default_factory=ReadLimits)
    rules: RuleSelection = field(default_factory=RuleSelection)

    @property
    def uploads(self) -> Path:
        return self.db.with_name(self.db.name + ".uploads")

    @property
    def max_request_bytes(self) -> int:
        # The whole request, whatever it claims to hold: at most 1 GiB (form fields on top).
        return min(self.max_files * self.max_file_mb, 1024) * 1024 * 1024 + 1024 * 1024


@dataclass
class StoredFinding:
    ord: int
    rule: str
    severity: str
    title: dict[str, str]
    message: dict[str, str]
    page: int | None
    doubtful: bool
    evidence: list[dict[str, Any]]
    fingerprint: str = ""
    judgement: dict[str, Any] | None = None


class Workspace:
    def __init__(self, settings: ServeSettings) -> None:
        self.settings = settings
        settings.uploads.mkdir(parents=True, exist_ok=True)
        self.writer = StoreWriter(settings.db)
        self._lock = threading.Lock()  # the writer's connection is one thread's at a time
        with self._lock:
            for statement in SERVE_DDL:
                self.writer.con.execute(statement)
            # A restart finds the jobs it had not finished: they run again.
            self.writer.con.execute("UPDATE serve_jobs SET status = 'queued' WHERE status = 'reading'")
            pending = self.writer.con.execute(
                "SELECT id, name, stored, sha256 FROM serve_jobs WHERE status = 'queued' ORDER BY created"
            ).fetchall()
        self._queue: queue.Queue[tuple[str, str, str, str, str | None] | None] = queue.Queue()
        for job_id, name, stored, sha in pending:
            self._queue.put((job_id, name, stored, sha, None))
        self._results: OrderedDict[str, DocumentResult | None] = OrderedDict()
        self._results_lock = threading.Lock()
        self.render_lock = threading.Lock()  # pdfium is not thread-safe
        self.crops: dict[tuple[Any, ...], Any] = {}  # recently rendered page crops, oldest first
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._dispatch, name="lkjip-serve-jobs", daemon=True)
        self._thread.start()

    # -- connections -------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor for one request (DuckDB cursors may be used from any one thread)."""
        cur = self.writer.con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def close(self) -> None:
        """Stop now: the documents being read are left 'reading' and read again at the next
        start. The reading processes are this server's own children: they are ended, so
        no reader outlives the server."""
        self._stop.set()
        self._queue.put(None)
        self._thread.join(timeout=1)
        deadline = time.monotonic() + 20
        while self._thread.is_alive() and time.monotonic() < deadline:
            _end_children()  # the pool's retry starts new workers: end those too
            self._thread.join(timeout=0.5)
        with self._lock:
            self.writer.close()

    # -- uploads and jobs --------------------------------------------------------------

    def add_upload(self, name: str, data: bytes, password: str | None) -> str:
        """Keep the file under a generated name and queue it; returns the job id."""
        job_id = secrets.token_hex(16)
        shown = _shown_name(name)
        suffix = next((s for s in SUFFIXES if shown.lower().endswith(s)), None)
        sha = hashlib.sha256(data).hexdigest()
        now = _now()
        if suffix is None:
            with self._lock:
                self.writer.con.execute(
                    "INSERT INTO serve_jobs VALUES (?, ?, NULL, 'error', ?, 'unsupported-type', ?, ?, ?)",
                    [job_id, shown, sha, "only PDF and DOCX files can be read / hanya berkas PDF dan DOCX",
                     now, now])
            return job_id
        stored = job_id + suffix
        (self.settings.uploads / stored).write_bytes(data)
        with self._lock:
            # Already read here (the store has it and its full result is kept): nothing to do.
            # Stored by `lkjip ingest` only: read it again for the page's tables and downloads.
            kept = self.writer.con.execute("SELECT stored FROM serve_jobs WHERE sha256 = ? AND status = 'done' "
                                           "AND stored IS NOT NULL", [sha]).fetchall()
            # A file that failed (an encrypted PDF sent without its password) is read again.
            known = self.writer.con.execute("SELECT 1 FROM documents WHERE sha256 = ? AND status = 'ok'",
                                            [sha]).fetchone() \
                and any(result_path(self.settings.uploads / k).is_file() for (k,) in kept)
            status = "done" if known else "queued"
            self.writer.con.execute(
                "INSERT INTO serve_jobs VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?)",
                [job_id, shown, stored, status, sha, now, now if known else None])
        if not known:
            self._queue.put((job_id, shown, stored, sha, password or None))
        return job_id

    def jobs(self, limit: int = 200) -> list[dict[str, Any]]:
        with self.read() as cur:
            rows = cur.execute(
                "SELECT j.id, j.name, j.status, j.sha256, COALESCE(j.error_code, d.error_code), "
                "COALESCE(j.error_message, d.error_message), j.created, d.status, "
                "(SELECT count(*) FROM findings f WHERE f.sha256 = j.sha256 AND f.severity = 'error'), "
                "(SELECT count(*) FROM findings f WHERE f.sha256 = j.sha256 AND f.severity = 'warning') "
                "FROM serve_jobs j LEFT JOIN documents d ON d.sha256 = j.sha256 "
                "ORDER BY j.created DESC, j.id LIMIT ?", [limit]).fetchall()
        out = []
        for jid, name, status, sha, code, message, created, doc_status, errors, warnings in rows:
            if status == "done" and doc_status == "error":
                status = "error"
            out.append({"id": jid, "name": name, "status": status, "sha256": sha, "error_code": code,
                        "error_message": message, "created": created.isoformat() if created else None,
                        "errors": errors, "warnings": warnings})
        return out

    def _dispatch(self) -> None:
        while not self._stop.is_set():
            item = self._queue.get()
            if item is None:
                return
            batch = [item]
            while True:  # everything queued meanwhile goes into the same pool
                try:
                    nxt = self._queue.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    self._stop.set()
                    break
                batch.append(nxt)
            by_password: dict[str | None, list[tuple[str, str, str, str, str | None]]] = {}
            for it in batch:
                by_password.setdefault(it[4], []).append(it)
            for password, items in by_password.items():
                self._run_batch(items, password)

    def _run_batch(self, items: list[tuple[str, str, str, str, str | None]], password: str | None) -> None:
        job_ids: dict[str, str] = {}
        jobs = []
        for job_id, name, stored, sha, _ in items:
            job_ids[stored] = job_id
            jobs.append(Job(self.settings.uploads / stored, sha, name))
        with self._lock:
            self.writer.con.execute("UPDATE serve_jobs SET status = 'reading' WHERE id IN (SELECT UNNEST(?))",
                                    [list(job_ids.values())])
        limits = self.settings.limits
        if password:
            from dataclasses import replace

            limits = replace(limits, password=password)

        def emit(job: Job, payload: Payload) -> None:
            if self._stop.is_set():  # closing: nothing more is written
                raise _Stopping
            self._commit(job_ids[job.path.name], payload)

        from lkjip.serve.work import read_upload

        try:
            run_local(jobs, self.settings.workers, limits, emit, work=read_upload, rules=self.settings.rules)
        except _Stopping:
            return
        except Exception as exc:  # the pool itself failed: every job left says so
            if self._stop.is_set():
                return
            with self._lock:
                left = self.writer.con.execute(
                    "SELECT id, name, sha256 FROM serve_jobs WHERE id IN (SELECT UNNEST(?)) AND status = 'reading'",
                    [list(job_ids.values())]).fetchall()
            for jid, name, sha in left:
                self._commit(jid, failed_payload(name, sha, "internal-error", f"{type(exc).__name__}: {exc}"))

    def _commit(self, job_id: str, payload: Payload) -> None:
        with self._lock:
            self.writer.write(payload)  # exactly as `lkjip ingest` writes it
            self.writer.con.execute("UPDATE serve_jobs SET status = 'done', finished = ? WHERE id = ?",
                                    [_now(), job_id])
        with self._results_lock:
            self._results.pop(payload["documents"]["sha256"], None)

    def wait_idle(self, timeout: float = 300.0) -> bool:
        """For tests and the load test: True once no job is queued or reading."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.read() as cur:
                n = cur.execute("SELECT count(*) FROM serve_jobs WHERE status IN ('queued', 'reading')").fetchone()
            if n and n[0] == 0:
                return True
            time.sleep(0.2)
        return False

    # -- documents ---------------------------------------------------------------------

    def document(self, sha: str) -> dict[str, Any] | None:
        with self.read() as cur:
            row = cur.execute("SELECT sha256, file, kind, status, error_code, error_message, pages, agency, "
                              "region, year, ingested_at FROM documents WHERE sha256 = ?", [sha]).fetchone()
        if row is None:
            return None
        keys = ("sha256", "file", "kind", "status", "error_code", "error_message", "pages", "agency",
                "region", "year", "ingested_at")
        doc = dict(zip(keys, row, strict=True))
        doc["identity"] = document_identity(doc["agency"], doc["region"], doc["year"], doc["file"])
        return doc

    def upload_of(self, sha: str) -> Path | None:
        """The kept upload of a document (only files this server stored under its own names)."""
        with self.read() as cur:
            row = cur.execute("SELECT stored FROM serve_jobs WHERE sha256 = ? AND stored IS NOT NULL "
                              "ORDER BY created LIMIT 1", [sha]).fetchone()
        if not row:
            return None
        path = self.settings.uploads / row[0]
        return path if path.is_file() else None

    def result(self, sha: str) -> DocumentResult | None:
        with self._results_lock:
            if sha in self._results:
                self._results.move_to_end(sha)
                return self._results[sha]
        from lkjip.serve.work import load_result

        upload = self.upload_of(sha)
        result = load_result(upload) if upload else None
        with self._results_lock:
            self._results[sha] = result
            while len(self._results) > 8:
                self._results.popitem(last=False)
        return result

    def findings(self, sha: str, identity: str) -> list[StoredFinding]:
        with self.read() as cur:
            rows = cur.execute("SELECT ord, rule, severity, title_en, title_id, message_en, message_id, page, "
                               "doubtful, evidence FROM findings WHERE sha256 = ? ORDER BY ord", [sha]).fetchall()
        out = [StoredFinding(ord=o, rule=rule, severity=sev, title={"en": te or "", "id": ti or te or ""},
                             message={"en": me or "", "id": mi or me or ""}, page=page, doubtful=bool(doubt),
                             evidence=json.loads(ev) if ev else [])
               for o, rule, sev, te, ti, me, mi, page, doubt, ev in rows]
        for f, fp in zip(out, fingerprints(((f.rule, f.evidence) for f in out), identity), strict=True):
            f.fingerprint = fp
        judged = self.judgements([f.fingerprint for f in out])
        for f in out:
            f.judgement = judged.get(f.fingerprint)
        return out

    def previous_version(self, doc: dict[str, Any]) -> dict[str, Any] | None:
        """The latest other readable document of the same identity stored before this one."""
        with self.read() as cur:
            rows = cur.execute("SELECT sha256, agency, region, year, file, ingested_at FROM documents "
                               "WHERE status = 'ok' AND sha256 <> ? AND ingested_at <= ? "
                               "ORDER BY ingested_at DESC", [doc["sha256"], doc["ingested_at"]]).fetchall()
        for sha, agency, region, year, file, _ in rows:
            if document_identity(agency, region, year, file) == doc["identity"]:
                return self.document(sha)
        return None

    # -- judgements --------------------------------------------------------------------

    def judge(self, fingerprint: str, identity: str, rule: str, verdict: str, note: str, auditor: str,
              sha: str) -> None:
        if verdict not in VERDICTS:
            raise ValueError(verdict)
        with self._lock:
            self.writer.con.execute("INSERT INTO judgements VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                    [fingerprint, identity, rule, verdict, note[:4000], auditor[:200], sha, _now()])

    def judgements(self, fps: list[str]) -> dict[str, dict[str, Any]]:
        with self.read() as cur:
            return latest_judgements(cur, fps)


class _Stopping(Exception):
    """Raised in the dispatcher once the workspace closes, to leave the batch."""


def _end_children() -> None:
    """Terminate this process's descendants (pool workers, the readers they started)."""
    try:
        import psutil
    except ImportError:  # without psutil: the pool's own processes only
        import multiprocessing

        for child in multiprocessing.active_children():
            child.terminate()
        return
    for child in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            child.terminate()


def _shown_name(name: str | None) -> str:
    """The name as shown: its last path part, printable, bounded. Never used as a path."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable())[:200].strip()
    return base or "upload"
