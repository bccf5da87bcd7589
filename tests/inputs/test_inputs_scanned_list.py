"""Borderless program lists of a scanned Perjanjian Kinerja ("Program … Anggaran Rp …",
then "JUMLAH Rp …", no ruling) read from OCR'd words, their doubts kept on the amounts."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from lkjip.checks.rule import CheckConfig
from lkjip.checks.runner import run_checks
from lkjip.extract.interpret.budget.program_list import program_list_rows
from lkjip.extract.interpret.document import interpret
from lkjip.extract.ocr.rows import visual_rows
from lkjip.extract.readers import read_document
from lkjip.extract.source import Page, SourceDocument
from lkjip.numbers import NumberStyle
from tests.inputs.scans import scanned_rendition

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract missing: apt-get install tesseract-ocr tesseract-ocr-ind")


def ocr_page(words: list[tuple[float, float, str, float]], number: int = 3) -> Page:
    """An OCR'd page as Tesseract gives it: each (x, top, text, confidence) its own line,
    in the order given (a block per column), characters 5 pt wide and 10 pt high."""
    text, boxes, confs = "", [], []
    for i, (x, top, word, conf) in enumerate(words):
        if i:
            text += "\n"
            boxes.append([np.nan] * 4)
            confs.append(np.nan)
        for j, _ in enumerate(word):
            boxes.append([x + 5 * j, top, x + 5 * j + 5, top + 10])
            confs.append(np.nan if word[j] == " " else conf)
        text += word
    page = Page(number=number, width=595, height=842, text=text, source="ocr",
                char_boxes=np.array(boxes, dtype=np.float32).reshape(-1, 4))
    page.char_confidence = np.array(confs, dtype=np.float32)
    return page


# The left column read as one block, the amounts as another (Tesseract's blocks).
PK_LIST = [
    (60, 400, "Program", 95), (400, 398, "Anggaran", 95), (520, 398, "Keterangan", 95),
    (60, 420, "1. Program Pelayanan Administrasi Perkantoran", 93),
    (60, 440, "2. Program Peningkatan Sarana Dan Prasarana", 93),
    (75, 452, "Aparatur", 93),
    (60, 470, "3. Program Peningkatan Kapabilitas APIP", 93),
    (200, 500, "JUMLAH", 95),
    (330, 420, "Rp.", 90), (330, 440, "Rp.", 90), (330, 470, "Rp.", 90), (330, 500, "Rp.", 90),
    (420, 421, "1.393.499.080,00", 92), (420, 441, "916.730.450,00", 71), (420, 471, "37.697.500,00", 93),
    (420, 501, "2.347.927.030,00", 92),
    (530, 420, "APBD", 90), (530, 440, "APBD", 90), (530, 470, "APBD", 90),
]


def test_ocr_words_regrouped_into_printed_rows() -> None:
    page = visual_rows(ocr_page(PK_LIST))
    lines = [line.text for line in page.lines()]
    assert lines[0] == "Program Anggaran Keterangan"
    assert lines[1] == "1. Program Pelayanan Administrasi Perkantoran Rp. 1.393.499.080,00 APBD"
    assert lines[-1] == "JUMLAH Rp. 2.347.927.030,00"
    # Each character keeps its box and its word's confidence.
    at = page.text.index("916.730.450,00")
    assert page.confidence_of(at, at + 14) == 71.0
    assert page.bbox_of(at, at + 3) == (420.0, 441.0, 435.0, 451.0)


def test_scanned_pk_list_with_jumlah_keeps_ocr_confidence_and_leaves_notes_out() -> None:
    source = SourceDocument(file="pk.pdf", sha256="0", kind="pdf", page_count=3, pages=[ocr_page(PK_LIST)],
                            tables=[])
    rows = program_list_rows(source, NumberStyle.ID)
    assert [(r.level, r.code, r.name, r.anggaran) for r in rows] == [
        ("program", "1", "Program Pelayanan Administrasi Perkantoran", 1_393_499_080),
        ("program", "2", "Program Peningkatan Sarana Dan Prasarana Aparatur", 916_730_450),
        ("program", "3", "Program Peningkatan Kapabilitas APIP", 37_697_500),
        ("total", None, "", 2_347_927_030)]
    assert rows[-1].level_evidence == "word" and all(r.parent == 3 for r in rows[:-1])
    amounts = [r.cells["anggaran"] for r in rows]
    assert [c.confidence for c in amounts] == [92.0, 71.0, 93.0, 92.0]
    assert [c.text for c in amounts][1] == "916.730.450,00"  # no "Rp.", no "APBD"


def test_scanned_list_amount_with_a_swapped_glyph_is_doubtful() -> None:
    words = [w if w[2] != "1.393.499.080,00" else (420, 421, "1,393.499.080,00", 92) for w in PK_LIST]
    source = SourceDocument(file="pk.pdf", sha256="0", kind="pdf", page_count=3, pages=[ocr_page(words)],
                            tables=[])
    rows = program_list_rows(source, NumberStyle.ID)
    first = rows[0].cells["anggaran"]
    # One separator unlike the others is mended, and the amount flagged.
    assert rows[0].anggaran == 1_393_499_080 and first.inferred == ("ocr_glyph",)
    assert first.text == "1.393.499.080,00" and rows[1].cells["anggaran"].inferred == ()


# --- a generated Perjanjian Kinerja page, scanned in the test ------------------------------

PROGRAMS = [("Program Pelayanan Administrasi Perkantoran", 1_393_499_080),
            ("Program Peningkatan Sarana Dan Prasarana Aparatur", 916_730_450),
            ("Program Perencanaan Strategis Dan Pelaporan Kinerja", 37_697_500),
            ("Program Peningkatan Kapabilitas APIP", 656_885_000)]


def _rupiah(value: int) -> str:
    return f"{value:,}".replace(",", ".") + ",00"


def pk_list_pdf(path: Path, totals: list[int]) -> Path:
    """One page per total: the PK's program list, its JUMLAH printing that total."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    for total in totals:
        pdf.setFont("Helvetica-Bold", 12)
        pdf.drawCentredString(A4[0] / 2, height - 80, "PERJANJIAN KINERJA TAHUN 2020")
        y = height - 140
        pdf.drawString(110, y, "PROGRAM")
        pdf.drawString(430, y, "ANGGARAN")
        pdf.setFont("Helvetica", 10)
        for i, (name, value) in enumerate(PROGRAMS, start=1):
            y -= 24
            pdf.drawString(80, y, f"{i}.")
            pdf.drawString(110, y, name)
            pdf.drawString(385, y, "Rp")
            pdf.drawRightString(530, y, _rupiah(value))
        y -= 34
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(220, y, "JUMLAH")
        pdf.drawString(385, y, "Rp")
        pdf.drawRightString(530, y, _rupiah(total))
        pdf.showPage()
    pdf.save()
    return path


@needs_tesseract
@pytest.mark.slow
def test_scanned_pk_list_wrong_jumlah_found_right_one_silent(tmp_path: Path) -> None:
    right = sum(v for _, v in PROGRAMS)
    wrong = right + 100_000_000
    scan = scanned_rendition(pk_list_pdf(tmp_path / "pk.pdf", [wrong, right]), tmp_path / "pk-scan.pdf")
    doc = interpret(read_document(scan))
    lists = {r.table for r in doc.budget if r.table_kind == "program_anggaran"}
    assert lists == {"p1-list1", "p2-list1"}
    assert [r.anggaran for r in doc.budget if r.level == "total"] == [wrong, right]
    findings = [f for f in run_checks(doc, CheckConfig(lang="en")) if f.rule == "LKJ-B001"]
    assert len(findings) == 1 and _rupiah(wrong)[:-3] in findings[0].text("en")
    # The list's own total and parts are page 1's; text elsewhere stating the sum may be cited beside them.
    assert all(e.cell.page == 1 for e in findings[0].evidence if e.role in ("stated total", "part"))
    # An error only when every amount was read with certainty; else the warning says why.
    assert findings[0].severity == "error" or findings[0].doubts


def test_a_wrong_jumlah_over_a_doubtful_ocr_amount_is_a_warning() -> None:
    """The list's second amount was read with confidence 71: the sum it breaks is a
    warning naming that doubt, not an error."""
    from lkjip.checks.budget.b001_parts_vs_total import PartsVsTotal
    from lkjip.records import Extraction

    words = [w if w[2] != "2.347.927.030,00" else (420, 501, "2.447.927.030,00", 92) for w in PK_LIST]
    source = SourceDocument(file="pk.pdf", sha256="0", kind="pdf", page_count=3, pages=[ocr_page(words)],
                            tables=[])
    doc = Extraction(file="pk.pdf", sha256=None, kind="pdf", pages=3,
                     budget=program_list_rows(source, NumberStyle.ID))
    (finding,) = PartsVsTotal().check(doc, CheckConfig(lang="en"))
    assert finding.severity == "warning" and any(d.reason == "ocr_confidence" for d in finding.doubts)
