"""Run the catalogue over one extraction; select and ignore by code or prefix."""

from __future__ import annotations

import difflib
import time
from collections.abc import Iterable

from lkjip.checks import load_rules
from lkjip.checks.finding import SEVERITY_ORDER, Finding
from lkjip.checks.rule import CheckConfig, Rule
from lkjip.checks.time_limit import OutOfTime, time_limit
from lkjip.checks.wording import printed_labels
from lkjip.records import Extraction


def _matches(code: str, patterns: Iterable[str]) -> bool:
    # "LKJ-B", "B", "LKJ-B001" and "B001" all select a rule.
    # Case does not matter: "lkj-b001" is LKJ-B001.
    short = code.removeprefix("LKJ-")
    return any(code.startswith(p.upper()) or short.startswith(p.upper().removeprefix("LKJ-"))
               for p in patterns if p)


def unknown_patterns(patterns: Iterable[str]) -> list[tuple[str, str | None]]:
    """The --select/--ignore codes or prefixes that name no rule, each with the nearest code
    ("LKJ-BOO1" → "LKJ-B001"), so a typo is a usage error instead of a silent pass."""
    codes = list(load_rules())
    out = []
    for pattern in patterns:
        if not pattern or any(_matches(code, [pattern]) for code in codes):
            continue
        # Letters typed for digits (O for 0, I or l for 1) and lower case are the usual slips.
        guess = pattern.upper()
        head, _, tail = guess.rpartition("-")
        fixed = (head + "-" if head else "") + tail[:1] + tail[1:].replace("O", "0").replace("I", "1").replace("L", "1")
        candidates = codes + [c.removeprefix("LKJ-") for c in codes] + sorted({c[:5] for c in codes})
        if any(_matches(code, [fixed]) for code in codes):
            out.append((pattern, fixed))
            continue
        near = difflib.get_close_matches(guess, candidates, n=1, cutoff=0.5)
        out.append((pattern, near[0] if near else None))
    return out


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
FAILED_RULE = "LKJ-S004"


def run_checks(doc: Extraction, config: CheckConfig | None = None,
               select: Iterable[str] = (), ignore: Iterable[str] = (),
               deadline: float | None = None, time_limit_s: float | None = None) -> list[Finding]:
    """`deadline` (time.monotonic()) ends the document's checks: a rule it interrupts or
    that never starts is listed in `doc.rules_not_run` and reported by LKJ-S003."""
    config = config or CheckConfig()
    if doc.status != "ok":
        return []
    with printed_labels(doc.page_labels, doc.tables):
        findings = _run(doc, config, selected_rules(select, ignore), deadline, time_limit_s)
    findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.rule, f.first_page or 0))
    return findings


def _run(doc: Extraction, config: CheckConfig, rules: list[type[Rule]],
         deadline: float | None, time_limit_s: float | None) -> list[Finding]:
    findings: list[Finding] = []
    not_run: list[str] = []
    failed: dict[str, str] = {}
    for cls in rules:
        if cls.code in (NOT_RUN_RULE, FAILED_RULE):
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
        except Exception as exc:  # one rule's fault must not hide the others' findings
            failed[cls.code] = f"{type(exc).__name__}: {exc}"[:300]
            continue
        findings.extend(found)
    if not_run:
        doc.rules_not_run = not_run
        doc.time_limit_s = time_limit_s
        findings.extend(load_rules()[NOT_RUN_RULE]().check(doc, config))
    if failed:
        doc.rules_failed = failed
        findings.extend(load_rules()[FAILED_RULE]().check(doc, config))
    for finding in findings:
        finding.file = doc.file
        finding.evidence = [ev.placed(doc) for ev in finding.evidence]
    return findings
