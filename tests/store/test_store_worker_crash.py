"""A worker process that dies takes only its own document down; the batch goes on."""

from __future__ import annotations

from pathlib import Path

from lkjip.store.jobs import make_job
from lkjip.store.local_runner import run_local
from tests.store.store_builders import crash_on_crash_pdf


def test_a_dying_worker_is_recorded_and_the_rest_is_extracted(tmp_path: Path) -> None:
    # Small files keep the test about the runner: a and b are read (and found not to be
    # PDFs) by the real per-document work; crash.pdf kills its worker process.
    files = []
    for name in ("a.pdf", "crash.pdf", "b.pdf"):
        target = tmp_path / name
        target.write_text(f"not a pdf: {name}")
        files.append(target)
    results: dict[str, tuple[str, str | None]] = {}

    def emit(job, payload) -> None:  # type: ignore[no-untyped-def]
        doc = payload["documents"]
        results[Path(job.name).name] = (doc["status"], doc["error_code"])

    run_local([make_job(f) for f in files], 2, None, emit, work=crash_on_crash_pdf)
    assert results == {"a.pdf": ("error", "not-a-pdf"), "b.pdf": ("error", "not-a-pdf"),
                       "crash.pdf": ("error", "worker-crashed")}
