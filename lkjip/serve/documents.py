"""A document's page, a finding on its page image, the judgement, and the downloads."""

from __future__ import annotations

import json
import re
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from lkjip.checks.finding import SEVERITY_ORDER
from lkjip.report.coverage import coverage_line
from lkjip.report.extracted_tables import cell_key, extracted_tables, findings_by_cell
from lkjip.report.labels import labels
from lkjip.report.page_images import PageCrop, PageRenderer
from lkjip.results import DocumentResult, RunResult
from lkjip.serve.security import CSRF_FIELD, csrf_ok
from lkjip.serve.web import lang_of, render, sha_of, workspace
from lkjip.serve.workspace import VERDICTS, StoredFinding, Workspace

DOWNLOADS = {"html": ("text/html; charset=utf-8", "html"), "json": ("application/json", "json"),
             "sarif": ("application/sarif+json", "sarif"),
             "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
             "pdf": ("application/pdf", "pdf")}
MAX_TABLE_ROWS = 400
MAX_CROPS = 64


def _document_context(ws: Workspace, sha: str, lang: str, severity: str, rule: str) -> dict[str, Any]:
    doc = ws.document(sha)
    if doc is None:
        raise HTTPException(404)
    findings = ws.findings(sha, doc["identity"])
    shown = [f for f in findings if (not severity or f.severity == severity) and (not rule or f.rule == rule)]
    groups: dict[tuple[str, str], list[StoredFinding]] = defaultdict(list)
    for f in sorted(shown, key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.rule, f.ord)):
        groups[(f.severity, f.rule)].append(f)
    # Against the previous version of the same report: what is new, what is gone.
    previous = ws.previous_version(doc)
    new: set[str] = set()
    gone: list[StoredFinding] = []
    if previous is not None:
        before = ws.findings(previous["sha256"], previous["identity"])
        now = {f.fingerprint for f in findings}
        new = now - {f.fingerprint for f in before}
        gone = [f for f in before if f.fingerprint not in now]
    result = ws.result(sha)
    return {"doc": doc, "findings": findings, "groups": groups, "severity": severity, "rule": rule,
            "rules": sorted({f.rule for f in findings}), "previous": previous, "new": new, "gone": gone,
            "coverage": coverage_line(result.extraction.coverage, lang) if result else None,
            "tables": _tables(result, lang) if result else [], "kept": result is not None,
            # An annotated copy is made of PDFs only.
            "downloads": [f for f in DOWNLOADS if f != "pdf" or doc["kind"] == "pdf"] if result else []}


def _tables(result: DocumentResult, lang: str) -> list[dict[str, Any]]:
    """The extracted tables, each cell a finding rests on marked."""
    hits = findings_by_cell(result.findings)
    names = labels(lang)
    tables = []
    for t in extracted_tables(result.extraction):
        if not t.rows:
            continue
        rows = [[{"text": c.text, "hit": c.cell is not None and cell_key(c.cell) in hits} for c in row]
                for row in t.rows[:MAX_TABLE_ROWS]]
        tables.append({"kind": t.kind, "title": names.get(t.kind, t.kind),
                       "columns": [names.get(c, c) for c in t.columns], "rows": rows,
                       "cut": len(t.rows) > MAX_TABLE_ROWS})
    return tables


async def document_page(request: Request) -> Response:
    context = await run_in_threadpool(_document_context, workspace(request), sha_of(request), lang_of(request),
                                      request.query_params.get("severity", ""),
                                      request.query_params.get("rule", ""))
    return render(request, "document.html", **context)


def _finding(ws: Workspace, sha: str, ordinal: int) -> tuple[dict[str, Any], StoredFinding]:
    doc = ws.document(sha)
    if doc is None:
        raise HTTPException(404)
    found = [f for f in ws.findings(sha, doc["identity"]) if f.ord == ordinal]
    if not found:
        raise HTTPException(404)
    return doc, found[0]


def _figures(ws: Workspace, sha: str, finding: StoredFinding) -> list[dict[str, Any]]:
    """One figure per page the evidence is on, boxes numbered as in the evidence list."""
    upload = ws.upload_of(sha)
    pages: dict[int, list[tuple[int, list[float]]]] = defaultdict(list)
    for i, e in enumerate(finding.evidence):
        if e.get("page") and e.get("bbox"):
            pages[int(e["page"])].append((i + 1, [float(v) for v in e["bbox"]]))
    return [{"page": page_no, "numbers": [n for n, _ in boxes], "boxes": [b for _, b in boxes],
             "available": upload is not None and upload.suffix == ".pdf"}
            for page_no, boxes in sorted(pages.items())]


def _crop(ws: Workspace, sha: str, figure: dict[str, Any]) -> PageCrop | None:
    key = (sha, figure["page"], tuple(tuple(b) for b in figure["boxes"]), tuple(figure["numbers"]))
    upload = ws.upload_of(sha)
    if upload is None:
        return None
    with ws.render_lock:  # pdfium is not thread-safe; the cache is shared too
        if key in ws.crops:
            return ws.crops[key]
        renderer = PageRenderer()
        try:
            crop = renderer.crop(str(upload), figure["page"], [tuple(b) for b in figure["boxes"]],  # type: ignore[misc]
                                 [str(n) for n in figure["numbers"]])
        finally:
            renderer.close()
        # The finding page and its <img> ask for the same crop: render it once.
        ws.crops[key] = crop
        while len(ws.crops) > MAX_CROPS:
            ws.crops.pop(next(iter(ws.crops)))
        return crop


async def finding_page(request: Request) -> Response:
    ws, sha, ordinal = workspace(request), sha_of(request), int(request.path_params["ord"])
    doc, finding = await run_in_threadpool(_finding, ws, sha, ordinal)
    figures = _figures(ws, sha, finding)
    for fig in figures:  # the geometry the image is drawn with, for people and tests to check
        if fig["available"]:
            crop = await run_in_threadpool(_crop, ws, sha, fig)
            if crop is None:
                fig["available"] = False
            else:
                fig["region"] = " ".join(f"{v:.2f}" for v in crop.region)
                fig["scale"] = crop.scale
    # The table's own title as printed above it, where the reader found one.
    result = await run_in_threadpool(ws.result, sha)
    captions = {t.table: t.caption for t in result.extraction.coverage.read if t.table and t.caption} \
        if result is not None else {}
    return render(request, "finding.html", doc=doc, f=finding, crops=figures, verdicts=VERDICTS,
                  captions=captions)


async def finding_image(request: Request) -> Response:
    ws, sha, ordinal = workspace(request), sha_of(request), int(request.path_params["ord"])
    page_no = int(request.path_params["page"])
    _, finding = await run_in_threadpool(_finding, ws, sha, ordinal)
    figures = [f for f in _figures(ws, sha, finding) if f["page"] == page_no and f["available"]]
    crop = await run_in_threadpool(_crop, ws, sha, figures[0]) if figures else None
    if crop is None:
        raise HTTPException(404)
    return Response(crop.png, media_type="image/png")


async def judge(request: Request) -> Response:
    ws, sha, ordinal = workspace(request), sha_of(request), int(request.path_params["ord"])
    async with request.form(max_files=0, max_fields=10) as form:
        if not csrf_ok(request, form.get(CSRF_FIELD)):
            return Response("403: missing or wrong form token (reload the page)", status_code=403)
        verdict = str(form.get("verdict") or "")
        note = str(form.get("note") or "")
        auditor = str(form.get("auditor") or "")
    if verdict not in VERDICTS:
        return Response("400: unknown verdict", status_code=400)
    doc, finding = await run_in_threadpool(_finding, ws, sha, ordinal)
    await run_in_threadpool(ws.judge, finding.fingerprint, doc["identity"], finding.rule, verdict, note,
                            auditor, sha)
    response = RedirectResponse(f"/doc/{sha}/finding/{ordinal}", status_code=303)
    if auditor:  # the next form is filled in with it
        response.set_cookie("lkjip_auditor", auditor[:200], httponly=True, samesite="strict")
    return response


async def download(request: Request) -> Response:
    ws, sha, fmt = workspace(request), sha_of(request), request.path_params["fmt"]
    if fmt not in DOWNLOADS:
        raise HTTPException(404)
    doc = ws.document(sha)
    result = await run_in_threadpool(ws.result, sha)
    if doc is None or result is None:
        raise HTTPException(404)
    body = await run_in_threadpool(_render_download, ws, result, fmt, lang_of(request))
    if fmt == "json":
        body = _with_judgements(body, ws.findings(sha, doc["identity"]))
    media, ext = DOWNLOADS[fmt]
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(doc["file"] or "report").stem)[:80] or "report"
    return Response(body, media_type=media,
                    headers={"content-disposition": f'attachment; filename="{stem}.lkjip.{ext}"'})


def _render_download(ws: Workspace, result: DocumentResult, fmt: str, lang: str) -> bytes:
    """The report as `lkjip check --format FMT` writes it: the renderer registry's."""
    from lkjip.report.render import render_text, write_report

    run = RunResult([result], lang=lang)
    with ws.render_lock:
        if fmt in ("html", "json", "sarif"):
            return render_text(run, fmt).encode("utf-8")
        with tempfile.TemporaryDirectory(prefix="lkjip-serve-") as tmp:
            out = Path(tmp) / f"report.{fmt}"
            write_report(run, fmt, out)
            if not out.is_file():
                raise HTTPException(404)
            return out.read_bytes()


def _with_judgements(body: bytes, findings: list[StoredFinding]) -> bytes:
    """The JSON report with each finding's fingerprint and the auditor's judgement (two
    optional fields: a reader of the shared contract sees the same report)."""
    payload = json.loads(body)
    doc_findings = payload["documents"][0]["findings"]
    # Same run, same order as the store's rows.
    if [d.get("rule") for d in doc_findings] == [f.rule for f in findings]:
        for out, f in zip(doc_findings, findings, strict=True):
            out["fingerprint"] = f.fingerprint
            out["judgement"] = f.judgement
    return json.dumps(payload, ensure_ascii=False, indent=2, default=str).encode("utf-8")
