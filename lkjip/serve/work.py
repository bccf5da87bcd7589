"""One upload's work in a pool worker: the pipeline `lkjip ingest` runs, plus the full result.

The store holds rows (what `lkjip ingest` writes); a document's page also shows what only
the whole run has (coverage, the extracted tables, the downloadable reports). So the worker
runs `check_document` once, exactly as `lkjip.store.work.process_document` does, returns
the same payload for the single writer and keeps the result beside the upload.
"""

from __future__ import annotations

import pickle
import traceback
from pathlib import Path

from lkjip.extract.limits import ReadLimits
from lkjip.pipeline import RuleSelection, check_document
from lkjip.results import DocumentResult
from lkjip.store.rows import Payload, extraction_payload
from lkjip.store.work import INTERNAL_ERROR, failed_payload


def result_path(upload: Path) -> Path:
    """Where the full result of an upload is kept (a generated name, like the upload's)."""
    return upload.with_name(upload.stem + ".result.pickle")


def read_upload(path: str, sha256: str, limits: ReadLimits | None = None,
                display_name: str | None = None, rules: RuleSelection | None = None) -> Payload:
    """`run_local`'s work: never raises; a failure is a document with status "error"."""
    name = display_name or path
    try:
        result = check_document(Path(path), limits, rules)
        result.extraction.file = name
        for f in result.findings:
            f.file = name
        payload = extraction_payload(result.extraction, result.findings, sha256)
        keep = result_path(Path(path))
        tmp = keep.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(keep)
        return payload
    except Exception as exc:  # a bug must not stop the other uploads
        last = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        where = f" at {Path(last.filename).name}:{last.lineno}" if last else ""
        return failed_payload(name, sha256, INTERNAL_ERROR,
                              f"lkjip failed on this document ({type(exc).__name__}: {exc}{where})")


def load_result(upload: Path) -> DocumentResult | None:
    """The kept result, its file pointed at the upload so pages can be rendered from it.
    Only files this server wrote are unpickled (generated names in its own folder)."""
    keep = result_path(upload)
    if not keep.is_file():
        return None
    try:
        with keep.open("rb") as fh:
            result: DocumentResult = pickle.load(fh)
    except Exception:  # kept by another lkjip version: the page shows the store's rows only
        return None
    result.extraction.file = str(upload)
    for f in result.findings:
        f.file = str(upload)
    return result
