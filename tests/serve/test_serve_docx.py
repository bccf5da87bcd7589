"""A Word report: read like a PDF, its findings listed; the finding page shows the evidence
without a page image (a DOCX has no pages), and no annotated PDF is offered."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED_DOCX
from tests.serve.conftest import serving


def test_docx_report(tmp_path: Path) -> None:
    with serving(tmp_path / "s.duckdb", workers=1) as s:
        s.upload([("laporan.docx", SEED_DOCX.read_bytes())])
        assert s.workspace.wait_idle(180)
        job = s.job("laporan.docx")
        assert job["status"] == "done" and job["errors"] + job["warnings"] > 0
        doc = s.client.get(f"/doc/{job['sha256']}").text
        assert 'class="finding"' in doc and 'id="coverage"' in doc
        assert "/download/xlsx" in doc and "/download/pdf" not in doc
        finding = s.client.get(f"/doc/{job['sha256']}/finding/0")
        assert finding.status_code == 200 and "<figure" not in finding.text
        assert s.client.get(f"/doc/{job['sha256']}/download/xlsx").status_code == 200
