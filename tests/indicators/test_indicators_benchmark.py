"""A target-less comparison with the national figure: the figure is read as its target
and the ratio as its capaian, marked `benchmark`, and never compared with the agreed
target or capaian (lkjip.extract.interpret.indicators.benchmark_columns)."""

from __future__ import annotations

from pathlib import Path

from lkjip.checks.indicators.k001_target_differs import TargetDiffers
from lkjip.checks.indicators.k004_capaian_arithmetic import CapaianArithmetic
from lkjip.checks.indicators.k009_capaian_differs import CapaianDiffers
from lkjip.checks.rule import CheckConfig
from lkjip.extract.interpret.indicators.benchmark_columns import BENCHMARK, benchmark_columns
from lkjip.extract.interpret.indicators.header_columns import Column
from lkjip.extract.readers import read_document
from lkjip.pipeline import records_of
from tests.generator.benchmark_layouts import BENCH_ROWS, WRONG_RATIO, benchmark_pdf


def test_ratio_and_national_figure_stand_in_for_capaian_and_target(tmp_path: Path) -> None:
    doc = records_of(read_document(benchmark_pdf(tmp_path / "b.pdf")))
    national = [r for r in doc.indicators if r.target is not None and r.cells["target"].inferred]
    assert [(r.indikator, r.target.text, r.capaian) for r in national] == [
        (n, nat, float(ratio.replace(",", "."))) for n, _, _, _, nat, ratio in BENCH_ROWS]
    assert all(BENCHMARK in r.cells["capaian"].inferred for r in national)
    config = CheckConfig()
    # 2,2 is no second target for 2016, nor 101,36 a second capaian.
    assert not list(TargetDiffers().check(doc, config))
    assert not list(CapaianDiffers().check(doc, config))
    assert not list(CapaianArithmetic().check(doc, config))


def test_a_wrong_ratio_is_a_warning(tmp_path: Path) -> None:
    doc = records_of(read_document(benchmark_pdf(tmp_path / "w.pdf", wrong_ratio=True)))
    findings = list(CapaianArithmetic().check(doc, CheckConfig()))
    assert len(findings) == 1 and findings[0].severity == "warning" and WRONG_RATIO in findings[0].text("en")


def test_a_table_with_a_target_keeps_its_ratio_apart() -> None:
    cols = [Column(0, "indikator", "indikator"), Column(1, "target", "target"), Column(2, "realisasi", "realisasi"),
            Column(3, "realisasi thdp nasional", "rasio")]
    assert benchmark_columns(cols) == cols
