"""Why a document could not be read: a stable code and one line for people."""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any

from lkjip.bilingual import BilingualError

_PACKAGE = Path(__file__).resolve().parents[1]  # lkjip/

# lkjip's own failure, not the file's (exit code 6); the store retries it.
INTERNAL_ERROR = "internal-error"
# Codes are public (JSON `error.code`, the store's `error_code`): never rename one.
# Each has a line in English and in Bahasa Indonesia; a report shows the one `--lang` asks for.
CODE_TEXTS: dict[str, dict[str, str]] = {
    "not-found": {"en": "the file does not exist", "id": "berkas tidak ada"},
    "unsupported": {"en": "not a PDF or DOCX file", "id": "bukan berkas PDF atau DOCX"},
    "not-a-pdf": {"en": "the file is named .pdf but is not a PDF",
                  "id": "berkas bernama .pdf tetapi bukan PDF"},
    "not-a-docx": {"en": "the file is named .docx but is not a Word document",
                   "id": "berkas bernama .docx tetapi bukan dokumen Word"},
    "corrupt": {"en": "the file is damaged and cannot be parsed",
                "id": "berkas rusak dan tidak dapat diurai"},
    "encrypted": {"en": "the PDF is encrypted; give the password with --password",
                  "id": "PDF terenkripsi; berikan kata sandinya dengan --password"},
    "empty": {"en": "the file is empty or has no pages", "id": "berkas kosong atau tidak berhalaman"},
    "too-large": {"en": "the document exceeds a configured size or page limit",
                  "id": "dokumen melampaui batas ukuran atau jumlah halaman yang ditetapkan"},
    "timeout": {"en": "reading the document took longer than the configured time limit",
                "id": "pembacaan dokumen melampaui batas waktu yang ditetapkan"},
    "unsafe": {"en": "the file contains a construct lkjip refuses to expand (zip or XML entity bomb)",
               "id": "berkas memuat struktur yang tidak mau diurai lkjip (bom zip atau entitas XML)"},
    "crashed": {"en": "the reader process died on this file (a crash inside the PDF engine)",
                "id": "proses pembaca berhenti mendadak pada berkas ini (gangguan di dalam mesin PDF)"},
    INTERNAL_ERROR: {"en": "lkjip failed on this file: a fault in lkjip, not in the file (please report it)",
                     "id": "lkjip gagal pada berkas ini: kesalahan lkjip, bukan berkasnya (mohon laporkan)"},
}
ERROR_CODES: dict[str, str] = {code: texts["en"] for code, texts in CODE_TEXTS.items()}


class DocumentError(BilingualError):
    """A document that cannot be read: a stable `code` and a one-line message in each
    language (both or neither: without them, the code's own line)."""

    def __init__(self, code: str, en: str | None = None, id: str | None = None) -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"unknown document error code {code!r}")
        if (en is None) != (id is None):
            raise ValueError("a document error message needs both languages")
        self.code = code
        texts = CODE_TEXTS[code] if en is None or id is None else {"en": en, "id": id}
        self.message = texts["en"]
        super().__init__(texts["en"], texts["id"])
        self.args = (f"{code}: {self.message}",)

    def to_dict(self) -> dict[str, Any]:
        # `message` stays English (scripts and the store compare it); `messages` has both.
        return {"code": self.code, "message": self.message, "messages": dict(self.texts)}


def error_text(error: dict[str, Any] | None, lang: str) -> str:
    """The message of a document's `error` in `lang`: its own wording where it carries one,
    else the code's line (errors stored before `messages` existed, store-level codes)."""
    error = error or {}
    own = (error.get("messages") or {}).get(lang)
    if own:
        return str(own)
    code_text = CODE_TEXTS.get(str(error.get("code")), {})
    if lang != "en" and lang in code_text:
        return code_text[lang]
    return str(error.get("message") or code_text.get("en", ""))


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
                             + "; a fault in lkjip, not in the file: please report it",
                             f"lkjip gagal saat membaca berkas ini ({what}{at})"[:300]
                             + "; kesalahan lkjip, bukan berkasnya: mohon laporkan")
    return DocumentError("corrupt", f"the reader failed on this file ({what})"[:300],
                         f"pembaca gagal pada berkas ini ({what})"[:300])
