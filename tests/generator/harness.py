"""Run lkjip over generated documents and score each rule: recall on the defects
meant for it, false alarms on clean documents and on other defects.

Used by the pytest suite (one case at a time) and by `bench/bench_accuracy.py`
(everything, printed as a table per rule).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lkjip.checks import load_rules
from lkjip.checks.finding import Finding
from lkjip.checks.runner import run_checks
from lkjip.extract.limits import ReadLimits
from lkjip.pipeline import extract
from tests.generator.build import Case, build


@dataclass
class CaseResult:
    case: Case
    status: str  # "ok", or why the case could not be judged
    findings: list[Finding]

    @property
    def rules_fired(self) -> set[str]:
        return {f.rule for f in self.findings}

    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


def run_case(case: Case, out_dir: Path) -> CaseResult:
    path = build(case, out_dir)
    # Generous: a loaded CI machine must not turn a slow read into a missed defect.
    ex = extract(path, ReadLimits(timeout_s=900))
    if ex.status != "ok":
        return CaseResult(case, f"unreadable: {(ex.error or {}).get('code', 'error')}", [])
    try:
        findings = run_checks(ex)
    except Exception as exc:  # a crashing rule is reported with the case, not as a stop
        return CaseResult(case, f"a rule crashed: {type(exc).__name__}: {exc}", [])
    return CaseResult(case, "ok", findings)


@dataclass
class RuleScore:
    rule: str
    registered: bool
    injected: int = 0
    detected: int = 0
    missed: list[str] = field(default_factory=list)
    clean_docs: int = 0
    clean_alarms: int = 0  # clean documents on which the rule fired (any severity)
    clean_error_alarms: int = 0  # … at error level
    stray: int = 0  # defective documents it newly fired on though the defect was not its

    @property
    def recall(self) -> float | None:
        return self.detected / self.injected if self.injected else None


def score(results: list[CaseResult]) -> dict[str, RuleScore]:
    registered = set(load_rules())
    expected = {r.case.defect.rule for r in results if r.case.defect}
    fired = {rule for r in results for rule in r.rules_fired}
    scores = {rule: RuleScore(rule, rule in registered) for rule in sorted(expected | fired)}
    clean = [r for r in results if r.case.defect is None]
    twins = {(r.case.fmt, r.case.layout, r.case.seed): r.rules_fired for r in clean}
    for s in scores.values():
        s.clean_docs = len(clean)
    for r in clean:
        for rule in r.rules_fired:
            scores[rule].clean_alarms += 1
        for rule in {f.rule for f in r.errors()}:
            scores[rule].clean_error_alarms += 1
    for r in results:
        defect = r.case.defect
        if defect is None:
            continue
        s = scores[defect.rule]
        s.injected += 1
        if defect.rule in r.rules_fired:
            s.detected += 1
        else:
            s.missed.append(r.case.id)
        # A stray: a rule that fires here but not on the clean twin, and is neither
        # the defect's rule nor one the defect may rightly trip as well.
        twin = twins.get((r.case.fmt, r.case.layout, r.case.seed), set())
        for rule in r.rules_fired - twin - {defect.rule} - defect.also:
            scores[rule].stray += 1
    return scores
