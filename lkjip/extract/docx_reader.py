"""Placeholder until the DOCX reader lands (being written now)."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.errors import DocumentError
from lkjip.extract.limits import ReadLimits
from lkjip.extract.source import SourceDocument


def read_docx(path: Path, sha256: str, limits: ReadLimits) -> SourceDocument:
    raise DocumentError("unsupported", "DOCX reading is not available yet")
