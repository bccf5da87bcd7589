"""An outlined budget narrative ("A. Belanja Langsung … sebesar Rp …" hanging from letters
in the margin) that the column finder reads as a table of outline letters beside whole
paragraphs is running text: its figures are read as the text's."""

from __future__ import annotations

from lkjip.extract.interpret.narrative_amounts import table_boxes
from lkjip.extract.interpret.prose_panels import is_outline_prose
from lkjip.extract.source import RawCell, RawTable

PARAGRAPH = "\n".join([
    "Belanja Langsung (APBD) sebesar Rp. 203.092.251.125,-, dengan",
    "rincian sebagai berikut :",
    "1. Program Pokok, sebesar Rp. 185.304.661.853,- dengan rincian sebagai",
    "berikut :",
    "a. Program Promosi Kesehatan yang dibiayai oleh APBD Provinsi",
    "sebesar Rp. 4.569.824.875,-, dengan rincian kegiatan sebagai",
    "berikut : 1) Peningkatan Perilaku Hidup Bersih dan Sehat sebesar",
])


def _table(rows: list[list[str]]) -> RawTable:
    grid = [[RawCell(text=t, row=r, col=c, bbox=(80.0 + 40 * c, 50.0 + 300 * r, 120.0 + 400 * c, 340.0 + 300 * r))
             for c, t in enumerate(row)] for r, row in enumerate(rows)]
    return RawTable(id="p25-t1", page=25, bbox=(80.0, 50.0, 520.0, 780.0), grid=grid)  # type: ignore[arg-type]


def test_outline_letters_beside_paragraphs_are_prose() -> None:
    outlined = _table([["A.", PARAGRAPH], ["d.\ne.", PARAGRAPH.replace("Belanja Langsung", "Program Penunjang")]])
    assert is_outline_prose(outlined)
    assert table_boxes([outlined]) == {}  # its figures are running text


def test_a_table_of_figures_or_short_cells_is_no_outline_prose() -> None:
    budget = _table([["1.", "Program Promosi Kesehatan", "4.569.824.875"], ["2.", PARAGRAPH, "1.053.515.500"]])
    assert not is_outline_prose(budget)
    short = _table([["1.", "Meningkatnya kemandirian masyarakat\nuntuk hidup sehat"], ["2.", PARAGRAPH]])
    assert not is_outline_prose(short)
    assert 25 in table_boxes([short])
