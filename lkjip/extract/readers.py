"""Open any supported file as a SourceDocument, or fail with a DocumentError.

The file's first bytes decide how it is read, not its name: a text file named
.pdf is `not-a-pdf`, a PDF named .docx is still read as a PDF. Each kind of document
has one `Reader` in `READERS`.
"""

from __future__ import annotations

import hashlib
import importlib
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from lkjip.extract.errors import DocumentError
from lkjip.extract.limits import ReadLimits
from lkjip.extract.source import SourceDocument


@dataclass(frozen=True)
class Reader:
    """One kind of document lkjip reads.

    `claims(head, path)` decides from the file's first bytes whether it is this kind;
    `read` names the function (imported when first needed: readers pull in heavy
    libraries) that turns it into a SourceDocument; a file named with one of `suffixes`
    that no reader claims gets `misnamed` (code, English message, Indonesian message).
    """

    kind: str
    suffixes: tuple[str, ...]
    claims: Callable[[bytes, Path], bool]
    read: str  # "module:function"
    misnamed: tuple[str, str, str]

    def load(self) -> Callable[[Path, str, ReadLimits], SourceDocument]:
        module, function = self.read.split(":")
        return getattr(importlib.import_module(module), function)


def _is_pdf(head: bytes, path: Path) -> bool:
    return b"%PDF-" in head


def _is_docx(head: bytes, path: Path) -> bool:
    if not head.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(path) as zf:
            return "word/document.xml" in zf.namelist()
    except zipfile.BadZipFile as exc:
        raise DocumentError("corrupt", "a damaged ZIP container (truncated DOCX?)",
                            "wadah ZIP yang rusak (DOCX terpotong?)") from exc


# The registry: adding a document kind is its reader package plus one line here.
READERS: tuple[Reader, ...] = (
    Reader("pdf", (".pdf",), _is_pdf, "lkjip.extract.pdf.reader:read_pdf",
           ("not-a-pdf", "named .pdf but does not start with a PDF header",
            "bernama .pdf tetapi tidak diawali kepala PDF")),
    Reader("docx", (".docx",), _is_docx, "lkjip.extract.docx.reader:read_docx",
           ("not-a-docx", "named .docx but is not a ZIP-based Word document",
            "bernama .docx tetapi bukan dokumen Word berbasis ZIP")),
)
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(s for r in READERS for s in r.suffixes)


def find_documents(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders walked for the files a reader handles, in a stable order."""
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


def _zip_holds(path: Path, member: str) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return member in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def reader_for(path: Path) -> Reader:
    """The reader whose kind the content shows; raises DocumentError otherwise."""
    with path.open("rb") as fh:
        head = fh.read(1024)
    if not head:
        raise DocumentError("empty", "the file is empty (0 bytes)", "berkas kosong (0 bita)")
    for reader in READERS:
        if reader.claims(head, path):
            return reader
    if head.startswith(b"PK"):
        if _zip_holds(path, "xl/workbook.xml"):
            raise DocumentError("unsupported", "an Excel workbook (.xlsx): lkjip reads PDF and DOCX; print or "
                                "export the sheet to PDF to check it",
                                "buku kerja Excel (.xlsx): lkjip membaca PDF dan DOCX; cetak atau ekspor "
                                "lembarnya ke PDF untuk memeriksanya")
        raise DocumentError("unsupported", "a ZIP file that is not a Word document",
                            "berkas ZIP yang bukan dokumen Word")
    suffix = path.suffix.lower()
    for reader in READERS:
        if suffix in reader.suffixes:
            raise DocumentError(*reader.misnamed)
    raise DocumentError("unsupported", f"not a PDF or DOCX file ({suffix or 'no extension'})",
                        f"bukan berkas PDF atau DOCX ({suffix or 'tanpa ekstensi'})")


def sniff_kind(path: Path) -> str:
    """'pdf' or 'docx' from the content; raises DocumentError otherwise."""
    return reader_for(path).kind


def read_document(path: Path, limits: ReadLimits | None = None) -> SourceDocument:
    limits = limits or ReadLimits()
    if not path.exists():
        raise DocumentError("not-found", f"no such file: {path}", f"berkas tidak ada: {path}")
    if not path.is_file():
        raise DocumentError("unsupported", f"not a regular file: {path}", f"bukan berkas biasa: {path}")
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise DocumentError("too-large", f"{size:,} bytes, over the limit of {limits.max_bytes:,} (--max-bytes)",
                            f"{size:,} bita, melebihi batas {limits.max_bytes:,} (--max-bytes)")
    reader = reader_for(path)
    return reader.load()(path, file_sha256(path), limits)
