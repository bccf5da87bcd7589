"""The HTML report as text: self-contained, escaped, grouped, with the extracted tables."""

from __future__ import annotations

import re
from dataclasses import replace

from lkjip.report.html import render_html
from lkjip.results import RunResult


def test_self_contained_and_escaped(handmade_run: RunResult) -> None:
    html = render_html(handmade_run)
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "<script" not in html.lower() and "<link" not in html.lower()
    # Every src is a data: URI; no URL with a scheme anywhere in attributes.
    assert all(src.startswith("data:image/png;base64,") for src in re.findall(r'src="([^"]*)"', html))
    assert not re.search(r'(?:href|src)="(?:https?:)?//', html)
    assert "&lt;script&gt;" in html and "Jumlah &lt;b&gt;&amp;" in html


def test_grouped_by_severity_then_rule_with_both_sides(handmade_run: RunResult) -> None:
    html = render_html(handmade_run)
    order = [html.index(f'data-severity="{s}"') for s in ("error", "warning", "info")]
    assert order == sorted(order)
    b002 = html[html.index('<article class="finding sev-error"'):html.index("</article>")]
    assert "19.253.545.000" in b002 and "19.253.454.000" in b002  # both sides, as printed
    assert b002.count('<figure class="crop"') == 2  # page 16 and page 17
    # The extracted tables are there, the evidence cells marked and linked to the finding.
    assert re.search(r'<td class="num hit" title="LKJ-B002: [^"]+"><a href="#doc-1-f1">19\.253\.545\.000</a>', html)


def test_indonesian_labels(handmade_run: RunResult) -> None:
    html = render_html(replace(handmade_run, lang="id"))
    assert 'lang="id"' in html and "Kesalahan (1)" in html and "Total di narasi bertentangan dengan tabel" in html
