"""Bounds on what one document may cost, so a hostile file cannot hang a batch."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadLimits:
    max_bytes: int = 300 * 1024 * 1024
    max_pages: int = 2000
    # Wall-clock seconds for one document. Checked between pages in-process; enforced
    # by killing the reader when it runs in a subprocess (`lkjip.extract.isolation`).
    timeout_s: float = 600.0
    # Seconds each page sent to OCR adds to `timeout_s`: a long scan is slow, not hung. A
    # page that hangs still stops the document, since pages are queued only a few ahead.
    ocr_page_s: float = 20.0
    # Address-space cap of an isolated reader (pdfium, OpenCV and Tesseract included).
    max_memory_mb: int = 4096
    # DOCX: caps against zip bombs, checked on the ZIP's declared sizes before any
    # part is decompressed (a ZIP member cannot inflate past its declared size).
    max_docx_uncompressed: int = 200 * 1024 * 1024
    max_zip_members: int = 2000
    # Real Word XML compresses about 10:1; bombs compress 1000:1 and more.
    max_compression_ratio: float = 200.0
    password: str | None = None
    ocr: bool = True
    # Tables pasted into text pages as pictures, read by the line recogniser
    # (`pdf.picture_reading`); apart from `ocr`, which is about pages without text.
    pictures: bool = True
    ocr_dpi: int = 200
    ocr_lang: str = "ind"
    # Pages OCR'd at once (each a Tesseract process); None: the cores, at most 4. A batch
    # that reads several documents in parallel gives each a share of the cores.
    ocr_workers: int | None = None
    # Table engines after the vector lattice (CLI --tables): "auto" reads the rendered
    # page's rules where the vector rulings frame a grid that did not come out whole;
    # "always" reads the rendered page and runs camelot on every page with text (for a
    # grid drawn as an image); "off" keeps the vector lattice alone.
    second_engine: str = "auto"  # "auto" | "always" | "off"

    def seconds_for(self, ocr_pages: int) -> float:
        """The document's time: `timeout_s` and `ocr_page_s` for each page it had OCR'd."""
        return self.timeout_s + max(ocr_pages, 0) * self.ocr_page_s
