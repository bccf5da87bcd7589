"""Every route of the workspace, on the seed report and a broken file uploaded together."""

from __future__ import annotations

import csv
import io
import json
import re

from PIL import Image

from tests.serve.conftest import Served


def test_upload_reads_the_sample_and_reports_the_broken_file(served: Served, seed_sha: str) -> None:
    sample = served.job("lkjip-2018-biro-humas-jambi.pdf")
    broken = served.job("rusak.pdf")
    assert sample["status"] == "done" and (sample["errors"], sample["warnings"]) == (4, 9)
    assert broken["status"] == "error" and broken["error_code"] and broken["error_message"]
    # The progress survives a reload: the page itself lists both jobs with their state.
    page = served.client.get("/").text
    assert 'data-status="done"' in page and 'data-status="error"' in page and "rusak.pdf" in page


def test_results_are_written_as_ingest_writes_them(served: Served, seed_sha: str) -> None:
    served.workspace.writer.con.execute("CHECKPOINT")
    con = served.workspace.writer.con.cursor()
    rows = con.execute("SELECT file, status, agency, year FROM documents ORDER BY file").fetchall()
    assert [r[0] for r in rows] == ["lkjip-2018-biro-humas-jambi.pdf", "rusak.pdf"]
    assert rows[0][1] == "ok" and rows[1][1] == "error"
    assert con.execute("SELECT count(*) FROM findings WHERE sha256 = ?", [seed_sha]).fetchone()[0] == 13
    assert con.execute("SELECT count(*) FROM budget WHERE sha256 = ?", [seed_sha]).fetchone()[0] > 0


def test_document_page(served: Served, seed_sha: str) -> None:
    r = served.client.get(f"/doc/{seed_sha}")
    assert r.status_code == 200
    html = r.text
    assert "Biro Humas" in html or "Hubungan Masyarakat" in html
    assert 'id="coverage"' in html and "Terbaca" in html
    assert html.count('class="finding"') == 13
    assert "LKJ-B002" in html and 'class="hit"' in html  # offending cells marked in the tables
    for fmt in ("html", "xlsx", "pdf", "json", "sarif"):
        assert f"/doc/{seed_sha}/download/{fmt}" in html


def test_document_filters(served: Served, seed_sha: str) -> None:
    errors = served.client.get(f"/doc/{seed_sha}", params={"severity": "error"}).text
    assert errors.count('class="finding"') == 4
    one_rule = served.client.get(f"/doc/{seed_sha}", params={"rule": "LKJ-B002"}).text
    assert one_rule.count('class="finding"') >= 1 and "LKJ-B001</span>" not in one_rule


def test_finding_page_and_image(served: Served, seed_sha: str) -> None:
    html = served.client.get(f"/doc/{seed_sha}/finding/0").text
    figures = re.findall(r'<figure class="crop" data-page="(\d+)" data-boxes="([^"]+)"', html)
    assert figures, "the finding shows its page"
    page, boxes = figures[0]
    assert json.loads(boxes.replace("&#34;", '"').replace("&quot;", '"'))
    img = served.client.get(f"/doc/{seed_sha}/finding/0/page/{page}.png")
    assert img.status_code == 200 and img.headers["content-type"] == "image/png"
    assert Image.open(io.BytesIO(img.content)).size[0] > 600  # readable: the page's full width
    assert served.client.get(f"/doc/{seed_sha}/finding/0/page/999.png").status_code == 404
    assert served.client.get(f"/doc/{seed_sha}/finding/999").status_code == 404


def test_broken_document_page_shows_its_error(served: Served) -> None:
    sha = served.job("rusak.pdf")["sha256"]
    html = served.client.get(f"/doc/{sha}").text
    assert served.job("rusak.pdf")["error_code"] in html


def test_downloads(served: Served, seed_sha: str) -> None:
    expect = {"html": b"<!DOCTYPE html>", "json": b"{", "sarif": b"{", "xlsx": b"PK", "pdf": b"%PDF"}
    for fmt, head in expect.items():
        r = served.client.get(f"/doc/{seed_sha}/download/{fmt}")
        assert r.status_code == 200, fmt
        assert r.content.lstrip().startswith(head), fmt
        assert "attachment" in r.headers["content-disposition"]
    payload = json.loads(served.client.get(f"/doc/{seed_sha}/download/json").content)
    assert len(payload["documents"][0]["findings"]) == 13
    assert served.client.get(f"/doc/{seed_sha}/download/exe").status_code == 404


def test_judgement_is_stored_and_shown(served: Served, seed_sha: str) -> None:
    csrf = served.csrf()
    r = served.client.post(f"/doc/{seed_sha}/finding/1/judge", follow_redirects=False,
                           data={"csrf": csrf, "verdict": "explained", "note": "surat 12/2019", "auditor": "Ani"})
    assert r.status_code == 303
    html = served.client.get(f"/doc/{seed_sha}/finding/1").text
    assert 'data-verdict="explained"' in html and "surat 12/2019" in html and "Ani" in html
    doc = served.client.get(f"/doc/{seed_sha}").text
    assert "dijelaskan instansi" in doc
    row = served.workspace.writer.con.cursor().execute(
        "SELECT verdict, auditor, note, judged_at FROM judgements WHERE sha256 = ?", [seed_sha]).fetchall()
    assert row[-1][:3] == ("explained", "Ani", "surat 12/2019") and row[-1][3] is not None
    # The downloaded JSON report carries the judgement and the fingerprint it is kept under.
    report = json.loads(served.client.get(f"/doc/{seed_sha}/download/json").content)
    judged = report["documents"][0]["findings"][1]
    assert judged["judgement"]["verdict"] == "explained" and len(judged["fingerprint"]) >= 16
    bad = served.client.post(f"/doc/{seed_sha}/finding/1/judge", data={"csrf": csrf, "verdict": "whatever"})
    assert bad.status_code == 400


def test_archive_and_csv(served: Served, seed_sha: str) -> None:
    html = served.client.get("/archive").text
    assert f"/doc/{seed_sha}" in html and "LKJ-B002" in html
    docs = list(csv.DictReader(io.StringIO(served.client.get("/archive/documents.csv").content.decode("utf-8-sig"))))
    assert {d["status"] for d in docs} == {"ok", "error"}
    rules = list(csv.DictReader(io.StringIO(served.client.get("/archive/rules.csv").content.decode("utf-8-sig"))))
    assert sum(int(r["findings"]) for r in rules) == 13
    per_rule = served.client.get("/archive/rule", params={"code": "LKJ-K002"}).text
    assert per_rule.count(f"/doc/{seed_sha}/finding/") == 2
    rule_rows = list(csv.DictReader(io.StringIO(
        served.client.get("/archive/rule.csv", params={"code": "LKJ-K002"}).content.decode("utf-8-sig"))))
    assert len(rule_rows) == 2 and all(r["sha256"] == seed_sha for r in rule_rows)
    agency = next(d["agency"] for d in docs if d["status"] == "ok")
    page = served.client.get("/archive/agency", params={"name": agency})
    assert page.status_code == 200 and f"/doc/{seed_sha}" in page.text
    rows = served.client.get("/archive/agency.csv", params={"name": agency}).content.decode("utf-8-sig")
    assert seed_sha in rows


def test_language_switch(served: Served, seed_sha: str) -> None:
    assert "Unggah" in served.client.get("/").text
    r = served.client.get("/lang/en", params={"next": f"/doc/{seed_sha}"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/doc/{seed_sha}"
    try:
        html = served.client.get(f"/doc/{seed_sha}").text
        assert "Findings" in html and "Coverage" in html and "Read:" in html
    finally:
        served.client.get("/lang/id")


def test_static_assets_ship_in_the_package(served: Served) -> None:
    for asset, kind in (("/static/app.css", "text/css"), ("/static/app.js", "javascript")):
        r = served.client.get(asset)
        assert r.status_code == 200 and kind in r.headers["content-type"]
    html = served.client.get("/").text
    assert "http://" not in html and "https://" not in html  # nothing from the network


def test_finding_names_its_table_by_its_printed_title(served: Served, seed_sha: str) -> None:
    html = served.client.get(f"/doc/{seed_sha}/finding/0").text  # LKJ-B002: the budget table p17-t1
    assert "tabel p17-t1" in html and "«" in html


def test_the_same_file_again_is_not_read_again(served: Served, seed_sha: str) -> None:
    from tests.conftest import SEED_PDF

    r = served.upload([("salinan.pdf", SEED_PDF.read_bytes())])
    assert r.status_code == 200
    again = served.job("salinan.pdf")
    assert again["status"] == "done" and again["sha256"] == seed_sha
