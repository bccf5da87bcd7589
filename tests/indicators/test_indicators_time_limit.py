"""Issue #18, row 11: --timeout covers the checks; a rule out of time is reported as not
run (LKJ-S003, an error), never as "no finding"; 3,000 indicator rows are checked fast."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from lkjip.checks import load_rules
from lkjip.checks.runner import run_checks
from lkjip.cli import app
from lkjip.numbers.quantity import Quantity
from lkjip.records import Extraction, IndicatorRow
from tests.conftest import SEED_DOCX

runner = CliRunner()


@pytest.fixture()
def slow_k005(monkeypatch: pytest.MonkeyPatch) -> None:
    def check(self, doc, config) -> Iterator:
        time.sleep(60)
        yield from ()

    monkeypatch.setattr(load_rules()["LKJ-K005"], "check", check)


def _doc(n: int = 3000) -> Extraction:
    rng = random.Random(7)
    words = ["jumlah", "persentase", "indeks", "layanan", "publik", "informasi", "media", "cetak", "laporan", "kegiatan", "dokumen"]
    ex = Extraction(file="big.docx", sha256=None, kind="docx", pages=None)
    for i in range(n):
        kind = "perjanjian_kinerja" if i < n // 2 else "pengukuran_kinerja"
        name = " ".join(rng.choice(words) for _ in range(6)) + f" nomor{i}"
        q = Quantity(text="10 dokumen", value=10, unit="dokumen", unit_raw="dokumen", note=None, secondary=None,
                     parts=None)
        ex.indicators.append(IndicatorRow(table=f"docx-t{1 + (i >= n // 2)}", table_kind=kind, page=None,
                                          row=i + 1, indikator=name, year=2019, target=q,
                                          realisasi=q if kind == "pengukuran_kinerja" else None,
                                          capaian=100.0 if kind == "pengukuran_kinerja" else None))
    return ex


def test_a_rule_out_of_time_is_reported_not_run(slow_k005: None) -> None:
    doc = _doc(20)
    started = time.monotonic()
    findings = run_checks(doc, deadline=time.monotonic() + 1.0, time_limit_s=1.0)
    assert time.monotonic() - started < 10
    [s003] = [f for f in findings if f.rule == "LKJ-S003"]
    assert s003.severity == "error" and "LKJ-K005" in s003.text("en") and "--timeout 1 s" in s003.text("en")
    assert "LKJ-K005" in doc.rules_not_run


def test_no_time_left_means_no_rule_ran() -> None:
    doc = _doc(20)
    findings = run_checks(doc, deadline=time.monotonic() - 1)
    assert [f.rule for f in findings] == ["LKJ-S003"]
    assert "LKJ-B001" in doc.rules_not_run


def test_cli_timeout_covers_the_checks(slow_k005: None) -> None:
    started = time.monotonic()
    result = runner.invoke(app, ["check", str(SEED_DOCX), "--timeout", "15", "-f", "json", "--lang", "en"])
    assert time.monotonic() - started < 40
    assert result.exit_code == 1, result.output
    payload = json.loads(result.stdout)
    rules = [f["rule"] for d in payload["documents"] for f in d["findings"]]
    assert "LKJ-S003" in rules


def test_3000_indicator_rows_are_all_checked() -> None:
    doc = _doc(3000)
    findings = run_checks(doc)  # its time is measured by bench/bench_scaling.py
    assert not any(f.rule == "LKJ-S003" for f in findings)
    assert sum(f.rule == "LKJ-K005" for f in findings) > 2900  # two lists apart: (nearly) every absence


def test_reports_show_rules_not_run() -> None:
    import xml.etree.ElementTree as ET

    from lkjip.report.render import render_text
    from lkjip.results import DocumentResult, RunResult

    doc = _doc(4)
    findings = run_checks(doc, deadline=time.monotonic() - 1, time_limit_s=5)
    run = RunResult([DocumentResult(doc, findings)], lang="en", rules=["LKJ-B001", "LKJ-K005", "LKJ-S003"])
    suite = ET.fromstring(render_text(run, "junit")).find("testsuite")
    assert suite is not None and suite.get("skipped") == "2" and suite.get("failures") == "1"
    for fmt in ("json", "sarif", "github", "html"):
        assert "LKJ-S003" in render_text(run, fmt)
