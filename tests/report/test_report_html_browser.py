"""The HTML report in a real browser: it loads nothing from anywhere, and the highlight is
drawn exactly where the evidence was printed (checked on the browser's own screenshot)."""

from __future__ import annotations

import io
import json

import numpy as np
import pytest
from PIL import Image

from lkjip.report.html import render_html
from lkjip.report.page_images import HIGHLIGHT_OUTLINE, OUTLINE_PX, PAD_PX
from lkjip.results import RunResult
from tests.report.browser import browser_page

pytestmark = pytest.mark.slow


def _outline_mask(rgb: np.ndarray) -> np.ndarray:
    target = np.array(HIGHLIGHT_OUTLINE, dtype=np.int16)
    return (np.abs(rgb.astype(np.int16) - target) <= 40).all(axis=2)


def check_highlights(page, expected: dict[int, list[list[float]]]) -> int:
    """Screenshot every page crop in the browser; the magenta outline must surround each
    evidence box (placed from the findings' own boxes) and appear nowhere else."""
    checked = 0
    figures = page.locator("figure.crop")
    for i in range(figures.count()):
        fig = figures.nth(i)
        page_no = int(fig.get_attribute("data-page"))
        boxes = json.loads(fig.get_attribute("data-boxes"))
        assert all(b in expected[page_no] for b in boxes)
        x0, top = (float(v) for v in fig.get_attribute("data-region").split()[:2])
        scale = float(fig.get_attribute("data-scale"))
        img = fig.locator("img")
        img.scroll_into_view_if_needed()
        natural_w = img.evaluate("el => el.naturalWidth")
        assert img.evaluate("el => el.complete && el.naturalWidth > 0")
        shot = np.array(Image.open(io.BytesIO(img.screenshot())).convert("RGB"))
        shown = shot.shape[1] / natural_w  # CSS may shrink the image to fit
        mask = _outline_mask(shot)
        assert mask.sum() > 50, "no highlight outline visible in the browser"
        allowed = np.zeros_like(mask)
        slack = (PAD_PX + OUTLINE_PX + 2) * shown + 2
        edge = max(1, int(slack))
        for b in boxes:
            px = [(b[0] - x0) * scale * shown, (b[1] - top) * scale * shown,
                  (b[2] - x0) * scale * shown, (b[3] - top) * scale * shown]
            lft, t = int(max(px[0] - slack, 0)), int(max(px[1] - slack, 0))
            r, btm = int(px[2] + slack) + 1, int(px[3] + slack) + 1
            ring = mask[t:btm, lft:r]
            # The outline surrounds this box: marked pixels on all four sides of it.
            assert ring[:, :edge].any() and ring[:, -edge:].any()
            assert ring[:edge, :].any() and ring[-edge:, :].any()
            allowed[t:btm, lft:r] = True
            # Inside the box the page shows through a yellow marker (blue channel lowest); the
            # element screenshot starts on a whole pixel, the image may not: allow 2 px.
            inner = shot[int(px[1]) + 2:int(px[3]) - 2, int(px[0]) + 2:int(px[2]) - 2].reshape(-1, 3)
            light = inner[inner.sum(axis=1) > 600]  # background, not glyph edges
            assert len(light) and (light[:, 2] < light[:, 0] - 30).mean() > 0.9
            checked += 1
        assert not (mask & ~allowed).any(), "highlight drawn away from the evidence"
    return checked


def _evidence_boxes(run: RunResult) -> dict[int, list[list[float]]]:
    """Every evidence box by page, straight from the findings (not from the HTML)."""
    out: dict[int, list[list[float]]] = {}
    for f in run.documents[0].findings:
        for ev in f.evidence:
            if ev.cell.page is not None and ev.cell.bbox is not None:
                out.setdefault(ev.cell.page, []).append([round(v, 2) for v in ev.cell.bbox])
    return out


def test_html_in_browser_no_requests_and_highlight_on_evidence(handmade_run: RunResult, tmp_path) -> None:
    report = tmp_path / "report.html"
    report.write_text(render_html(handmade_run), encoding="utf-8")
    expected = _evidence_boxes(handmade_run)
    with browser_page() as page:
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(report.as_uri())
        page.wait_for_load_state("load")
        # Nothing but the file itself (data: images do not go through the network stack).
        assert [u for u in requests if not u.startswith("data:")] == [report.as_uri()]

        assert page.locator("#total-error").inner_text() == "1"
        assert page.locator("#total-warning").inner_text() == "1"
        assert page.locator("#total-info").inner_text() == "1"
        # The escaped message shows literally, no element was injected.
        assert "<script>" in page.locator("article[data-rule='LKJ-B002'] p.message").inner_text()
        assert page.locator("article script").count() == 0

        figures = page.locator("figure.crop")
        assert figures.count() == 3  # B002 on pages 16 and 17, K001 on page 17
        checked = check_highlights(page, expected)
        assert checked == 3  # every evidence box with a page: B002 p. 16 and 17, K001 p. 17


def test_seed_report_in_browser(seed_extraction, tmp_path) -> None:
    from lkjip.checks.runner import run_checks
    from lkjip.results import DocumentResult

    findings = run_checks(seed_extraction)
    if not findings:
        pytest.skip("no findings on the seed yet")
    run = RunResult([DocumentResult(seed_extraction, findings)], lang="id")
    report = tmp_path / "seed.html"
    report.write_text(render_html(run), encoding="utf-8")
    expected = _evidence_boxes(run)
    with browser_page() as page:
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(report.as_uri())
        assert [u for u in requests if not u.startswith("data:")] == [report.as_uri()]
        assert page.locator("article.finding").count() == len(findings)
        assert check_highlights(page, expected) == sum(len(v) for v in expected.values())
        # Each crop names the printed page beside the PDF page, and takes in the header row
        # of every table its evidence sits in (on that page), so the column read is in view.
        figures = page.locator("figure.crop")
        headers_seen = 0
        for i in range(figures.count()):
            fig = figures.nth(i)
            page_no = int(fig.get_attribute("data-page"))
            caption = fig.locator("figcaption").inner_text()
            label = seed_extraction.page_labels.get(page_no)
            assert caption == (f"hlm. {label} (hlm. PDF {page_no})" if label
                               else f"hlm. PDF {page_no} (tanpa nomor halaman tercetak)")
            top, bottom = (float(v) for v in fig.get_attribute("data-region").split()[1::2])
            article = fig.locator("xpath=ancestor::article")
            tables = {t for t in article.locator(f"tr[data-pdf-page='{page_no}']").evaluate_all(
                "rows => rows.map(r => r.getAttribute('data-table'))") if t}
            for table_id in tables:
                place = seed_extraction.tables.get(table_id)
                if place is not None and place.header_bbox is not None and place.header_page == page_no:
                    assert top <= place.header_bbox[1] and place.header_bbox[3] <= bottom, (table_id, page_no)
                    headers_seen += 1
        assert headers_seen >= 5
