"""`lkjip check --db`: the cross-year rules over a store, or one report against it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lkjip.checks.finding import SEVERITY_ORDER, Finding
from lkjip.checks.rule import CheckConfig
from lkjip.checks.store_runner import run_store_checks
from lkjip.records import Extraction
from lkjip.results import DocumentResult
from lkjip.store.load import load_documents
from lkjip.store.writer import connect, store_errors


def check_store(db: Path, config: CheckConfig, select: Iterable[str] = (),
                ignore: Iterable[str] = ()) -> list[DocumentResult]:
    """Every stored report with the cross-year findings that name it as the later report."""
    con = connect(db, read_only=True)
    try:
        with store_errors(db):
            docs = load_documents(con)
    finally:
        con.close()
    findings = run_store_checks(docs, config, select, ignore)
    return [DocumentResult(doc, [f for f in findings if f.file == doc.file]) for doc in docs]


def check_against_store(db: Path, report: Extraction, config: CheckConfig, select: Iterable[str] = (),
                        ignore: Iterable[str] = ()) -> list[Finding]:
    """Cross-year findings between one freshly extracted report and the stored ones."""
    if report.status != "ok":
        return []
    con = connect(db, read_only=True)
    try:
        # The same file in the store is this report: compare it with the others only.
        with store_errors(db):
            docs = load_documents(con, exclude={report.sha256} if report.sha256 else None)
    finally:
        con.close()
    findings = run_store_checks(docs, config, select, ignore, focus=report)
    findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.rule, f.first_page or 0))
    return findings
