"""The workspace in a real browser (Debian chromium via playwright), against `lkjip serve`
itself on 127.0.0.1: drop the sample and a broken file together, see the sample's findings
and the broken file's error, open a finding and check on the browser's own screenshot
that the highlight lies on the evidence cell, mark it a false alarm, reload, see the mark."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, SEED_PDF
from tests.report.browser import browser_page
from tests.report.test_report_html_browser import check_highlights
from tests.serve.conftest import BROKEN_PDF

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, url: str, db: Path, proc: subprocess.Popen) -> None:  # type: ignore[type-arg]
        self.url, self.db, self.proc = url, db, proc

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=30)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("LKJIP_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-m", "lkjip.cli", "serve", "--db", str(tmp_path / "s.duckdb"),
                             "--port", str(port), "--workers", "2"], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url + "/", timeout=2).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"lkjip serve did not start: {proc.stderr.read().decode()}") from None
                time.sleep(0.3)
        running = Server(url, tmp_path / "s.duckdb", proc)
        yield running
    finally:
        proc.terminate()
        proc.wait(timeout=30)


_DROP = """([files]) => {
  const dt = new DataTransfer();
  for (const [name, b64] of files) {
    const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
    dt.items.add(new File([bytes], name, {type: "application/pdf"}));
  }
  return dt;
}"""


def test_upload_find_highlight_judge_in_browser(server: Server) -> None:
    url = server.url
    with browser_page() as page:
        blocked: list[str] = []
        page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
        outside: list[str] = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((url, "data:")) else None)
        page.goto(url + "/")
        files = [["lkjip-2018-biro-humas-jambi.pdf", base64.b64encode(SEED_PDF.read_bytes()).decode()],
                 ["rusak.pdf", base64.b64encode(BROKEN_PDF).decode()]]
        data_transfer = page.evaluate_handle(_DROP, [files])
        page.dispatch_event("#drop", "drop", {"dataTransfer": data_transfer})
        sample = page.locator('#jobs tr:has-text("lkjip-2018-biro-humas-jambi.pdf")')
        broken = page.locator('#jobs tr:has-text("rusak.pdf")')
        page.wait_for_function("""() => { const rows = [...document.querySelectorAll('#jobs tr[data-job]')];
            return rows.length === 2 && rows.every(r => ['done', 'error'].includes(r.dataset.status)); }""",
                               timeout=180_000)
        assert sample.get_attribute("data-status") == "done"
        assert broken.get_attribute("data-status") == "error"
        assert "galat" in broken.inner_text() and len(broken.locator(".status").inner_text()) > 20

        # The progress survives a reload.
        page.reload()
        assert page.locator('#jobs tr[data-status="done"]').count() == 1

        sample.locator("a").click()
        page.wait_for_selector("li.finding")
        assert page.locator("li.finding").count() == 13
        first = page.locator("li.finding").first
        ordinal = first.get_attribute("data-ord")
        first.locator("a").click()
        page.wait_for_selector("figure.crop img")
        page.wait_for_function("() => [...document.querySelectorAll('figure.crop img')].every(i => i.complete)")
        doc_url = page.url.split("/finding/")[0]
        payload = json.loads(urllib.request.urlopen(doc_url + "/download/json").read())
        finding = payload["documents"][0]["findings"][int(ordinal)]
        expected: dict[int, list[list[float]]] = {}
        for ev in finding["evidence"]:
            if ev["page"] and ev["bbox"]:
                expected.setdefault(ev["page"], []).append(ev["bbox"])
        assert check_highlights(page, expected) == sum(len(v) for v in expected.values())

        page.check('input[name="verdict"][value="false_alarm"]')
        page.fill('textarea[name="note"]', "angka tabel benar")
        page.fill('input[name="auditor"]', "Siti")
        page.click('section.judgement button[type="submit"]')
        page.wait_for_selector('#current-verdict[data-verdict="false_alarm"]')
        page.reload()
        assert page.locator("#current-verdict").get_attribute("data-verdict") == "false_alarm"
        assert "Siti" in page.locator("#current-verdict").inner_text()
        page.goto(doc_url)
        assert page.locator(f'li.finding[data-ord="{ordinal}"] .v-false_alarm').count() == 1
        assert not blocked, blocked
        assert not outside, outside
        judged_rule = finding["rule"]
        before = sum(f["rule"] == judged_rule for f in payload["documents"][0]["findings"])

    # The same document checked from the CLI against the store: the false alarm is marked.
    server.stop()
    result = subprocess.run([sys.executable, "-m", "lkjip.cli", "check", str(SEED_PDF), "--db", str(server.db),
                             "-f", "json"], capture_output=True, text=True, cwd=REPO, timeout=300,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode in (0, 1), result.stderr
    after = [f for f in json.loads(result.stdout)["documents"][0]["findings"] if f["rule"] == judged_rule]
    assert len(after) == before
    assert [f["suppressed"]["status"] for f in after if f.get("suppressed")] == ["false_alarm"]
    assert "1 finding(s) marked as judged" in result.stderr
