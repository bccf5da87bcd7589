"""Document text is data, never markup or formulas, in every report format."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import openpyxl
import pytest
from pypdf import PdfWriter

from lkjip.checks.finding import Evidence, Finding
from lkjip.records import BudgetRow, Cell, Extraction
from lkjip.report.html import render_html
from lkjip.report.junit import junit_xml
from lkjip.report.pdf_annotate import NotAnnotatable, annotate_pdf
from lkjip.report.text_safety import is_formula_like
from lkjip.report.xlsx import write_xlsx
from lkjip.results import DocumentResult, RunResult

HOSTILE = '=HYPERLINK("http://evil.example","x")\x0c<img src=x onerror=alert(1)>'


def _run() -> RunResult:
    cell = Cell(text="=1+2\x0b", page=1, table="p1-t1", row=2, column="anggaran")
    ex = Extraction(file="hostile.pdf", sha256=None, kind="pdf", pages=1)
    ex.budget = [BudgetRow(table="p1-t1", table_kind="realisasi_anggaran", page=1, row=2, level="total",
                           name="@SUM(A1)", anggaran=None, cells={"anggaran": cell})]
    f = Finding("LKJ-B001", "error", {"en": HOSTILE, "id": HOSTILE + " id"}, {"en": HOSTILE, "id": HOSTILE},
                [Evidence(cell, 3.0, "total")])
    return RunResult([DocumentResult(ex, [f])], lang="en", rules=[])


def test_xlsx_never_holds_a_formula_or_control_character(tmp_path) -> None:
    out = tmp_path / "x.xlsx"
    write_xlsx(_run(), out)
    wb = openpyxl.load_workbook(out)
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    assert cells and all(c.data_type != "f" for c in cells)
    assert any(str(c.value).startswith("=HYPERLINK") for c in cells)  # kept, as text
    assert not any("\x0c" in str(c.value) or "\x0b" in str(c.value) for c in cells)


def test_junit_is_well_formed_xml() -> None:
    root = ET.fromstring(junit_xml(_run()))
    assert "onerror" in root.find(".//failure").text


def test_html_escapes_markup() -> None:
    html = render_html(_run())
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "\x0c" not in html


def test_formula_detection() -> None:
    assert is_formula_like("=SUM(A1)") and is_formula_like("+cmd") and is_formula_like("@x")
    assert not is_formula_like("-") and not is_formula_like("-1.500") and not is_formula_like("19.253.545.000")


def test_encrypted_pdf_is_not_rewritten(tmp_path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    writer.write(locked)
    doc = DocumentResult(Extraction(file=str(locked), sha256=None, kind="pdf", pages=1))
    with pytest.raises(NotAnnotatable, match="encrypted"):
        annotate_pdf(doc, "en", tmp_path / "out.pdf")
