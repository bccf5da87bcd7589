"""Run the catalogue over one extraction; select and ignore by code or prefix."""

from __future__ import annotations

import time
from collections.abc import Iterable

from lkjip.checks import load_rules
from lkjip.checks.finding import SEVERITY_ORDER, Finding
from lkjip.checks.rule import CheckConfig, Rule
from lkjip.checks.time_limit import OutOfTime, time_limit
from lkjip.records import Extraction


def _matches(code: str, patterns: Iterable[str]) -> bool:
    # "LKJ-B", "B", "LKJ-B001" and "B001" all select a rule.
    short = code.removeprefix("LKJ-")
    return any(code.startswith(p) or short.startswith(p.removeprefix("LKJ-")) for p in patterns if p)


def selected_rules(select: Iterable[str] = (), ignore: Iterable[str] = (),
                   scope: str = "document") -> list[type[Rule]]:
    select, ignore = list(select), list(ignore)
    rules = []
    for code, cls in load_rules().items():
        if cls.scope != scope:
            continue
        if select and not _matches(code, select):
            continue
        if ignore and _matches(code, ignore):
            continue
        rules.append(cls)
    return rules


NOT_RUN_RULE = "LKJ-S003"


def run_checks(doc: Extraction, config: CheckConfig | None = None,
               select: Iterable[str] = (), ignore: Iterable[str] = (),
               deadline: float | None = None, time_limit_s: float | None = None) -> list[Finding]:
    """`deadline` (time.monotonic()) ends the document's checks: a rule it interrupts or
    that never starts is listed in `doc.rules_not_run` and reported by LKJ-S003."""
    config = config or CheckConfig()
    if doc.status != "ok":
        return []
    findings: list[Finding] = []
    not_run: list[str] = []
    for cls in selected_rules(select, ignore):
        if cls.code == NOT_RUN_RULE:
            continue
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left <= 0:
            not_run.append(cls.code)
            continue
        try:
            with time_limit(left):
                found = list(cls().check(doc, config))
        except OutOfTime:
            not_run.append(cls.code)
            continue
        for finding in found:
            finding.file = doc.file
            findings.append(finding)
    if not_run:
        doc.rules_not_run = not_run
        doc.time_limit_s = time_limit_s
        for finding in load_rules()[NOT_RUN_RULE]().check(doc, config):
            finding.file = doc.file
            findings.append(finding)
    findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.rule, f.first_page or 0))
    return findings
