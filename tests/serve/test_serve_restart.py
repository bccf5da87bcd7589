"""Stopping the workspace mid-read ends its readers at once; the next start reads the
interrupted document again (the progress lives in the store, not in the process)."""

from __future__ import annotations

import time
from pathlib import Path

from tests.conftest import SEED_PDF
from tests.serve.conftest import serving


def test_stop_while_reading_then_restart_finishes_the_job(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with serving(db, workers=1) as s:
        s.upload([("laporan.pdf", SEED_PDF.read_bytes())])
        deadline = time.monotonic() + 60
        while s.job("laporan.pdf")["status"] != "reading" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert s.job("laporan.pdf")["status"] == "reading"
        stopping = time.monotonic()
    assert time.monotonic() - stopping < 15  # no wait for the reader to finish
    with serving(db, workers=1) as s:
        assert s.job("laporan.pdf")["status"] in ("queued", "reading")
        assert s.workspace.wait_idle(120)
        job = s.job("laporan.pdf")
        assert job["status"] == "done" and (job["errors"], job["warnings"]) == (4, 9)
