"""Bounds on what one document may cost, so a hostile file cannot hang a batch."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadLimits:
    max_bytes: int = 300 * 1024 * 1024
    max_pages: int = 2000
    timeout_s: float = 600.0
    # DOCX: cap on the decompressed size of the parts read, against zip bombs.
    max_docx_uncompressed: int = 200 * 1024 * 1024
    password: str | None = None
    ocr: bool = True
    ocr_dpi: int = 200
