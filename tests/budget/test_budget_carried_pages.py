"""A budget table whose header is printed once and whose pages the reader could not join
(their rules differ from page to page): every page is placed under the first page's
headings, even a page after one that left a column empty."""

from __future__ import annotations

from lkjip.extract.interpret.budget.tables import budget_rows
from lkjip.extract.source import RawCell, RawTable, SourceDocument
from lkjip.numbers import NumberStyle

_LEFT = [60.0, 110.0, 330.0, 430.0, 530.0]  # NO | PROGRAM / KEGIATAN | ANGGARAN | REALISASI | KET
_RIGHT = [110.0, 330.0, 430.0, 530.0, 600.0]


def _page(rows: list[list[str]], page: int, shift: float = 0.0) -> RawTable:
    """A table of one page; `shift` moves its inner rules (another page, other rules)."""
    grid = [[RawCell(text, r, c, (_LEFT[c] + (shift if c else 0), 100.0 + 20 * r,
                                  _RIGHT[c] + (shift if c < 4 else 0), 120.0 + 20 * r))
             for c, text in enumerate(row)] for r, row in enumerate(rows)]
    return RawTable(id=f"p{page}-t1", page=page, bbox=(60.0, 100.0, 600.0, 100.0 + 20 * len(rows)), grid=grid,
                    pages=[page], row_pages=[page] * len(rows))


def test_page_after_an_empty_column_still_finds_its_heading() -> None:
    first = _page([["NO", "PROGRAM / KEGIATAN", "ANGGARAN", "REALISASI", "KET"],
                   ["1", "PROGRAM A", "6.000.000", "5.700.000", "Selesai"],
                   ["", "Kegiatan A1", "1.000.000", "1.000.000", ""]], 5)
    between = _page([["", "Kegiatan A2", "2.000.000", "1.900.000", ""]], 6, shift=4.0)  # KET left empty
    last = _page([["", "Kegiatan A3", "3.000.000", "2.800.000", "Lanjutan"],
                  ["", "JUMLAH", "6.000.000", "5.700.000", ""]], 7, shift=-4.0)
    rows = budget_rows(SourceDocument(file="t.pdf", sha256="0", kind="pdf", page_count=7, pages=[],
                                      tables=[first, between, last]), NumberStyle.ID)
    assert [(r.page, r.name, r.anggaran) for r in rows] == [
        (5, "PROGRAM A", 6_000_000), (5, "Kegiatan A1", 1_000_000), (6, "Kegiatan A2", 2_000_000),
        (7, "Kegiatan A3", 3_000_000), (7, "JUMLAH", 6_000_000)]
    assert {r.table for r in rows} == {"p5-t1"}
    assert [r.parent for r in rows] == [4, 0, 0, 0, None]
