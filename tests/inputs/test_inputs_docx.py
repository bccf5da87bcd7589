"""DOCX drafts: the same tables, text and findings as the PDF exported from them."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lkjip.cli import app
from lkjip.extract.docx.numbering import ListLabels, format_number
from lkjip.extract.readers import read_document
from lkjip.extract.source import RawTable
from lkjip.records import Cell
from tests.conftest import SEED_DOCX, SEED_PDF


@pytest.fixture(scope="module")
def seed_docx():
    return read_document(SEED_DOCX)


@pytest.fixture(scope="module")
def seed_pdf():
    return read_document(SEED_PDF)


def _table(doc, caption_word: str) -> RawTable:
    return next(t for t in doc.tables if caption_word in t.caption)


def test_tables_ids_and_no_pages(seed_docx) -> None:
    assert seed_docx.kind == "docx" and seed_docx.page_count is None
    assert [t.id for t in seed_docx.tables] == [f"docx-t{i}" for i in range(1, 9)]
    assert all(t.page is None and t.pages == [] and set(t.row_pages) == {None} for t in seed_docx.tables)
    assert all(t.engine == "docx" for t in seed_docx.tables)
    assert [p.number for p in seed_docx.pages] == [0]
    assert seed_docx.pages[0].evidence_page is None
    assert Cell(text="x", page=seed_docx.pages[0].number).page is None


def test_ruled_tables_match_the_pdf_cell_for_cell(seed_docx, seed_pdf) -> None:
    """Every ruled table the PDF shows is in the DOCX with the same cells (line wraps
    aside: the PDF breaks long text into lines, Word keeps a paragraph whole)."""
    def norm(t: str) -> str:
        return " ".join(t.split())

    # The PDF reader drops the header repeated on a continued page; Word stores it once.
    pdf_tables = [t for t in seed_pdf.tables]
    docx_ruled = [t for t in seed_docx.tables if t.n_cols == 0 or t.id not in ("docx-t1", "docx-t3")]
    assert len(docx_ruled) == len(pdf_tables) == 6
    for p, d in zip(pdf_tables, docx_ruled, strict=True):
        assert d.n_cols == p.n_cols, (p.id, d.id)
        pdf_rows = [[norm(x) for x in p.row_texts(r)] for r in range(p.n_rows)]
        docx_rows = [[norm(x) for x in d.row_texts(r)] for r in range(d.n_rows)]
        # Same budget amounts, targets and indicators, in the same columns.
        assert sum(r in docx_rows for r in pdf_rows) >= 0.8 * len(pdf_rows), (p.id, d.id)


def test_merged_cells_point_to_one_cell(seed_docx) -> None:
    pk = _table(seed_docx, "PERJANJIAN KINERJA")
    first = pk.grid[1][1]
    assert first is not None and first.text.startswith("Meningkatnya Pelayanan Administrasi")
    assert first.rowspan >= 2
    for r in range(1, 1 + first.rowspan):
        assert pk.grid[r][1] is first
    assert pk.text(2, 1) == "" and pk.filled_text(2, 1) == first.text


def test_stacked_paragraphs_pair_by_order(seed_docx) -> None:
    pk = _table(seed_docx, "PERJANJIAN KINERJA")
    indicators, targets = pk.grid[2][2], pk.grid[2][3]
    assert indicators is not None and targets is not None
    assert indicators.text.split("\n")[0].startswith("- Persentase pemenuhan kebutuhan peralatan kantor")
    # One synthetic line box per paragraph: the k-th indicator sits level with the k-th target.
    assert [b[1] for _, b in indicators.line_boxes][:6] == [b[1] for _, b in targets.line_boxes][:6]
    assert [t for t, _ in targets.line_boxes][:3] == ["100 %", "1 LKJ", "1 LPPD"]


def test_caption_is_the_paragraphs_above(seed_docx) -> None:
    budget = next(t for t in seed_docx.tables if t.row_texts(0)[1] == "KEGIATAN")
    assert "dapat dilihat pada tabel berikut ini" in budget.caption
    assert budget.row_texts(13)[2:] == ["19.253.545.000,-", "18.900.282.622,-"]


def test_body_text_holds_the_narrative_amounts(seed_docx) -> None:
    text = seed_docx.pages[0].text
    assert "menjadi Rp. 19.253.454.000,- (Sembilan belas milyar dua ratus" in text
    start = text.index("19.253.454.000")
    box = seed_docx.pages[0].bbox_of(start, start + 14)
    assert box is not None and box[0] == 0.0 and box[2] == 1.0 and box[3] - box[1] == 1.0


def test_list_labels() -> None:
    assert [format_number(n, f) for n, f in [(4, "lowerLetter"), (27, "lowerLetter"), (9, "upperRoman")]] == ["d", "aa", "IX"]
    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = f"""<w:numbering xmlns:w="{w}">
      <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    </w:numbering>"""
    labels = ListLabels.from_numbering(etree.fromstring(xml))
    assert [labels.label("1", 0), labels.label("1", 1), labels.label("1", 1), labels.label("1", 0),
            labels.label("1", 1), labels.label("2", 0), labels.label("9", 0)] == ["1.", "a)", "b)", "2.", "a)", "-", ""]


def _docx_bytes_with_document(body_xml: str) -> bytes:
    """The seed DOCX with its body replaced (to test markup the seed lacks)."""
    out = io.BytesIO()
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{w}"><w:body>{body_xml}</w:body></w:document>'
    with zipfile.ZipFile(SEED_DOCX) as seed, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for item in seed.infolist():
            zf.writestr(item, doc.encode() if item.filename == "word/document.xml" else seed.read(item))
    return out.getvalue()


def test_grid_span_and_vmerge(tmp_path: Path) -> None:
    def tc(text: str, props: str = "") -> str:
        return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    restart, cont, span2 = '<w:vMerge w:val="restart"/>', "<w:vMerge/>", '<w:gridSpan w:val="2"/>'
    body = ("<w:p><w:r><w:t>Tabel 1 Anggaran</w:t></w:r></w:p><w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
            f"<w:tr>{tc('Program', restart)}{tc('Anggaran', span2)}</w:tr>"
            f"<w:tr>{tc('', cont)}{tc('Pagu')}{tc('Realisasi')}</w:tr>"
            f"<w:tr>{tc('A')}{tc('1.000')}{tc('900')}</w:tr></w:tbl>")
    path = tmp_path / "merged.docx"
    path.write_bytes(_docx_bytes_with_document(body))
    doc = read_document(path)
    (table,) = doc.tables
    assert table.caption == "Tabel 1 Anggaran"
    assert (table.n_rows, table.n_cols) == (3, 3)
    assert table.grid[0][0] is table.grid[1][0] and table.grid[0][0].rowspan == 2
    assert table.grid[0][1] is table.grid[0][2] and table.grid[0][1].colspan == 2
    assert table.row_texts(1) == ["", "Pagu", "Realisasi"]
    assert table.row_texts(2) == ["A", "1.000", "900"]


def test_docx_without_text_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    path.write_bytes(_docx_bytes_with_document("<w:p/>"))
    from lkjip.extract.errors import DocumentError

    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert err.value.code == "empty"


def _findings(path: Path) -> set[tuple[str, tuple[float, ...]]]:
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    (doc,) = json.loads(result.stdout)["documents"]
    assert doc["status"] == "ok"
    return {(f["rule"], tuple(sorted(e["value"] for e in f["evidence"] if e["value"] is not None)))
            for f in doc["findings"]}


def test_docx_gives_the_same_contradictions_as_its_pdf() -> None:
    """Rule and the values it rests on, PDF vs DOCX rendition of the same report."""
    pdf, docx = _findings(SEED_PDF), _findings(SEED_DOCX)
    assert pdf, "the seed PDF has known contradictions"
    assert docx == pdf, {"only in PDF": sorted(pdf - docx), "only in DOCX": sorted(docx - pdf)}


def test_docx_evidence_names_no_page() -> None:
    result = CliRunner().invoke(app, ["check", str(SEED_DOCX), "--format", "json"])
    (doc,) = json.loads(result.stdout)["documents"]
    evidence = [e for f in doc["findings"] for e in f["evidence"]]
    assert evidence and all(e["page"] is None for e in evidence)
    assert any(e["table"] and e["table"].startswith("docx-t") for e in evidence)
