"""Every hostile or broken file: status error, a stable code, one line, exit 3, bounded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lkjip.extract.errors import ERROR_CODES
from lkjip.extract.limits import ReadLimits
from lkjip.pipeline import extract
from tests.conftest import SEED_PDF
from tests.inputs.hostile_files import blank_pdf, every_hostile_file, text_pdf

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    return every_hostile_file(tmp_path_factory.mktemp("hostile"))


def test_each_hostile_file_is_an_error_with_its_code(hostile: dict[str, tuple[Path, str]]) -> None:
    got = {}
    for name, (path, _) in hostile.items():
        ex = extract(path, ReadLimits(timeout_s=60))
        assert ex.status == "error", name
        assert ex.error is not None and ex.error["code"] in ERROR_CODES, name
        message = ex.error["message"]
        assert message and "\n" not in message and "Traceback" not in message, (name, message)
        got[name] = ex.error["code"]
    assert got == {name: code for name, (_, code) in hostile.items()}


def test_excel_workbook_is_named_as_such(hostile: dict[str, tuple[Path, str]]) -> None:
    error = extract(hostile["Excel workbook"][0]).error or {}
    assert "Excel workbook" in error["message"] and "PDF" in error["message"]
    assert "buku kerja Excel" in error["messages"]["id"]


def test_password_opens_encrypted_pdf(tmp_path: Path) -> None:
    path = text_pdf(tmp_path / "locked.pdf", password="rahasia")
    error = extract(path).error or {}
    assert (error["code"], error["message"]) == ("encrypted", "the PDF is encrypted; give its password with --password")
    assert error["messages"]["id"] == "PDF terenkripsi; berikan kata sandinya dengan --password"
    wrong = extract(path, ReadLimits(password="salah"))
    assert wrong.error is not None and wrong.error["code"] == "encrypted"
    assert "does not open" in wrong.error["message"]
    ok = extract(path, ReadLimits(password="rahasia"))
    assert ok.status == "ok"
    assert "19.253.454.000" in ok.page_texts[1]


def test_page_limit_refuses_enormous_documents_before_reading_them(tmp_path: Path) -> None:
    path = blank_pdf(tmp_path / "huge.pdf", pages=3000)
    ex = extract(path, ReadLimits(max_pages=500))
    assert ex.error is not None and (ex.error["code"], ex.error["message"]) == \
        ("too-large", "3000 pages, over the limit of 500 (--max-pages)")
    assert extract(path).error["code"] == "too-large"  # default limit is 2000


def test_blank_pages_inside_a_document_are_fine(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    text = text_pdf(tmp_path / "text.pdf")
    writer = PdfWriter(clone_from=PdfReader(str(text)))
    writer.add_blank_page(595, 842)
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as fh:
        writer.write(fh)
    ex = extract(mixed)
    assert ex.status == "ok" and ex.pages == 2


def test_cli_run_over_good_and_bad_files_checks_the_good_and_lists_all(tmp_path: Path,
                                                                        hostile: dict[str, tuple[Path, str]]) -> None:
    bad = [hostile["truncated PDF"][0], hostile["text file named .pdf"][0], hostile["DOCX entity bomb"][0],
           tmp_path / "missing.pdf"]
    proc = subprocess.run(
        [sys.executable, "-m", "lkjip.cli", "check", str(SEED_PDF), *map(str, bad), "--format", "json"],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    docs = json.loads(proc.stdout)["documents"]
    assert [Path(d["file"]).name for d in docs] == [SEED_PDF.name, *(p.name for p in bad)]
    assert docs[0]["status"] == "ok" and docs[0]["pages"] == 19
    assert [d["status"] for d in docs[1:]] == ["error"] * 4
    assert [d["error"]["code"] for d in docs[1:]] == ["corrupt", "not-a-pdf", "unsafe", "not-found"]


def test_cli_table_output_for_a_bad_file_is_one_line_no_traceback(hostile: dict[str, tuple[Path, str]]) -> None:
    proc = subprocess.run([sys.executable, "-m", "lkjip.cli", "check", str(hostile["DOCX zip bomb"][0])],
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    assert proc.returncode == 3
    assert "Traceback" not in proc.stdout + proc.stderr
    assert "unsafe" in proc.stdout + proc.stderr
