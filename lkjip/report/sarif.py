"""SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, GitLab, Azure DevOps).

SARIF regions are text regions (lines and columns); a PDF has pages and boxes. The choice,
kept the same everywhere: `region.startLine` is the 1-based physical page, `region.snippet`
the value as printed, and `properties` carries page, bbox (points from the page's top-left),
table, row and column. A dashboard then says "line 17" for page 17, and a tool that knows
lkjip can draw the box. Evidence without a page (DOCX) gets no region, only properties.
The first evidence is the result's location; every evidence is a related location, so both
sides of a contradiction travel with the result.
"""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from lkjip import __version__
from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.roles import shown_role
from lkjip.checks.rule import FAMILIES, Rule
from lkjip.extract.errors import error_text
from lkjip.report.paths import workspace_path
from lkjip.results import DocumentResult, RunResult

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_VERSION = "2.1.0"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "lkjipFinding/v1"


SRCROOT = "%SRCROOT%"


def artifact_location(file: str) -> dict[str, str]:
    """Inside the checkout: a relative URI against %SRCROOT%; elsewhere: a file: URI."""
    path = workspace_path(file)
    if PurePath(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(path), "uriBaseId": SRCROOT}


def _rule_descriptor(cls: type[Rule], lang: str) -> dict[str, Any]:
    doc = cls.description(lang)
    first = doc.split("\n\n", 1)[0].replace("\n", " ").strip() or cls.title[lang]
    family = FAMILIES.get(cls.family(), {})
    return {
        "id": cls.code,
        "name": cls.__name__,
        "shortDescription": {"text": cls.title[lang]},
        "fullDescription": {"text": first},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": LEVELS[cls.severity]},
        "properties": {"tags": ["lkjip", family.get("en", cls.family())], "titles": dict(cls.title),
                       "scope": cls.scope},
    }


def _ad_hoc_descriptor(finding: Finding, lang: str) -> dict[str, Any]:
    # A finding from a rule the catalogue no longer has (e.g. a plug-in): still describable.
    return {"id": finding.rule, "shortDescription": {"text": finding.title_text(lang)},
            "fullDescription": {"text": finding.title_text(lang)},
            "help": {"text": finding.title_text(lang)},
            "defaultConfiguration": {"level": LEVELS[finding.severity]}}


def _evidence_properties(ev: Evidence) -> dict[str, Any]:
    c = ev.cell
    props = {"page": c.page, "bbox": [round(v, 2) for v in c.bbox] if c.bbox else None,
             "table": c.table, "row": c.row, "column": c.column, "value": ev.value, "role": ev.role}
    # Where a person finds it: printedPage (pageSource "printed" or "pdf"), tableCaption,
    # rowNumber (data rows from 1), columnHeader as printed.
    if ev.place is not None:
        names = {"printed_page": "printedPage", "page_source": "pageSource", "table_caption": "tableCaption",
                 "table_ordinal": "tableOrdinal", "table_page": "tablePage", "row_number": "rowNumber",
                 "column_header": "columnHeader"}
        props.update({names[k]: v for k, v in ev.place.to_dict().items()})
    return props


def _location(artifact: dict[str, str], ev: Evidence, index: int | None = None, lang: str = "en") -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": dict(artifact)}
    if ev.cell.page is not None:
        physical["region"] = {"startLine": ev.cell.page, "snippet": {"text": ev.cell.text}}
    loc: dict[str, Any] = {"physicalLocation": physical, "properties": _evidence_properties(ev)}
    if index is not None:
        loc["id"] = index
        if ev.role:
            loc["message"] = {"text": f"{shown_role(ev.role, lang)}: {ev.cell.text}"}
    return loc


def fingerprint(finding: Finding, uri: str, occurrence: int) -> str:
    """Stable across runs and languages, and across edits that move a page: the rule, the
    file, and each evidence's column, role and printed text, never the message or page."""
    parts = [finding.rule, uri] + [f"{e.cell.column}|{e.role}|{e.cell.text}" for e in finding.evidence]
    parts.append(str(occurrence))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _results(doc: DocumentResult, lang: str, rule_index: dict[str, int]) -> list[dict[str, Any]]:
    artifact = artifact_location(doc.file)
    uri = artifact["uri"]
    seen: dict[str, int] = {}
    out = []
    for f in doc.findings:
        base = fingerprint(f, uri, 0)
        occurrence = seen.get(base, 0)
        seen[base] = occurrence + 1
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": rule_index[f.rule],
            "level": LEVELS[f.severity],
            "message": {"text": f.text(lang)},
            "locations": [_location(artifact, f.evidence[0]) if f.evidence
                          else {"physicalLocation": {"artifactLocation": dict(artifact)}}],
            "partialFingerprints": {FINGERPRINT_KEY: fingerprint(f, uri, occurrence)},
            "properties": {"doubtful": f.doubtful, "title": f.title_text(lang)},
        }
        if f.suppressed is not None:
            # Recorded in the team's baseline file: accepted, with its reason as justification.
            result["suppressions"] = [{"kind": "external", "status": "accepted",
                                       "justification": f"{f.suppressed.status}: {f.suppressed.reason}".rstrip(": "),
                                       "properties": {"lkjipStatus": f.suppressed.status}}]
        if len(f.evidence) > 1:
            result["relatedLocations"] = [_location(artifact, ev, i, lang) for i, ev in enumerate(f.evidence)]
        out.append(result)
    return out


def sarif_payload(run: RunResult) -> dict[str, Any]:
    lang = run.lang
    # The rules that ran: a dashboard lists them even when they found nothing.
    rules = [_rule_descriptor(cls, lang) for cls in run.rule_classes()]
    rule_index = {r["id"]: i for i, r in enumerate(rules)}
    for doc in run.documents:
        for f in doc.findings:
            if f.rule not in rule_index:
                rule_index[f.rule] = len(rules)
                rules.append(_ad_hoc_descriptor(f, lang))
    results: list[dict[str, Any]] = []
    artifacts: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for doc in run.documents:
        location = artifact_location(doc.file)
        artifact: dict[str, Any] = {"location": location}
        if doc.extraction.sha256:
            artifact["hashes"] = {"sha-256": doc.extraction.sha256}
        artifacts.append(artifact)
        if not doc.ok:
            err = doc.extraction.error or {}
            notifications.append({"level": "error",
                                  "message": {"text": f"{doc.file}: [{err.get('code')}] {error_text(err, lang)}"},
                                  "locations": [{"physicalLocation": {"artifactLocation": dict(location)}}]})
        results.extend(_results(doc, lang, rule_index))
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {"name": "lkjip", "version": __version__, "semanticVersion": __version__,
                                "rules": rules}},
            "invocations": [{"executionSuccessful": not notifications,
                             "toolExecutionNotifications": notifications}],
            "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().resolve().as_uri() + "/"}},
            "artifacts": artifacts,
            "results": results,
            "language": lang,
            "columnKind": "unicodeCodePoints",
        }],
    }
