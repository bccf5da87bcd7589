"""What a batch has to do: the files under the given paths, keyed by content hash."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lkjip.extract.readers import file_sha256


@dataclass(frozen=True)
class Job:
    path: Path
    sha256: str
    name: str  # the file as the store records it (as given on the command line)
    error: tuple[str, str] | None = None  # (code, message) when the file cannot even be hashed


def make_job(path: Path) -> Job:
    try:
        return Job(path, file_sha256(path), str(path))
    except OSError as exc:
        # No content to hash: key the failure by the path so a rerun finds it again.
        key = "path:" + hashlib.sha256(str(path.resolve()).encode()).hexdigest()
        code = "not-found" if isinstance(exc, FileNotFoundError) else "unreadable"
        return Job(path, key, str(path), (code, f"{exc.strerror or exc}: {path}"))


def plan_jobs(files: Iterable[Path], known: set[str], force: bool) -> tuple[list[Job], list[Job]]:
    """(to do, skipped): a file whose hash is in the store, or repeats an earlier file, is skipped."""
    todo: list[Job] = []
    skipped: list[Job] = []
    seen: set[str] = set()
    for path in files:
        job = make_job(path)
        if job.sha256 in seen or (job.sha256 in known and not force):
            skipped.append(job)
            continue
        seen.add(job.sha256)
        todo.append(job)
    return todo, skipped
