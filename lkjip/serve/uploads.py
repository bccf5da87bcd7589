"""The upload page: drop reports, see each one's job (queued, reading, done, error)."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from lkjip.serve.security import CSRF_FIELD, csrf_ok
from lkjip.serve.web import render, settings, workspace


async def index(request: Request) -> Response:
    return render(request, "index.html", jobs=await run_in_threadpool(workspace(request).jobs))


async def upload(request: Request) -> Response:
    limits = settings(request)
    # One more than allowed, so a request with too many files gets our 413, not a 400.
    async with request.form(max_files=limits.max_files + 1, max_fields=20) as form:
        if not csrf_ok(request, form.get(CSRF_FIELD)):
            return Response("403: missing or wrong form token (reload the page)", status_code=403)
        files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
        password = form.get("password")
        if len(files) > limits.max_files:
            return Response(f"413: at most {limits.max_files} files in one upload", status_code=413)
        limit = limits.max_file_mb * 1024 * 1024
        # Every file is checked before any is kept: an upload is taken whole or not at all.
        too_big = [f.filename for f in files if f.size is None or f.size > limit]
        if too_big:
            return Response(f"413: larger than {limits.max_file_mb} MB: {too_big[0]!r}", status_code=413)
        ids = []
        for f in files:  # one at a time: the parts wait on disk, not in memory
            data = await f.read(limit + 1)
            ids.append(await run_in_threadpool(workspace(request).add_upload, f.filename or "", data,
                                               password if isinstance(password, str) else None))
    if request.headers.get("accept", "").startswith("application/json"):
        return JSONResponse({"jobs": ids})
    return RedirectResponse("/", status_code=303)


async def jobs_json(request: Request) -> Response:
    return JSONResponse({"jobs": await run_in_threadpool(workspace(request).jobs)})
