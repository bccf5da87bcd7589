"""What `lkjip check` produced for a run: each document's extraction and findings."""

from __future__ import annotations

from dataclasses import dataclass, field

from lkjip.checks.finding import Finding
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

    def count(self, severity: str) -> int:
        return sum(d.count(severity) for d in self.documents)

    @property
    def unreadable(self) -> list[DocumentResult]:
        return [d for d in self.documents if not d.ok]
