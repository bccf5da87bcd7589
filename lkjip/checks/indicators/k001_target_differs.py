"""LKJ-K001: one indicator, two different targets for the same year."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.indicators.common import (
    indicator_groups,
    join_list,
    printed,
    same_value,
    short,
    where,
)
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.numbers import units_equivalent
from lkjip.records import Cell, Extraction, IndicatorRow


@register
class TargetDiffers(Rule):
    """Flags an indicator whose target for one year differs between two tables.

    Why: the Perjanjian Kinerja fixes each target; the Pengukuran Kinerja, the year
    comparison, the Renstra comparison and the Lampiran restate it. When they disagree,
    at least one capaian is computed against the wrong target.

    Example (seed, LKjIP 2018 Biro Humas Provinsi Jambi): "Persentase Peningkatan peran
    serta masyarakat … (Media sosial)" has target "100 % (730 respon)" in the Perjanjian
    Kinerja (p. 7), the Pengukuran Kinerja (p. 11) and the Lampiran (p. 19), but
    "16.6% (730 respon)" in the medium-term comparison (p. 16).

    Compared: the main value of each target, for rows of the same year and the same
    indicator (names matched strictly: case, bullets and outline numbers aside). Targets in different
    units are left to LKJ-K003. Tolerance: none; values are compared as printed
    (429.352 and 429352 are equal).
    """

    code = "LKJ-K001"
    title: ClassVar[dict[str, str]] = {"en": "Same indicator, different targets", "id": "Indikator sama, target berbeda"}
    severity: ClassVar[Severity] = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        for group in indicator_groups(doc):
            by_year: dict[int | None, list[tuple[IndicatorRow, Any, Cell | None]]] = {}
            for row in group:
                for year, (q, cell) in targets_by_year(row).items():
                    if q.value is not None:
                        by_year.setdefault(year, []).append((row, q, cell))
            for year, entries in by_year.items():
                if len({row.table for row, _, _ in entries}) >= 2:
                    yield from self._compare(year, entries)

    def _compare(self, year: int | None, entries: list[tuple[IndicatorRow, Any, Cell | None]]) -> Iterator[Finding]:
        # Values that can be read as one number ("202.955" / "202,955") are one value.
        groups: list[list[tuple[IndicatorRow, Any, Cell | None]]] = []
        for entry in entries:
            key = (entry[1].text, float(entry[1].value))
            home = next((g for g in groups if same_value((g[0][1].text, float(g[0][1].value)), key)), None)
            if home is None:
                groups.append([entry])
            else:
                home.append(entry)
        if len(groups) < 2:
            return
        units = [g[0][1].unit for g in groups]
        if any(u is not None and units[0] is not None and not units_equivalent(u, units[0]) for u in units):
            return  # a unit mismatch: LKJ-K003 says so
        name = short(entries[0][0].indikator)
        sides = {lang: " vs ".join(
            f'"{printed(g[0][1])}" ({join_list([where(r, lang, c) for r, _, c in g], lang)})' for g in groups)
            for lang in ("en", "id")}
        yield self.finding(
            f'Indicator "{name}" has different targets for {year}: {sides["en"]}.',
            f'Indikator "{name}" memiliki target berbeda untuk tahun {year}: {sides["id"]}.',
            [Evidence(c or Cell(q.text, r.page, r.table, r.row, "target"), float(q.value), "target")
             for g in groups for r, q, c in g],
        )


def targets_by_year(row: IndicatorRow) -> dict[int | None, tuple[Any, Cell | None]]:
    """Every target a row states, by year (a plan table states several)."""
    out: dict[int | None, tuple[Any, Cell | None]] = {}
    for year, q in row.target_by_year.items():
        if q is not None:
            out[year] = (q, row.cells.get(f"target_{year}"))
    if row.target is not None and row.year not in out:
        out[row.year] = (row.target, row.cells.get("target"))
    return out
