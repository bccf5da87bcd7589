"""Open any supported file as a SourceDocument, or fail with a DocumentError.

The file's first bytes decide how it is read, not its name: a text file named
.pdf is `not-a-pdf`, a PDF named .docx is still read as a PDF.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterable
from pathlib import Path

from lkjip.extract.errors import DocumentError
from lkjip.extract.limits import ReadLimits
from lkjip.extract.source import SourceDocument

SUPPORTED_SUFFIXES = (".pdf", ".docx")


def find_documents(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders walked for PDF and DOCX files, in a stable order."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES))
        else:
            out.append(p)
    return out


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sniff_kind(path: Path) -> str:
    """'pdf' or 'docx' from the content; raises DocumentError otherwise."""
    with path.open("rb") as fh:
        head = fh.read(1024)
    if not head:
        raise DocumentError("empty", "the file is empty (0 bytes)")
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as zf:
                if "word/document.xml" in zf.namelist():
                    return "docx"
        except zipfile.BadZipFile as exc:
            raise DocumentError("corrupt", "a damaged ZIP container (truncated DOCX?)") from exc
        raise DocumentError("unsupported", "a ZIP file that is not a Word document")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        raise DocumentError("not-a-pdf", "named .pdf but does not start with a PDF header")
    if suffix == ".docx":
        raise DocumentError("not-a-docx", "named .docx but is not a ZIP-based Word document")
    raise DocumentError("unsupported", f"not a PDF or DOCX file ({suffix or 'no extension'})")


def read_document(path: Path, limits: ReadLimits | None = None) -> SourceDocument:
    limits = limits or ReadLimits()
    if not path.exists():
        raise DocumentError("not-found", f"no such file: {path}")
    if not path.is_file():
        raise DocumentError("unsupported", f"not a regular file: {path}")
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise DocumentError("too-large", f"{size:,} bytes, over the limit of {limits.max_bytes:,} (--max-bytes)")
    kind = sniff_kind(path)
    sha = file_sha256(path)
    if kind == "pdf":
        from lkjip.extract.pdf_reader import read_pdf

        return read_pdf(path, sha, limits)
    from lkjip.extract.docx_reader import read_docx

    return read_docx(path, sha, limits)
