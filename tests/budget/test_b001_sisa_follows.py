"""LKJ-B001 on a table whose every line prints sisa = anggaran - realisasi: a realisasi total
off its parts makes the sisa total off by the same amount, told once, not twice."""

from __future__ import annotations

from lkjip.checks.budget.b001_parts_vs_total import PartsVsTotal
from lkjip.checks.rule import CheckConfig
from tests.budget.builders import doc, row


def _table(program_realisasi: str, program_sisa: str, kegiatan_sisa: str = "84.711.435,00") -> list:  # type: ignore[type-arg]
    rows = [row("p29-t1", 1, "program", "Program Pemantapan Pemerintahan Desa", anggaran="2.150.000.000,00",
                realisasi=program_realisasi, sisa=program_sisa),
            row("p29-t1", 2, "kegiatan", "Pembinaan Pemerintahan Desa", anggaran="1.250.000.000,00",
                realisasi="1.165.288.565,00", sisa=kegiatan_sisa, parent=0),
            row("p29-t1", 3, "kegiatan", "Peningkatan Kapasitas Aparatur Desa", anggaran="900.000.000,00",
                realisasi="299.613.050,00", sisa="600.386.950,00", parent=0),
            row("p29-t1", 4, "program", "Program Pelayanan Administrasi Perkantoran", anggaran="100.000.000,00",
                realisasi="91.580.000,00", sisa="8.420.000,00")]  # the list goes on: the program's lines end
    return rows


def _columns(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [f.evidence[0].cell.column for f in PartsVsTotal().check(doc(rows), CheckConfig())]


def test_a_sisa_gap_that_only_mirrors_the_realisasi_gap_is_not_told_again() -> None:
    # Realisasi printed 1.540.000.000 (parts 1.464.901.615); sisa 610.000.000 = 2.150.000.000 - 1.540.000.000.
    assert _columns(_table("1.540.000.000,00", "610.000.000,00")) == ["realisasi"]


def test_a_sisa_gap_of_its_own_is_still_told() -> None:
    # Kegiatan 1's sisa printed 84.711,00: that line's own arithmetic fails, so the sisa gap is news.
    assert _columns(_table("1.540.000.000,00", "610.000.000,00", kegiatan_sisa="84.711,00")) == ["realisasi", "sisa"]
