"""The per-document work of a batch: read, interpret, check, and flatten to rows.

Runs in a worker process (local pool or Dask worker), so it takes and returns plain
values only and never raises: whatever goes wrong becomes a document with status
"error" and a code, and the batch goes on.
"""

from __future__ import annotations

import os
import tempfile
import traceback
from pathlib import Path

from lkjip.extract.errors import INTERNAL_ERROR
from lkjip.extract.limits import ReadLimits
from lkjip.pipeline import RuleSelection, check_document
from lkjip.records import Extraction
from lkjip.store.rows import Payload, extraction_payload

# Store-level codes beside lkjip.extract.errors.ERROR_CODES: a bug (INTERNAL_ERROR, shared
# with the reader) or a worker that died is recorded against the document instead of
# stopping the batch.
WORKER_CRASHED = "worker-crashed"
INTERRUPTED = "interrupted"


def failed_payload(file: str, sha256: str, code: str, message: str) -> Payload:
    doc = Extraction(file=file, sha256=sha256, kind=None, pages=None, status="error",
                     error={"code": code, "message": message})
    return extraction_payload(doc, [], sha256)


def process_document(path: str, sha256: str, limits: ReadLimits | None = None,
                     display_name: str | None = None, rules: RuleSelection | None = None) -> Payload:
    """Extract and check one file, with the run's rule selection and settings (the same
    pipeline as `lkjip check`); `display_name` is what the store records as its file."""
    name = display_name or path
    try:
        result = check_document(Path(path), limits, rules)
        result.extraction.file = name
        for f in result.findings:
            f.file = name
        return extraction_payload(result.extraction, result.findings, sha256)
    except Exception as exc:  # a bug must not stop a batch of thousands
        last = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        where = f" at {Path(last.filename).name}:{last.lineno}" if last else ""
        return failed_payload(name, sha256, INTERNAL_ERROR,
                              f"lkjip failed on this document ({type(exc).__name__}: {exc}{where})")


def process_document_bytes(data: bytes, file_name: str, sha256: str,
                           limits: ReadLimits | None = None, rules: RuleSelection | None = None) -> Payload:
    """The same, for a worker that cannot see the client's files (a remote Dask worker)."""
    suffix = Path(file_name).suffix
    fd, tmp = tempfile.mkstemp(prefix="lkjip-", suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return process_document(tmp, sha256, limits, display_name=file_name, rules=rules)
    finally:
        Path(tmp).unlink(missing_ok=True)
