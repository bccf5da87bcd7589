"""Every format produced for the seed by `lkjip check`, with the real rule catalogue.

Reading is done once per session (the `seed_extraction` fixture) and handed to the CLI,
so each format costs only its rendering.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from lkjip.checks.runner import run_checks, selected_rules
from lkjip.cli import app
from lkjip.report.xlsx import SHEETS
from tests.conftest import SEED_PDF

runner = CliRunner()


@pytest.fixture()
def seed_findings(seed_extraction, monkeypatch: pytest.MonkeyPatch):
    if not selected_rules():
        pytest.skip("no document rules registered yet")
    findings = run_checks(seed_extraction)
    if not findings:
        pytest.fail("the rule catalogue finds nothing in the seed, whose truth has known contradictions")
    monkeypatch.setattr("lkjip.pipeline.extract", lambda path, limits=None, on_progress=None: seed_extraction)
    return findings


def _check(*args: str):
    return runner.invoke(app, ["check", str(SEED_PDF), *args])


def _boxed(findings) -> list:
    return [ev for f in findings for ev in f.evidence if ev.cell.page is not None and ev.cell.bbox is not None]


def test_seed_sarif(seed_findings) -> None:
    result = _check("--format", "sarif")
    assert result.exit_code in (0, 1)
    run = json.loads(result.stdout)["runs"][0]
    assert len(run["results"]) == len(seed_findings)
    for r, f in zip(run["results"], seed_findings, strict=True):
        assert r["ruleId"] == f.rule and run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == f.rule
        region = r["locations"][0]["physicalLocation"].get("region")
        if f.evidence and f.evidence[0].cell.page is not None:
            assert region["startLine"] == f.evidence[0].cell.page
            assert region["snippet"]["text"] == f.evidence[0].cell.text


def test_seed_junit_has_failures(seed_findings) -> None:
    result = _check("--format", "junit", "--fail-on", "info")
    root = ET.fromstring(result.stdout)
    assert int(root.get("failures")) == len({f.rule for f in seed_findings}) >= 1
    assert int(root.get("tests")) >= len(selected_rules())


def test_seed_github(seed_findings) -> None:
    lines = _check("--format", "github").stdout.splitlines()
    assert len(lines) == len(seed_findings)
    assert all(re.match(r"^::(error|warning|notice) file=[^,]+,title=LKJ-[A-Z]\d{3} [^:]*::.+", line) for line in lines)


def test_seed_html_has_a_crop_for_every_evidence_page(seed_findings, tmp_path: Path) -> None:
    out = tmp_path / "seed.html"
    _check("--format", "html", "--output", str(out), "--lang", "en")
    html = out.read_text(encoding="utf-8")
    assert html.count('<article class="finding') == len(seed_findings)
    for f in seed_findings:
        pages = {ev.cell.page for ev in f.evidence if ev.cell.page is not None and ev.cell.bbox is not None}
        assert html.count('<figure class="crop"') >= len(pages)
    assert f'id="total-error">{sum(f.severity == "error" for f in seed_findings)}<' in html


def test_seed_annotated_pdf(seed_findings, tmp_path: Path) -> None:
    out = tmp_path / "seed-annotated.pdf"
    result = _check("--format", "pdf", "--output", str(out))
    assert result.exit_code in (0, 1), result.output
    reader = PdfReader(out)
    boxed = _boxed(seed_findings)
    assert boxed, "the seed's findings carry no boxes to annotate"
    for page_no in {ev.cell.page for ev in boxed}:
        annots = [a.get_object() for a in reader.pages[page_no - 1].get("/Annots", [])]
        highlights = [a for a in annots if a["/Subtype"] == "/Highlight"]
        assert len(highlights) == sum(1 for ev in boxed if ev.cell.page == page_no)
        assert all(a["/Contents"].startswith("LKJ-") for a in highlights)


def test_seed_xlsx(seed_findings, tmp_path: Path) -> None:
    out = tmp_path / "seed.xlsx"
    _check("--format", "xlsx", "--output", str(out), "--lang", "id")
    wb = openpyxl.load_workbook(out)
    names = SHEETS["id"]
    assert wb[names["findings"]].max_row == len(seed_findings) + 1
    commented = [c for name in ("budget", "indicators", "amounts") for row in wb[names[name]].iter_rows()
                 for c in row if c.comment]
    assert commented and all(re.search(r"LKJ-[A-Z]\d{3}", c.comment.text) for c in commented)
    assert all(c.fill.fgColor.rgb not in (None, "00000000") for c in commented)


def test_seed_terminal_shows_numbers_as_printed(seed_findings) -> None:
    result = _check("--lang", "en")
    plain = " ".join(result.stdout.split())
    for f in seed_findings:
        assert f.rule in plain
        for ev in f.evidence:
            first_line = ev.cell.text.strip().splitlines()[0] if ev.cell.text.strip() else ""
            assert " ".join(first_line.split())[:30] in plain
