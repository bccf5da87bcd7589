"""A table headed by a composite index's name lists the index's parts as indicators
(lkjip.extract.interpret.indicators.index_parts)."""

from __future__ import annotations

from lkjip.extract.interpret.indicators.header_columns import read_layout
from lkjip.extract.interpret.indicators.index_parts import index_named_column
from lkjip.extract.interpret.indicators.rows import table_rows
from lkjip.extract.source import RawCell, RawTable


def _table(rows: list[list[str]]) -> RawTable:
    grid = [[RawCell(text, r, c, None) for c, text in enumerate(row)] for r, row in enumerate(rows)]
    return RawTable(id="p1-t1", page=1, bbox=None, grid=grid, pages=[1], row_pages=[1] * len(rows))


def test_parts_of_an_index_are_its_rows() -> None:
    table = _table([["Indeks Kualitas Lingkungan Hidup (IKLH)", "Target", "Realisasi Kinerja", "Capaian Kinerja (%)"],
                    ["Indeks Kualitas Air (IKA)", "", "80,00", ""],
                    ["Indeks Kualitas Udara (IKU)", "", "89,30", ""],
                    ["Total", "69", "69,37", "101%"]])
    layout = read_layout(table)
    assert layout is not None and layout.first("indikator") is None
    layout = index_named_column(layout)
    rows = list(table_rows(table, layout, "pengukuran_kinerja", 2020, None))
    assert [(r.indikator, r.realisasi.value if r.realisasi else None) for r in rows] == [
        ("Indeks Kualitas Air (IKA)", 80), ("Indeks Kualitas Udara (IKU)", 89.3), ("Total", 69.37)]
    assert rows[-1].target is not None and rows[-1].target.value == 69


def test_a_first_column_naming_no_index_stays_unread() -> None:
    table = _table([["Kegiatan Prioritas", "Target", "Realisasi"], ["Pembangunan jalan", "10", "9"]])
    layout = read_layout(table)
    assert layout is None or index_named_column(layout).first("indikator") is None
