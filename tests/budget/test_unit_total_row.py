"""A work-unit table whose first row, named in the unit column only, is the agency's total
(tests/generator/unit_total_row): its kegiatan add into it, and a total that leaves one out
is flagged, as a warning (the row is a total by its place, not by a word)."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.readers import read_document
from lkjip.pipeline import findings_of, records_of
from lkjip.records import Extraction
from tests.generator.budget_lkip_grids import render_grid_pdf, rp
from tests.generator.unit_total_row import AGENCY, KEGIATAN, unit_total_first


def _doc(delta: int, tmp_path: Path, note: str = "") -> Extraction:
    path = tmp_path / "t.pdf"
    render_grid_pdf(unit_total_first(delta), path, "Tabel 3.5 Realisasi anggaran per unit kerja", note)
    return records_of(read_document(path))


def test_the_agency_row_over_its_kegiatan_is_their_total(tmp_path: Path) -> None:
    doc = _doc(0, tmp_path)
    assert [(b.level, b.name) for b in doc.budget] == [("total", AGENCY)] + [("kegiatan", k[2]) for k in KEGIATAN]
    assert not [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")]


def test_an_agency_total_leaving_something_out_is_a_warning(tmp_path: Path) -> None:
    doc = _doc(8_410_068_004, tmp_path)
    sums = [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")]
    assert sums and all(f.severity == "warning" for f in sums)


def test_the_text_stating_the_left_out_amount_is_shown_beside_the_gap(tmp_path: Path) -> None:
    # The text names what the total holds beyond its kegiatan: the finding shows it, and
    # stays a warning (the supporting amount decides nothing).
    note = ("Realisasi anggaran terdiri atas Belanja Tidak Langsung (gaji) sebesar Rp 8.410.068.004,- "
            f"dan Belanja Langsung sebesar Rp {rp(sum(k[3] for k in KEGIATAN))},- pada kegiatan di atas.")
    doc = _doc(8_410_068_004, tmp_path, note)
    (anggaran,) = [f for f in findings_of(doc) if f.rule == "LKJ-B001" and f.evidence[0].cell.column == "anggaran"]
    roles = {e.role: e.value for e in anggaran.evidence}
    assert roles["gap in text"] == 8_410_068_004 and roles["parts' sum in text"] == sum(k[3] for k in KEGIATAN)
    assert anggaran.severity == "warning"
