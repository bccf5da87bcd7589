"""The archive: documents by agency and year, findings per rule, an agency's years side by
side with the cross-year (LKJ-Y) findings; each view as CSV too."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from lkjip.serve.web import csv_response, lang_of, render, settings, workspace
from lkjip.serve.workspace import ServeSettings, Workspace

SEVERITIES = ("error", "warning", "info")


def _archive(ws: Workspace) -> dict[str, Any]:
    with ws.read() as cur:
        docs = cur.execute(
            "SELECT d.sha256, d.file, d.agency, d.region, d.year, d.status, d.error_code, "
            "(SELECT count(*) FROM findings f WHERE f.sha256 = d.sha256 AND f.severity = 'error'), "
            "(SELECT count(*) FROM findings f WHERE f.sha256 = d.sha256 AND f.severity = 'warning') "
            "FROM documents d ORDER BY d.agency NULLS LAST, d.year NULLS LAST, d.file").fetchall()
        rules = cur.execute("SELECT rule, severity, count(*), count(DISTINCT sha256) FROM findings "
                            "GROUP BY rule, severity ORDER BY rule, severity").fetchall()
    agencies: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for sha, file, agency, region, year, status, code, errors, warnings in docs:
        agencies[agency or ""].append({"sha256": sha, "file": file, "agency": agency, "region": region,
                                       "year": year, "status": status, "error_code": code,
                                       "errors": errors, "warnings": warnings})
    return {"agencies": dict(agencies),
            "rules": [{"rule": r, "severity": s, "findings": n, "documents": d} for r, s, n, d in rules]}


def _rule(ws: Workspace, code: str, lang: str) -> dict[str, Any]:
    with ws.read() as cur:
        rows = cur.execute(
            "SELECT f.sha256, f.ord, f.severity, f.page, f.message_en, f.message_id, d.file, d.agency, d.year "
            "FROM findings f JOIN documents d USING (sha256) WHERE f.rule = ? "
            "ORDER BY d.agency NULLS LAST, d.year NULLS LAST, d.file, f.ord", [code]).fetchall()
    items = [{"sha256": sha, "ord": o, "severity": sev, "page": page,
              "message": (mi if lang == "id" and mi else me) or "", "file": file, "agency": agency, "year": year}
             for sha, o, sev, page, me, mi, file, agency, year in rows]
    return {"code": code, "items": items}


def _agency(ws: Workspace, serve: ServeSettings, name: str, lang: str) -> dict[str, Any]:
    """The agency's reports year by year, and the cross-year rules run over them."""
    from lkjip.checks.store_runner import run_store_checks
    from lkjip.store.load import load_documents

    with ws.read() as cur:
        docs = [d for d in load_documents(cur) if (d.metadata.agency or "") == name]
    findings = run_store_checks(docs, serve.rules.config, serve.rules.select, serve.rules.ignore)
    years = []
    for d in docs:
        stored = ws.document(d.sha256 or "")
        counts = dict.fromkeys(SEVERITIES, 0)
        for f in ws.findings(d.sha256 or "", stored["identity"] if stored else ""):
            counts[f.severity] = counts.get(f.severity, 0) + 1
        years.append({"year": d.metadata.year, "sha256": d.sha256, "file": d.file,
                      "budget": len(d.budget), "indicators": len(d.indicators), **counts})
    cross = [{"rule": f.rule, "severity": f.severity, "title": f.title_text(lang), "message": f.text(lang),
              "file": f.file} for f in findings]
    return {"name": name, "years": years, "cross": cross}


async def archive(request: Request) -> Response:
    return render(request, "archive.html", **await run_in_threadpool(_archive, workspace(request)))


async def documents_csv(request: Request) -> Response:
    data = await run_in_threadpool(_archive, workspace(request))
    rows = [[d["agency"], d["region"], d["year"], d["file"], d["status"], d["error_code"], d["errors"],
             d["warnings"], d["sha256"]] for docs in data["agencies"].values() for d in docs]
    return csv_response(["agency", "region", "year", "file", "status", "error_code", "errors", "warnings",
                         "sha256"], rows, "lkjip-documents.csv")


async def rules_csv(request: Request) -> Response:
    data = await run_in_threadpool(_archive, workspace(request))
    return csv_response(["rule", "severity", "findings", "documents"],
                        [[r["rule"], r["severity"], r["findings"], r["documents"]] for r in data["rules"]],
                        "lkjip-rules.csv")


async def rule_page(request: Request) -> Response:
    data = await run_in_threadpool(_rule, workspace(request), request.query_params.get("code", ""),
                                   lang_of(request))
    return render(request, "rule.html", **data)


async def rule_csv(request: Request) -> Response:
    data = await run_in_threadpool(_rule, workspace(request), request.query_params.get("code", ""),
                                   lang_of(request))
    return csv_response(["agency", "year", "file", "page", "severity", "message", "sha256"],
                        [[i["agency"], i["year"], i["file"], i["page"], i["severity"], i["message"], i["sha256"]]
                         for i in data["items"]], "lkjip-rule.csv")


async def agency(request: Request) -> Response:
    data = await run_in_threadpool(_agency, workspace(request), settings(request),
                                   request.query_params.get("name", ""), lang_of(request))
    return render(request, "agency.html", **data)


async def agency_csv(request: Request) -> Response:
    data = await run_in_threadpool(_agency, workspace(request), settings(request),
                                   request.query_params.get("name", ""), lang_of(request))
    rows = [[y["year"], y["file"], y["budget"], y["indicators"], y["error"], y["warning"], y["sha256"]]
            for y in data["years"]]
    rows += [[None, c["file"], None, None, c["rule"], c["severity"], c["message"]] for c in data["cross"]]
    return csv_response(["year", "file", "budget_rows", "indicator_rows", "errors|rule", "warnings|severity",
                         "sha256|message"], rows, "lkjip-agency.csv")
