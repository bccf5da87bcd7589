"""Every rule speaks both languages: distinct English and Indonesian titles, and findings
(on the seed) whose messages differ between the two."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lkjip.checks import load_rules
from lkjip.checks.roles import role_text
from lkjip.checks.runner import run_checks
from lkjip.cli import app
from lkjip.report.labels import severity_word


def test_every_rule_has_distinct_english_and_indonesian_titles() -> None:
    catalogue = load_rules()
    if not catalogue:
        pytest.skip("no rules registered yet")
    for code, cls in catalogue.items():
        assert set(cls.title) == {"en", "id"}, code
        assert cls.title["en"].strip() and cls.title["id"].strip(), code
        assert cls.title["en"].strip().lower() != cls.title["id"].strip().lower(), code
        assert cls.description().strip(), code


def test_seed_findings_have_distinct_messages(seed_extraction) -> None:
    findings = run_checks(seed_extraction)
    if not findings:
        pytest.skip("no findings on the seed yet")
    for f in findings:
        assert f.message["en"].strip() and f.message["id"].strip(), f.rule
        assert f.message["en"] != f.message["id"], f.rule
        assert f.title_text("en") != f.title_text("id"), f.rule


def test_rules_json_lists_the_real_catalogue() -> None:
    result = CliRunner().invoke(app, ["rules", "--format", "json"])
    assert result.exit_code == 0
    rules = json.loads(result.stdout)
    catalogue = load_rules()
    assert [r["code"] for r in rules] == list(catalogue)
    for r in rules:
        assert r["title"] == catalogue[r["code"]].title["id"]  # default language: Indonesian
        assert r["severity"] in ("error", "warning", "info") and r["description"]


# --- every user-visible string in both languages -----------------------------------------

PACKAGE = Path(__file__).resolve().parents[2] / "lkjip"
LANG_KEYS = {"en", "id"}


def _lang_dicts() -> list[tuple[str, int, ast.Dict]]:
    """Every dict literal in lkjip/ keyed by a language code ("en"/"id")."""
    out = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
                if keys & LANG_KEYS and keys <= LANG_KEYS | {"package"}:
                    out.append((str(path.relative_to(PACKAGE.parent)), node.lineno, node))
    return out


def test_every_language_table_has_both_languages_with_the_same_entries() -> None:
    tables = _lang_dicts()
    assert len(tables) > 20  # the scan finds the tables (labels, roles, rule titles …)
    for where, line, node in tables:
        keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
        assert keys >= LANG_KEYS, f"{where}:{line}: a string in one language only ({sorted(keys)})"
        inner = [v for v in node.values if isinstance(v, ast.Dict)]
        if len(inner) == 2:  # {"en": {...}, "id": {...}}: the same entries in each language
            a, b = ({k.value for k in d.keys if isinstance(k, ast.Constant)} for d in inner)
            assert a == b, f"{where}:{line}: entries in one language only: {sorted(a ^ b)}"


def _role_args() -> list[tuple[str, int, ast.expr]]:
    """The role argument of every Evidence(...)/evidence(...) call in the rules."""
    out = []
    for path in (PACKAGE / "checks").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            name = node.func.id
            role = next((k.value for k in node.keywords if k.arg == "role"), None)
            if role is None and name == "Evidence" and len(node.args) >= 3:
                role = node.args[2]
            elif role is None and name == "evidence" and len(node.args) >= 3:
                role = node.args[-1]
            if role is not None:
                out.append((f"{path.relative_to(PACKAGE.parent)}:{node.lineno}", node.lineno, role))
    return out


def _sample(expr: ast.expr) -> str | None:
    """A role as a rule writes it, its formatted parts filled with a year-like sample."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return expr.value
    if isinstance(expr, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "2019" for v in expr.values)
    return None


def test_every_evidence_role_comes_from_the_bilingual_table(seed_extraction) -> None:
    written = [(where, _sample(expr)) for where, _, expr in _role_args()]
    checked = [(where, role) for where, role in written if role is not None]
    assert len(checked) > 20
    for where, role in checked:
        assert role_text(role, "id") and role_text(role, "en"), f"{where}: role {role!r} is in no language table"
    # Roles built from variables: every one the seed's findings carry.
    for f in run_checks(seed_extraction):
        for ev in f.evidence:
            assert ev.role is None or role_text(ev.role, "id"), f"{f.rule}: role {ev.role!r} untranslated"


def test_roles_and_severities_are_shown_in_the_chosen_language(seed_extraction) -> None:
    from lkjip.report.json_report import check_payload
    from lkjip.results import DocumentResult, RunResult

    run = RunResult([DocumentResult(seed_extraction, run_checks(seed_extraction))], lang="id")
    roles = {e["role"] for d in check_payload(run)["documents"] for f in d["findings"] for e in f["evidence"]}
    assert "tertulis di narasi" in roles and "stated in text" not in roles
    keys = {e.get("role_key") for d in check_payload(run)["documents"] for f in d["findings"] for e in f["evidence"]}
    assert "stated in text" in keys  # the stable key stays for scripts
    assert severity_word("error", "id") == "kesalahan" and severity_word("info", "en") == "note"


INTERNALS = re.compile(r"lkjip/|lkjip\.(?!toml)|pandera|\bschema\b|\.py\b|CheckConfig|`[a-z]+_[a-z_]+`(?! \((?:a fraction|pecahan)\))")


def test_rule_descriptions_speak_to_auditors_not_to_developers() -> None:
    for code, cls in load_rules().items():
        text = cls.description("en") + " " + cls.description("id") + " " + " ".join(cls.title.values())
        found = INTERNALS.findall(text)
        assert not found, f"{code}: the description mentions internals {found}"
    s001 = load_rules()["LKJ-S001"]
    assert "read" in s001.title["en"] and "dibaca" in s001.title["id"]


def test_every_rule_is_described_in_both_languages() -> None:
    from lkjip.checks.descriptions_id import DESCRIPTIONS_ID

    catalogue = load_rules()
    assert set(DESCRIPTIONS_ID) == set(catalogue), "rules without an Indonesian description (or stale ones)"
    for code, cls in catalogue.items():
        assert cls.description("id") != cls.description("en"), code
    rules = json.loads(CliRunner().invoke(app, ["rules", "--format", "json", "--lang", "id"]).stdout)
    assert all(r["description"] == catalogue[r["code"]].description("id") for r in rules)


def test_every_command_and_option_help_has_its_indonesian_text() -> None:
    import typer

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help and "\n\n" in command.help, f"{name}: no Indonesian help"
        for param in command.params:
            text = getattr(param, "help", None)
            assert text and " / " in text, f"lkjip {name} {param.name}: help in one language only"
    shown = CliRunner().invoke(app, ["check", "--help"], terminal_width=200).output
    assert "Periksa ketidaksesuaian" in shown and "Bahasa pesan" in shown


# --- errors of the settings file and the store: both wordings, shown by --lang ----------

def _bilingual_error_classes() -> set[str]:
    """BilingualError and every class in lkjip/ deriving from it (by name, transitively)."""
    bases: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id for b in node.bases if isinstance(b, ast.Name)}
    found = {"BilingualError"}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def test_every_usage_settings_and_store_error_is_raised_with_both_wordings() -> None:
    classes = _bilingual_error_classes()
    assert {"ConfigError", "StoreError", "StoreDamaged", "StoreWriteFailed", "OutputError", "OutputWriteError",
            "OutputOverInput", "BaselineError", "DocumentError", "NotAnnotatable"} <= classes
    raised = 0
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # Every construction, raised or returned (`write_failed` builds one for its caller).
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in classes):
                continue
            raised += 1
            call, where = node, f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
            words = call.args + [k.value for k in call.keywords if k.arg in LANG_KEYS]
            if call.func.id == "DocumentError":  # the code first; alone, the code's own two lines
                words = words[1:]
                if not words or isinstance(words[0], ast.Starred):  # passed on whole (checked below)
                    continue
            assert len(words) == 2, f"{where}: {call.func.id} raised with one wording"
            assert ast.dump(words[0]) != ast.dump(words[1]), f"{where}: the same text in both languages"
    assert raised >= 70  # the scan sees the settings, store, output, baseline, document and PDF errors


def test_settings_file_errors_follow_lang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("lkjip.toml").write_text('fail-on = "sometimes"\n')
    en = CliRunner().invoke(app, ["check", "x.pdf", "--lang", "en"])
    idn = CliRunner().invoke(app, ["check", "x.pdf", "--lang", "id"])
    assert en.exit_code == idn.exit_code == 2
    assert "must be one of" in en.output and "harus salah satu dari" in idn.output
    assert "harus" not in en.output and "must be" not in idn.output
    Path("lkjip.toml").write_text('lang = "en"\nfail-on = [\n')
    result = CliRunner().invoke(app, ["check", "x.pdf"])  # no --lang: Indonesian, the default
    assert result.exit_code == 2 and "bukan TOML yang sah" in result.output


def test_store_errors_follow_lang(tmp_path: Path) -> None:
    import subprocess
    import sys

    import duckdb

    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    con.execute("CREATE TABLE documents (sha256 VARCHAR)")
    con.execute("CREATE TABLE store_info (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO store_info VALUES ('schema_version', '99')")
    con.close()
    for lang, words in (("en", "another lkjip version"), ("id", "lkjip versi lain")):
        result = CliRunner().invoke(app, ["export", "--db", str(old), "-o", str(tmp_path / "o"), "--lang", lang])
        assert result.exit_code == 2 and words in result.output, result.output
    # A store another process holds open for writing: said to be in use, not "cannot open".
    held = tmp_path / "held.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('open', flush=True); time.sleep(60)", str(held)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        for lang, words in (("en", "in use by another process"), ("id", "sedang dipakai proses lain")):
            result = CliRunner().invoke(app, ["export", "--db", str(held), "-o", str(tmp_path / "o"), "--lang", lang])
            assert result.exit_code == 2 and words in result.output, result.output
    finally:
        holder.kill()
        holder.wait()


# --- why a document could not be read, and the annotated PDF's notes: shown by --lang -----

def test_every_document_error_code_has_both_lines() -> None:
    from lkjip.extract.errors import CODE_TEXTS, ERROR_CODES, DocumentError
    from lkjip.extract.readers import READERS

    assert set(CODE_TEXTS) == set(ERROR_CODES)
    for code, texts in CODE_TEXTS.items():
        assert texts["en"] != texts["id"] and DocumentError(code).text("id") == texts["id"], code
    for reader in READERS:  # passed on whole as DocumentError(*misnamed)
        code, en, idn = reader.misnamed
        assert code in CODE_TEXTS and en != idn, reader.kind
    with pytest.raises(ValueError):
        DocumentError("corrupt", "English only")  # type: ignore[call-arg]


def _unreadable_run(lang: str):
    from lkjip.extract.errors import DocumentError
    from lkjip.records import Extraction
    from lkjip.results import DocumentResult, RunResult

    error = DocumentError("corrupt", "the PDF is damaged (xref)", "PDF rusak (xref)").to_dict()
    doc = Extraction(file="broken.pdf", sha256=None, kind=None, pages=None, status="error", error=error)
    return RunResult([DocumentResult(doc)], lang=lang, rules=[])


@pytest.mark.parametrize("fmt", ["table", "html", "junit", "sarif", "github", "xlsx", "json"])
def test_why_a_document_is_unreadable_follows_lang(fmt: str, tmp_path: Path) -> None:
    import openpyxl

    from lkjip.report.render import write_report

    for lang, shown, other in (("id", "PDF rusak (xref)", "the PDF is damaged"),
                               ("en", "the PDF is damaged (xref)", "PDF rusak")):
        out = tmp_path / f"{lang}.{fmt}"
        assert write_report(_unreadable_run(lang), fmt, out) == []
        if fmt == "xlsx":
            book = openpyxl.load_workbook(out)
            text = " ".join(str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row)
        else:
            text = out.read_text(encoding="utf-8")
        if fmt == "json":  # `message` keeps its meaning (English); `messages` holds both
            error = json.loads(text)["documents"][0]["error"]
            assert error["message"] == "the PDF is damaged (xref)"
            assert error["messages"] == {"en": "the PDF is damaged (xref)", "id": "PDF rusak (xref)"}
            continue
        assert shown in text and other not in text, (fmt, lang)


def test_unreadable_file_on_the_command_line_follows_lang(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    idn = CliRunner().invoke(app, ["check", str(empty)])  # Indonesian, the default
    en = CliRunner().invoke(app, ["check", str(empty), "--lang", "en"])
    assert "berkas kosong (0 bita)" in idn.output and "0 bytes" not in idn.output
    assert "the file is empty (0 bytes)" in en.output and "berkas kosong" not in en.output
    # An error stored without `messages` (older stores): the code's own Indonesian line.
    from lkjip.extract.errors import error_text

    assert error_text({"code": "encrypted", "message": "the PDF is encrypted"}, "id").startswith("PDF terenkripsi")
    assert error_text({"code": "worker-crashed", "message": "the worker died"}, "id") == "the worker died"


def test_annotated_pdf_notes_follow_lang(handmade_run, tmp_path: Path) -> None:
    from lkjip.records import Extraction
    from lkjip.report.render import write_report
    from lkjip.results import DocumentResult, RunResult

    docx = DocumentResult(Extraction(file="draft.docx", sha256="a" * 64, kind="docx", pages=None))
    gone = DocumentResult(Extraction(file="moved-away.pdf", sha256="b" * 64, kind="pdf", pages=3),
                          handmade_run.documents[0].findings)
    words = {"id": ("tidak disorot", "sudah tidak ada", "sorotan"),
             "en": ("not annotated", "no longer there", "highlight(s)")}
    for lang, (skipped, moved, counted) in words.items():
        run = RunResult([handmade_run.documents[0], docx, gone], lang=lang, rules=[])
        notes = "\n".join(write_report(run, "pdf", tmp_path / lang))
        assert skipped in notes and moved in notes and counted in notes, notes
        for word in (w for other, ws in words.items() if other != lang for w in ws):
            assert word not in notes, (lang, word)
