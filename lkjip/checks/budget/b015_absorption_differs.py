"""LKJ-B015: one indicator, two different budget absorption percents for the same year."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.certainty import flag
from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.indicators.common import equal_runs, indicator_groups, join_list, short, where
from lkjip.checks.indicators.k009_capaian_differs import same_capaian
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.numbers import parse_number
from lkjip.records import ABSORPTION, Cell, Extraction, IndicatorRow

Fact = tuple[IndicatorRow, float, Cell]


def absorption_of(row: IndicatorRow) -> tuple[float, Cell] | None:
    """The absorption percent a row prints, as one figure on one line ("94,46", "89,76 %");
    None for a dash, words, or a figure wrapped over lines, whose digits are in doubt."""
    cell = row.cells.get(ABSORPTION)
    if cell is None:
        return None
    text = cell.text.strip().rstrip("%").strip()
    if not text or "\n" in text or not re.fullmatch(r"\d[\d.,]*", text):
        return None
    parsed = parse_number(text)
    return (float(parsed.value), cell) if parsed is not None else None


def _one_per_table(facts: list[Fact]) -> list[Fact]:
    """One figure per table: a table printing the name twice with different percents (two
    programmes under one indicator) says nothing certain about the indicator's."""
    by_table: dict[str, list[Fact]] = {}
    for fact in facts:
        by_table.setdefault(fact[0].table, []).append(fact)
    return [got[0] for got in by_table.values()
            if all(same_capaian((f[1], f[2].text), (got[0][1], got[0][2].text)) for f in got)]


@register
class AbsorptionDiffers(Rule):
    """Flags an indicator whose budget absorption percent for one year is printed
    differently in two tables.

    Why: the analysis of efficiency ("Penyerapan Anggaran %" beside the capaian) and the
    analysis of the programmes behind each indicator ("Keuangan: Pagu | Realisasi |
    Capaian %", or "Capaian (%)" over "Fisik | Keuangan") restate how much of the budget
    behind one indicator was spent; two different figures mean one table was copied from
    another draft or computed from other amounts, and the efficiency read from it is wrong.

    Example: LKIP Bappeda Provinsi Jawa Barat 2016 prints the absorption of "Tingkat
    Kesesuaian Target Kegiatan Renja OPD Terhadap Target Prioritas Pembangunan RKPD" as
    94,46 % in Tabel 3.6 (Penyerapan Anggaran) but 89,76 % in Tabel 3.7 (Keuangan,
    Capaian %).

    Compared: the absorption column of indicator rows (read from its header, never the
    physical progress "Fisik" beside it), same indicator (strict name matching, context
    apart), same year, in different tables; only where the column prints one figure per
    indicator, and a table printing the name twice with different figures is left out.
    Tolerance: one unit of the coarser printed precision, plus the `percent-extra-tolerance`
    setting. Always a warning: one table may give the absorption of all the programmes
    behind the indicator and the other of one of them, which their headers do not say.
    Where the row prints the pagu and realisasi too, LKJ-B003 recomputes the percent.
    """

    code = "LKJ-B015"
    title: ClassVar[dict[str, str]] = {"en": "Same indicator, different budget absorption",
                                       "id": "Indikator sama, penyerapan anggaran berbeda"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        for group in indicator_groups(doc):
            by_year: dict[int | None, list[Fact]] = {}
            for row in group:
                if (got := absorption_of(row)) is not None:
                    by_year.setdefault(row.year, []).append((row, *got))
            for year, facts in by_year.items():
                facts = _one_per_table(facts)
                if len(facts) >= 2:
                    yield from self._compare(year, facts, config)

    def _compare(self, year: int | None, facts: list[Fact], config: CheckConfig) -> Iterator[Finding]:
        values = equal_runs(facts, lambda a, b: same_capaian((a[1], a[2].text), (b[1], b[2].text),
                                                             config.percent_extra_tolerance))
        if len(values) < 2:
            return
        values.sort(key=len)  # most tables agree, one differs: name the odd one first
        name = short(facts[0][0].indikator)
        sides = {lang: " vs ".join(
            f'{_printed(v[0][2])} ({join_list([where(f[0], lang, f[2]) for f in v], lang)})' for v in values)
            for lang in ("en", "id")}
        year_en = f" for {year}" if year is not None else ""
        year_id = f" untuk tahun {year}" if year is not None else ""
        evidence = [Evidence(f[2], f[1], "table percent") for v in values for f in v]
        yield flag(
            self,
            f'Indicator "{name}" has different budget absorption percents{year_en}: {sides["en"]}. '
            "Check which pagu and realisasi each percent is computed from.",
            f'Indikator "{name}" memiliki persentase penyerapan anggaran berbeda{year_id}: {sides["id"]}. '
            "Periksa dari pagu dan realisasi mana tiap persentase dihitung.",
            evidence,
        )


def _printed(cell: Cell) -> str:
    return " ".join(cell.text.split())
