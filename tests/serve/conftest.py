"""A workspace over a fresh store: the seed sample and a broken file uploaded once per
session (reading is the expensive part), and helpers to talk to it like a browser."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from lkjip.serve.app import create_app
from lkjip.serve.workspace import ServeSettings, Workspace
from tests.conftest import SEED_PDF

BROKEN_PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% cut off here"


@dataclass
class Served:
    client: TestClient
    settings: ServeSettings
    workspace: Workspace

    def csrf(self) -> str:
        return csrf_of(self.client.get("/").text)

    def upload(self, files: list[tuple[str, bytes]], **data: str) -> Any:
        return self.client.post("/upload", data={"csrf": self.csrf(), **data},
                                files=[("files", (n, b, "application/octet-stream")) for n, b in files],
                                headers={"accept": "application/json"})

    def job(self, name: str) -> dict[str, Any]:
        return next(j for j in self.client.get("/jobs.json").json()["jobs"] if j["name"] == name)


def csrf_of(html: str) -> str:
    found = re.search(r'<meta name="csrf" content="([^"]+)"', html)
    assert found, "no CSRF token on the page"
    return found.group(1)


@contextmanager
def serving(db: Path, **options: Any) -> Iterator[Served]:
    settings = ServeSettings(db=db, workers=options.pop("workers", 2), **options)
    app = create_app(settings)
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        yield Served(client, settings, app.state.workspace)


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The seed report and a broken PDF, uploaded together and read."""
    with serving(tmp_path_factory.mktemp("serve") / "store.duckdb") as s:
        r = s.upload([("lkjip-2018-biro-humas-jambi.pdf", SEED_PDF.read_bytes()), ("rusak.pdf", BROKEN_PDF)])
        assert r.status_code == 200, r.text
        assert s.workspace.wait_idle(300)
        yield s


@pytest.fixture(scope="session")
def seed_sha(served: Served) -> str:
    return served.job("lkjip-2018-biro-humas-jambi.pdf")["sha256"]
