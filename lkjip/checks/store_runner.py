"""Run the rules that span reports (scope "store") over documents read from a store.

The caller loads the documents (lkjip.store.load); nothing here opens a file. With
`focus`, only comparisons that involve that report are made (`lkjip check REPORT --db`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from lkjip.checks.finding import SEVERITY_ORDER, Finding
from lkjip.checks.rule import CheckConfig
from lkjip.checks.runner import selected_rules
from lkjip.records import Extraction


def run_store_checks(docs: Sequence[Extraction], config: CheckConfig | None = None,
                     select: Iterable[str] = (), ignore: Iterable[str] = (),
                     focus: Extraction | None = None) -> list[Finding]:
    config = config or CheckConfig()
    readable = [d for d in docs if d.status == "ok"]
    if focus is not None and focus not in readable:
        readable.append(focus)
    findings: list[Finding] = []
    for cls in selected_rules(select, ignore, scope="store"):
        check_store = getattr(cls(), "check_store", None)
        if check_store is None:
            continue
        findings.extend(check_store(readable, config, focus))
    findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.rule, f.file or "", f.first_page or 0))
    return findings
