"""Run the per-document work in local worker processes; hand each result to the writer.

A worker that dies (a segfault in a native PDF library, the OOM killer) breaks the whole
pool and every document in flight with it. Those documents are rerun one at a time in a
fresh pool: the one that breaks its pool alone is recorded as `worker-crashed`, the
others are extracted normally.
"""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from lkjip import process_guard
from lkjip.extract.limits import ReadLimits
from lkjip.pipeline import RuleSelection
from lkjip.store.jobs import Job
from lkjip.store.rows import Payload
from lkjip.store.work import INTERNAL_ERROR, WORKER_CRASHED, failed_payload, process_document

Emit = Callable[[Job, Payload], None]


def _ignore_sigint() -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides what it means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker dies with its parent (the forkserver, which dies with the ingest parent).
    process_guard.arm_pool_worker()


class Terminated(KeyboardInterrupt):
    """SIGTERM to the ingest parent: stop like Ctrl-C (workers terminated, nothing half-written)."""


@contextlib.contextmanager
def _sigterm_stops() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise Terminated(f"signal {signum}")

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def run_local(jobs: Iterable[Job], workers: int, limits: ReadLimits | None, emit: Emit,
              work: Callable[..., Payload] = process_document, rules: RuleSelection | None = None) -> None:
    """`work(path, sha256, limits, name, rules)` runs in the workers; it must be importable there."""
    queue: deque[tuple[Job, bool]] = deque((job, False) for job in jobs)  # (job, run alone)
    workers = max(1, workers)
    # Each worker reading a scan OCRs its pages in a thread pool: share the cores, so
    # `--workers` bounds the Tesseract processes too.
    limits = limits or ReadLimits()
    if limits.ocr_workers is None:
        limits = dataclasses.replace(limits, ocr_workers=max(1, (os.cpu_count() or 1) // workers))
    # forkserver: workers fork from a clean process (no DuckDB or progress-bar threads),
    # with lkjip already imported once.
    context = multiprocessing.get_context("forkserver")
    # The forkserver imports process_guard first: it then dies with this process.
    os.environ[process_guard.ENV_PARENT] = str(os.getpid())
    context.set_forkserver_preload(["lkjip.process_guard", "lkjip.store.work"])
    with _sigterm_stops():
        _run(queue, workers, context, limits, emit, work, rules)


def _run(queue: deque[tuple[Job, bool]], workers: int, context: multiprocessing.context.BaseContext,
         limits: ReadLimits | None, emit: Emit, work: Callable[..., Payload],
         rules: RuleSelection | None) -> None:
    while queue:
        retry: list[Job] = []
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_ignore_sigint)
        inflight: dict[Future[Payload], tuple[Job, bool]] = {}
        try:
            while queue or inflight:
                # Keep every worker busy plus one queued, so the pool never idles on the writer.
                while queue and len(inflight) < workers + 1:
                    job, alone = queue[0]
                    if alone and inflight:
                        break
                    queue.popleft()
                    try:
                        fut = pool.submit(work, str(job.path), job.sha256, limits, job.name, rules)
                    except BrokenProcessPool:
                        retry.append(job)
                        break
                    inflight[fut] = (job, alone)
                    if alone:
                        break
                if retry:
                    retry.extend(job for job, _ in inflight.values())
                    inflight.clear()
                    break
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                for fut in done:
                    job, alone = inflight.pop(fut)
                    try:
                        payload = fut.result()
                    except BrokenProcessPool:
                        if alone:
                            emit(job, failed_payload(job.name, job.sha256, WORKER_CRASHED,
                                                     "the worker process died while reading this document"))
                        else:
                            retry.append(job)
                        continue
                    except Exception as exc:  # e.g. a result that cannot be pickled
                        payload = failed_payload(job.name, job.sha256, INTERNAL_ERROR,
                                                 f"{type(exc).__name__}: {exc}")
                    emit(job, payload)
                if retry:
                    # The pool is broken: everything still in flight died with it.
                    retry.extend(job for job, _ in inflight.values())
                    inflight.clear()
                    break
        except KeyboardInterrupt:
            # Ctrl-C: stop now. What was committed stays; the next run carries on from there.
            for process in list(getattr(pool, "_processes", {}).values()):  # no public terminate in 3.11
                process.terminate()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        finally:
            pool.shutdown(wait=not retry, cancel_futures=True)
        queue.extendleft((job, True) for job in reversed(retry))
