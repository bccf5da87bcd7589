"""Why a document could not be read: a stable code and one line for people."""

from __future__ import annotations

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
