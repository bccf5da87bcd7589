"""JUnit (one test case per rule per document) and GitHub workflow annotations."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.runner import selected_rules
from lkjip.records import Cell, Extraction
from lkjip.report.github import escape_data, escape_property, github_annotations
from lkjip.report.junit import junit_xml
from lkjip.results import DocumentResult, RunResult


def _cases(xml: str) -> dict[str, ET.Element]:
    root = ET.fromstring(xml)
    return {c.get("name").split()[0]: c for c in root.iter("testcase")}


def test_junit_one_case_per_rule_failures_at_fail_on(handmade_run: RunResult) -> None:
    found = {"LKJ-B002", "LKJ-K001", "LKJ-N001"}
    quiet = next((cls.code for cls in selected_rules() if cls.code not in found), None)
    if quiet is None:
        pytest.skip("the catalogue has no rule besides the hand-made findings' yet")
    run = replace(handmade_run, rules=[*sorted(found), quiet])
    xml = junit_xml(run, "error")
    root = ET.fromstring(xml)
    assert root.tag == "testsuites" and root.get("tests") == "4" and root.get("failures") == "1"
    cases = _cases(xml)
    assert set(cases) == found | {quiet}
    failure = cases["LKJ-B002"].find("failure")
    assert failure is not None and "19.253.454.000" in failure.text and failure.get("type") == "error"
    assert cases[quiet].find("failure") is None  # ran, found nothing: passes
    assert cases["LKJ-K001"].find("failure") is None and "18.900.282.622" in cases["LKJ-K001"].find("system-out").text
    # With --fail-on warning the warning fails too; info still does not.
    cases = _cases(junit_xml(run, "warning"))
    assert cases["LKJ-K001"].find("failure") is not None and cases["LKJ-N001"].find("failure") is None
    assert _cases(junit_xml(run, "info"))["LKJ-N001"].find("failure") is not None


def test_junit_unreadable_document_is_an_error_case() -> None:
    bad = Extraction(file="broken.pdf", sha256=None, kind=None, pages=None, status="error",
                     error={"code": "not-a-pdf", "message": "not a PDF"})
    root = ET.fromstring(junit_xml(RunResult([DocumentResult(bad)], lang="en", rules=["LKJ-B001"])))
    assert root.get("errors") == "1"
    assert root.find("testsuite/testcase/error").get("type") == "not-a-pdf"


def test_github_annotations_escape_by_the_rules() -> None:
    assert escape_data("100%\r\nnext") == "100%25%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    f = Finding("LKJ-B001", "warning", {"en": "Parts, total: sum", "id": "Rincian, total: jumlah"},
                {"en": "1 + 2 = 3, but 4%\nline two", "id": "x"},
                [Evidence(Cell(text="4", page=3))])
    ex = Extraction(file="drafts/a,b.pdf", sha256=None, kind="pdf", pages=3)
    out = github_annotations(RunResult([DocumentResult(ex, [f])], lang="en"))
    assert out == "::warning file=drafts/a%2Cb.pdf,title=LKJ-B001 Parts%2C total%3A sum::1 + 2 = 3, but 4%25%0Aline two"


def test_github_severities_and_relative_paths(handmade_run: RunResult) -> None:
    lines = github_annotations(handmade_run).splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::warning", "::notice"]
    # The seed lies inside the working directory of the tests: named relative to it.
    assert all(" file=samples/lkjip-2018-biro-humas-jambi.pdf," in line for line in lines)
    assert "%0D%0A" in lines[2] and "\n" not in lines[2]
