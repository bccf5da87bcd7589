"""JUnit XML for CI test dashboards: each document a test suite, each rule a test case.

A rule fails when it found something at or above `--fail-on`; findings below it are
listed in the case's output without failing it. A document that could not be read is
an errored case of its own, so a dashboard never shows a corrupt draft as green.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

from lkjip.checks.finding import SEVERITY_ORDER, Finding
from lkjip.checks.roles import shown_role
from lkjip.checks.wording import pages_ref
from lkjip.extract.errors import error_text
from lkjip.report.labels import severity_word
from lkjip.report.text_safety import xml_safe
from lkjip.results import RunResult


def _where(f: Finding, lang: str) -> str:
    return pages_ref(sorted({e.cell.page for e in f.evidence if e.cell.page is not None}), lang)


def _detail(findings: Iterable[Finding], lang: str) -> str:
    lines = []
    for f in findings:
        where = _where(f, lang)
        lines.append(f"[{severity_word(f.severity, lang)}] {f.text(lang)}" + (f" ({where})" if where else ""))
        lines.extend(f"    {shown_role(e.role, lang) or '-'}: {e.cell.text}" for e in f.evidence)
    return "\n".join(lines)


def junit_xml(run: RunResult, fail_on: str = "error") -> str:
    """A test case for every rule that ran (`run.rules`), passing or not."""
    ran = run.rule_classes()
    codes = [cls.code for cls in ran]
    threshold = SEVERITY_ORDER[fail_on]
    titles = {cls.code: cls.title.get(run.lang, cls.title["en"]) for cls in ran}
    root = ET.Element("testsuites", name="lkjip")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for doc in run.documents:
        suite = ET.SubElement(root, "testsuite", name=doc.file)
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        if not doc.ok:
            err = doc.extraction.error or {}
            case = ET.SubElement(suite, "testcase", classname=doc.file, name="read")
            ET.SubElement(case, "error", message=error_text(err, run.lang), type=str(err.get("code")))
            counts["tests"] += 1
            counts["errors"] += 1
        else:
            found: dict[str, list[Finding]] = {}
            for f in doc.active:  # a baseline's accepted findings do not fail a test case
                found.setdefault(f.rule, []).append(f)
            not_run = set(doc.extraction.rules_not_run)
            for code in sorted(set(codes) | set(found)):
                items = found.get(code, [])
                title = titles.get(code) or (items[0].title_text(run.lang) if items else code)
                case = ET.SubElement(suite, "testcase", classname=doc.file, name=f"{code} {title}")
                counts["tests"] += 1
                if code in not_run:  # out of time (LKJ-S003): not a pass
                    ET.SubElement(case, "skipped", message="not run: the document's --timeout ran out")
                    counts["skipped"] += 1
                    continue
                failing = [f for f in items if SEVERITY_ORDER[f.severity] <= threshold]
                passing = [f for f in items if SEVERITY_ORDER[f.severity] > threshold]
                if failing:
                    counts["failures"] += 1
                    worst = min(failing, key=lambda f: SEVERITY_ORDER[f.severity])
                    failure = ET.SubElement(case, "failure", type=worst.severity,
                                            message=f"{len(failing)} × {code}: {failing[0].text(run.lang)}")
                    failure.text = _detail(failing, run.lang)
                if passing:
                    ET.SubElement(case, "system-out").text = _detail(passing, run.lang)
        for key, value in counts.items():
            suite.set(key, str(value))
        for key in totals:
            totals[key] += counts[key]
    for key, value in totals.items():
        root.set(key, str(value))
    for element in root.iter():
        element.text = xml_safe(element.text) if element.text else element.text
        for key, value in element.attrib.items():
            element.set(key, xml_safe(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
