"""LKJ-K001: one indicator, two different targets for the same year."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.indicators.common import (
    as_uncertain,
    basis,
    benchmarked,
    indicator_groups,
    join_list,
    measure_uncertain,
    printed,
    same_value,
    short,
    where,
)
from lkjip.checks.indicators.target_grade import grade_of
from lkjip.checks.indicators.target_range import range_bounds
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
    indicator (names matched strictly: case, bullets and outline numbers aside; one name under two
    sasaran or kegiatan of one table is two indicators). Targets in different units are
    left to LKJ-K003. Tolerance: none; values are compared as printed (429.352 and 429352
    are equal). A target printed as a range ("75,70 – 76,20") is compared by its two bounds,
    with the other printed_only of that year, and one printed as a grade alone ("BB") with the
    other grades, as a warning (which bound counts is the agency's convention; a grade is
    read from text).

    Only like is compared with like. A revision is not a contradiction: where the
    document has a Perjanjian Kinerja Perubahan, the original PK's different target is
    reported as info ("target revised from 80 to 90"), and the other tables are compared
    with the revised one. A plan's target (Renstra/RPJMD year column, Renja/RKT, IKU list,
    Rencana Aksi) that differs from the year's agreed target is info too. A table whose
    kind was not recognised, or a comparison with the Renstra or national figures whose
    column does not name the year, gives a warning, not an error. A next year's PK printed in
    the Lampiran has that year (from its caption) and is compared with nothing of this
    year. A target-less comparison's benchmark (the national figure read as its target)
    is compared with nothing.
    """

    code = "LKJ-K001"
    title: ClassVar[dict[str, str]] = {"en": "Same indicator, different targets", "id": "Indikator sama, target berbeda"}
    severity: ClassVar[Severity] = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        for group in indicator_groups(doc):
            by_year: dict[int | None, list[tuple[IndicatorRow, Any, Cell | None]]] = {}
            printed_only: dict[int | None, list[tuple[IndicatorRow, Any, Cell | None]]] = {}
            for row in group:
                for year, (q, cell) in targets_by_year(row).items():
                    if q.value is not None and not benchmarked(cell):
                        by_year.setdefault(year, []).append((row, q, cell))
                    elif _printed_key(q) is not None and basis(row) != "plan":
                        printed_only.setdefault(year, []).append((row, q, cell))
            for year, entries in by_year.items():
                if len({row.table for row, _, _ in entries}) >= 2:
                    yield from self._compare(year, entries)
            for year, entries in printed_only.items():
                yield from self._differ_printed(year, entries)

    def _compare(self, year: int | None, entries: list[tuple[IndicatorRow, Any, Cell | None]]) -> Iterator[Finding]:
        revised = [e for e in entries if basis(e[0]) == "revised"]
        plan = [e for e in entries if basis(e[0]) == "plan"]
        # With a PK Perubahan, the original PK's targets are superseded.
        superseded = [e for e in entries if revised and e[0].detail == "perjanjian_kinerja"
                      and basis(e[0]) == "agreed"]
        current = [e for e in entries if e not in plan and e not in superseded]
        yield from self._differ(year, current)
        reference = current or revised
        if superseded and revised:
            yield from self._noted(year, superseded, revised, "revised")
        if plan and reference:
            yield from self._noted(year, plan, reference, "plan")

    def _noted(self, year: int | None, side: list[tuple[IndicatorRow, Any, Cell | None]],
               reference: list[tuple[IndicatorRow, Any, Cell | None]], why: str) -> Iterator[Finding]:
        """Info: a superseded or planned target that differs from the year's."""
        ref_row, ref_q, ref_cell = reference[0]
        for row, q, cell in side:
            if any(same_value((q.text, float(q.value)), (r[1].text, float(r[1].value))) for r in reference):
                continue
            if q.unit is not None and ref_q.unit is not None and not units_equivalent(q.unit, ref_q.unit):
                continue
            name = short(row.indikator)
            if why == "revised":
                en = (f'Indicator "{name}": target for {year} revised from "{printed(q)}" ({where(row, "en", cell)}) '
                      f'to "{printed(ref_q)}" ({where(ref_row, "en", ref_cell)}).')
                idn = (f'Indikator "{name}": target tahun {year} direvisi dari "{printed(q)}" '
                       f'({where(row, "id", cell)}) menjadi "{printed(ref_q)}" ({where(ref_row, "id", ref_cell)}).')
            else:
                en = (f'Indicator "{name}": the plan\'s target for {year} is "{printed(q)}" ({where(row, "en", cell)}), '
                      f'the year\'s target "{printed(ref_q)}" ({where(ref_row, "en", ref_cell)}); a plan may be '
                      f"revised by the annual agreement.")
                idn = (f'Indikator "{name}": target rencana untuk tahun {year} "{printed(q)}" '
                       f'({where(row, "id", cell)}), target tahunan "{printed(ref_q)}" ({where(ref_row, "id", ref_cell)}); '
                       "rencana dapat direvisi oleh perjanjian tahunan.")
            yield self.finding(en, idn, [Evidence(cell or Cell(q.text, row.page, row.table, row.row, "target"),
                                                  float(q.value), "target"),
                                         Evidence(ref_cell or Cell(ref_q.text, ref_row.page, ref_row.table,
                                                                   ref_row.row, "target"),
                                                  float(ref_q.value), "target")], severity="info")

    def _differ(self, year: int | None, entries: list[tuple[IndicatorRow, Any, Cell | None]]) -> Iterator[Finding]:
        if len({row.table for row, _, _ in entries}) < 2:
            return
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
        sides = _sides(groups)
        # A table that may hold another measure is a doubt on its value (certainty rule).
        yield self.finding(
            f'Indicator "{name}" has different targets for {year}: {sides["en"]}.',
            f'Indikator "{name}" memiliki target berbeda untuk tahun {year}: {sides["id"]}.',
            [Evidence(as_uncertain(c or Cell(q.text, r.page, r.table, r.row, "target"),
                                   measure_uncertain(r, "target", year)), float(q.value), "target")
             for g in groups for r, q, c in g],
        )

    def _differ_printed(self, year: int | None,
                       entries: list[tuple[IndicatorRow, Any, Cell | None]]) -> Iterator[Finding]:
        """A target printed as a range ("75,70 – 76,20") or a grade ("BB") that another
        table prints otherwise. A warning: which bound the agency holds to is its
        convention, and a grade is read from text, not from a number."""
        if any(r.version == "perubahan" for r, _, _ in entries):
            return  # a revised agreement: the original's target is superseded, not contradicted
        groups: dict[object, list[tuple[IndicatorRow, Any, Cell | None]]] = {}
        for entry in entries:
            groups.setdefault(_printed_key(entry[1]), []).append(entry)
        if len({type(k) for k in groups}) > 1:
            return  # a range in one table, a grade in another: not one kind of target
        if len(groups) < 2 or len({row.table for row, _, _ in entries}) < 2:
            return
        ordered = sorted(groups.values(), key=len)  # the odd one first
        name = short(entries[0][0].indikator)
        sides = _sides(ordered)
        yield self.finding(
            f'Indicator "{name}" has different targets for {year}: {sides["en"]}.',
            f'Indikator "{name}" memiliki target berbeda untuk tahun {year}: {sides["id"]}.',
            [Evidence(c or Cell(q.text, r.page, r.table, r.row, "target"), None, "target")
             for g in ordered for r, q, c in g],
            severity="warning",
        )


def _sides(groups: list[list[tuple[IndicatorRow, Any, Cell | None]]]) -> dict[str, str]:
    """Each group's printed target with where it is printed, joined by "vs", per language."""
    return {lang: " vs ".join(
        f'"{printed(g[0][1])}" ({join_list([where(r, lang, c) for r, _, c in g], lang)})' for g in groups)
        for lang in ("en", "id")}


def _printed_key(q: Any) -> tuple[float, float] | str | None:
    """What a target without one value states: a range's bounds or a grade."""
    return range_bounds(q) or grade_of(q)


def targets_by_year(row: IndicatorRow) -> dict[int | None, tuple[Any, Cell | None]]:
    """Every target a row states, by year (a plan table states several)."""
    out: dict[int | None, tuple[Any, Cell | None]] = {}
    for year, q in row.target_by_year.items():
        if q is not None:
            out[year] = (q, row.cells.get(f"target_{year}"))
    if row.target is not None and row.year not in out:
        out[row.year] = (row.target, row.cells.get("target"))
    return out
