"""What `lkjip check` produced for a run: each document's extraction and findings."""

from __future__ import annotations

from dataclasses import dataclass, field

from lkjip.checks import load_rules
from lkjip.checks.finding import Finding
from lkjip.checks.rule import Rule
from lkjip.checks.runner import selected_rules
from lkjip.records import Extraction


@dataclass
class DocumentResult:
    extraction: Extraction
    findings: list[Finding] = field(default_factory=list)

    @property
    def file(self) -> str:
        return self.extraction.file

    @property
    def ok(self) -> bool:
        return self.extraction.status == "ok"

    @property
    def active(self) -> list[Finding]:
        """The findings not suppressed by a baseline: the ones that count."""
        return [f for f in self.findings if f.suppressed is None]

    @property
    def suppressed(self) -> list[Finding]:
        return [f for f in self.findings if f.suppressed is not None]

    def count(self, severity: str) -> int:
        """Findings of this severity that count (a baseline's suppressed ones do not)."""
        return sum(1 for f in self.active if f.severity == severity)


@dataclass
class RunResult:
    documents: list[DocumentResult]
    lang: str = "id"
    # Codes of the rules that ran (after --select/--ignore); None: the whole document catalogue.
    rules: list[str] | None = None
    # Why only some rules ran: where each choice came from ("--select" → ["LKJ-B"],
    # "lkjip.toml (ignore)" → [...]); empty when nothing was chosen.
    chosen_by: dict[str, list[str]] = field(default_factory=dict)
    # `check --db` without documents: only the cross-year rules ran over the store.
    store_only: bool = False

    def count(self, severity: str) -> int:
        return sum(d.count(severity) for d in self.documents)

    def rule_classes(self) -> list[type[Rule]]:
        """The rules that ran, in catalogue order."""
        if self.rules is None:
            return selected_rules()
        catalogue = load_rules()
        return [catalogue[code] for code in self.rules if code in catalogue]

    def rules_not_run(self) -> list[str]:
        """Codes of the document rules (and, for a store, the cross-year ones) that did not run."""
        if self.rules is None:
            return []
        scopes = {"store"} if self.store_only else {"document"} | ({"store"} if any(
            load_rules()[c].scope == "store" for c in self.rules if c in load_rules()) else set())
        return [code for code, cls in load_rules().items() if cls.scope in scopes and code not in self.rules]

    @property
    def unreadable(self) -> list[DocumentResult]:
        return [d for d in self.documents if not d.ok]
