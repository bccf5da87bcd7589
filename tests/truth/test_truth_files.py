"""Every truth file in bench/truth/ is well formed and says what its pages say.

A failure here is a labelling error (file, page, value are in the message): it goes back to
the labeller, the truth file is not bent to pass. Values are compared as printed, all
whitespace removed, against the page's text layer as the labellers read it (`pdftotext -f P
-l P -layout`); a DOCX has no pages, so its whole text counts. Exempt, counted and reported
as a warning: documents without a text layer (`text_layer: "no"`), pages whose text layer
is empty, and tables whose notes say the text layer differs from the page (garbled, or the
value does not occur in it as printed).
"""

from __future__ import annotations

import hashlib
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import shared_path
from tests.truth.helpers import (
    SCHEMA,
    docx_text,
    have_pdftotext,
    load,
    pdf_page_count,
    pdf_page_text,
    truth_paths,
)

TRUTH = truth_paths()
BUDGET_FIELDS = ("anggaran", "realisasi", "sisa", "persen")
INDICATOR_FIELDS = ("target", "realisasi", "capaian")
MIN_TEXT = 30  # characters (whitespace removed) below which a page has no usable text layer

# A note that says the text layer does not hold the values as printed. It must name the text
# layer and a way it differs, so "text layer has '1.1.4', recorded as in text layer" is no exemption.
_EXEMPT_NOTE = re.compile(
    r"text[- ]layer[^.;]*?(?:differ|garbl|scrambl|wrong|broken|missing|absent|not\s+(?:occur|contiguous|match|"
    r"present|found)|does\s+not|doesn't|unusable|corrupt)|garbled|no\s+text[- ]layer|(?:ocr|text)[- ]layer\s+is\s+"
    r"(?:wrong|garbled|broken)", re.I)


class TruthExemptWarning(UserWarning):
    """Printed values a truth test could not check against a text layer."""


@dataclass(frozen=True)
class Printed:
    page: int
    printed: str
    where: str
    exempt_table: bool  # its table's notes (or a table's on its page) say the text layer differs


def _params() -> list:
    if not TRUTH:
        return [pytest.param(None, marks=pytest.mark.skip(reason="no truth file in bench/truth/ yet"))]
    return [pytest.param(p, id=p.stem) for p in TRUTH]


@pytest.fixture(params=_params())
def truth_path(request: pytest.FixtureRequest) -> Path:
    return request.param


def _corpus_file(doc: dict) -> Path:
    folder = shared_path("corpus", "real")
    path = folder / doc["file"]
    assert path.is_file(), f"{doc['file']}: no such file in {folder}"
    return path


def _values(value: dict | None) -> Iterator[dict]:
    if isinstance(value, dict) and isinstance(value.get("printed"), str) and value["printed"].strip():
        yield value


def printed_values(doc: dict) -> Iterator[Printed]:
    """Every `printed` the file states, with its page and where it sits."""
    for table in doc.get("budget_tables", []):
        exempt = bool(_EXEMPT_NOTE.search(table.get("notes") or ""))
        for row in table.get("rows", []):
            at = f"budget {table['id']} row {row.get('name', '')[:40]!r}"
            for f in BUDGET_FIELDS:
                for v in _values(row.get(f)):
                    yield Printed(row["page"], v["printed"], f"{at} {f}", exempt)
            for role, extra in (row.get("extra") or {}).items():
                for v in _values(extra):
                    yield Printed(row["page"], v["printed"], f"{at} {role}", exempt)
    for table in doc.get("indicator_tables", []):
        exempt = bool(_EXEMPT_NOTE.search(table.get("notes") or ""))
        for row in table.get("rows", []):
            at = f"indicator {table['id']} row {row.get('indikator', '')[:40]!r}"
            for f in INDICATOR_FIELDS:
                for v in _values(row.get(f)):
                    yield Printed(row["page"], v["printed"], f"{at} {f}", exempt)
            for year, by in (row.get("by_year") or {}).items():
                for f in INDICATOR_FIELDS:
                    for v in _values((by or {}).get(f)):
                        yield Printed(row["page"], v["printed"], f"{at} {year} {f}", exempt)
    # A contradiction side names no table; on a page with a table whose text layer differs it
    # may well be read from that table's image.
    differing = {p for key in ("budget_tables", "indicator_tables") for t in doc.get(key, [])
                 if _EXEMPT_NOTE.search(t.get("notes") or "") for p in t.get("pages", [])}
    for c in doc.get("contradictions", []):
        for side in c.get("sides", []):
            if side.get("printed", "").strip():
                yield Printed(side["page"], side["printed"], f"contradiction {c['id']} ({side.get('where', '')})",
                              side["page"] in differing)
    for n in doc.get("narrative_amounts", []) or []:
        if n.get("printed", "").strip():
            yield Printed(n["page"], n["printed"], f"narrative amount ({n.get('about', '')[:40]})", False)


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def wrapped_in(printed: str, text: str) -> bool:
    """The value wraps inside its cell: its head ends a token on one line and its tail starts
    a token on one of the next three ('1.506.190.00' / '0'). The head must be at least half of
    the value, so short fragments that occur anywhere do not count."""
    want = _compact(printed)
    lines: list[tuple[str, set[int]]] = []  # each line without spaces, and where its tokens start/end
    for line in text.splitlines():
        bounds, pos = {0}, 0
        for token in line.split():
            pos += len(token)
            bounds.add(pos)
        lines.append((_compact(line), bounds))

    def at_bounds(s: str, needle: str, bounds: set[int], end: bool) -> bool:
        start = s.find(needle)
        while start >= 0:
            if (start + len(needle) if end else start) in bounds:
                return True
            start = s.find(needle, start + 1)
        return False

    for k in range((len(want) + 1) // 2, len(want)):
        head, tail = want[:k], want[k:]
        for i, (line, bounds) in enumerate(lines):
            if at_bounds(line, head, bounds, end=True) and any(
                    at_bounds(later, tail, b, end=False) for later, b in lines[i + 1:i + 4]):
                return True
    return False


def test_truth_file_is_valid_against_the_schema(truth_path: Path) -> None:
    from jsonschema import Draft202012Validator

    doc = load(truth_path)
    validator = Draft202012Validator(load(SCHEMA))
    errors = sorted(validator.iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path])
    assert not errors, f"{truth_path.name} does not follow bench/truth/schema.json:\n" + "\n".join(
        f"  at /{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in errors[:25])


def test_truth_file_is_consistent_in_itself(truth_path: Path) -> None:
    """Ids are unique and each row sits on one of its table's pages."""
    doc = load(truth_path)
    problems: list[str] = []
    for key in ("budget_tables", "indicator_tables", "contradictions"):
        ids = [t.get("id") for t in doc.get(key, [])]
        problems += [f"{key}: id {i!r} used twice" for i in sorted({i for i in ids if ids.count(i) > 1})]
    for key in ("budget_tables", "indicator_tables"):
        for t in doc.get(key, []):
            for r in t.get("rows", []):
                if r.get("page") not in t.get("pages", []):
                    problems.append(f"{t.get('id')}: row {(r.get('name') or r.get('indikator') or '')[:40]!r} "
                                    f"on p.{r.get('page')}, not one of the table's pages {t.get('pages')}")
    assert not problems, f"{truth_path.name}:\n  " + "\n  ".join(problems[:25])


def test_truth_file_matches_its_corpus_file(truth_path: Path) -> None:
    doc = load(truth_path)
    path = _corpus_file(doc)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == doc["sha256"], (
        f"{truth_path.name}: sha256 differs from {path.name}: labelled from another version of the file?")


def test_labelled_pages_are_in_the_document(truth_path: Path) -> None:
    doc = load(truth_path)
    path = _corpus_file(doc)
    if path.suffix.lower() != ".pdf":
        pytest.skip(f"{path.name}: not a PDF, its pages are not fixed")
    n = pdf_page_count(path)
    pages = {("labelled", p) for p in doc["labelled"]["pages"]}
    pages |= {(f"value {v.where}", v.page) for v in printed_values(doc)}
    outside = sorted((p, what) for what, p in pages if not 1 <= p <= n)
    assert not outside, f"{truth_path.name}: the document has {n} pages; beyond them: " + "; ".join(
        f"p.{p} ({what})" for p, what in outside[:20])


def test_printed_values_occur_on_their_pages(truth_path: Path) -> None:
    doc = load(truth_path)
    path = _corpus_file(doc)
    is_pdf = path.suffix.lower() == ".pdf"
    if is_pdf and not have_pdftotext():
        pytest.skip("pdftotext (poppler-utils) is not installed")
    if not is_pdf and path.suffix.lower() != ".docx":
        pytest.skip(f"{path.name}: no text layer reader for {path.suffix}")
    values = list(printed_values(doc))
    missing: list[str] = []
    exempt: dict[str, int] = {}
    wrapped = 0
    for v in values:
        if doc.get("text_layer") == "no":
            exempt["document has no text layer"] = exempt.get("document has no text layer", 0) + 1
            continue
        text = pdf_page_text(path, v.page) if is_pdf else docx_text(path)
        if _compact(v.printed) in _compact(text):
            continue
        if wrapped_in(v.printed, text):
            wrapped += 1
            continue
        if len(_compact(text)) < MIN_TEXT:
            key = f"p.{v.page} has no text layer"
        elif v.exempt_table:
            key = f"p.{v.page}: a table's notes say the text layer differs"
        else:
            missing.append(f"{truth_path.name} p.{v.page} {v.where}: {v.printed!r} is not on the page")
            continue
        exempt[key] = exempt.get(key, 0) + 1
    if exempt:
        warnings.warn(TruthExemptWarning(
            f"{truth_path.name}: {sum(exempt.values())} of {len(values)} printed values exempt "
            f"(not checked): " + "; ".join(f"{k} ({n})" for k, n in sorted(exempt.items()))), stacklevel=1)
    assert not missing, (f"{len(missing)} of {len(values)} printed values do not occur as printed on their "
                         f"page's text layer (pdftotext -layout; {wrapped} found wrapped in their cell):\n  "
                         + "\n  ".join(missing[:40]) + ("\n  …" if len(missing) > 40 else ""))


def test_a_value_wrapped_in_its_cell_is_found_and_a_wrong_one_is_not() -> None:
    page = ("  1    Indeks Kesehatan        Poin     75,70 –      76,32     100,12\n"
            "                                         76,20\n"
            "  2    Belanja Modal           Rp 1.506.190.00   98,1\n"
            "                                 0\n")
    assert wrapped_in("75,70 – 76,20", page)
    assert wrapped_in("1.506.190.000", page)
    assert not wrapped_in("75,70 – 76,21", page)
    assert not wrapped_in("1.506.190.001", page)
    assert not wrapped_in("1.506", page)  # the head must end a token: "1.506" ends none


def test_notes_that_exempt_a_table_say_how_the_text_layer_differs() -> None:
    assert _EXEMPT_NOTE.search("Picture of a table (no text layer); read from the embedded image")
    assert _EXEMPT_NOTE.search("the OCR text layer is garbled, e.g. '579.tlt4.ggg,sg'")
    assert _EXEMPT_NOTE.search("in the text layer the value does not occur as printed")
    assert not _EXEMPT_NOTE.search('Codes render with spaces in the image; text layer has "1.1.4", recorded as in text layer')
