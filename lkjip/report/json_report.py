"""JSON for machines: the public contracts in shared/contracts (check and extract)."""

from __future__ import annotations

import json
from typing import Any

from lkjip import __version__
from lkjip.records import Extraction
from lkjip.report.labels import rules_note
from lkjip.results import RunResult

TOOL = {"name": "lkjip", "version": __version__}


def check_payload(run: RunResult) -> dict[str, Any]:
    docs = []
    for d in run.documents:
        ex = d.extraction
        docs.append({
            "file": ex.file, "sha256": ex.sha256, "pages": ex.pages, "status": ex.status,
            "error": ex.error, "metadata": ex.metadata.to_dict(),
            "summary": {**{s: d.count(s) for s in ("error", "warning", "info")},
                        "suppressed": len(d.suppressed)},
            "coverage": ex.coverage.to_dict(),
            "findings": [f.to_dict(run.lang) for f in d.findings],
        })
    payload: dict[str, Any] = {"tool": TOOL, "lang": run.lang, "documents": docs}
    if run.rules is not None:
        # Which rules ran, which did not, and why (a partial run must not read as a clean one).
        payload["rules"] = {"ran": list(run.rules), "not_run": run.rules_not_run(),
                            "chosen_by": run.chosen_by, "store_only": run.store_only,
                            "note": rules_note(run, run.lang)}
    return payload


def extract_payload(extractions: list[Extraction]) -> dict[str, Any]:
    return {"tool": TOOL, "documents": [e.to_dict() for e in extractions]}


def dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2)
