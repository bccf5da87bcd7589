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

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


@dataclass
class RunResult:
    documents: list[DocumentResult]
    lang: str = "id"
    # Codes of the rules that ran (after --select/--ignore); None: the whole document catalogue.
    rules: list[str] | None = None

    def count(self, severity: str) -> int:
        return sum(d.count(severity) for d in self.documents)

    def rule_classes(self) -> list[type[Rule]]:
        """The rules that ran, in catalogue order."""
        if self.rules is None:
            return selected_rules()
        catalogue = load_rules()
        return [catalogue[code] for code in self.rules if code in catalogue]

    @property
    def unreadable(self) -> list[DocumentResult]:
        return [d for d in self.documents if not d.ok]
