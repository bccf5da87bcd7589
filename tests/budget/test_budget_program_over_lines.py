"""LKJ-B005: a program printed on several lines of a per-indicator realisation table,
its lines' pagu summed against the Perjanjian Kinerja (lkjip.checks.budget.program_over_lines)."""

from __future__ import annotations

from lkjip.checks.budget.b005_pk_vs_realisasi import PkVsRealisasi
from lkjip.checks.rule import CheckConfig
from lkjip.records import BudgetRow
from tests.budget.builders import doc, pk_list, row

CFG = CheckConfig(lang="en")
DATA = "Program Pengembangan Data/Informasi/Statistik Daerah"


def _per_indicator(*lines: tuple[str, str]) -> list[BudgetRow]:
    """A "Realisasi Anggaran per Indikator" table: each indicator's line names its program."""
    return [row("p43-t1", i, "program", name, anggaran=pagu, realisasi="1.000.000", page=44 + i // 2)
            for i, (name, pagu) in enumerate(lines)]


def _run(pk_amount: str, table: list[BudgetRow]) -> list:
    return list(PkVsRealisasi().check(doc(table + pk_list([pk_amount], [DATA])), CFG))


def test_b005_program_lines_adding_up_to_more_than_the_pk_are_a_warning() -> None:
    table = _per_indicator((DATA, "2.420.810.000"), ("Program Penataan Ruang", "2.069.307.000"),
                           (DATA, "1.397.870.000,00"), (DATA, "871.800.000"))
    (f,) = _run("3.216.980.000", table)
    assert f.severity == "warning" and "4.690.480.000" in f.message["en"] and "3 baris" in f.message["id"]
    assert [e.value for e in f.evidence] == [3216980000.0, 2420810000.0, 1397870000.0, 871800000.0]


def test_b005_program_lines_within_the_pk_or_repeating_its_pagu_are_left_alone() -> None:
    # Shares under the program's anggaran: other kegiatan may fund no indicator.
    assert _run("5.000.000.000", _per_indicator((DATA, "2.420.810.000"), (DATA, "1.397.870.000"))) == []
    # The program's pagu printed on every line of its indicators: a repetition, not shares.
    assert _run("3.216.980.000", _per_indicator((DATA, "3.216.980.000"), (DATA, "3.216.980.000"))) == []
    # Lines nested under another line are its parts.
    nested = _per_indicator((DATA, "2.420.810.000"), (DATA, "1.397.870.000"))
    nested[1].parent = 0
    assert _run("3.216.980.000", nested) == []
