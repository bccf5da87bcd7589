"""Read a PDF into pages (text + character boxes, via pdfium) and ruled tables."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

from lkjip.extract.errors import DocumentError
from lkjip.extract.limits import ReadLimits
from lkjip.extract.pdf_ruling import page_edges
from lkjip.extract.pdf_tables import page_tables
from lkjip.extract.source import Page, RawTable, SourceDocument
from lkjip.extract.table_continuation import join_continued_tables

# pdfium marks a soft hyphen / generated hyphen with these; print them as '-'.
_HYPHENS = {"\x02": "-", "\ufffe": "-", "\xad": "-"}
# Enough vertical and horizontal rules to frame at least a 2×2 grid.
_MIN_RULES_FOR_TABLE = 6


def open_pdf(path: Path, limits: ReadLimits) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path), password=limits.password)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text or "security" in text:
            raise DocumentError("encrypted", "the PDF is encrypted; give its password with --password") from exc
        if "format" in text or "not found" in text or "header" in text:
            raise DocumentError("corrupt", f"pdfium cannot parse the file ({exc})") from exc
        raise DocumentError("corrupt", f"pdfium cannot parse the file ({exc})") from exc


def read_page_text(pdf_page: pdfium.PdfPage, number: int) -> Page:
    width, height = pdf_page.get_size()
    textpage = pdf_page.get_textpage()
    try:
        n = textpage.count_chars()
        raw = textpage.get_text_range(0, n) if n > 0 else ""
        chars: list[str] = []
        boxes = np.full((len(raw), 4), np.nan, dtype=np.float32)
        keep = 0
        for i, ch in enumerate(raw):
            if ch == "\r":
                continue  # pdfium ends lines with \r\n; keep only \n
            ch = _HYPHENS.get(ch, ch)
            if (ch != "\n" and not ch.isspace()) or ch == " ":
                left, bottom, right, top = textpage.get_charbox(i)
                if right > left or top > bottom:
                    boxes[keep] = (left, height - top, right, height - bottom)
            chars.append(ch)
            keep += 1
    finally:
        textpage.close()
    return Page(number=number, width=width, height=height, text="".join(chars),
                char_boxes=boxes[:keep], source="text", rotation=pdf_page.get_rotation())


def read_pdf(path: Path, sha256: str, limits: ReadLimits) -> SourceDocument:
    started = time.monotonic()
    pdf = open_pdf(path, limits)
    try:
        count = len(pdf)
        if count == 0:
            raise DocumentError("empty", "the PDF has no pages")
        if count > limits.max_pages:
            raise DocumentError("too-large", f"{count} pages, over the limit of {limits.max_pages} (--max-pages)")
        pages: list[Page] = []
        tables: list[RawTable] = []
        for index in range(count):
            if time.monotonic() - started > limits.timeout_s:
                raise DocumentError("timeout", f"reading stopped after {limits.timeout_s:.0f} s at page {index + 1} of {count} (--timeout)")
            pdf_page = pdf[index]
            try:
                page = read_page_text(pdf_page, index + 1)
                edges = page_edges(pdf_page)
            finally:
                pdf_page.close()
            page.has_ruling = len(edges) >= _MIN_RULES_FOR_TABLE
            if page.has_ruling:
                tables.extend(page_tables(page, edges))
            pages.append(page)
        return SourceDocument(file=str(path), sha256=sha256, kind="pdf", page_count=count,
                              pages=pages, tables=join_continued_tables(tables, pages))
    finally:
        pdf.close()
