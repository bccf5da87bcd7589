"""Start the workspace: check the address is safe, print where to open it, run uvicorn."""

from __future__ import annotations

import sys
from urllib.parse import quote

from lkjip.serve.security import check_bind
from lkjip.serve.workspace import ServeSettings


def address(host: str, port: int, token: str | None) -> str:
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    return url + (f"?token={quote(token)}" if token else "")


def serve(settings: ServeSettings, host: str = "127.0.0.1", port: int = 8000) -> None:
    check_bind(host, settings.token)  # BindError before anything listens
    import uvicorn

    from lkjip.store.writer import connect

    connect(settings.db).close()  # a foreign or locked store is one clear StoreError, here

    from lkjip.serve.app import create_app

    app = create_app(settings)
    print(f"lkjip serve: open {address(host, port, settings.token)}  (store {settings.db}, "
          f"{settings.workers} worker(s); Ctrl-C stops)", file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False,
                limit_concurrency=200, timeout_keep_alive=5)
