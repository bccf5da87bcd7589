"""LKJ-B011: the pagu of Bab II's budget list against the realisation table, line by line."""

from __future__ import annotations

from lkjip.checks.budget.b011_planned_pagu_vs_realisasi import PlannedPaguVsRealisasi
from lkjip.checks.rule import CheckConfig
from lkjip.records import BudgetRow
from tests.budget.builders import doc, row, seed_table

CFG = CheckConfig(lang="en")


def _plan(*lines: tuple[str, str, str], page: int = 36) -> list[BudgetRow]:
    """A "Pagu Program/Kegiatan" list of Bab II (level, name, pagu), levels printed."""
    out = []
    for i, (level, name, pagu) in enumerate(lines):
        r = row("p36-t1", i, level, name, anggaran=pagu, page=page, kind="program_anggaran")
        r.level_evidence = "word"
        out.append(r)
    return out


def _table() -> list[BudgetRow]:
    rows = seed_table()
    for r in rows:
        r.level_evidence = "word"
    return rows


def _run(rows: list[BudgetRow]) -> list:
    return list(PlannedPaguVsRealisasi().check(doc(rows), CFG))


def test_b011_plan_agrees_with_the_table() -> None:
    plan = _plan(("program", "Program Pelayanan Administrasi Perkantoran", "2.316.431.000"),
                 ("kegiatan", "Penyediaan Bahan Bacaan", "1.640.000.000"),
                 ("kegiatan", "Kegiatan Peningkatan Ketatausahaan", "676.431.000"))
    assert _run(_table() + plan) == []


def test_b011_kegiatan_pagu_differs_is_a_warning_naming_both_pages() -> None:
    plan = _plan(("kegiatan", "Kegiatan Pelayanan Tamu Kepala Daerah", "393.919.000"))
    (f,) = _run(_table() + plan)
    assert f.severity == "warning" and "54.000.000" in f.message["en"] and "selisih" in f.message["id"]
    assert {e.cell.page for e in f.evidence} == {36, 17}
    assert [e.role for e in f.evidence] == ["planned pagu", "Realisasi Anggaran table"]


def test_b011_program_pagu_differs_outside_the_pk() -> None:
    plan = _plan(("program", "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", "2.361.431.000"))
    (f,) = _run(_table() + plan)
    assert "45.000.000" in f.message["en"]


def test_b011_pk_programs_are_left_to_b005() -> None:
    plan = _plan(("program", "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", "2.361.431.000"), page=8)
    assert _run(_table() + plan) == []


def test_b011_a_longer_or_shared_name_is_not_paired() -> None:
    # "… Tamu Kepala Daerah UPTD Balai" is another kegiatan; two plan lines claiming one
    # table line leave it alone; a level guessed from position is not compared.
    plan = _plan(("kegiatan", "Kegiatan Pelayanan Tamu Kepala Daerah UPTD Balai Benih Cimanggu", "1.000.000"),
                 ("kegiatan", "Kegiatan Pemberitaan dan Publikasi", "1.000.000"),
                 ("kegiatan", "Pemberitaan dan Publikasi.", "2.000.000"))
    guessed = _plan(("kegiatan", "Kegiatan Pelayanan Acara dan Keprotokolan", "1.000.000"))
    guessed[0].level_evidence = "position"
    assert _run(_table() + plan + guessed) == []


def test_b011_a_plan_line_cut_to_an_abbreviation_is_paired() -> None:
    # Summaries cut "Administrasi" to "Adm": the same program, its pagu compared.
    plan = _plan(("program", "Program Pelayanan Adm Perkantoran", "2.361.431.000"))
    (f,) = _run(_table() + plan)
    assert "45.000.000" in f.message["en"]
