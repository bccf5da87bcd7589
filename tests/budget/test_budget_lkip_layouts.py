"""Budget tables in the layouts of performance reports, generated rule by rule
(tests/generator/budget_lkip_tables): every line read with its level, number and amounts;
a mistyped kegiatan reported at its program; a plan's pagu compared line by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip.extract.readers import read_document
from lkjip.pipeline import findings_of, records_of
from lkjip.records import Extraction
from tests.generator.budget_lkip_tables import LkipLine, LkipTable, _printed_code, render_lkip_pdf

LAYOUTS = [
    LkipTable(),
    LkipTable(band="belanja"),  # BELANJA over ANGGARAN | REALISASI, its rules 5 pt off
    LkipTable(band="realisasi"),  # Realisasi Keuangan over (Rp) | (%), likewise
    LkipTable(wrapped=True),  # every line of a long name in a ruled grid row of its own
    LkipTable(outline="letters"),  # programs A, B; kegiatan 1, 2; no Program / Kegiatan word
    LkipTable(anggaran_heading="Target Anggaran (Rp)", total_first=True),
    LkipTable(percent_heading="Capaian"),
    LkipTable(band="realisasi", wrapped=True, outline="letters", anggaran_heading="Target Anggaran (Rp)",
              total_first=True),
]


def _read(layout: LkipTable, tmp_path: Path) -> tuple[list[LkipLine], Extraction]:
    path = tmp_path / f"{layout.name}.pdf"
    lines = render_lkip_pdf(layout, path)
    return lines, records_of(read_document(path))


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda lay: lay.name)
def test_every_line_read_with_level_number_and_amounts(layout: LkipTable, tmp_path: Path) -> None:
    lines, doc = _read(layout, tmp_path)
    got = [(b.level, b.code, b.name.split()[-1], b.anggaran, b.realisasi, b.persen) for b in doc.budget]
    want = [(x.level, _printed_code(x, layout.outline) or None, x.name.split()[-1], x.anggaran, x.realisasi,
             x.persen) for x in lines]
    assert got == want
    assert all(b.level_evidence in ("word", "outline") for b in doc.budget)
    rows = doc.budget
    for b in rows:  # kegiatan under their program, programs under the JUMLAH line
        if b.level != "total":
            assert rows[b.parent].level == {"kegiatan": "program", "program": "total"}[b.level]  # type: ignore[index]
    assert [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")] == []


@pytest.mark.parametrize("layout", [LkipTable(wrapped=True), LkipTable(band="belanja", outline="letters")],
                         ids=lambda lay: lay.name)
def test_mistyped_kegiatan_is_an_error_at_its_program(layout: LkipTable, tmp_path: Path) -> None:
    _lines, doc = _read(layout.with_defect("kegiatan", 3, 1_000_000), tmp_path)
    found = [f for f in findings_of(doc) if f.rule == "LKJ-B001"]
    assert [f.severity for f in found] == ["error"]
    assert "kegiatan of program" in found[0].message["en"]


def test_plan_list_agrees_with_the_table(tmp_path: Path) -> None:
    _lines, doc = _read(LkipTable(plan=True), tmp_path)
    assert {b.table_kind for b in doc.budget} == {"program_anggaran", "realisasi_anggaran"}
    assert [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")] == []


def test_plan_pagu_changed_is_a_b011_warning(tmp_path: Path) -> None:
    _lines, doc = _read(LkipTable(plan=True).with_defect("plan", 1, 5_000_000), tmp_path)
    found = [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")]
    assert {(f.rule, f.severity) for f in found} == {("LKJ-B011", "warning")}
    assert all("5.000.000" in f.message["en"] for f in found)
    assert {e.cell.page for f in found for e in f.evidence} == {1, 2}
