"""The routes of `lkjip serve`: upload, jobs, a document's page, a finding on its page,
the judgement, downloads through the renderer registry, and the archive (with CSV)."""

from __future__ import annotations

import csv
import io
import json
import re
import secrets
import tempfile
from collections import defaultdict
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from lkjip.checks.finding import SEVERITY_ORDER
from lkjip.report.coverage import coverage_line
from lkjip.report.extracted_tables import cell_key, extracted_tables, findings_by_cell
from lkjip.report.labels import labels
from lkjip.report.page_images import PageRenderer
from lkjip.serve.i18n import LANGS, words
from lkjip.serve.security import CSRF_FIELD, SafetyMiddleware, csrf_ok
from lkjip.serve.workspace import VERDICTS, ServeSettings, StoredFinding, Workspace

HERE = Path(__file__).parent
SHA = re.compile(r"^[0-9a-f]{64}$")
DOWNLOADS = {"html": ("text/html; charset=utf-8", "html"), "json": ("application/json", "json"),
             "sarif": ("application/sarif+json", "sarif"),
             "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
             "pdf": ("application/pdf", "pdf")}
SEVERITIES = ("error", "warning", "info")
MAX_TABLE_ROWS = 400


def create_app(settings: ServeSettings) -> Starlette:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
    state: dict[str, Workspace] = {}
    crops: dict[tuple[Any, ...], Any] = {}  # recently rendered page crops, oldest first

    @asynccontextmanager
    async def lifespan(app: Starlette):  # type: ignore[no-untyped-def]
        state["ws"] = Workspace(settings)
        try:
            yield
        finally:
            state.pop("ws").close()

    def ws() -> Workspace:
        return state["ws"]

    def lang_of(request: Request) -> str:
        lang = request.cookies.get("lkjip_lang", "id")
        return lang if lang in LANGS else "id"

    def page(request: Request, template: str, **context: Any) -> HTMLResponse:
        lang = lang_of(request)
        html = env.get_template(template).render(
            request=request, lang=lang, w=words(lang), csrf=request.scope["state"]["csrf"],
            csrf_field=CSRF_FIELD, settings=settings, path=request.url.path, **context)
        return HTMLResponse(html)

    def sha_of(request: Request) -> str:
        sha = request.path_params["sha"]
        if not SHA.match(sha):
            raise HTTPException(404)
        return sha

    # -- upload and jobs ---------------------------------------------------------------

    async def index(request: Request) -> Response:
        return page(request, "index.html", jobs=ws().jobs())

    async def upload(request: Request) -> Response:
        # One more than allowed, so a request with too many files gets our 413, not a 400.
        async with request.form(max_files=settings.max_files + 1, max_fields=20) as form:
            if not csrf_ok(request, form.get(CSRF_FIELD)):
                return Response("403: missing or wrong form token (reload the page)", status_code=403)
            files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
            password = form.get("password")
            if len(files) > settings.max_files:
                return Response(f"413: at most {settings.max_files} files in one upload", status_code=413)
            limit = settings.max_file_mb * 1024 * 1024
            # Every file is checked before any is kept: an upload is taken whole or not at all.
            too_big = [f.filename for f in files if f.size is None or f.size > limit]
            if too_big:
                return Response(f"413: larger than {settings.max_file_mb} MB: {too_big[0]!r}", status_code=413)
            ids = []
            for f in files:  # one at a time: the parts wait on disk, not in memory
                data = await f.read(limit + 1)
                ids.append(await run_in_threadpool(ws().add_upload, f.filename or "", data,
                                                   password if isinstance(password, str) else None))
        if request.headers.get("accept", "").startswith("application/json"):
            return JSONResponse({"jobs": ids})
        return RedirectResponse("/", status_code=303)

    async def jobs_json(request: Request) -> Response:
        return JSONResponse({"jobs": await run_in_threadpool(ws().jobs)})

    # -- a document --------------------------------------------------------------------

    def _document_context(request: Request, sha: str) -> dict[str, Any]:
        doc = ws().document(sha)
        if doc is None:
            raise HTTPException(404)
        lang = lang_of(request)
        findings = ws().findings(sha, doc["identity"])
        severity = request.query_params.get("severity", "")
        rule = request.query_params.get("rule", "")
        shown = [f for f in findings if (not severity or f.severity == severity) and (not rule or f.rule == rule)]
        groups: dict[tuple[str, str], list[StoredFinding]] = defaultdict(list)
        for f in sorted(shown, key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.rule, f.ord)):
            groups[(f.severity, f.rule)].append(f)
        previous = ws().previous_version(doc)
        new: set[str] = set()
        gone: list[StoredFinding] = []
        if previous is not None:
            before = ws().findings(previous["sha256"], previous["identity"])
            before_fps = {f.fingerprint for f in before}
            now_fps = {f.fingerprint for f in findings}
            new = now_fps - before_fps
            gone = [f for f in before if f.fingerprint not in now_fps]
        result = ws().result(sha)
        coverage = coverage_line(result.extraction.coverage, lang) if result else None
        tables = []
        if result is not None:
            hits = findings_by_cell(result.findings)
            names = labels(lang)
            for t in extracted_tables(result.extraction):
                if not t.rows:
                    continue
                rows = [[{"text": c.text, "hit": c.cell is not None and cell_key(c.cell) in hits}
                         for c in row] for row in t.rows[:MAX_TABLE_ROWS]]
                tables.append({"kind": t.kind, "title": names.get(t.kind, t.kind),
                               "columns": [names.get(c, c) for c in t.columns], "rows": rows,
                               "cut": len(t.rows) > MAX_TABLE_ROWS})
        return {"doc": doc, "findings": findings, "groups": groups, "severity": severity, "rule": rule,
                "rules": sorted({f.rule for f in findings}), "previous": previous, "new": new, "gone": gone,
                "coverage": coverage, "tables": tables, "kept": result is not None,
                "downloads": list(DOWNLOADS) if result is not None else []}

    async def document_page(request: Request) -> Response:
        sha = sha_of(request)
        context = await run_in_threadpool(_document_context, request, sha)
        return page(request, "document.html", **context)

    def _finding(sha: str, ordinal: int) -> tuple[dict[str, Any], StoredFinding]:
        doc = ws().document(sha)
        if doc is None:
            raise HTTPException(404)
        found = [f for f in ws().findings(sha, doc["identity"]) if f.ord == ordinal]
        if not found:
            raise HTTPException(404)
        return doc, found[0]

    def _crops(sha: str, finding: StoredFinding) -> list[dict[str, Any]]:
        """One figure per page the evidence is on, boxes numbered as in the evidence list."""
        upload = ws().upload_of(sha)
        pages: dict[int, list[tuple[int, list[float]]]] = defaultdict(list)
        for i, e in enumerate(finding.evidence):
            if e.get("page") and e.get("bbox"):
                pages[int(e["page"])].append((i + 1, [float(v) for v in e["bbox"]]))
        out = []
        for page_no, boxes in sorted(pages.items()):
            out.append({"page": page_no, "numbers": [n for n, _ in boxes], "boxes": [b for _, b in boxes],
                        "available": upload is not None and upload.suffix == ".pdf"})
        return out

    async def finding_page(request: Request) -> Response:
        sha = sha_of(request)
        ordinal = int(request.path_params["ord"])
        doc, finding = await run_in_threadpool(_finding, sha, ordinal)
        crops = _crops(sha, finding)
        for c in crops:  # the geometry the image is drawn with, for people and tests to check
            if c["available"]:
                crop = await run_in_threadpool(_render_crop, sha, c["page"], c["boxes"], c["numbers"])
                if crop is None:
                    c["available"] = False
                else:
                    c["region"] = " ".join(f"{v:.2f}" for v in crop.region)
                    c["scale"] = crop.scale
        # The table's own title as printed above it, where the reader found one.
        result = await run_in_threadpool(ws().result, sha)
        captions = {t.table: t.caption for t in result.extraction.coverage.read if t.table and t.caption} \
            if result is not None else {}
        return page(request, "finding.html", doc=doc, f=finding, crops=crops, verdicts=VERDICTS,
                    captions=captions)

    def _render_crop(sha: str, page_no: int, boxes: list[list[float]], numbers: list[int]):  # type: ignore[no-untyped-def]
        key = (sha, page_no, tuple(tuple(b) for b in boxes), tuple(numbers))
        upload = ws().upload_of(sha)
        if upload is None:
            return None
        with ws().render_lock:  # pdfium is not thread-safe; the cache is shared too
            if key in crops:
                return crops[key]
            renderer = PageRenderer()
            try:
                crop = renderer.crop(str(upload), page_no, [tuple(b) for b in boxes],  # type: ignore[misc]
                                     [str(n) for n in numbers])
            finally:
                renderer.close()
            # The finding page and its <img> ask for the same crop: render it once.
            crops[key] = crop
            while len(crops) > 64:
                crops.pop(next(iter(crops)))
            return crop

    async def finding_image(request: Request) -> Response:
        sha = sha_of(request)
        ordinal = int(request.path_params["ord"])
        page_no = int(request.path_params["page"])
        _, finding = await run_in_threadpool(_finding, sha, ordinal)
        crops = [c for c in _crops(sha, finding) if c["page"] == page_no and c["available"]]
        if not crops:
            raise HTTPException(404)
        crop = await run_in_threadpool(_render_crop, sha, page_no, crops[0]["boxes"], crops[0]["numbers"])
        if crop is None:
            raise HTTPException(404)
        return Response(crop.png, media_type="image/png")

    async def judge(request: Request) -> Response:
        sha = sha_of(request)
        ordinal = int(request.path_params["ord"])
        async with request.form(max_files=0, max_fields=10) as form:
            if not csrf_ok(request, form.get(CSRF_FIELD)):
                return Response("403: missing or wrong form token (reload the page)", status_code=403)
            verdict = str(form.get("verdict") or "")
            note = str(form.get("note") or "")
            auditor = str(form.get("auditor") or "")
        if verdict not in VERDICTS:
            return Response("400: unknown verdict", status_code=400)
        doc, finding = await run_in_threadpool(_finding, sha, ordinal)
        await run_in_threadpool(ws().judge, finding.fingerprint, doc["identity"], finding.rule, verdict,
                                note, auditor, sha)
        response = RedirectResponse(f"/doc/{sha}/finding/{ordinal}", status_code=303)
        if auditor:
            response.set_cookie("lkjip_auditor", auditor[:200], httponly=True, samesite="strict")
        return response

    async def download(request: Request) -> Response:
        sha = sha_of(request)
        fmt = request.path_params["fmt"]
        if fmt not in DOWNLOADS:
            raise HTTPException(404)
        doc = ws().document(sha)
        result = await run_in_threadpool(ws().result, sha)
        if doc is None or result is None:
            raise HTTPException(404)
        body = await run_in_threadpool(_render_download, result, fmt, lang_of(request))
        if fmt == "json":
            body = _with_judgements(body, ws().findings(sha, doc["identity"]))
        media, ext = DOWNLOADS[fmt]
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(doc["file"] or "report").stem)[:80] or "report"
        return Response(body, media_type=media,
                        headers={"content-disposition": f'attachment; filename="{stem}.lkjip.{ext}"'})

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

    def _render_download(result: Any, fmt: str, lang: str) -> bytes:
        from lkjip.report.render import render_text, write_report
        from lkjip.results import RunResult

        run = RunResult([result], lang=lang)
        with ws().render_lock:
            if fmt in ("html", "json", "sarif"):
                return render_text(run, fmt).encode("utf-8")
            with tempfile.TemporaryDirectory(prefix="lkjip-serve-") as tmp:
                out = Path(tmp) / f"report.{fmt}"
                write_report(run, fmt, out)
                if not out.is_file():
                    raise HTTPException(404)
                return out.read_bytes()

    # -- archive -----------------------------------------------------------------------

    def _archive() -> dict[str, Any]:
        with ws().read() as cur:
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

    def _rule(code: str, lang: str) -> dict[str, Any]:
        with ws().read() as cur:
            rows = cur.execute(
                "SELECT f.sha256, f.ord, f.severity, f.page, f.message_en, f.message_id, d.file, d.agency, d.year "
                "FROM findings f JOIN documents d USING (sha256) WHERE f.rule = ? "
                "ORDER BY d.agency NULLS LAST, d.year NULLS LAST, d.file, f.ord", [code]).fetchall()
        items = [{"sha256": sha, "ord": o, "severity": sev, "page": page,
                  "message": (mi if lang == "id" and mi else me) or "", "file": file, "agency": agency,
                  "year": year} for sha, o, sev, page, me, mi, file, agency, year in rows]
        return {"code": code, "items": items}

    async def rule_page(request: Request) -> Response:
        code = request.query_params.get("code", "")
        return page(request, "rule.html", **await run_in_threadpool(_rule, code, lang_of(request)))

    async def rule_csv(request: Request) -> Response:
        data = await run_in_threadpool(_rule, request.query_params.get("code", ""), lang_of(request))
        return _csv(["agency", "year", "file", "page", "severity", "message", "sha256"],
                    [[i["agency"], i["year"], i["file"], i["page"], i["severity"], i["message"], i["sha256"]]
                     for i in data["items"]], "lkjip-rule.csv")

    async def archive(request: Request) -> Response:
        return page(request, "archive.html", **await run_in_threadpool(_archive))

    def _agency(name: str, lang: str) -> dict[str, Any]:
        from lkjip.checks.store_runner import run_store_checks
        from lkjip.store.load import load_documents

        with ws().read() as cur:
            docs = [d for d in load_documents(cur) if (d.metadata.agency or "") == name]
        findings = run_store_checks(docs, settings.rules.config, settings.rules.select, settings.rules.ignore)
        years = []
        for d in docs:
            stored = ws().document(d.sha256 or "")
            counts = {s: 0 for s in SEVERITIES}
            for f in ws().findings(d.sha256 or "", stored["identity"] if stored else ""):
                counts[f.severity] = counts.get(f.severity, 0) + 1
            years.append({"year": d.metadata.year, "sha256": d.sha256, "file": d.file,
                          "budget": len(d.budget), "indicators": len(d.indicators), **counts})
        cross = [{"rule": f.rule, "severity": f.severity, "title": f.title_text(lang), "message": f.text(lang),
                  "file": f.file, "evidence": [e.to_dict() for e in f.evidence]} for f in findings]
        return {"name": name, "years": years, "cross": cross}

    async def agency(request: Request) -> Response:
        name = request.query_params.get("name", "")
        return page(request, "agency.html", **await run_in_threadpool(_agency, name, lang_of(request)))

    def _csv(header: list[str], rows: list[list[Any]], filename: str) -> Response:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(header)
        for row in rows:
            # A cell starting with = + - @ is a formula to Excel: quote it as text.
            writer.writerow(["'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r") else v
                             for v in row])
        return Response(buf.getvalue().encode("utf-8-sig"), media_type="text/csv; charset=utf-8",
                        headers={"content-disposition": f'attachment; filename="{filename}"'})

    async def documents_csv(request: Request) -> Response:
        data = await run_in_threadpool(_archive)
        rows = [[d["agency"], d["region"], d["year"], d["file"], d["status"], d["error_code"], d["errors"],
                 d["warnings"], d["sha256"]] for docs in data["agencies"].values() for d in docs]
        return _csv(["agency", "region", "year", "file", "status", "error_code", "errors", "warnings", "sha256"],
                    rows, "lkjip-documents.csv")

    async def rules_csv(request: Request) -> Response:
        data = await run_in_threadpool(_archive)
        return _csv(["rule", "severity", "findings", "documents"],
                    [[r["rule"], r["severity"], r["findings"], r["documents"]] for r in data["rules"]],
                    "lkjip-rules.csv")

    async def agency_csv(request: Request) -> Response:
        data = await run_in_threadpool(_agency, request.query_params.get("name", ""), lang_of(request))
        rows = [[y["year"], y["file"], y["budget"], y["indicators"], y["error"], y["warning"], y["sha256"]]
                for y in data["years"]]
        rows += [[None, c["file"], None, None, c["rule"], c["severity"], c["message"]] for c in data["cross"]]
        return _csv(["year", "file", "budget_rows", "indicator_rows", "errors|rule", "warnings|severity",
                     "sha256|message"], rows, "lkjip-agency.csv")

    async def set_lang(request: Request) -> Response:
        lang = request.path_params["lang"]
        target = request.query_params.get("next", "/")
        if not target.startswith("/") or target.startswith("//") or "\\" in target:
            target = "/"  # never an open redirect
        response = RedirectResponse(target, status_code=303)
        if lang in LANGS:
            response.set_cookie("lkjip_lang", lang, samesite="strict")
        return response

    routes = [
        Route("/", index),
        Route("/upload", upload, methods=["POST"]),
        Route("/jobs.json", jobs_json),
        Route("/doc/{sha}", document_page),
        Route("/doc/{sha}/finding/{ord:int}", finding_page),
        Route("/doc/{sha}/finding/{ord:int}/page/{page:int}.png", finding_image),
        Route("/doc/{sha}/finding/{ord:int}/judge", judge, methods=["POST"]),
        Route("/doc/{sha}/download/{fmt}", download),
        Route("/archive", archive),
        Route("/archive/agency", agency),
        Route("/archive/documents.csv", documents_csv),
        Route("/archive/rules.csv", rules_csv),
        Route("/archive/agency.csv", agency_csv),
        Route("/archive/rule", rule_page),
        Route("/archive/rule.csv", rule_csv),
        Route("/lang/{lang}", set_lang),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_middleware(SafetyMiddleware, secret=secrets.token_bytes(32), token=settings.token,  # type: ignore[arg-type]
                       max_request_bytes=settings.max_request_bytes)
    app.state.settings = settings
    app.state.workspace = state
    return app

