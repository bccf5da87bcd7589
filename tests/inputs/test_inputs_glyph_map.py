"""A text layer whose fonts map glyphs to no real characters (a missing or broken
ToUnicode map) is judged garbage and the page is OCR'd instead (`pdf.glyph_map`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from lkjip.extract.errors import DocumentError
from lkjip.extract.limits import ReadLimits
from lkjip.extract.pdf.glyph_map import garbled_glyphs, unmapped_share, vowel_share
from lkjip.extract.pdf.text_layer import assess
from lkjip.extract.readers import read_document
from tests.inputs.glyph_maps import private_use_cmap, report_page_pdf, wrong_letters_cmap

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract missing: apt-get install tesseract-ocr tesseract-ocr-ind")

CMAPS = {"intact": None, "private-use": private_use_cmap(), "wrong letters": wrong_letters_cmap()}


def _made(tmp_path: Path, kind: str) -> Path:
    path = report_page_pdf(tmp_path / f"{kind.replace(' ', '-')}.pdf", CMAPS[kind])
    if path is None:
        pytest.skip("no TrueType font (DejaVuSans) installed to embed")
    return path


def _text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        textpage = pdf[0].get_textpage()
        return textpage.get_text_range()
    finally:
        pdf.close()


@pytest.mark.parametrize(("kind", "garbage"), [("intact", False), ("private-use", True), ("wrong letters", True)])
def test_fonts_without_a_usable_tounicode_map_are_garbage(tmp_path: Path, kind: str, garbage: bool) -> None:
    text = _text(_made(tmp_path, kind))
    assert (assess(text).kind == "garbage") is garbage
    assert (garbled_glyphs(text) is not None) is garbage


def test_symbol_bullets_and_acronyms_are_not_garbled() -> None:
    # Symbol-font bullets (U+F0B7) among prose, a table of codes and acronyms.
    prose = "\uf0b7 Realisasi anggaran program pelayanan administrasi perkantoran tahun 2022 " * 6
    assert unmapped_share(prose) < 0.05 and garbled_glyphs(prose) is None
    table = "SKPD BPKAD APBD 1.02.01 Program Peningkatan Kapasitas Sumber Daya Aparatur 98,25 % " * 6
    share = vowel_share(table)
    assert share is not None and share > 0.3 and garbled_glyphs(table) is None
    assert vowel_share("SKPD APBD 12") is None  # too few letters to judge


def test_garbled_page_is_not_read_without_ocr(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as info:
        read_document(_made(tmp_path, "private-use"), ReadLimits(ocr=False))
    assert "no usable text layer" in str(info.value)


@needs_tesseract
@pytest.mark.slow
def test_garbled_page_is_read_by_ocr_with_its_doubt(tmp_path: Path) -> None:
    doc = read_document(_made(tmp_path, "wrong letters"), ReadLimits(ocr_workers=1))
    page = doc.pages[0]
    assert page.source == "ocr" and page.char_confidence is not None
    assert "anggaran" in page.text.lower() and "1.234.567.000" in page.text
