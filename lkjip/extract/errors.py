"""Why a document could not be read: a stable code and one line for people."""

from __future__ import annotations

import traceback
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]  # lkjip/

# lkjip's own failure, not the file's (exit code 6); the store retries it.
INTERNAL_ERROR = "internal-error"
# Codes are public (JSON `error.code`, the store's `error_code`): never rename one.
ERROR_CODES: dict[str, str] = {
    "not-found": "the file does not exist",
    "unsupported": "not a PDF or DOCX file",
    "not-a-pdf": "the file is named .pdf but is not a PDF",
    "not-a-docx": "the file is named .docx but is not a Word document",
    "corrupt": "the file is damaged and cannot be parsed",
    "encrypted": "the PDF is encrypted; give the password with --password",
    "empty": "the file is empty or has no pages",
    "too-large": "the document exceeds a configured size or page limit",
    "timeout": "reading the document took longer than the configured time limit",
    "unsafe": "the file contains a construct lkjip refuses to expand (zip or XML entity bomb)",
    "crashed": "the reader process died on this file (a crash inside the PDF engine)",
    INTERNAL_ERROR: "lkjip failed on this file: a fault in lkjip, not in the file (please report it)",
}


class DocumentError(Exception):
    """A document that cannot be read. Carries a stable `code` and a one-line `message`."""

    def __init__(self, code: str, message: str | None = None) -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"unknown document error code {code!r}")
        self.code = code
        self.message = message or ERROR_CODES[code]
        super().__init__(f"{code}: {self.message}")

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


def _raised_in_lkjip(exc: BaseException) -> tuple[bool, str]:
    """Whether the innermost frame of `exc` is lkjip's own code, and "file.py:line" there."""
    frames = traceback.extract_tb(exc.__traceback__) if exc.__traceback__ else []
    if not frames:
        return True, ""
    last = frames[-1]
    try:
        ours = Path(last.filename).resolve().is_relative_to(_PACKAGE)
    except (OSError, ValueError):
        ours = False
    return ours, f"{Path(last.filename).name}:{last.lineno}"


def error_from_exception(exc: Exception) -> DocumentError:
    """An exception no reader turned into a DocumentError. Raised inside a parsing library,
    the library choked on the file's content: `corrupt`. Raised in lkjip's own code, or a
    module that failed to import, it is lkjip's fault and not the file's: `internal-error`
    (transient in the store, so the next ingest with a fixed lkjip reads it again)."""
    ours, where = _raised_in_lkjip(exc)
    first = str(exc).splitlines()[0] if str(exc) else ""
    what = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
    if ours or isinstance(exc, ImportError):
        at = f", at {where}" if where else ""
        return DocumentError(INTERNAL_ERROR, f"lkjip failed while reading this file ({what}{at})"[:300]
                             + "; a fault in lkjip, not in the file: please report it")
    return DocumentError("corrupt", f"the reader failed on this file ({what})"[:300])
