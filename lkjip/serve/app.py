"""The web application of `lkjip serve`: its routes, the workspace's lifetime, the safety
middleware. Pages: `uploads` (upload and jobs), `documents` (a document, a finding on its
page, the judgement, downloads), `archive` (by agency and year, per rule, with CSV)."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from lkjip.serve import archive, documents, uploads
from lkjip.serve.security import SafetyMiddleware
from lkjip.serve.web import HERE, set_lang
from lkjip.serve.workspace import ServeSettings, Workspace

ROUTES = [
    Route("/", uploads.index),
    Route("/upload", uploads.upload, methods=["POST"]),
    Route("/jobs.json", uploads.jobs_json),
    Route("/doc/{sha}", documents.document_page),
    Route("/doc/{sha}/finding/{ord:int}", documents.finding_page),
    Route("/doc/{sha}/finding/{ord:int}/page/{page:int}.png", documents.finding_image),
    Route("/doc/{sha}/finding/{ord:int}/judge", documents.judge, methods=["POST"]),
    Route("/doc/{sha}/download/{fmt}", documents.download),
    Route("/archive", archive.archive),
    Route("/archive/documents.csv", archive.documents_csv),
    Route("/archive/rules.csv", archive.rules_csv),
    Route("/archive/rule", archive.rule_page),
    Route("/archive/rule.csv", archive.rule_csv),
    Route("/archive/agency", archive.agency),
    Route("/archive/agency.csv", archive.agency_csv),
    Route("/lang/{lang}", set_lang),
    Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
]


def create_app(settings: ServeSettings) -> Starlette:
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        app.state.workspace = Workspace(settings)
        try:
            yield
        finally:
            app.state.workspace.close()

    app = Starlette(routes=ROUTES, lifespan=lifespan)
    app.add_middleware(SafetyMiddleware, secret=secrets.token_bytes(32), token=settings.token,  # type: ignore[arg-type]
                       max_request_bytes=settings.max_request_bytes)
    app.state.settings = settings
    return app
