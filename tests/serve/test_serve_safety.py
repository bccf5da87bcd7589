"""The workspace's safety rules, one test each: loopback by default, a token beyond it,
CSRF on every form, upload limits, no request name ever a path, the content policy."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from lkjip.cli import app as cli
from lkjip.serve.run import address
from lkjip.serve.security import CSP, BindError, check_bind
from tests.serve.conftest import Served, csrf_of, serving


def test_loopback_needs_no_token_and_elsewhere_requires_one() -> None:
    for host in ("127.0.0.1", "localhost", "::1"):
        check_bind(host, None)
    for host in ("0.0.0.0", "192.168.1.20", "::"):
        with pytest.raises(BindError):
            check_bind(host, None)
        check_bind(host, "s3cret")


def test_cli_refuses_a_public_address_without_token(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "s.duckdb"), "--host", "0.0.0.0"],
                                env={"LKJIP_TOKEN": ""})
    assert result.exit_code == 2
    assert not (tmp_path / "s.duckdb").exists()  # refused before anything was opened


def test_cli_says_so_when_the_store_is_not_one(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.duckdb"
    foreign.write_bytes(b"not a database at all")
    result = CliRunner().invoke(cli, ["serve", "--db", str(foreign)])
    assert result.exit_code == 2 and "tidak dapat dibuka" in result.output  # Indonesian, the default


def test_printed_address_carries_the_token() -> None:
    assert address("127.0.0.1", 8000, None) == "http://127.0.0.1:8000/"
    assert address("0.0.0.0", 8080, "a b") == "http://0.0.0.0:8080/?token=a%20b"


def test_token_is_required_on_every_request(tmp_path: Path) -> None:
    with serving(tmp_path / "s.duckdb", token="s3cret") as s:
        for url in ("/", "/jobs.json", "/archive", "/static/app.css", "/archive/documents.csv"):
            assert s.client.get(url).status_code == 401, url
        assert s.client.get("/", params={"token": "wrong"}).status_code == 401
        assert s.client.get("/", headers={"authorization": "Bearer s3cret"}).status_code == 200
        # ?token= once: a cookie is set and the token leaves the address bar.
        r = s.client.get("/archive", params={"token": "s3cret"}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/archive"
        assert "httponly" in r.headers["set-cookie"].lower()
        assert s.client.get("/archive").status_code == 200
        s.client.cookies.clear()
        assert s.client.post("/upload").status_code == 401


def test_forms_need_the_session_token(served: Served, seed_sha: str) -> None:
    files = [("files", ("a.pdf", b"%PDF-1.4", "application/pdf"))]
    assert served.client.post("/upload", files=files).status_code == 403
    assert served.client.post("/upload", files=files, data={"csrf": "0" * 64}).status_code == 403
    judge = f"/doc/{seed_sha}/finding/0/judge"
    form = {"verdict": "accepted", "auditor": "x"}
    assert served.client.post(judge, data=form).status_code == 403
    assert served.client.post(judge, data={**form, "csrf": "nope"}).status_code == 403
    # Another site's page posting with the victim's cookies is refused by its Origin too.
    good = {**form, "csrf": served.csrf()}
    assert served.client.post(judge, data=good, headers={"origin": "http://evil.example"}).status_code == 403
    # A token from another session does not pass.
    other = csrf_of(served.client.get("/", cookies={"lkjip_session": "another-session"}).text)
    assert served.client.post(judge, data={**form, "csrf": other}).status_code == 403
    assert not served.workspace.judgements(["never"])


def test_upload_size_and_count_limits(tmp_path: Path) -> None:
    with serving(tmp_path / "s.duckdb", max_files=2, max_file_mb=1) as s:
        big = [("big.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10))]
        r = s.upload(big)
        assert r.status_code == 413
        r = s.upload([("a.pdf", b"%PDF"), ("b.pdf", b"%PDF"), ("c.pdf", b"%PDF")])
        assert r.status_code == 413
        # A request larger than the workspace accepts is refused on its Content-Length.
        r = s.client.post("/upload", content=b"x", headers={"content-length": str(s.settings.max_request_bytes + 1),
                                                              "x-csrf-token": s.csrf()})
        assert r.status_code == 413
        assert s.client.get("/jobs.json").json()["jobs"] == []
        assert not any(s.settings.uploads.iterdir())


def test_no_request_name_becomes_a_path(tmp_path: Path) -> None:
    hostile = ["../../escape.pdf", "/etc/passwd.pdf", "..\\..\\win.docx", "a\x00b.pdf", "CON.pdf"]
    with serving(tmp_path / "s.duckdb", workers=1) as s:
        r = s.upload([(n, b"not a real pdf") for n in hostile])
        assert r.status_code == 200
        s.workspace.wait_idle(120)
        stored = sorted(p.name for p in s.settings.uploads.iterdir() if not p.name.endswith(".pickle"))
        assert len(stored) == len(hostile)
        assert all(len(p.split(".")[0]) == 32 and p.split(".")[0].isalnum() for p in stored)
        assert not (tmp_path.parent / "escape.pdf").exists() and not (tmp_path / "escape.pdf").exists()
        names = {j["name"] for j in s.client.get("/jobs.json").json()["jobs"]}
        assert {"escape.pdf", "passwd.pdf", "win.docx", "CON.pdf"} <= names and len(names) == 5
        assert not any("/" in n or "\\" in n or "\x00" in n for n in names)


def test_without_token_only_local_host_names_are_answered(served: Served) -> None:
    # A rebinding page reaches 127.0.0.1 under its own name: refused.
    assert served.client.get("/", headers={"host": "evil.example:8000"}).status_code == 421
    assert served.client.get("/jobs.json", headers={"host": "localhost:8000"}).status_code == 200


def test_names_are_shown_escaped(tmp_path: Path) -> None:
    with serving(tmp_path / "s.duckdb", workers=1) as s:
        s.upload([("<img src=x onerror=alert(1)>.pdf", b"not a pdf")])
        s.workspace.wait_idle(120)
        html = s.client.get("/").text
        assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;.pdf" in html


def test_security_headers_and_no_open_redirect(served: Served) -> None:
    r = served.client.get("/")
    assert r.headers["content-security-policy"] == CSP
    assert "default-src 'none'" in CSP and "https:" not in CSP and "http:" not in CSP
    assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        r = served.client.get("/lang/en", params={"next": target}, follow_redirects=False)
        assert r.headers["location"] == "/"
    served.client.get("/lang/id")


def test_bad_document_ids_are_not_found(served: Served) -> None:
    for url in ("/doc/../../etc", "/doc/xyz", "/doc/" + "0" * 64, "/doc/" + "0" * 64 + "/download/json"):
        assert served.client.get(url).status_code == 404, url


def test_encrypted_pdf_fails_without_its_password_and_reads_with_it(tmp_path: Path) -> None:
    from tests.inputs.hostile_files import text_pdf

    pdf = text_pdf(tmp_path / "rahasia.pdf", password="kunci-7Q2").read_bytes()
    with serving(tmp_path / "s.duckdb", workers=1) as s:
        s.upload([("rahasia.pdf", pdf)])
        assert s.workspace.wait_idle(120)
        assert s.job("rahasia.pdf")["error_code"] == "encrypted"
        s.upload([("rahasia-2.pdf", pdf)], password="kunci-7Q2")
        assert s.workspace.wait_idle(120)
        again = s.job("rahasia-2.pdf")
        assert again["status"] == "done" and again["error_code"] is None
        s.workspace.writer.con.execute("CHECKPOINT")
        stored = b"".join(p.read_bytes() for p in tmp_path.glob("s.duckdb*") if p.is_file())
        assert b"kunci-7Q2" not in stored  # the password is never written down
