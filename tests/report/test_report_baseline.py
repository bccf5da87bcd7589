"""A baseline: record today's findings, report only new ones, keep the team's marks, and
match findings again after pages move."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from openpyxl import load_workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
from typer.testing import CliRunner

from lkjip.baseline import Baseline, BaselineError, baseline_payload, fingerprints
from lkjip.cli import app
from lkjip.pipeline import check_document
from lkjip.results import DocumentResult, RunResult
from tests.conftest import SEED_PDF
from tests.generator.defects import DEFECTS_BY_NAME, inject
from tests.generator.model import consistent_report
from tests.generator.render_pdf import BODY, story

runner = CliRunner()


def _render(report, path: Path, front_pages: int) -> Path:
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, invariant=1)
    front = [flow for i in range(front_pages) for flow in (Paragraph(f"Lembar pengesahan {i + 1}", BODY), PageBreak())]
    doc.build(front + story(report))
    return path


def test_fingerprints_survive_pages_added_in_front(tmp_path: Path) -> None:
    """The same draft with two pages added before it: every finding is matched again,
    though its pages, table ids and grid rows moved."""
    report = inject(consistent_report(1, "rowwise"), DEFECTS_BY_NAME["kegiatan_digit_swap"], 1)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = check_document(_render(report, tmp_path / "a" / "draft.pdf", 0))
    later = check_document(_render(report, tmp_path / "b" / "draft.pdf", 2))
    assert first.findings and len(first.findings) == len(later.findings)
    assert first.findings[0].evidence[0].cell.page != later.findings[0].evidence[0].cell.page
    assert fingerprints(first) == fingerprints(later)
    baseline = Baseline({e["fingerprint"]: e for e in baseline_payload(RunResult([first]))["findings"]})
    run = RunResult([later])
    assert baseline.apply(run) == len(later.findings) and not run.documents[0].active


def test_a_changed_value_is_a_new_finding(seed_extraction) -> None:
    from lkjip.checks.runner import run_checks

    findings = run_checks(seed_extraction)
    first = findings[0].evidence[0]
    changed = replace(findings[0], evidence=[replace(first, cell=replace(first.cell, text="9.999")),
                                             *findings[0].evidence[1:]])
    assert (fingerprints(DocumentResult(seed_extraction, [changed]))[0]
            != fingerprints(DocumentResult(seed_extraction, findings[:1]))[0])


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("baseline")
    path = folder / "lkjip-baseline.json"
    result = runner.invoke(app, ["check", str(SEED_PDF), "--write-baseline", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output  # everything recorded: nothing new fails
    return path


def test_write_then_check_reports_only_new_findings(recorded: Path, tmp_path: Path) -> None:
    data = json.loads(recorded.read_text(encoding="utf-8"))
    assert len(data["findings"]) == 13 and {e["status"] for e in data["findings"]} == {"accepted"}
    assert runner.invoke(app, ["check", str(SEED_PDF), "--baseline", str(recorded)]).exit_code == 0
    # Drop the B002 error from the baseline: it is new again and fails the run.
    partial = tmp_path / "partial.json"
    kept = [e for e in data["findings"] if e["rule"] != "LKJ-B002"]
    partial.write_text(json.dumps({**data, "findings": kept}), encoding="utf-8")
    result = runner.invoke(app, ["check", str(SEED_PDF), "--baseline", str(partial), "--lang", "en"])
    assert result.exit_code == 1
    assert "LKJ-B002" in result.output and "LKJ-K001" not in result.output
    assert "12 finding(s) already in the baseline" in result.output


def test_marks_and_reasons_travel_into_every_format(recorded: Path, tmp_path: Path, contracts: dict) -> None:
    data = json.loads(recorded.read_text(encoding="utf-8"))
    b002 = next(e for e in data["findings"] if e["rule"] == "LKJ-B002")
    b002.update(status="false_alarm", reason="total includes a revised kegiatan (letter 12/2019)")
    marked = tmp_path / "marked.json"
    marked.write_text(json.dumps(data), encoding="utf-8")
    args = ["check", str(SEED_PDF), "--baseline", str(marked), "--lang", "en"]
    payload = json.loads(runner.invoke(app, [*args, "--format", "json"]).stdout)
    jsonschema.validate(payload, contracts["findings"])  # `suppressed` and the summary are in the contract
    found = next(f for f in payload["documents"][0]["findings"] if f["rule"] == "LKJ-B002")
    assert found["suppressed"] == {"status": "false_alarm", "reason": b002["reason"]}
    assert payload["documents"][0]["summary"]["error"] == 0 and payload["documents"][0]["summary"]["suppressed"] == 13
    sarif = json.loads(runner.invoke(app, [*args, "--format", "sarif"]).stdout)
    result = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "LKJ-B002")
    assert result["suppressions"][0]["kind"] == "external" and b002["reason"] in result["suppressions"][0]["justification"]
    html = tmp_path / "r.html"
    assert runner.invoke(app, [*args, "--format", "html", "-o", str(html)]).exit_code == 0
    text = html.read_text(encoding="utf-8")
    assert 'data-status="false_alarm"' in text and b002["reason"] in text
    xlsx = tmp_path / "r.xlsx"
    assert runner.invoke(app, [*args, "--format", "xlsx", "-o", str(xlsx)]).exit_code == 0
    rows = list(load_workbook(xlsx).worksheets[0].iter_rows(values_only=True))
    assert rows[0][-1] == "Status" and any(r[-1] == f"false alarm: {b002['reason']}" for r in rows[1:])
    # Writing the baseline again keeps the mark.
    assert runner.invoke(app, ["check", str(SEED_PDF), "--write-baseline", str(marked)]).exit_code == 0
    again = next(e for e in json.loads(marked.read_text(encoding="utf-8"))["findings"] if e["rule"] == "LKJ-B002")
    assert again["status"] == "false_alarm" and again["reason"] == b002["reason"]


@pytest.mark.parametrize("content", ["not json", '{"findings": [{"status": "accepted"}]}',
                                     '{"findings": [{"fingerprint": "x", "status": "maybe"}]}'])
def test_a_broken_baseline_is_a_usage_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError):
        Baseline.read(path)
    result = runner.invoke(app, ["check", str(SEED_PDF), "--baseline", str(path)])
    assert result.exit_code == 2 and "b.json" in result.output
