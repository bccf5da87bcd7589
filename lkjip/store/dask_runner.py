"""Run the per-document work on an existing Dask distributed cluster.

The client reads each file and ships its bytes with the task, so workers need no shared
file system; they return the same plain payload as local workers and the client stays
the single writer of the store. At most a few documents per worker thread are in flight,
so a corpus larger than the client's memory streams through.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lkjip.extract.limits import ReadLimits
from lkjip.pipeline import RuleSelection
from lkjip.store.jobs import Job
from lkjip.store.local_runner import Emit
from lkjip.store.work import (
    INTERNAL_ERROR,
    INTERRUPTED,
    WORKER_CRASHED,
    failed_payload,
    process_document_bytes,
)


class SchedulerError(Exception):
    """The Dask scheduler cannot be reached, or Dask is not installed."""


_ADDRESS = re.compile(r"(?:(?:tcp|tls|ws|wss|ucx|inproc)://)?\[?[\w.\-:]+\]?:\d{1,5}/?"
                      r"|(?:tcp|tls|ws|wss|ucx|inproc)://[\w.\-]+/?")


def check_scheduler_address(address: str) -> None:
    """A usage error before anything starts: `tcp://HOST:PORT` (or HOST:PORT)."""
    if not _ADDRESS.fullmatch(address.strip()):
        raise SchedulerError(f"--scheduler {address!r} is not a Dask scheduler address; "
                             "give tcp://HOST:PORT (e.g. tcp://10.0.0.5:8786)")


def run_on_dask(address: str, jobs: Iterable[Job], limits: ReadLimits | None, emit: Emit,
                connect_timeout: float = 10.0, rules: RuleSelection | None = None) -> None:
    try:
        from distributed import Client, as_completed
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker
    except ImportError as exc:
        raise SchedulerError("--scheduler needs Dask: pip install 'lkjip[dask]'") from exc
    try:
        check_scheduler_address(address)
        client = Client(address, timeout=connect_timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        threads = sum(client.nthreads().values()) or 1
        window = 2 * threads
        pending = iter(jobs)
        owner: dict[str, Job] = {}
        futures = as_completed()

        def submit_next() -> bool:
            job = next(pending, None)
            while job is not None:
                try:
                    data = job.path.read_bytes()
                    break
                except OSError as exc:
                    emit(job, failed_payload(job.name, job.sha256, "unreadable", str(exc)))
                    job = next(pending, None)
            if job is None:
                return False
            fut = client.submit(process_document_bytes, data, job.name, job.sha256, limits, rules,
                                pure=False, key=f"lkjip-{job.sha256[:16]}-{len(owner)}")
            owner[fut.key] = job
            futures.add(fut)
            return True

        for _ in range(window):
            if not submit_next():
                break
        for fut in futures:
            job = owner.pop(fut.key)
            try:
                payload = fut.result()
            except KilledWorker:
                payload = failed_payload(job.name, job.sha256, WORKER_CRASHED,
                                         "Dask workers died while reading this document")
            except FutureCancelledError as exc:
                payload = failed_payload(job.name, job.sha256, INTERRUPTED,
                                         f"the task was cancelled before it finished ({exc}); the next ingest retries it")
            except Exception as exc:
                payload = failed_payload(job.name, job.sha256, INTERNAL_ERROR,
                                         f"{type(exc).__name__}: {exc}")
            fut.release()
            emit(job, payload)
            submit_next()
    finally:
        client.close()
