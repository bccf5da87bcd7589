"""camelot as the second table engine: same grid as ours where ours works, a table
where ours sees no rules, and `choose_table` keeping the candidate that passes."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from lkjip.extract.grid.camelot_engine import (
    camelot_page_tables,
    choose_table,
    is_degenerate,
    merge_engines,
    structure_score,
)
from lkjip.extract.grid.tables import page_tables
from lkjip.extract.limits import ReadLimits
from lkjip.extract.pdf.reader import read_page_text
from lkjip.extract.pdf.ruling import page_edges
from lkjip.extract.readers import read_document
from lkjip.extract.source import RawCell, RawTable
from tests.conftest import SEED_PDF


def _table(rows: list[list[str]], table_id: str = "t", engine: str = "lattice") -> RawTable:
    grid: list[list[RawCell | None]] = [[RawCell(text, r, c, (c * 10.0, r * 10.0, c * 10.0 + 10, r * 10.0 + 10))
                                         for c, text in enumerate(row)] for r, row in enumerate(rows)]
    return RawTable(id=table_id, page=1, bbox=(0, 0, 10.0 * len(rows[0]), 10.0 * len(rows)), grid=grid, engine=engine)


def test_camelot_grid_matches_the_lattice_engine_on_the_seed_budget_table() -> None:
    pdf = pdfium.PdfDocument(str(SEED_PDF))
    try:
        page = read_page_text(pdf[16], 17)
        (ours,) = page_tables(page, page_edges(pdf[16]))
    finally:
        pdf.close()
    (theirs,) = camelot_page_tables(SEED_PDF, page)
    assert theirs.engine == "camelot" and theirs.page == 17
    assert (theirs.n_rows, theirs.n_cols) == (ours.n_rows, ours.n_cols) == (14, 4)
    assert [theirs.row_texts(r) for r in range(14)] == [ours.row_texts(r) for r in range(14)]
    assert theirs.caption == ours.caption


def _image_ruled_pdf(path: Path) -> Path:
    """A table whose rules are part of an image (as some exporters and scanners do):
    the text is real, the vector reader sees no ruling at all."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    scale = 4  # pixels per point
    x0, y0, col_w, row_h, rows, cols = 72, 100, 120, 24, 4, 3
    img = Image.new("L", (cols * col_w * scale + 8, rows * row_h * scale + 8), 255)
    draw = ImageDraw.Draw(img)
    for r in range(rows + 1):
        draw.line([(0, r * row_h * scale), (cols * col_w * scale, r * row_h * scale)], fill=0, width=4)
    for c in range(cols + 1):
        draw.line([(c * col_w * scale, 0), (c * col_w * scale, rows * row_h * scale)], fill=0, width=4)
    grid_png = path.with_suffix(".png")
    img.save(grid_png)
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.image(str(grid_png), x=x0, y=y0, w=img.width / scale, h=img.height / scale)
    pdf.set_font("helvetica", size=10)
    data = [["NO", "PROGRAM", "ANGGARAN"], ["1", "Program A", "1.000.000"],
            ["2", "Program B", "2.500.000"], ["", "Jumlah", "3.500.000"]]
    for r, row in enumerate(data):
        for c, text in enumerate(row):
            pdf.set_xy(x0 + c * col_w + 4, y0 + r * row_h + 6)
            pdf.cell(col_w - 8, 12, text)
    pdf.output(str(path))
    return path


def test_camelot_finds_a_table_whose_rules_are_an_image(tmp_path: Path) -> None:
    path = _image_ruled_pdf(tmp_path / "image-rules.pdf")
    assert read_document(path).tables == []  # our vector engine sees no rule
    expected = [["NO", "PROGRAM", "ANGGARAN"], ["1", "Program A", "1.000.000"],
                ["2", "Program B", "2.500.000"], ["", "Jumlah", "3.500.000"]]
    doc = read_document(path, ReadLimits(second_engine="always", ocr=False))
    # Both second-chance engines see the image rules; equal grids keep the first (raster).
    (table,) = doc.tables
    assert table.engine in ("raster", "camelot")
    assert [table.row_texts(r) for r in range(table.n_rows)] == expected
    # Camelot on its own finds the same grid.
    page = doc.pages[0]
    (alone,) = camelot_page_tables(path, page)
    assert alone.engine == "camelot"
    assert [alone.row_texts(r) for r in range(alone.n_rows)] == expected


def test_structure_score_prefers_real_grids() -> None:
    good = _table([["NO", "PROGRAM", "ANGGARAN"], ["1", "A", "1.000"], ["2", "B", "2.000"]])
    one_column = _table([["NO PROGRAM ANGGARAN"], ["1 A 1.000 2 B 2.000 3 C 3.000"]])
    assert structure_score(good) > 1.5
    assert is_degenerate(one_column) and not is_degenerate(good)


def test_choose_table_keeps_the_candidate_that_passes_its_schema() -> None:
    lattice = _table([["NO", "PROGRAM", "ANGGARAN"], ["1", "A", "1.000"]], "p1-t1")
    camelot = _table([["NO", "PROGRAM", "ANGGARAN"], ["1", "A", "1.000"]], "p1-c1", engine="camelot")
    # Equal structure: the first (our engine) wins, deterministically.
    assert choose_table([lattice, camelot]) is lattice
    # A schema check decides over structure.
    assert choose_table([lattice, camelot], passes_schema=lambda t: t.engine == "camelot") is camelot
    broken = _table([["NO PROGRAM ANGGARAN"], ["1 A 1.000 2 B 2.000 3 C 3.000"]], "p1-t1")
    assert choose_table([broken, camelot]) is camelot


def test_merge_engines_per_region() -> None:
    ours = _table([["a", "b"], ["1", "2"]], "p1-t1")
    theirs_same = _table([["a", "b"], ["1", "2"]], "p1-c1", engine="camelot")
    theirs_elsewhere = _table([["x", "y"], ["3", "4"]], "p1-c2", engine="camelot")
    theirs_elsewhere.bbox = (0, 500, 20, 520)
    merged = merge_engines([ours], [theirs_same, theirs_elsewhere])
    assert [t.id for t in merged] == ["p1-t1", "p1-c2"]


@pytest.mark.parametrize("mode", ["auto", "off"])
def test_seed_reads_without_camelot(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """On the hot path camelot never runs: every seed grid is built by our engine."""
    import lkjip.extract.pdf.reader as reader

    def fail(*args: object, **kwargs: object) -> list[RawTable]:
        raise AssertionError("camelot ran on a page the lattice engine handled")

    monkeypatch.setattr(reader, "camelot_page_tables", fail)
    doc = read_document(SEED_PDF, ReadLimits(second_engine=mode))
    assert {t.engine for t in doc.tables} == {"lattice"}
