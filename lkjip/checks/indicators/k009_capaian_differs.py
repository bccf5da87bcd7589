"""LKJ-K009: one indicator, two different capaian for the same year."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.certainty import flag
from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.indicators.common import (
    PLAN_KINDS,
    as_uncertain,
    benchmarked,
    equal_runs,
    indicator_groups,
    join_list,
    measure_uncertain,
    short,
    where,
)
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.numbers import decimals_printed
from lkjip.records import Cell, Extraction, IndicatorRow

Fact = tuple[IndicatorRow, float, str, Cell | None]


def capaian_by_year(row: IndicatorRow) -> dict[int | None, tuple[float, str, Cell | None]]:
    """Every capaian a row prints, by year (a comparison table prints several)."""
    out: dict[int | None, tuple[float, str, Cell | None]] = {}
    for year, value in row.capaian_by_year.items():
        out[year] = (value, row.capaian_texts.get(year, str(value)), row.cells.get(f"capaian_{year}"))
    if row.capaian is not None and row.year not in out:
        out[row.year] = (row.capaian, row.capaian_text or str(row.capaian), row.cells.get("capaian"))
    return out


def _step(text: str) -> float:
    return 10.0 ** -decimals_printed(text, None)


def same_capaian(a: tuple[float, str], b: tuple[float, str], extra: float = 0.0) -> bool:
    """Equal at the coarser printed precision ("104" and "104,35"; "99,9" and "99,87"),
    rounded or truncated."""
    return abs(a[0] - b[0]) <= max(_step(a[1]), _step(b[1])) + extra + 1e-9


def _capaian_only(row: IndicatorRow) -> bool:
    """A row of a table that prints capaian and nothing it is computed from."""
    return row.target is None and row.realisasi is None and not row.target_by_year and not row.realisasi_by_year


@register
class CapaianDiffers(Rule):
    """Flags an indicator whose capaian for one year is printed differently in two tables.

    Why: the Pengukuran Kinerja, the year comparisons, the comparison with the Renstra
    target and the Lampiran restate one capaian; a different number in one of them is a
    copy error (a dropped digit, "8,50" for "88,50") or a capaian computed from another
    target, and a reader cannot tell which one the agency means.

    Example: LAKIP Provinsi Sumatera Utara 2021 prints the capaian of "Tingkat kemantapan
    jalan Provinsi" as 8,50 % in Tabel 3.2 but 88,50 % in Tabel 3.4 and in the text.

    Compared: capaian columns of the same year (a "Capaian Tahun Lalu" column is last
    year's), same indicator (strict name matching, context apart). A capaian against the
    Renstra end target is another measure and is not compared; nor are plan tables, nor
    the ratio a target-less table prints to last year's or the national figure.
    Tolerance: one unit of the coarser printed precision ("104" and "104,35" agree, as
    reports round or truncate), plus the `percent-extra-tolerance` setting. A table of no recognised
    kind, or a comparison with the Renstra or national figures whose capaian column does
    not name the year, makes the finding a warning; a table of capaian only joins the
    comparison only where the other tables agree.
    """

    code = "LKJ-K009"
    title: ClassVar[dict[str, str]] = {"en": "Same indicator, different capaian",
                                       "id": "Indikator sama, capaian berbeda"}
    severity: ClassVar[Severity] = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        for group in indicator_groups(doc):
            by_year: dict[int | None, list[Fact]] = {}
            for row in group:
                if row.detail in PLAN_KINDS:
                    continue
                for year, (value, text, cell) in capaian_by_year(row).items():
                    if benchmarked(cell):
                        continue  # a ratio to last year's or the national figure
                    by_year.setdefault(year, []).append((row, value, text, cell))
            for year, facts in by_year.items():
                # A capaian printed with nothing it is computed from (a table of capaian
                # only) is always in doubt: where the other tables already disagree it
                # would only turn their finding into a warning, so it joins a comparison
                # only when they do not.
                targeted = [f for f in facts if not _capaian_only(f[0])]
                first = list(self._compare(year, targeted, config)) \
                    if len(targeted) < len(facts) and len({f[0].table for f in targeted}) >= 2 else []
                if first:
                    yield from first
                elif len({f[0].table for f in facts}) >= 2:
                    yield from self._compare(year, facts, config)

    def _compare(self, year: int | None, facts: list[Fact], config: CheckConfig) -> Iterator[Finding]:
        values = equal_runs(facts, lambda a, b: same_capaian((a[1], a[2]), (b[1], b[2]),
                                                             config.percent_extra_tolerance))
        if len(values) < 2:
            return
        # Most tables agree, one differs: name the odd one first.
        values.sort(key=len)
        name = short(facts[0][0].indikator)
        sides = {lang: " vs ".join(
            f'{v[0][2]} ({join_list([where(f[0], lang, f[3]) for f in v], lang)})' for v in values)
            for lang in ("en", "id")}
        evidence = [Evidence(as_uncertain(f[3] or Cell(f[2], f[0].page, f[0].table, f[0].row, "capaian"),
                                          measure_uncertain(f[0], "capaian", year)), f[1], "capaian")
                    for v in values for f in v]
        yield flag(
            self,
            f'Indicator "{name}" has different capaian for {year}: {sides["en"]}.',
            f'Indikator "{name}" memiliki capaian berbeda untuk tahun {year}: {sides["id"]}.',
            evidence,
        )
