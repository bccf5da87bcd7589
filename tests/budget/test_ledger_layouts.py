"""Unruled account ledgers (LRA, APBD listings), generated (tests/generator/ledger_layouts):
every line read with its kode, amounts and place in the code-prefix tree; difference lines
(surplus / defisit, pembiayaan netto) and the two sides of pembiayaan add into nothing;
one mistyped amount is an error at the jenis it breaks and nowhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip.extract.readers import read_document
from lkjip.pipeline import findings_of, records_of
from lkjip.records import Extraction
from tests.generator.ledger_layouts import Account, LedgerLayout, render_ledger_pdf

LAYOUTS = [
    LedgerLayout(),  # LRA, spaced kode '4 . 1 . 1 . 01', Indonesian numbers
    LedgerLayout(style="us", codes="compact"),  # '4.1.1.01', 1,234,567.00
    LedgerLayout(form="apbd"),  # JUMLAH only, DASAR HUKUM text right of it
    LedgerLayout(form="apbd", style="us", codes="compact"),
    LedgerLayout(rows_per_page=14),  # over several pages, header repeated
    LedgerLayout(wrap=True, rows_per_page=20),  # uraian wrapped onto a second line
]


def _read(layout: LedgerLayout, tmp_path: Path) -> tuple[list[Account], Extraction]:
    path = tmp_path / f"{layout.name}.pdf"
    lines = render_ledger_pdf(layout, path)
    return lines, records_of(read_document(path))


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda lay: lay.name)
def test_every_ledger_line_read_with_code_amounts_and_parent(layout: LedgerLayout, tmp_path: Path) -> None:
    lines, doc = _read(layout, tmp_path)
    lra = layout.form == "lra"
    got = [(b.code, b.name, b.anggaran, b.realisasi, b.sisa) for b in doc.budget]
    want = [(x.code or None, x.name, float(x.anggaran), float(x.realisasi) if lra else None,
             float(x.realisasi - x.anggaran) if lra else None) for x in lines]
    assert got == want
    if lra:
        assert [b.persen for b in doc.budget] == [round(x.realisasi / x.anggaran * 100, 2) for x in lines]
    # Pages carry the ledger on while their first line nests under one read: a page that
    # opens with an akun starts a table of its own, at worst one per akun.
    assert len({b.table for b in doc.budget}) <= 3
    by_code = {b.code: b for b in doc.budget if b.code}
    for b, x in zip(doc.budget, lines, strict=True):
        assert b.level == ("total" if x.level == "total" else "other")
        rows = [r for r in doc.budget if r.table == b.table]
        parent = rows[b.parent].code if b.parent is not None else None
        assert parent == x.parent, b.code
    assert by_code["5"].level_evidence == "code"
    assert not any(c.ambiguous for b in doc.budget for c in b.cells.values())
    assert [f for f in findings_of(doc) if f.rule.startswith("LKJ-B") and f.severity == "error"] == []


@pytest.mark.parametrize("layout", [LedgerLayout(), LedgerLayout(form="apbd", codes="compact", rows_per_page=14)],
                         ids=lambda lay: lay.name)
def test_one_mistyped_obyek_is_an_error_at_its_jenis(layout: LedgerLayout, tmp_path: Path) -> None:
    lines, doc = _read(layout.with_defect("5.1.2.02", 7_000_000), tmp_path)
    errors = [f for f in findings_of(doc) if f.rule == "LKJ-B001" and f.severity == "error"]
    assert errors
    # Only the jenis above the mistyped line (5.1.2) no longer adds up; the kelompok and
    # akun above it still do, since the jenis prints its own sum. Its printed lebih /
    # (kurang) moved with the mistyped anggaran, so that column breaks there too.
    jenis = next(x for x in lines if x.code == "5.1.2")
    stated = {e.value for f in errors for e in f.evidence if e.role == "stated total"}
    assert jenis.anggaran in stated
    assert stated <= {jenis.anggaran, jenis.realisasi - jenis.anggaran}


def test_lebih_kurang_percent_read_as_share_of_anggaran(tmp_path: Path) -> None:
    """The "%" under BERTAMBAH / (BERKURANG) prints realisasi / anggaran: its rows show it,
    and since no heading says so its findings could only be warnings."""
    _, doc = _read(LedgerLayout(), tmp_path)
    cells = [b.cells["persen"] for b in doc.budget if "persen" in b.cells]
    assert cells and all("column_role_values" in c.inferred for c in cells)
