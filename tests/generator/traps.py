"""Tables that look like contradictions but compare unlike things: each must raise no error.

Every trap turns a consistent report into one that also prints a table a naive reader
would compare with the year's targets: a revised Perjanjian Kinerja, a Renstra plan with
a target per year, last year's capaian beside this year's, the budget under a "Target"
header, next year's PK in the Lampiran, one indicator name under two sasaran. `expect`
names the rule that should say, as info, what it noticed (None: nothing to say).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

from tests.generator.model import ExtraTable, Indicator, Report, percent_of, percent_text


@dataclass(frozen=True)
class Trap:
    name: str
    description: str
    make: Callable[[Report], None]
    expect_info: str | None = None  # a rule that reports it as info


def _counted(report: Report) -> Indicator:
    return next(i for i in report.pk_indicators if i.unit not in ("%", "nilai"))


def _recompute(ind: Indicator) -> None:
    ind.capaian = percent_text(percent_of(ind.realisasi, ind.target))


def _pk_perubahan(report: Report) -> None:
    """The PK is revised (PK Perubahan) and the year is measured against the revised target."""
    original = _counted(report)
    revised = [copy.deepcopy(i) for i in report.pk_indicators]
    new_target = original.target + 10
    for rows in (revised, report.pengukuran, report.perbandingan, report.lampiran):
        for ind in rows:
            if ind.name == original.name:
                ind.target = new_target
                _recompute(ind)
    if report.text_capaian and report.text_capaian[0] == original.name:
        report.text_capaian = (original.name, next(i for i in report.pengukuran if i.name == original.name).capaian)
    report.extras.append(ExtraTable("II", f"Tabel 2.3 Perjanjian Kinerja Perubahan Tahun {report.year}",
                                    revised, [("TARGET", "target")]))


def _renstra_targets(report: Report) -> None:
    """A Renstra table with a target per year of the plan; the year's differs from the PK."""
    y = report.year
    plan = [copy.deepcopy(i) for i in report.pk_indicators]
    changed = _counted(report)
    for ind in plan:
        if ind.name == changed.name:
            ind.target = ind.target + 7
    years = list(range(y - 1, y + 3))
    columns = [(f"TARGET {year}", "target") for year in years]
    report.extras.append(ExtraTable("II", f"Tabel 2.0 Target Kinerja Renstra Tahun {years[0]}-{years[-1]}",
                                    plan, columns))


def _last_year_capaian(report: Report) -> None:
    """A comparison whose first capaian column is last year's."""
    rows = [copy.deepcopy(i) for i in report.pengukuran]
    for ind in rows:
        ind.capaian_previous = percent_text(percent_of(ind.realisasi_previous or 0, ind.target))
    report.extras.append(ExtraTable("III", f"Tabel 3.3 Perbandingan Capaian Kinerja Tahun {report.year}", rows,
                                    [("TARGET", "target"), ("REALISASI", "realisasi"),
                                     ("CAPAIAN TAHUN LALU (%)", "capaian_previous"), ("CAPAIAN (%)", "capaian")]))


def _budget_under_target(report: Report) -> None:
    """The budget behind each indicator, printed under "Target" and "Realisasi" headers."""
    rows = [copy.deepcopy(i) for i in report.pengukuran]
    for k, ind in enumerate(rows):
        ind.anggaran = 150_000_000 + 25_000_000 * k
    report.extras.append(ExtraTable("III", f"Tabel 3.4 Anggaran Pendukung Indikator Kinerja Tahun {report.year}",
                                    rows, [("TARGET", "anggaran"), ("REALISASI", "anggaran")]))


def _next_year_pk(report: Report) -> None:
    """Next year's Perjanjian Kinerja attached in the Lampiran, with next year's targets."""
    rows = [copy.deepcopy(i) for i in report.pk_indicators]
    for ind in rows:
        ind.target = ind.target + (5 if ind.unit not in ("%", "nilai") else 0)
    report.extras.append(ExtraTable("lampiran", f"Lampiran 2 Perjanjian Kinerja Tahun {report.year + 1}",
                                    rows, [("TARGET", "target")]))


def _shared_name(report: Report) -> None:
    """Two indicators of different sasaran that share one name, with different targets."""
    first = report.pk_indicators[0]
    other_sasaran = next(i for i in report.pk_indicators if i.sasaran_no != first.sasaran_no)
    for rows in (report.pk_indicators, report.pengukuran, report.perbandingan, report.lampiran):
        twin = copy.deepcopy(next(i for i in rows if i.name == first.name))
        twin.sasaran_no, twin.sasaran = other_sasaran.sasaran_no, other_sasaran.sasaran
        twin.target, twin.realisasi = twin.target * 3, twin.realisasi * 3
        twin.realisasi_previous = (twin.realisasi_previous or 0) * 3
        _recompute(twin)
        at = max(k for k, i in enumerate(rows) if i.sasaran_no == twin.sasaran_no) + 1
        rows.insert(at, twin)


TRAPS: tuple[Trap, ...] = (
    Trap("pk_perubahan", "a PK Perubahan revises one target; the Pengukuran uses the revised one",
         _pk_perubahan, expect_info="LKJ-K001"),
    Trap("renstra_targets", "a Renstra table's target for the year differs from the PK",
         _renstra_targets, expect_info="LKJ-K001"),
    Trap("last_year_capaian", "a comparison prints last year's capaian before this year's", _last_year_capaian),
    Trap("budget_under_target", "the budget printed under a 'Target' header", _budget_under_target),
    Trap("next_year_pk", "next year's PK in the Lampiran, with next year's targets", _next_year_pk),
    Trap("shared_name", "two sasaran each with an indicator of the same name and different targets",
         _shared_name),
)
TRAPS_BY_NAME = {t.name: t for t in TRAPS}


def with_trap(report: Report, trap: Trap) -> Report:
    out = copy.deepcopy(report)
    trap.make(out)
    out.notes.append(trap.name)
    return out
