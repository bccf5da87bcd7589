"""What a batch has to do: the files under the given paths, keyed by content hash."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from lkjip.extract.readers import file_sha256
from lkjip.store.schema import TRANSIENT_ERRORS


@dataclass(frozen=True)
class Job:
    path: Path
    sha256: str
    name: str  # the file as the store records it (as given on the command line)
    error: tuple[str, str] | None = None  # (code, message) when the file cannot even be hashed


def _path_key(path: Path) -> str:
    return "path:" + hashlib.sha256(str(path.resolve()).encode()).hexdigest()


def make_job(path: Path) -> Job:
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            # A FIFO, socket or device named .pdf: opening it could block forever; never read.
            what = ("a FIFO" if stat.S_ISFIFO(mode) else "a folder" if stat.S_ISDIR(mode)
                    else "a device or socket")
            return Job(path, _path_key(path), str(path), ("unsupported", f"not a regular file ({what}): {path}"))
        return Job(path, file_sha256(path), str(path))
    except OSError as exc:
        # No content to hash: key the failure by the path so a rerun finds it again.
        code = "not-found" if isinstance(exc, FileNotFoundError) else "unreadable"
        return Job(path, _path_key(path), str(path), (code, f"{exc.strerror or exc}: {path}"))


def is_done(code: str | None, retry_failed: bool) -> bool:
    """Is a stored result final? A read document is; a permanent error is unless
    `retry_failed`; a transient one (timeout, crash, interruption) never is."""
    if code is None:
        return True
    return code not in TRANSIENT_ERRORS and not retry_failed


def plan_jobs(files: Iterable[Path], known: Mapping[str, str | None] | set[str], force: bool,
              retry_failed: bool = False) -> tuple[list[Job], list[Job]]:
    """(to do, skipped): a file whose hash is in the store with a final result, or repeats
    an earlier file, is skipped. `known` maps sha256 → stored error code (None: read)."""
    if not isinstance(known, Mapping):
        known = dict.fromkeys(known)
    todo: list[Job] = []
    skipped: list[Job] = []
    seen: set[str] = set()
    for path in files:
        job = make_job(path)
        if job.sha256 in seen or (job.sha256 in known and not force
                                  and is_done(known[job.sha256], retry_failed)):
            skipped.append(job)
            continue
        seen.add(job.sha256)
        todo.append(job)
    return todo, skipped
