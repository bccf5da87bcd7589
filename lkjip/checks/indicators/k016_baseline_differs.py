"""LKJ-K016: one indicator, two different baselines ("Eksisting", "Kondisi Awal") for the same year."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import ClassVar

from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.indicators.common import indicator_groups, printed, same_value, short, where
from lkjip.checks.indicators.composite_figures import figures, like_pairs
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.records import BASELINE, Cell, Extraction, IndicatorRow


@register
class BaselineDiffers(Rule):
    """Flags an indicator whose baseline of one year (the column "Eksisting 2013",
    "Kondisi Awal 2018", "Baseline", "Capaian Awal") differs between two tables.

    Why: the starting point is fixed once, when the plan is written; every later target
    and every "kenaikan sejak awal" is measured from it. Two tables stating two starting
    points for one indicator means one of them was copied from another draft.

    Example: LKIP 2016 Inspektorat Provinsi Jawa Barat, Lampiran 1b (p. 2) gives "Jumlah
    auditor dan P2UPD bersertifikat" an Eksisting 2013 of "65 orang", Lampiran 1c (p. 4)
    "62"; and "Persentase OPD yang nilai evaluasi LKIP adalah ≥ B" is "20% (11 OPD)" on
    p. 2 but "≥B = 12 OPD (20%)" on p. 3: the percentage agrees, the count does not.

    Compared: the baselines of rows of the same indicator (names matched as LKJ-K001 matches
    them) whose headers name the same year, in different tables. A cell stating a figure
    two ways ("20% (11 OPD)") is compared figure by figure, like with like: a percentage
    with the percentage, a count of OPD with the count of OPD; a bare number with a cell of
    one figure only. Values as printed ("32,20%" and "32,2" agree). A baseline is never
    compared with a target or a realisasi. Always a warning: a baseline column is read from
    its header's words, and which figure of a composite cell restates which is a reading.
    """

    code = "LKJ-K016"
    title: ClassVar[dict[str, str]] = {"en": "Same indicator, different baselines",
                                       "id": "Indikator sama, kondisi awal (baseline) berbeda"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        for group in indicator_groups(doc):
            by_year: dict[int, list[IndicatorRow]] = {}
            for row in group:
                if row.baseline is not None and row.baseline_year is not None:
                    by_year.setdefault(row.baseline_year, []).append(row)
            for year, rows in by_year.items():
                first = rows[0]
                for other in rows[1:]:
                    if other.table != first.table:
                        yield from self._compare(year, first, other)

    def _compare(self, year: int, a: IndicatorRow, b: IndicatorRow) -> Iterator[Finding]:
        if a.baseline is None or b.baseline is None:
            return
        for fa, fb in like_pairs(figures(a.baseline), figures(b.baseline)):
            if same_value((fa.text, fa.value), (fb.text, fb.value)):
                continue
            name = short(a.indikator)
            ca, cb = _cell(a), _cell(b)
            sa, sb = _shown(fa.text, a, "en"), _shown(fb.text, b, "en")
            en = (f'Indicator "{name}" has different baselines for {year}: {sa} ({where(a, "en", ca)}) and {sb} '
                  f'({where(b, "en", cb)}). Check which starting point the plan fixed.')
            sa, sb = _shown(fa.text, a, "id"), _shown(fb.text, b, "id")
            idn = (f'Indikator "{name}" memiliki kondisi awal (baseline) tahun {year} yang berbeda: {sa} '
                   f'({where(a, "id", ca)}) dan {sb} ({where(b, "id", cb)}). '
                   "Periksa kondisi awal mana yang ditetapkan rencana.")
            # Evidence shows the figure compared, not the whole composite cell ("11 OPD" of
            # "20% (11 OPD)"): the cell's other figure agrees and is no part of the finding.
            yield self.finding(en, idn, [Evidence(replace(ca, text=fa.text), fa.value, BASELINE),
                                         Evidence(replace(cb, text=fb.text), fb.value, BASELINE)])


def _cell(row: IndicatorRow) -> Cell:
    if (cell := row.cells.get(BASELINE)) is not None:
        return cell
    text = row.baseline.text if row.baseline is not None else ""
    return Cell(text, row.page, row.table, row.row, BASELINE)


def _shown(figure: str, row: IndicatorRow, lang: str) -> str:
    """The compared figure, with the cell it was read from where the cell says more."""
    whole = printed(row.baseline)
    figure = " ".join(figure.split())
    if figure == whole:
        return f'"{figure}"'
    return f'"{figure}" in "{whole}"' if lang == "en" else f'"{figure}" pada "{whole}"'
