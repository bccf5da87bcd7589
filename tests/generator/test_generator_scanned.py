"""Generated reports scanned (image-only PDFs at 200 dpi grey, and a few at 150 dpi black
and white fed 1 degree askew): the injected defect is still found, and a clean report gets
no error-level finding. Kept to a few documents: each page is OCR'd;
bench/bench_scanned_generated.py runs every defect in both renditions."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from lkjip.checks.runner import run_checks
from lkjip.extract.limits import ReadLimits
from lkjip.pipeline import extract
from tests.generator.build import Case, build, clean_cases
from tests.generator.defects import DEFECTS
from tests.inputs.scans import bw_skewed_rendition, scanned_rendition

pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract missing")]

_DEFECTS = {d.name: d for d in DEFECTS}
CASES = [(layout, name, "grey") for layout in ("rowwise", "bulleted") for name in (None,)] + \
    [("rowwise", "kegiatan_digit_swap", "grey"), ("rowwise", "pengukuran_target_changed", "grey"),
     ("rowwise", None, "bw-askew"), ("rowwise", "narrative_total_changed", "bw-askew")]


def _case(layout: str, defect: str | None) -> Case:
    base = next(c for c in clean_cases(("pdf",), (1,)) if c.layout == layout)
    return replace(base, defect=_DEFECTS[defect]) if defect else base


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("generated-scans")


@pytest.mark.parametrize("layout,defect,rendition", CASES, ids=[f"{lay}-{d or 'clean'}-{r}" for lay, d, r in CASES])
def test_scanned_generated_report(layout: str, defect: str | None, rendition: str, out_dir: Path) -> None:
    case = _case(layout, defect)
    pdf = build(case, out_dir)
    scan = scanned_rendition(pdf, out_dir / f"{case.id}-scan.pdf") if rendition == "grey" else \
        bw_skewed_rendition(pdf, out_dir / f"{case.id}-bw.pdf")
    ex = extract(scan, ReadLimits(timeout_s=900))
    assert ex.status == "ok"
    findings = run_checks(ex)
    if case.defect is None:
        errors = [f"{f.rule}: {f.message['en']}" for f in findings if f.severity == "error"]
        assert errors == [], f"{case.id} scanned: error-level findings on a consistent report"
    else:
        assert case.defect.rule in {f.rule for f in findings}, \
            f"{case.id} scanned: {case.defect.description} not found ({sorted({f.rule for f in findings})})"
