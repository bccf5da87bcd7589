"""The one way through: document → records → validated records → findings.

`lkjip check`, `lkjip extract`, `lkjip ingest` (each worker) and the benchmarks all call
these functions, with the run's settings passed through, so a setting in `lkjip.toml`
means the same thing whichever command reads it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lkjip.checks.finding import Finding
from lkjip.checks.rule import CheckConfig
from lkjip.checks.runner import run_checks
from lkjip.extract.errors import DocumentError
from lkjip.extract.interpret.document import interpret
from lkjip.extract.isolation import read_isolated
from lkjip.extract.limits import ReadLimits
from lkjip.extract.source import SourceDocument
from lkjip.long_lived import freeze_loaded
from lkjip.records import Extraction
from lkjip.results import DocumentResult
from lkjip.schemas.validate import validate_extraction


@dataclass(frozen=True)
class RuleSelection:
    """Which rules run and how: --select/--ignore codes and the rules' settings."""

    config: CheckConfig = field(default_factory=CheckConfig)
    select: Sequence[str] = ()
    ignore: Sequence[str] = ()


def records_of(source: SourceDocument) -> Extraction:
    """Interpret a read document and validate its records (lazily: failures are kept on
    the extraction for LKJ-S001, never raised)."""
    doc = interpret(source)
    doc.schema_failures = validate_extraction(doc)
    return doc


def extract(path: Path, limits: ReadLimits | None = None,
            on_progress: Callable[[str], None] | None = None) -> Extraction:
    """Read (in a killable child: hard --timeout and memory bounds) and interpret one file.

    Never raises for a bad document: a DocumentError becomes status "error".
    """
    freeze_loaded()  # imports done since the last document are no garbage (lkjip.long_lived)
    try:
        source = read_isolated(path, limits, on_progress)
    except DocumentError as exc:
        return Extraction(file=str(path), sha256=None, kind=None, pages=None,
                          status="error", error=exc.to_dict())
    return records_of(source)


def findings_of(doc: Extraction, rules: RuleSelection | None = None,
                deadline: float | None = None, time_limit_s: float | None = None) -> list[Finding]:
    """The selected rules over one document; past `deadline` (time.monotonic()) the rules
    left are reported as not run (LKJ-S003), never as silence."""
    rules = rules or RuleSelection()
    return run_checks(doc, rules.config, rules.select, rules.ignore, deadline=deadline, time_limit_s=time_limit_s)


def check_document(path: Path, limits: ReadLimits | None = None, rules: RuleSelection | None = None,
                   on_progress: Callable[[str], None] | None = None) -> DocumentResult:
    """Extract one file and run the selected rules over it, all within --timeout;
    `on_progress` gets the reader's progress lines (see `read_isolated`)."""
    limits = limits or ReadLimits()
    started = time.monotonic()  # the time limit covers the document's reading and its checks
    doc = extract(path, limits, on_progress)
    allowed = limits.seconds_for(len(doc.coverage.ocr_pages))  # a long scan is given its OCR time
    return DocumentResult(doc, findings_of(doc, rules, deadline=started + allowed, time_limit_s=allowed))
