"""Lines under a "PROGRAM/KEGIATAN" heading take the level their namesakes print in
another table (a Penetapan Kinerja's kegiatan, read as "Kegiatan" in the realisation
table), as an inferred level; a name levelled two ways, or too short, stays open."""

from __future__ import annotations

from lkjip.extract.interpret.budget.namesake_levels import levels_from_namesakes
from lkjip.records import BudgetRow


def _row(table: str, name: str, level: str, evidence: str, heading: str) -> BudgetRow:
    return BudgetRow(table=table, table_kind="program_anggaran", page=1, row=0, level=level,  # type: ignore[arg-type]
                     name=name, anggaran=1_000_000.0, level_evidence=evidence, columns={"name": heading})


def test_line_under_two_level_heading_takes_its_namesakes_level() -> None:
    pk = [_row("pk", "RTM OPD Pengawasan Keamanan Pangan", "other", "none", "TARGET PROGRAM/KEGIATAN"),
          _row("pk", "RTM OPD Dewan Ketahanan Pangan", "other", "none", "TARGET PROGRAM/KEGIATAN"),
          _row("pk", "Sekretariat", "other", "none", "PROGRAM/KEGIATAN")]
    realisasi = [_row("lra", "RTM OPD Pengawasan Keamanan Pangan", "kegiatan", "column", "Kegiatan"),
                 _row("lra", "RTM OPD Dewan Ketahanan Pangan", "kegiatan", "column", "Kegiatan"),
                 _row("renja", "RTM OPD Dewan Ketahanan Pangan", "program", "word", "Uraian"),
                 _row("lra", "Sekretariat", "kegiatan", "column", "Kegiatan")]
    levels_from_namesakes(pk + realisasi)
    assert [(r.level, r.level_evidence) for r in pk] == [("kegiatan", "position"), ("other", "none"), ("other", "none")]


def test_heading_of_one_level_is_left_alone() -> None:
    rows = [_row("a", "RTM OPD Pengawasan Keamanan Pangan", "other", "none", "Uraian"),
            _row("b", "RTM OPD Pengawasan Keamanan Pangan", "kegiatan", "column", "Kegiatan")]
    levels_from_namesakes(rows)
    assert rows[0].level == "other"
