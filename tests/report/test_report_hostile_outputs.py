"""Issue #18, rows 1–6: document text and file names are data in every output, and an
output never lands on an input, on another output, or in a traceback."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import openpyxl
import pytest
from rich.console import Console
from typer.testing import CliRunner

from lkjip.checks.finding import Evidence, Finding
from lkjip.cli import app
from lkjip.records import Cell, Extraction
from lkjip.report.github import github_annotations
from lkjip.report.terminal import render_terminal
from lkjip.report.text_safety import spreadsheet_text, terminal_markup, terminal_safe
from lkjip.results import DocumentResult, RunResult
from tests.conftest import SEED_DOCX
from tests.inputs.hostile_files import text_pdf

runner = CliRunner()

FORMULAS = ['=HYPERLINK("http://evil.example","a")', "=cmd|' /C calc'!A0 ", "@SUM(1+1)*cmd ", "+cmd ", "-2+3 "]
CLEAR = "\x1b[2J"
LINK = "\x1b]8;;http://evil.example\x07click\x1b]8;;\x07"


def _evil_docx(path: Path) -> Path:
    """The seed DOCX with indicator names that begin like spreadsheet formulas."""
    import docx

    d = docx.Document(str(SEED_DOCX))
    n = 0
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                text = cell.text.strip()
                if n < len(FORMULAS) and text.startswith(("Jumlah", "Persentase", "Indeks")) and cell.paragraphs[0].runs:
                    run = cell.paragraphs[0].runs[0]
                    run.text = FORMULAS[n] + run.text
                    n += 1
    assert n == len(FORMULAS)
    d.save(str(path))
    return path


# Row 1 ----------------------------------------------------------------------------------

def test_spreadsheet_text_escapes_formulas_and_keeps_numbers() -> None:
    for payload in [*FORMULAS, "\tx", "\r=1", " =1"]:
        assert spreadsheet_text(payload).startswith("'"), payload
    for plain in ["-", "-1.500", "+5%", "19.253.545.000", "Jumlah", "a=b"]:
        assert spreadsheet_text(plain) == plain
    assert spreadsheet_text(-3.5) == -3.5 and spreadsheet_text(None) is None


@pytest.fixture(scope="module")
def evil_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _evil_docx(tmp_path_factory.mktemp("evil") / "evil.docx")


def test_extract_csv_escapes_formula_prefixes(evil_docx: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(evil_docx), "-f", "csv", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    fields = [f for path in (tmp_path / "out").glob("*.csv")
              for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8"))) for f in row]
    assert any(f.startswith("'=HYPERLINK(") for f in fields)
    assert not any(f.startswith(("=", "@", "+")) for f in fields)  # no live formula in any cell
    assert any(f.startswith("'-2+3") for f in fields)
    numbers = [f for f in fields if f.replace(".", "", 1).isdigit()]
    assert numbers  # real numbers stay numbers, unquoted


def test_extract_xlsx_holds_no_formula(evil_docx: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(evil_docx), "-f", "xlsx", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(tmp_path / "out" / "tables.xlsx")
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type != "f" for c in cells)
    kept = [c for c in cells if isinstance(c.value, str) and c.value.startswith("=HYPERLINK(")]
    assert kept and all(c.quotePrefix for c in kept)  # the text as printed, marked as text
    assert any(isinstance(c.value, float) for c in cells)


# Row 2 ----------------------------------------------------------------------------------

def _hostile_run() -> RunResult:
    cell = Cell(text=f"19.253{CLEAR}", page=1, table="p1-t1", row=2, column="anggaran")
    ex = Extraction(file=f"report{LINK}.pdf", sha256=None, kind="pdf", pages=1)
    message = {"en": f"text {CLEAR}{LINK} \x9b31m", "id": f"teks {CLEAR}{LINK}"}
    f = Finding("LKJ-B001", "error", {"en": "t\x1b[31m", "id": "t"}, message, [Evidence(cell, 1.0, "total")])
    bad = Extraction(file=f"rusak{CLEAR}.pdf", sha256=None, kind=None, pages=None, status="error",
                     error={"code": "corrupt", "message": f"bad {LINK}"})
    return RunResult([DocumentResult(ex, [f]), DocumentResult(bad, [])], lang="en", rules=[])


def test_terminal_report_passes_no_escape_sequence() -> None:
    out = io.StringIO()
    render_terminal(_hostile_run(), Console(file=out, width=200, force_terminal=False))
    text = out.getvalue()
    assert "\x1b" not in text and "\x9b" not in text and "\x07" not in text
    assert "\\x1b[2J" in text and "\\x1b]8;;http://evil.example" in text  # shown, inert


def test_github_annotations_pass_no_escape_sequence() -> None:
    text = github_annotations(_hostile_run())
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
    assert "\\x1b[2J" in text


def test_terminal_safe_keeps_ordinary_text() -> None:
    assert terminal_safe("Rp 19.253.545.000,-\n(empat)") == "Rp 19.253.545.000,-\n(empat)"
    assert terminal_safe("a\rb\u202ec", one_line=True) == "a\\x0db\\u202ec"
    assert terminal_markup("[link=http://x]r.pdf") == "\\[link=http://x]r.pdf"


def test_cli_table_output_shows_hostile_file_names_inert(tmp_path: Path) -> None:
    bad = tmp_path / f"rusak{CLEAR}\x1b]8;;evil.example\x07.pdf"
    bad.write_bytes(b"not a pdf")
    # Wide enough that the rule line shows the whole (long, temporary) path.
    result = runner.invoke(app, ["check", str(bad)], env={"COLUMNS": "400"})
    assert result.exit_code == 3
    assert "\x1b" not in result.output and "\\x1b[2J" in result.output
    result = runner.invoke(app, ["check", str(bad), "-f", "github"])
    assert result.exit_code == 3 and "\x1b" not in result.output


# Row 3 ----------------------------------------------------------------------------------

def test_ingest_summary_prints_markup_in_file_names_as_text(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["[link=http:/evil.example]rusak.pdf", "a[/]b.pdf", "[bold red]x.pdf"]  # the first in a folder
    for name in names:
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(f"not a pdf: {name}".encode())
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "s.duckdb"), "--workers", "1"])
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output and "MarkupError" not in result.output
    for name in names:
        assert name in result.output  # printed as written, not interpreted


# Row 4 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["html", "json", "table", "xlsx", "pdf"])
def test_output_equal_to_an_input_is_a_usage_error(tmp_path: Path, fmt: str) -> None:
    src = text_pdf(tmp_path / "laporan.pdf")
    before = src.read_bytes()
    (tmp_path / "sub").mkdir()
    for spelling in (src, tmp_path / "sub" / ".." / "laporan.pdf"):
        result = runner.invoke(app, ["check", str(src), "-f", fmt, "-o", str(spelling)])
        assert result.exit_code == 2, (fmt, result.output)
        assert "input" in result.output and "Traceback" not in result.output
    link = tmp_path / "link.pdf"
    link.symlink_to(src)
    result = runner.invoke(app, ["check", str(link), "-f", fmt, "-o", str(src)])
    assert result.exit_code == 2
    assert src.read_bytes() == before


def test_extract_output_equal_to_an_input_is_a_usage_error(tmp_path: Path) -> None:
    src = text_pdf(tmp_path / "laporan.pdf")
    before = src.read_bytes()
    result = runner.invoke(app, ["extract", str(src), "-o", str(src)])
    assert result.exit_code == 2 and src.read_bytes() == before
    out = tmp_path / "out"
    out.mkdir()
    victim = out / "tables.xlsx"
    shutil.copy(src, victim)  # an input that sits where the workbook would go
    result = runner.invoke(app, ["extract", str(victim), "-f", "xlsx", "-o", str(out)])
    assert result.exit_code == 2 and victim.read_bytes() == before


# Row 5 ----------------------------------------------------------------------------------

def test_annotated_copies_of_same_named_inputs_never_overwrite_each_other(tmp_path: Path) -> None:
    inputs = []
    for i, rel in enumerate(["a/r.pdf", "b/r.pdf", "c/r-2.pdf", "d/R.pdf"]):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        inputs.append(text_pdf(tmp_path / rel, text=f"Dokumen nomor {i} Rp 1.000.000"))
    out = tmp_path / "out"
    result = runner.invoke(app, ["check", *map(str, inputs), "-f", "pdf", "-o", str(out) + "/"])
    assert result.exit_code in (0, 1), result.output
    written = sorted(out.glob("*.pdf"))
    assert len(written) == 4, written
    assert len({p.name.casefold() for p in written}) == 4
    for i, source in enumerate(inputs):  # each note names its input
        assert str(source) in result.output, i


# Row 6 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["check", "{src}", "-f", "xlsx", "-o", "{blocked}/r.xlsx"],
    ["check", "{src}", "-f", "html", "-o", "{blocked}/r.html"],
    ["extract", "{src}", "-o", "{blocked}/r.json"],
    ["extract", "{src}", "-f", "csv", "-o", "{blocked}/out"],
    ["extract", "{src}", "-f", "xlsx", "-o", "{blocked}/out"],
])
def test_unwritable_output_is_one_line_and_exit_4(tmp_path: Path, args: list[str]) -> None:
    src = text_pdf(tmp_path / "laporan.pdf")
    blocked = tmp_path / "a-file"  # a regular file: nothing can be written under it
    blocked.write_text("x")
    argv = [a.format(src=src, blocked=blocked) for a in args]
    result = runner.invoke(app, [*argv, "--lang", "en"])
    assert result.exit_code == 4, result.output
    assert "cannot write" in result.output and "Traceback" not in result.output
    said = runner.invoke(app, argv).output  # Indonesian, the default
    assert "tidak dapat menulis" in said and "cannot write" not in said
    assert not isinstance(result.exception, OSError)


def test_progress_bar_shows_markup_file_names_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    from lkjip.store.progress import BatchProgress

    for name, shown in (("a[/]b.pdf", "a[/]b.pdf"), (f"[link=http:/evil]c{CLEAR}.pdf", "[link=http:/evil]c\\x1b[2J.pdf")):
        with BatchProgress(1, enabled=True) as bar:  # the last frame is drawn when it stops
            bar.advance(name)
        assert shown in capsys.readouterr().err
