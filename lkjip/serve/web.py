"""What every page of the workspace shares: its workspace, language, templates and CSV."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from lkjip.serve.i18n import LANGS, words
from lkjip.serve.security import CSRF_FIELD
from lkjip.serve.workspace import ServeSettings, Workspace

HERE = Path(__file__).parent
SHA = re.compile(r"^[0-9a-f]{64}$")
TEMPLATES = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))


def workspace(request: Request) -> Workspace:
    return request.app.state.workspace


def settings(request: Request) -> ServeSettings:
    return request.app.state.settings


def lang_of(request: Request) -> str:
    lang = request.cookies.get("lkjip_lang", "id")
    return lang if lang in LANGS else "id"


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    lang = lang_of(request)
    html = TEMPLATES.get_template(template).render(
        request=request, lang=lang, w=words(lang), csrf=request.scope["state"]["csrf"],
        csrf_field=CSRF_FIELD, settings=settings(request), path=request.url.path, **context)
    return HTMLResponse(html)


def sha_of(request: Request) -> str:
    """The document named in the address: a sha256, or 404 (never a path)."""
    sha = request.path_params["sha"]
    if not SHA.match(sha):
        raise HTTPException(404)
    return sha


def csv_response(header: list[str], rows: list[list[Any]], filename: str) -> Response:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    for row in rows:
        # A cell starting with = + - @ is a formula to Excel: quote it as text.
        writer.writerow(["'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r") else v
                         for v in row])
    return Response(buf.getvalue().encode("utf-8-sig"), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{filename}"'})


async def set_lang(request: Request) -> Response:
    lang = request.path_params["lang"]
    target = request.query_params.get("next", "/")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"  # never an open redirect
    response = RedirectResponse(target, status_code=303)
    if lang in LANGS:
        response.set_cookie("lkjip_lang", lang, samesite="strict")
    return response
