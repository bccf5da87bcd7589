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


def _program_with_uptd(table: str, page: int, kind: str, names: list[str], pagu: list[str],
                       program: str = "3.846.500.000") -> list[BudgetRow]:
    """A program and its kegiatan (parent linked), levels printed."""
    rows = [row(table, 0, "program", "Program Pemeliharaan Sarana dan Prasarana Aparatur", anggaran=program,
                page=page, kind=kind)]
    rows += [row(table, i + 1, "kegiatan", n, anggaran=a, page=page, kind=kind, parent=0)
             for i, (n, a) in enumerate(zip(names, pagu, strict=True))]
    for r in rows:
        r.level_evidence = "word"
    return rows


_PLAN_NAMES = ["Kegiatan Pemeliharaan Sarana dan Prasarana Kantor",
               "Kegiatan Pemeliharaan Sarana dan Prasarana Kantor BPTP",
               "Kegiatan Pemeliharaan Sarana dan Prasarana Kantor BP2MB"]
# The realisation table spells the UPTD out where the plan prints its acronym.
_TABLE_NAMES = ["Kegiatan Pemeliharaan Sarana dan Prasarana Kantor",
                "Kegiatan Pemeliharaan Sarana Kantor UPTD Balai Proteksi Tanaman Perkebunan (BPTP)",
                "Kegiatan Pemeliharaan Sarana dan Prasarana Kantor Balai Sertifikasi dan Pengawasan Mutu "
                "Benih Tanaman Perkebunan (BSPMB)"]


def test_b011_kegiatan_named_differently_are_paired_by_place_under_the_same_program() -> None:
    plan = _program_with_uptd("p37-t1", 37, "program_anggaran", _PLAN_NAMES,
                              ["2.250.000.000", "891.000.000", "705.500.000"])
    table = _program_with_uptd("p70-t1", 71, "realisasi_anggaran", _TABLE_NAMES,
                               ["2.250.000.000", "891.000.000", "500.000.000"])
    (f,) = _run(plan + table)
    assert f.severity == "warning" and "205.500.000" in f.message["en"] and "place" in f.message["en"]
    assert [(e.cell.page, e.value) for e in f.evidence] == [(37, 705500000.0), (71, 500000000.0)]


def test_b011_kegiatan_by_place_needs_the_program_alike_and_one_line_off() -> None:
    table = _program_with_uptd("p70-t1", 71, "realisasi_anggaran", _TABLE_NAMES,
                               ["2.250.000.000", "891.000.000", "500.000.000"])
    # The programs' anggaran differ (reported as programs): their kegiatan may be other ones.
    other_program = _program_with_uptd("p37-t1", 37, "program_anggaran", _PLAN_NAMES,
                                       ["2.250.000.000", "891.000.000", "705.500.000"], program="3.846.000.000")
    (f,) = _run(other_program + table)
    assert f.message["en"].startswith("“Program Pemeliharaan")
    # Two lines off: the order may be another one.
    two_off = _program_with_uptd("p37-t1", 37, "program_anggaran", _PLAN_NAMES,
                                 ["2.250.000.000", "819.000.000", "705.500.000"])
    assert _run(two_off + table) == []
    # Another kegiatan at the place (names not alike), or another count: left alone.
    unlike = _program_with_uptd("p37-t1", 37, "program_anggaran",
                                [*_PLAN_NAMES[:2], "Kegiatan Evaluasi dan Pelaporan Internal Dinas"],
                                ["2.250.000.000", "891.000.000", "705.500.000"])
    assert _run(unlike + table) == []
    shorter = _program_with_uptd("p37-t1", 37, "program_anggaran", _PLAN_NAMES[:2],
                                 ["2.250.000.000", "891.000.000"])
    assert _run(shorter + table) == []
