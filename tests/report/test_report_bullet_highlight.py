"""A finding on one of several bulleted indicators in one table cell marks that indicator's
value alone: in the HTML's extracted tables, in the crop and in the annotated PDF, never the
neighbouring indicators that share the cell (one grid row, one column)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from lkjip.pipeline import check_document
from lkjip.report.html import render_html
from lkjip.report.pdf_annotate import annotate_pdf
from lkjip.results import DocumentResult, RunResult
from tests.generator.defects import DEFECTS_BY_NAME, inject
from tests.generator.model import consistent_report
from tests.generator.render_pdf import render_pdf


@pytest.fixture(scope="module")
def bulleted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DocumentResult]:
    """Indicators stacked as '- ' lines in one cell, their targets line by line beside them;
    one target changed in the Pengukuran Kinerja (LKJ-K001)."""
    report = inject(consistent_report(1, "bulleted"), DEFECTS_BY_NAME["pengukuran_target_changed"], 1)
    path = render_pdf(report, tmp_path_factory.mktemp("bulleted") / "bulleted.pdf")
    return path, check_document(path)


def _k001(doc: DocumentResult):
    return next(f for f in doc.findings if f.rule == "LKJ-K001")


def _text_in(path: Path, page: int, box: tuple[float, float, float, float]) -> str:
    """The characters pdfium finds inside a box given in displayed points from the top-left."""
    pdf = pdfium.PdfDocument(path)
    try:
        p = pdf[page - 1]
        height = p.get_height()
        text = p.get_textpage().get_text_bounded(box[0], height - box[3], box[2], height - box[1])
        return " ".join(text.split())
    finally:
        pdf.close()


def test_the_evidence_shares_its_cell_with_other_indicators(bulleted) -> None:
    _, doc = bulleted
    ex = doc.extraction
    for ev in _k001(doc).evidence:
        neighbours = [r for r in ex.indicators if r.table == ev.cell.table and r.row == ev.cell.row]
        assert len(neighbours) >= 2, "the generated layout must stack several indicators in one cell"


def test_each_evidence_box_is_the_value_line_alone(bulleted) -> None:
    path, doc = bulleted
    for ev in _k001(doc).evidence:
        box = ev.cell.bbox
        assert box is not None and box[3] - box[1] < 12, "one printed line, not the whole cell"
        assert _text_in(path, ev.cell.page, box) == " ".join(ev.cell.text.split())


def test_html_marks_the_value_and_not_its_neighbours(bulleted) -> None:
    _, doc = bulleted
    html = render_html(RunResult([doc], lang="en"))
    finding = _k001(doc)
    marked = re.findall(r'<td class="[^"]*hit[^"]*" title="([^"]*)"><a[^>]*>([^<]*)</a>', html)
    k001 = sorted(text for title, text in marked if "LKJ-K001" in title)
    evidence_in_tables = sorted(ev.cell.text for ev in finding.evidence)
    assert k001 == evidence_in_tables
    # The crop's boxes are the evidence boxes, each on its value's own line.
    article = html[html.index('data-rule="LKJ-K001" data-status'):]
    boxes = [b for fig in re.findall(r'data-boxes="([^"]+)"', article.split("</article>")[0])
             for b in json.loads(fig.replace("&quot;", '"'))]
    assert sorted(map(tuple, boxes)) == sorted(tuple(round(v, 2) for v in ev.cell.bbox) for ev in finding.evidence)


def test_annotated_pdf_highlights_only_the_value(bulleted, tmp_path: Path) -> None:
    path, doc = bulleted
    out = tmp_path / "annotated.pdf"
    annotate_pdf(doc, "en", out)
    finding = _k001(doc)
    reader = PdfReader(out)
    for ev in finding.evidence:
        page = reader.pages[ev.cell.page - 1]
        height = float(page.mediabox.top)
        notes = [a.get_object() for a in page.get("/Annots", []) if a.get_object().get("/Subj") == "LKJ-K001"]
        assert notes
        for note in notes:
            x0, bottom, x1, top = (float(v) for v in note["/Rect"])
            inside = _text_in(path, ev.cell.page, (x0, height - top, x1, height - bottom))
            assert inside in {" ".join(e.cell.text.split()) for e in finding.evidence}
