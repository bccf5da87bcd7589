"""A comparison with the medium-term (Renstra) target, generated: where the table prints
only the year's target and realisasi beside its capaian, a capaian they do not give is an
error (LKJ-K004); where it also prints the end-of-plan target, the capaian may be against
that one, so at most a warning. Where its only year is the report's ("Target RPJMD Tahun
2021 | Realisasi | Capaian"), a realisasi that differs from the Pengukuran's is an error
(LKJ-K002).
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from lkjip.checks.runner import run_checks
from lkjip.extract.limits import ReadLimits
from lkjip.pipeline import extract
from tests.generator.build import render
from tests.generator.model import ExtraTable, Report, consistent_report, percent_of, percent_text


def _with_comparison(report: Report, end_target: bool) -> tuple[Report, str]:
    """The Pengukuran restated as "Perbandingan … dengan Target Jangka Menengah", one
    capaian printed 9 points off (without an end target) or against the end target."""
    out = copy.deepcopy(report)
    y = out.year
    rows = [copy.deepcopy(i) for i in out.pengukuran]
    ind = next(i for i in rows if float(i.capaian.replace(",", ".")) >= 20)
    columns = [(f"TARGET {y}", "target"), (f"REALISASI {y}", "realisasi"), ("CAPAIAN KINERJA (%)", "capaian")]
    if end_target:
        for i in rows:
            i.target_end = i.target * 1.25
            i.capaian = percent_text(percent_of(i.realisasi, i.target_end))
        columns.append(("TARGET AKHIR RENSTRA", "target_end"))
    else:
        ind.capaian = percent_text(float(ind.capaian.replace(",", ".")) + 9)
    out.extras.append(ExtraTable("III", f"Tabel 3.5 Perbandingan Realisasi Kinerja Tahun {y} dengan Target "
                                 "Jangka Menengah", rows, columns))
    return out, ind.capaian


@pytest.mark.parametrize("layout", ["bulleted", "rowwise"])
def test_medium_term_comparison_capaian_off_is_an_error(layout: str, tmp_path: Path) -> None:
    report, printed = _with_comparison(consistent_report(3, layout), end_target=False)  # type: ignore[arg-type]
    ex = extract(render(report, "pdf", tmp_path / f"medium-{layout}.pdf"), ReadLimits(timeout_s=900))
    assert ex.status == "ok", ex.error
    k004 = [f for f in run_checks(ex) if f.rule == "LKJ-K004" and f.severity == "error"]
    assert any(e.cell.text.rstrip(" %") == printed for f in k004 for e in f.evidence), \
        [(f.severity, f.message["en"]) for f in run_checks(ex) if f.rule == "LKJ-K004"]


@pytest.mark.parametrize("layout", ["bulleted", "rowwise"])
def test_medium_term_comparison_against_the_end_target_raises_no_error(layout: str, tmp_path: Path) -> None:
    report, _ = _with_comparison(consistent_report(3, layout), end_target=True)  # type: ignore[arg-type]
    ex = extract(render(report, "pdf", tmp_path / f"medium-end-{layout}.pdf"), ReadLimits(timeout_s=900))
    assert ex.status == "ok", ex.error
    table = next(t for t in ex.indicator_tables if "Jangka Menengah" in t.caption)
    assert any(c["role"] == "target_akhir" for c in table.columns), table.columns
    errors = [f"{f.rule}: {f.message['en']}" for f in run_checks(ex) if f.severity == "error"]
    assert not errors, errors


@pytest.mark.parametrize("layout", ["bulleted", "rowwise"])
def test_medium_term_comparison_realisasi_under_a_yearless_header_is_compared(layout: str, tmp_path: Path) -> None:
    report = copy.deepcopy(consistent_report(3, layout))  # type: ignore[arg-type]
    y = report.year
    rows = [copy.deepcopy(i) for i in report.pengukuran]
    ind = next(i for i in rows if i.realisasi >= 20)
    ind.realisasi = ind.realisasi + 7
    report.extras.append(ExtraTable("III", f"Tabel 3.5 Perbandingan Realisasi Kinerja Tahun {y} dengan Target "
                                    "Jangka Menengah", rows,
                                    [(f"TARGET RPJMD TAHUN {y}", "target"), ("REALISASI", "realisasi"),
                                     ("CAPAIAN KINERJA (%)", "capaian")]))
    ex = extract(render(report, "pdf", tmp_path / f"medium-real-{layout}.pdf"), ReadLimits(timeout_s=900))
    assert ex.status == "ok", ex.error
    k002 = [f for f in run_checks(ex) if f.rule == "LKJ-K002"]
    assert any(f.severity == "error" and ind.realisasi_text() in f.message["en"] for f in k002), \
        [(f.severity, f.message["en"]) for f in k002]
