"""Like is compared only with like: each trap (a table a naive reader would compare with
the year's targets) raises no error, and each real contradiction of a capaian is found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip.checks.runner import run_checks
from lkjip.extract.limits import ReadLimits
from lkjip.pipeline import extract
from tests.generator.build import render
from tests.generator.model import LAYOUTS, consistent_report
from tests.generator.traps import TRAPS, Trap, with_trap

FORMATS = ("pdf", "docx")


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("traps")


def _run(trap: Trap, fmt: str, layout: str, out_dir: Path):  # type: ignore[no-untyped-def]
    report = with_trap(consistent_report(1, layout), trap)  # type: ignore[arg-type]
    path = render(report, fmt, out_dir / f"{fmt}-{layout}-{trap.name}.{fmt}")
    ex = extract(path, ReadLimits(timeout_s=900))
    assert ex.status == "ok", ex.error
    return ex, run_checks(ex)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("trap", TRAPS, ids=[t.name for t in TRAPS])
def test_trap_raises_no_error(trap: Trap, fmt: str, layout: str, out_dir: Path) -> None:
    _, findings = _run(trap, fmt, layout, out_dir)
    errors = [f"{f.rule}: {f.message['en']}" for f in findings if f.severity == "error"]
    assert not errors, f"{trap.name} ({trap.description}): " + "\n".join(errors)
    if trap.expect_info:
        infos = [f for f in findings if f.rule == trap.expect_info and f.severity == "info"]
        assert infos, f"{trap.name}: expected an info finding of {trap.expect_info}"


def test_pk_perubahan_is_read_as_a_revision(out_dir: Path) -> None:
    ex, findings = _run(next(t for t in TRAPS if t.name == "pk_perubahan"), "pdf", "rowwise", out_dir)
    kinds = {(t.kind, t.version) for t in ex.indicator_tables}
    assert ("pk_perubahan", "perubahan") in kinds and ("perjanjian_kinerja", "original") in kinds
    revised = [f for f in findings if f.rule == "LKJ-K001"]
    assert any("revised from" in f.message["en"] for f in revised), [f.message["en"] for f in revised]
    # Each decision keeps the words it rests on.
    table = next(t for t in ex.indicator_tables if t.kind == "pk_perubahan")
    assert any(e.what == "kind" and "perubahan" in e.text.lower() for e in table.evidence)


def test_next_year_pk_has_next_year(out_dir: Path) -> None:
    ex, _ = _run(next(t for t in TRAPS if t.name == "next_year_pk"), "pdf", "bulleted", out_dir)
    year = consistent_report(1, "bulleted").year
    lampiran_pk = [t for t in ex.indicator_tables if t.kind == "perjanjian_kinerja" and t.year == year + 1]
    assert lampiran_pk, [(t.kind, t.year, t.caption) for t in ex.indicator_tables]
    assert any(e.what == "year" and str(year + 1) in e.text for e in lampiran_pk[0].evidence)


def test_last_year_capaian_column_is_last_years(out_dir: Path) -> None:
    ex, _ = _run(next(t for t in TRAPS if t.name == "last_year_capaian"), "pdf", "rowwise", out_dir)
    table = next(t for t in ex.indicator_tables if "Perbandingan Capaian" in t.caption)
    roles = {c["header"]: (c["role"], c["year"]) for c in table.columns}
    rows = [r for r in ex.indicators if r.table == table.table]
    assert rows and all(r.year - 1 in r.capaian_by_year for r in rows), roles


def test_budget_under_target_is_not_an_indicator_target(out_dir: Path) -> None:
    ex, _ = _run(next(t for t in TRAPS if t.name == "budget_under_target"), "pdf", "bulleted", out_dir)
    assert not any(r.target is not None and r.target.value is not None and r.target.value >= 1e8
                   for r in ex.indicators)


def test_renstra_plan_is_a_plan(out_dir: Path) -> None:
    ex, _ = _run(next(t for t in TRAPS if t.name == "renstra_targets"), "docx", "bulleted", out_dir)
    plan = [t for t in ex.indicator_tables if "Renstra" in t.caption]
    assert plan and plan[0].kind == "renstra", [(t.kind, t.caption) for t in ex.indicator_tables]
