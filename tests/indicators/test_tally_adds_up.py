"""LKJ-K015 over count tables closed by JUMLAH rows (tests/generator/tally_layouts):
sasaran rows → Misi JUMLAH → JUMLAH TOTAL, down every column and across each row."""

from __future__ import annotations

from pathlib import Path

from lkjip.checks.indicators.k015_tally_adds_up import TallyAddsUp
from lkjip.checks.rule import CheckConfig
from lkjip.extract.interpret.tally_tables import tally_of
from lkjip.extract.readers import read_document
from lkjip.extract.source import RawCell, RawTable
from lkjip.pipeline import records_of
from lkjip.records import Extraction
from tests.generator.budget_lkip_grids import render_grid_pdf
from tests.generator.tally_layouts import tally_by_grade


def _doc(tmp_path: Path, slips: dict | None = None) -> Extraction:
    path = tmp_path / "t.pdf"
    render_grid_pdf(tally_by_grade(slips), path, "4.1.2. Simpulan capaian indikator sasaran strategis")
    return records_of(read_document(path))


def _found(doc: Extraction) -> list:
    return list(TallyAddsUp().check(doc, CheckConfig()))


def test_a_tally_is_read_with_its_two_levels(tmp_path: Path) -> None:
    (tally,) = _doc(tmp_path).tallies
    assert [r.role for r in tally.rows].count("subtotal") == 4
    assert tally.rows[-1].role == "total" and tally.rows[-1].label == "JUMLAH TOTAL"
    assert [tally.rows[i].role for i in tally.parts[len(tally.rows) - 1]] == ["subtotal"] * 4
    assert tally.columns[tally.total_column or 0] == "JUMLAH INDIKATOR"


def test_a_tally_that_adds_up_is_silent(tmp_path: Path) -> None:
    assert _found(_doc(tmp_path)) == []


def test_a_jumlah_row_off_its_rows_is_a_warning_citing_the_total_row(tmp_path: Path) -> None:
    # MISI 3's JUMLAH prints 0 Kurang (its rows give 1) and 7 indicators (its grades give 6);
    # JUMLAH TOTAL keeps 2 Kurang and 21, which the sasaran rows give.
    (f,) = _found(_doc(tmp_path, {(2, "jumlah", 4): "0", (2, "jumlah", 0): "7"}))
    assert (f.rule, f.severity) == ("LKJ-K015", "warning")
    stated = sorted((e.cell.text, e.cell.column) for e in f.evidence if e.role == "stated total")
    assert stated == [("0", "Kurang"), ("2", "Kurang"), ("7", "JUMLAH INDIKATOR")]
    assert ("21", "JUMLAH INDIKATOR") in {(e.cell.text, e.cell.column) for e in f.evidence if e.role == "table total"}
    assert "close give 2" in f.message["en"] and "berjumlah 2" in f.message["id"]


def test_a_total_row_off_its_jumlah_rows_is_a_warning(tmp_path: Path) -> None:
    (f,) = _found(_doc(tmp_path, {("total", "jumlah", 2): "2"}))
    assert "“JUMLAH TOTAL”, column “Baik” prints 2, its parts give 0 + 1 + 0 + 0 = 1" in f.message["en"]


def _raw(rows: list[list[str]]) -> RawTable:
    grid: list[list[RawCell | None]] = [[RawCell(t, r, c, None) if t else None for c, t in enumerate(row)]
                                        for r, row in enumerate(rows)]
    return RawTable(id="p1-t1", page=1, bbox=None, grid=grid, pages=[1], row_pages=[1] * len(rows))


def test_a_single_jumlah_row_adds_up_every_row_above() -> None:
    tally = tally_of(_raw([["No", "Bidang", "L", "P"], ["1", "Sekretariat", "4", "3"], ["2", "Bidang A", "5", "-"],
                           ["JUMLAH", "", "9", "3"]]))
    assert tally is not None and tally.parts == {2: [0, 1]} and tally.rows[2].role == "total"
    assert _found(Extraction(file="x", sha256=None, kind="pdf", pages=1, tallies=[tally])) == []


def test_a_jumlah_row_of_averages_is_no_tally_to_flag() -> None:
    # Percent-like scores without a % sign: the JUMLAH row averages them, no sum holds.
    tally = tally_of(_raw([["No", "Indikator", "Target", "Realisasi"], ["1", "Indeks A", "80", "90"],
                           ["2", "Indeks B", "70", "60"], ["3", "Indeks C", "90", "96"],
                           ["JUMLAH", "", "80", "82"]]))
    assert _found(Extraction(file="x", sha256=None, kind="pdf", pages=1, tallies=[tally] if tally else [])) == []


def test_a_statement_of_amounts_with_dash_columns_is_no_tally() -> None:
    # "-" reads as none, but amounts beside it make the table a financial statement.
    assert tally_of(_raw([["Uraian", "Anggaran", "Realisasi", "Koreksi D", "Koreksi K"],
                          ["Belanja Pegawai", "1.263.958.495,00", "1.100.000.000,00", "-", "-"],
                          ["Belanja Barang", "506.000.000,00", "499.000.000,00", "-", "-"],
                          ["Jumlah", "1.769.958.495,00", "1.599.000.000,00", "-", "-"]])) is None
