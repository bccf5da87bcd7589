"""Tables ruled only by their shading (tests/generator/banded_table): the unshaded rows
between and below the shaded ones get their column rules, a merged row keeps its cell,
a caption between two tables joins nothing, and a justified paragraph shaded line by line
under a banded table is no row of it."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.readers import read_document
from lkjip.pipeline import findings_of, records_of
from tests.generator.banded_table import (
    BELANJA_LANGSUNG,
    BTL,
    PROGRAMS,
    TOTAL,
    banded_table_pdf,
    stacked_banded_tables_pdf,
)
from tests.generator.shaded_prose import AMOUNT, shaded_prose_pdf


def _id(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _rows(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[c.text if c is not None else "" for c in row] for row in table.grid]


def test_every_row_of_a_banded_table_is_read(tmp_path: Path) -> None:
    source = read_document(banded_table_pdf(tmp_path / "banded.pdf", watermark=False))
    (table,) = source.tables
    assert table.engine == "lattice" and table.n_cols == 4
    rows = _rows(table)
    assert rows[0] == ["No", "Program", "Jumlah Kegiatan", "Anggaran (Rp)"]
    assert rows[1:7] == [[code, name, count, _id(a)] for code, name, count, a in PROGRAMS]
    # The unshaded rows closing the table, ruled only under each.
    assert [r[1:] for r in rows[7:]] == [["Jumlah Belanja Langsung", "", _id(BELANJA_LANGSUNG)],
                                         ["Belanja Tidak Langsung", "", _id(BTL)], ["Total", "37", _id(TOTAL)]]


def test_banded_budget_reads_clean(tmp_path: Path) -> None:
    doc = records_of(read_document(banded_table_pdf(tmp_path / "banded.pdf", watermark=False)))
    named = {b.name: b.anggaran for b in doc.budget}
    # "Jumlah Kegiatan" counts a program's kegiatan: the name column is "Program".
    assert all(named.get(name) == float(a) for _, name, _, a in PROGRAMS)
    assert not [f for f in findings_of(doc) if f.severity == "error"]


def test_a_row_merged_over_two_columns_keeps_its_cell(tmp_path: Path) -> None:
    (table,) = read_document(banded_table_pdf(tmp_path / "wide.pdf", watermark=False, wide_name=True)).tables
    row = table.grid[2]
    assert row[0] is row[1] and row[0] is not None and row[0].text == "2. " + PROGRAMS[1][1]
    assert [c.text for c in row[2:] if c is not None] == [PROGRAMS[1][2], _id(PROGRAMS[1][3])]


def test_a_caption_between_two_banded_tables_joins_nothing(tmp_path: Path) -> None:
    tables = read_document(stacked_banded_tables_pdf(tmp_path / "stacked.pdf")).tables
    assert [t.n_rows for t in tables] == [4, 4]
    assert all("Tabel" not in c.text for t in tables for row in t.grid for c in row if c is not None)



def test_a_justified_paragraph_shaded_under_a_banded_table_stays_prose(tmp_path: Path) -> None:
    # A stretched space of a justified line lies under the table's column rule: the line
    # is no row of the table, so the paragraph's amounts stay running text.
    source = read_document(shaded_prose_pdf(tmp_path / "panel.pdf"))
    cells = {c.text.strip() for t in source.tables for row in t.grid for c in row if c is not None}
    assert "1.088.765.000,-" not in cells
    assert not any(text.startswith("realisasi anggaran sebesar") for text in cells)
    assert AMOUNT in {a.value for a in records_of(source).amounts}
