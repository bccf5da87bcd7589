"""`lkjip ingest`: put every PDF/DOCX under some paths into a store, resumably.

The parent hashes the files and skips those already committed (unless forced); workers
(local processes or a Dask cluster) extract and check; the parent alone writes, one
transaction per document, as results arrive. Kill it at any moment and run it again:
it carries on with the documents that are not in the store yet.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lkjip.extract.limits import ReadLimits
from lkjip.extract.readers import find_documents
from lkjip.pipeline import RuleSelection
from lkjip.store.jobs import Job, plan_jobs
from lkjip.store.progress import BatchProgress
from lkjip.store.rows import Payload
from lkjip.store.work import failed_payload
from lkjip.store.writer import StoreWriter


@dataclass
class IngestSummary:
    found: int = 0
    ingested: int = 0
    skipped: int = 0
    errors: dict[str, str] = field(default_factory=dict)  # file → error code
    pages: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.ingested / self.seconds if self.seconds else 0.0
        return (f"{self.ingested} ingested ({len(self.errors)} with errors), {self.skipped} already in "
                f"the store, {self.pages} pages in {self.seconds:.1f} s ({rate:.2f} documents/s)")


def _path(job: Job) -> str:
    """What identifies a file across versions: its absolute path."""
    return os.path.abspath(job.path)


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def ingest(paths: Iterable[Path], db: Path, *, workers: int | None = None, scheduler: str | None = None,
           force: bool = False, limits: ReadLimits | None = None, rules: RuleSelection | None = None,
           progress: bool | None = None, log: Callable[[str], None] | None = None,
           retry_failed: bool = False) -> IngestSummary:
    """`rules` are the run's rule selection and settings (lkjip.toml), as `lkjip check` uses
    them; `log`, when given, hears one line per committed document (for CI logs). A document
    stored with a transient error (timeout, crash) is read again; with a permanent one
    (corrupt, encrypted …) only when `retry_failed`."""
    started = time.monotonic()
    summary = IngestSummary()
    files = find_documents(paths)
    summary.found = len(files)
    with StoreWriter(db) as writer:
        todo, skipped = plan_jobs(files, writer.known_status(), force, retry_failed)
        summary.skipped = len(skipped)
        for job in skipped:  # a file put back to an earlier content: that version is the latest again
            if not job.error:
                writer.mark_latest(_path(job), job.sha256)

        with BatchProgress(len(todo), enabled=progress) as bar:
            def emit(job: Job, payload: Payload) -> None:
                writer.write(payload, path=_path(job))
                doc = payload["documents"]
                summary.ingested += 1
                summary.pages += doc["pages"] or 0
                if doc["status"] != "ok":
                    summary.errors[job.name] = doc["error_code"]
                bar.advance(Path(job.name).name)
                if log is not None:
                    status = "ok" if doc["status"] == "ok" else f"error {doc['error_code']}"
                    log(f"committed {job.sha256[:12]} {status} {job.name}")

            runnable = []
            for job in todo:
                if job.error:
                    emit(job, failed_payload(job.name, job.sha256, *job.error))
                else:
                    runnable.append(job)
            if scheduler:
                from lkjip.store.dask_runner import run_on_dask

                run_on_dask(scheduler, runnable, limits, emit, rules=rules)
            else:
                from lkjip.store.local_runner import run_local

                run_local(runnable, workers or default_workers(), limits, emit, rules=rules)
    summary.seconds = time.monotonic() - started
    return summary
