"""What the truth tests share: the truth files, the benchmark module, page text."""

from __future__ import annotations

import html
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import zipfile
from functools import cache
from pathlib import Path
from types import ModuleType

from tests.conftest import REPO, SHARED

TRUTH_DIR = REPO / "bench" / "truth"
SCHEMA = TRUTH_DIR / "schema.json"
REAL = SHARED / "corpus" / "real"


def truth_paths() -> list[Path]:
    return sorted(p for p in TRUTH_DIR.glob("*.json") if p.name != "schema.json")


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def real_accuracy() -> ModuleType:
    """bench/real_accuracy.py (bench/ is scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("real_accuracy", REPO / "bench" / "real_accuracy.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["real_accuracy"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def have_pdftotext() -> bool:
    return shutil.which("pdftotext") is not None


def pdf_page_text(path: Path, page: int) -> str:
    """The page's text layer as the labellers read it: `pdftotext -layout` (run once per
    document; pages are separated by form feeds, as with `-f P -l P` page by page)."""
    pages = _pdf_pages_text(path)
    return pages[page - 1] if 0 < page <= len(pages) else ""


@cache
def _pdf_pages_text(path: Path) -> list[str]:
    proc = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=False)
    return proc.stdout.split("\f")


@cache
def docx_text(path: Path) -> str:
    """Every run of text in the DOCX body (a DOCX has no pages: the whole document counts)."""
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("word/document.xml").decode("utf-8", "replace")
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    return html.unescape("\n".join("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paragraphs))


@cache
def pdf_page_count(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()
