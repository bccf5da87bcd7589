"""A baseline: findings a team has looked at, so CI reports only new ones.

    lkjip check drafts/ --write-baseline lkjip-baseline.json   # record today's findings
    lkjip check drafts/ --baseline lkjip-baseline.json         # report only new ones

Each recorded finding has a `status` a person may edit: "accepted" (the agency explained it)
or "false_alarm" (lkjip misread), and a `reason`. A finding of a later run is matched by its
fingerprint (`lkjip.checks.fingerprint`, shared with lkjip serve's judgements): the rule,
the document's identity (agency, region and year where read, else its file name), and for
every value it rests on its role, column and text as printed — never the page, the table's
id or the row, which move when a page is added above.
Matched findings are kept in every report, marked `suppressed` with the status and reason
(SARIF `suppressions`, a status column in HTML and xlsx), and do not fail the run.

Rewriting the baseline keeps each still-present finding's status and reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from lkjip import __version__
from lkjip.bilingual import BilingualError
from lkjip.checks.finding import STATUSES, Suppression
from lkjip.checks.fingerprint import document_identity, finding_fingerprints
from lkjip.results import DocumentResult, RunResult

VERSION = 1


class BaselineError(BilingualError):
    """A baseline file that cannot be read or written (a usage error)."""


def fingerprints(doc: DocumentResult) -> list[str]:
    """One stable fingerprint per finding of the document: the same key lkjip serve files
    an auditor's judgement under (lkjip.checks.fingerprint), so a mark made in either place
    means the same finding."""
    meta = doc.extraction.metadata
    identity = document_identity(meta.agency, meta.region, meta.year, doc.file)
    return finding_fingerprints(doc.findings, identity)


@dataclass
class Baseline:
    entries: dict[str, dict[str, Any]]  # fingerprint → the recorded entry

    @classmethod
    def read(cls, path: PurePath) -> Baseline:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise BaselineError(f"{path}: cannot read the baseline ({exc.strerror or exc})",
                                f"{path}: berkas baseline tidak dapat dibaca ({exc.strerror or exc})") from exc
        except json.JSONDecodeError as exc:
            raise BaselineError(f"{path}: not a baseline file (invalid JSON: {exc})",
                                f"{path}: bukan berkas baseline (JSON tidak sah: {exc})") from exc
        if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
            raise BaselineError(f"{path}: not a baseline file (no findings list)",
                                f"{path}: bukan berkas baseline (tidak ada daftar findings)")
        entries = {}
        for i, entry in enumerate(data["findings"]):
            if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
                raise BaselineError(f"{path}: finding {i + 1} has no fingerprint",
                                    f"{path}: temuan ke-{i + 1} tidak memiliki fingerprint")
            status = entry.get("status", "accepted")
            if status not in STATUSES:
                raise BaselineError(f"{path}: finding {i + 1} has status {status!r}; use one of "
                                    f"{', '.join(STATUSES)}",
                                    f"{path}: temuan ke-{i + 1} berstatus {status!r}; pakai salah satu dari "
                                    f"{', '.join(STATUSES)}")
            entries[entry["fingerprint"]] = entry
        return cls(entries)

    def apply(self, run: RunResult) -> int:
        """Mark the run's findings found in the baseline as suppressed; return how many."""
        marked = 0
        for doc in run.documents:
            for finding, fp in zip(doc.findings, fingerprints(doc), strict=True):
                entry = self.entries.get(fp)
                if entry is not None:
                    finding.suppressed = Suppression(entry.get("status", "accepted"), str(entry.get("reason") or ""))
                    marked += 1
        return marked


def baseline_payload(run: RunResult, previous: Baseline | None = None) -> dict[str, Any]:
    """Every finding of the run as a baseline entry, keeping earlier marks and reasons."""
    entries = []
    for doc in run.documents:
        for f, fp in zip(doc.findings, fingerprints(doc), strict=True):
            old = previous.entries.get(fp, {}) if previous else {}
            entries.append({"fingerprint": fp, "rule": f.rule, "file": PurePath(f.file or "").name,
                            "severity": f.severity, "message": f.text(run.lang),
                            "status": old.get("status", "accepted"), "reason": old.get("reason", "")})
    return {"tool": {"name": "lkjip", "version": __version__}, "version": VERSION,
            "statuses": {"accepted": "the agency explained it; keep it out of new findings",
                         "false_alarm": "lkjip misread the report"},
            "findings": entries}


def write_baseline(run: RunResult, path: PurePath) -> int:
    # An existing baseline keeps its marks; a broken one is an error, never overwritten.
    previous = Baseline.read(path) if Path(path).exists() else None
    payload = baseline_payload(run, previous)
    try:
        Path(path).write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write the baseline ({exc.strerror or exc})",
                            f"{path}: berkas baseline tidak dapat ditulis ({exc.strerror or exc})") from exc
    return len(payload["findings"])
