"""LKJ-K001: one indicator, two different targets for the same year."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.finding import Finding, Severity
from lkjip.checks.indicators.common import (
    evidence,
    indicator_groups,
    join_list,
    printed,
    short,
    where,
)
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.numbers import units_equivalent
from lkjip.records import Extraction, IndicatorRow


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
    indicator (names matched strictly, see `lkjip.match.identity`). Targets in different
    units are left to LKJ-K003. Tolerance: none; values are compared as printed
    (429.352 and 429352 are equal).
    """

    code = "LKJ-K001"
    title: ClassVar[dict[str, str]] = {"en": "Same indicator, different targets", "id": "Indikator sama, target berbeda"}
    severity: ClassVar[Severity] = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        for group in indicator_groups(doc):
            by_year: dict[int | None, list[IndicatorRow]] = {}
            for row in group:
                if row.target is not None and row.target.value is not None:
                    by_year.setdefault(row.year, []).append(row)
            for rows in by_year.values():
                if len({r.table for r in rows}) < 2:
                    continue
                yield from self._compare(rows)

    def _compare(self, rows: list[IndicatorRow]) -> Iterator[Finding]:
        values: dict[float, list[IndicatorRow]] = {}
        for row in rows:
            values.setdefault(float(row.target.value), []).append(row)
        if len(values) < 2:
            return
        firsts = [rs[0] for rs in values.values()]
        if not all(units_equivalent(firsts[0].target.unit, r.target.unit) or
                   r.target.unit is None or firsts[0].target.unit is None for r in firsts):
            return  # a unit mismatch: LKJ-K003 says so
        name = short(rows[0].indikator)
        msg = {}
        for lang in ("en", "id"):
            sides = [f'"{printed(rs[0].target)}" ({join_list([where(r, lang, r.cells.get("target")) for r in rs], lang)})'
                     for rs in values.values()]
            msg[lang] = sides
        yield self.finding(
            f'Indicator "{name}" has different targets for {rows[0].year}: ' + " vs ".join(msg["en"]) + ".",
            f'Indikator "{name}" memiliki target berbeda untuk tahun {rows[0].year}: ' +
            " vs ".join(msg["id"]) + ".",
            [evidence(r, "target", float(r.target.value), "target") for rs in values.values() for r in rs],
        )
