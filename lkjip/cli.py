"""The `lkjip` command line: check, extract, rules.

Exit codes (stable, for CI): 0 no finding at or above --fail-on; 1 such findings;
2 usage error; 3 a document could not be read (it wins over 1: nothing vouches for it).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console

from lkjip import __version__
from lkjip.checks.finding import SEVERITY_ORDER
from lkjip.checks.rule import CheckConfig
from lkjip.checks.runner import selected_rules, unknown_patterns
from lkjip.cli_help import BilingualCommand
from lkjip.config import ConfigError, Settings, resolve_settings
from lkjip.extract.limits import ReadLimits
from lkjip.extract.readers import find_documents
from lkjip.pipeline import RuleSelection, check_document, extract
from lkjip.records import Extraction
from lkjip.report.json_report import dumps, extract_payload
from lkjip.report.render import FORMAT_NAMES, OutputError, write_report
from lkjip.results import DocumentResult, RunResult

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2, 3
T = TypeVar("T")

app = typer.Typer(
    name="lkjip",
    help="Extract and cross-check Indonesian government performance reports (LKjIP).\n\n"
         "Ekstraksi dan pemeriksaan silang Laporan Kinerja Instansi Pemerintah.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
err_console = Console(stderr=True)


class Lang(StrEnum):
    id = "id"
    en = "en"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


# The report formats are the renderer registry's (lkjip/report/render.py).
CheckFormat = StrEnum("CheckFormat", {name: name for name in FORMAT_NAMES})  # type: ignore[misc]


class ExtractFormat(StrEnum):
    json = "json"
    csv = "csv"  # every table kind (budget, amounts, indicators), one file each, into --output
    xlsx = "xlsx"
    parquet = "parquet"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"lkjip {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """lkjip: LKjIP extraction and consistency checks."""


expand_paths = find_documents


class TableEngines(StrEnum):
    vector = "vector"
    auto = "auto"
    thorough = "thorough"


# What the reader calls its second engines for each --tables choice.
_SECOND_ENGINE = {TableEngines.vector: "off", TableEngines.auto: "auto", TableEngines.thorough: "always"}


def _limits(password: str | None, max_pages: int, timeout: float, ocr: bool,
            tables: TableEngines = TableEngines.auto) -> ReadLimits:
    return ReadLimits(password=password, max_pages=max_pages, timeout_s=timeout, ocr=ocr,
                      second_engine=_SECOND_ENGINE[tables])


PathsArg = Annotated[list[Path], typer.Argument(help="PDF or DOCX files, or folders to walk.", show_default=False)]
PasswordOpt = Annotated[str | None, typer.Option("--password", help="Password of encrypted PDFs.")]
MaxPagesOpt = Annotated[int, typer.Option("--max-pages", min=1, help="Refuse documents with more pages.")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", min=1, help="Seconds allowed to read one document.")]
OcrOpt = Annotated[bool, typer.Option("--ocr/--no-ocr", help="OCR pages without a usable text layer.")]
TablesOpt = Annotated[TableEngines, typer.Option(
    "--tables", help="Table engines: vector (ruling lines of the PDF only), auto (also the rendered page where "
                     "the rulings frame a grid that did not come out whole), thorough (rendered page and camelot "
                     "on every page with text; slow).")]


@app.command(cls=BilingualCommand)
def check(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="PDF or DOCX files, or folders to walk (optional with --db).", show_default=False)] = None,
    fmt: Annotated[CheckFormat | None, typer.Option(
        "--format", "-f", help="Output format (default table). xlsx and pdf need --output; pdf writes "
                               "annotated copies (a folder when several PDFs).", show_default=False)] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here instead of stdout.")] = None,
    lang: Annotated[Lang | None, typer.Option("--lang", help="Language of messages: id (Bahasa Indonesia, default) or en.",
                                              show_default=False)] = None,
    select: Annotated[list[str] | None, typer.Option("--select", help="Only these rule codes or prefixes (LKJ-B, B001…).")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Skip these rule codes or prefixes.")] = None,
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help="Lowest severity that makes the exit code 1 "
                                                   "(default error).", show_default=False)] = None,
    config_file: Annotated[Path | None, typer.Option("--config", help="Settings file (lkjip.toml or pyproject.toml); "
                                                     "default: ./lkjip.toml, else \\[tool.lkjip] in ./pyproject.toml.")] = None,
    password: PasswordOpt = None,
    max_pages: MaxPagesOpt = 2000,
    timeout: TimeoutOpt = 600.0,
    ocr: OcrOpt = True,
    tables: TablesOpt = TableEngines.auto,
    db: Annotated[Path | None, typer.Option("--db", help="A store made by `lkjip ingest`: check the reports "
                                            "against it across years; without reports, check the whole store.")] = None,
    baseline: Annotated[Path | None, typer.Option(
        "--baseline", help="Report only findings not in this baseline file; those in it are shown as accepted "
                           "or false alarm and do not fail the run. / Hanya temuan baru di luar berkas baseline.")] = None,
    write_baseline: Annotated[Path | None, typer.Option(
        "--write-baseline", help="Record every finding of this run in a baseline file (marks and reasons of "
                                 "findings already in it are kept). / Catat semua temuan ke berkas baseline.")] = None,
) -> None:
    """Check LKjIP reports for inconsistencies and print the findings.

    Exit 0: nothing at or above --fail-on; 1: findings at or above it; 2: usage error;
    3: a document could not be read.
    """
    from lkjip.store import check as store_check

    # Flags win over the settings file, the file over the defaults.
    try:
        settings = resolve_settings(config_file)
    except ConfigError as exc:
        _usage_error(exc)
        raise typer.Exit(EXIT_USAGE) from None
    fmt = fmt or CheckFormat(settings.format or "table")
    lang = lang or Lang(settings.lang or "id")
    fail_on = fail_on or FailOn(settings.fail_on or "error")
    _known_codes(select, ignore, settings, lang.value)
    select = _codes(select) or settings.select
    ignore = _codes(ignore) or settings.ignore
    config = checks_config(settings, lang.value)
    rules = RuleSelection(config, tuple(select or ()), tuple(ignore or ()))
    results: list[DocumentResult] = []
    if db is not None and not paths:
        results = _store_call(lambda: store_check.check_store(db, config, select or (), ignore or ()))
    else:
        files = expand_paths(paths or [])
        if not files:
            err_console.print("[red]No PDF or DOCX files found in the given paths. / Tidak ada berkas PDF atau DOCX di path yang diberikan.[/]")
            raise typer.Exit(EXIT_USAGE)
        limits = _limits(password, max_pages, timeout, ocr, tables)
        # On a terminal, a status line says which document is being read (nothing in CI logs).
        with err_console.status("", spinner="dots") as status:
            for i, f in enumerate(files, start=1):
                status.update(f"[{i}/{len(files)}] {f}")
                results.append(_check_one(f, limits, rules, db, config, select, ignore))
    ran = selected_rules(select or (), ignore or ())
    if db is not None:
        ran += selected_rules(select or (), ignore or (), scope="store")
    run = RunResult(results, lang=lang.value, rules=[cls.code for cls in ran],
                    chosen_by=_chosen_by(select, ignore, settings), store_only=db is not None and not paths)
    if baseline is not None or write_baseline is not None:
        _apply_baseline(run, baseline, write_baseline)
    try:
        notes = write_report(run, fmt.value, output, fail_on.value)
    except OutputError as exc:
        _usage_error(exc)
        raise typer.Exit(EXIT_USAGE) from None
    for note in notes:
        err_console.print(note, highlight=False)
    if output is not None:
        _written(run, output)
    raise typer.Exit(exit_code(run, fail_on.value))


_WROTE = {"en": "wrote {path}: {e} errors, {w} warnings, {i} notes in {n} document(s)",
          "id": "menulis {path}: {e} kesalahan, {w} peringatan, {i} catatan dalam {n} dokumen"}
_UNREADABLE = {"en": "could not be read", "id": "tidak dapat dibaca"}


def _written(run: RunResult, output: Path) -> None:
    """A one-line summary naming the file written, and every document that could not be
    read, with why (the report itself went to a file, not to the terminal)."""
    lang = run.lang if run.lang in _WROTE else "en"
    err_console.print(_WROTE[lang].format(path=output, e=run.count("error"), w=run.count("warning"),
                                          i=run.count("info"), n=len(run.documents)),
                      highlight=False, markup=False, soft_wrap=True)
    for doc in run.unreadable:
        err = doc.extraction.error or {}
        err_console.print(f"✗ {doc.file}: {_UNREADABLE[lang]} [{err.get('code')}] {err.get('message')}",
                          style="red", highlight=False, markup=False, soft_wrap=True)


def _check_one(path: Path, limits: ReadLimits, rules: RuleSelection, db: Path | None, config: CheckConfig,
               select: list[str] | None, ignore: list[str] | None) -> DocumentResult:
    from lkjip.store import check as store_check

    result = check_document(path, limits, rules)
    if db is not None:
        result.findings += _store_call(lambda: store_check.check_against_store(
            db, result.extraction, config, select or (), ignore or ()))
    return result


def _apply_baseline(run: RunResult, baseline: Path | None, write_to: Path | None) -> None:
    """--baseline: mark the findings recorded there; --write-baseline: record them all (the run
    then reports them as recorded). A baseline that cannot be read or written is exit 2."""
    from lkjip.baseline import Baseline, BaselineError, write_baseline

    try:
        if write_to is not None:
            count = write_baseline(run, write_to)
            err_console.print(f"wrote {write_to} ({count})", highlight=False, markup=False)
            baseline = write_to
        if baseline is not None:
            Baseline.read(baseline).apply(run)
    except BaselineError as exc:
        _usage_error(exc)
        raise typer.Exit(EXIT_USAGE) from None


def _usage_error(exc: Exception) -> None:
    # One line, never read as markup: the message may quote "[tool.lkjip]" or a path.
    err_console.print(str(exc), style="red", markup=False, highlight=False, soft_wrap=True)


_UNKNOWN_CODE = {
    "en": "Unknown rule code or prefix {code} in {where}{hint}. The rules: `lkjip rules`.",
    "id": "Kode atau awalan aturan {code} di {where} tidak dikenal{hint}. Daftar aturan: `lkjip rules`.",
}
_DID_YOU_MEAN = {"en": " (did you mean {near}?)", "id": " (maksud Anda {near}?)"}


def _known_codes(select: list[str] | None, ignore: list[str] | None, settings: Settings, lang: str) -> None:
    """A code or prefix that names no rule is a usage error (exit 2) suggesting the nearest
    code: a typo in --select or in the settings file must not check nothing and pass."""
    sources = [("--select", _codes(select)), ("--ignore", _codes(ignore))]
    if settings.source is not None:
        sources += [(f"{settings.source} (select)", settings.select or []),
                    (f"{settings.source} (ignore)", settings.ignore or [])]
    for where, patterns in sources:
        for code, near in unknown_patterns(patterns):
            hint = _DID_YOU_MEAN[lang].format(near=near) if near else ""
            _usage_error(Exception(_UNKNOWN_CODE[lang].format(code=code, where=where, hint=hint)))
            raise typer.Exit(EXIT_USAGE)


def _chosen_by(select: list[str] | None, ignore: list[str] | None, settings: Settings) -> dict[str, list[str]]:
    """Where the rule choice came from, for the report's "which rules ran and why" line."""
    out: dict[str, list[str]] = {}
    for flag, value, from_file in (("--select", select, settings.select), ("--ignore", ignore, settings.ignore)):
        if value:
            name = flag if value is not from_file else f"{settings.source} ({flag.removeprefix('--')})"
            out[name] = list(value)
    return out


def _codes(values: list[str] | None) -> list[str]:
    """`--select LKJ-B --select K001` and `--select LKJ-B,K001` both work."""
    return [code.strip() for value in values or [] for code in value.split(",") if code.strip()]


def checks_config(settings: Settings, lang: str) -> CheckConfig:
    """The rules' configuration: tolerances and options from the settings file."""
    config = CheckConfig(lang=lang, options=dict(settings.options))
    if settings.rupiah_tolerance is not None:
        config.rupiah_tolerance = settings.rupiah_tolerance
    if settings.percent_extra_tolerance is not None:
        config.percent_extra_tolerance = settings.percent_extra_tolerance
    return config


def exit_code(run: RunResult, fail_on: str) -> int:
    if run.unreadable:
        return EXIT_UNREADABLE
    threshold = SEVERITY_ORDER[fail_on]
    if any(SEVERITY_ORDER[f.severity] <= threshold for d in run.documents for f in d.active):
        return EXIT_FINDINGS
    return EXIT_OK


def _emit(text: str, output: Path | None) -> None:
    if output:
        output.write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")


@app.command("extract", cls=BilingualCommand)
def extract_cmd(
    paths: PathsArg,
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.json,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    password: PasswordOpt = None,
    max_pages: MaxPagesOpt = 2000,
    timeout: TimeoutOpt = 600.0,
    ocr: OcrOpt = True,
    tables: TablesOpt = TableEngines.auto,
) -> None:
    """Extract budget rows, indicator rows and narrative amounts as typed tables.

    Exit 0, or 3 when a document could not be read (it is still listed, with its error).
    """
    files = expand_paths(paths)
    if not files:
        err_console.print("[red]No PDF or DOCX files found in the given paths. / Tidak ada berkas PDF atau DOCX di path yang diberikan.[/]")
        raise typer.Exit(EXIT_USAGE)
    limits = _limits(password, max_pages, timeout, ocr, tables)
    extractions: list[Extraction] = [extract(f, limits) for f in files]
    if fmt is not ExtractFormat.json:
        _write_tables(extractions, fmt.value, output)
    else:
        _emit(dumps(extract_payload(extractions)), output)
    raise typer.Exit(EXIT_UNREADABLE if any(e.status != "ok" for e in extractions) else EXIT_OK)


def _write_tables(extractions: list[Extraction], fmt: str, output: Path | None) -> None:
    """--format csv|xlsx|parquet: every table kind into the --output folder, or the named file."""
    from lkjip.report.tables_export import write_tables

    if output is None:
        err_console.print(f"[red]--format {fmt} writes files: give --output (a folder, or a .{fmt} file name).[/]")
        raise typer.Exit(EXIT_USAGE)
    written, problems = write_tables(extractions, output, fmt)
    for problem in problems:
        err_console.print(f"[yellow]schema: {problem}[/]")
    for path in written:
        err_console.print(f"wrote {path}")


def _store_call(call: Callable[[], T]) -> T:
    """Run a store operation; a missing or foreign store is one line and exit 2."""
    from lkjip.store.writer import StoreError

    try:
        return call()
    except StoreError as exc:
        err_console.print(f"[red]{exc}[/]")
        raise typer.Exit(EXIT_USAGE) from None


@app.command(cls=BilingualCommand)
def ingest(
    paths: PathsArg,
    db: Annotated[Path, typer.Option("--db", help="The store file (DuckDB), created if missing.")] = Path("lkjip.duckdb"),
    force: Annotated[bool, typer.Option("--force", help="Redo documents already in the store.")] = False,
    workers: Annotated[int | None, typer.Option("--workers", min=1, help="Local worker processes (default: the cores).")] = None,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Run on a Dask cluster: tcp://HOST:PORT.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="One line per stored document on stderr.")] = False,
    select: Annotated[list[str] | None, typer.Option("--select", help="Only these rule codes or prefixes (LKJ-B, B001…).")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Skip these rule codes or prefixes.")] = None,
    config_file: Annotated[Path | None, typer.Option("--config", help="Settings file (lkjip.toml or pyproject.toml); "
                                                     "default: ./lkjip.toml, else \\[tool.lkjip] in ./pyproject.toml.")] = None,
    password: PasswordOpt = None,
    max_pages: MaxPagesOpt = 2000,
    timeout: TimeoutOpt = 600.0,
    ocr: OcrOpt = True,
    tables: TablesOpt = TableEngines.auto,
) -> None:
    """Extract and check many reports into a DuckDB store; resumable, one transaction per document.

    Exit 0; 3 when some documents could not be read (they are stored with their error code).
    """
    from lkjip.store.dask_runner import SchedulerError
    from lkjip.store.ingest import ingest as run_ingest
    from lkjip.store.writer import StoreError

    try:
        settings = resolve_settings(config_file)
    except ConfigError as exc:
        _usage_error(exc)
        raise typer.Exit(EXIT_USAGE) from None
    _known_codes(select, ignore, settings, settings.lang or "id")
    # The stored findings are those `lkjip check` gives with the same settings file.
    rules = RuleSelection(checks_config(settings, settings.lang or "id"),
                          tuple(_codes(select) or settings.select or ()), tuple(_codes(ignore) or settings.ignore or ()))
    try:
        summary = run_ingest(paths, db, workers=workers, scheduler=scheduler, force=force,
                             limits=_limits(password, max_pages, timeout, ocr, tables), rules=rules,
                             log=(lambda line: err_console.print(line, soft_wrap=True, markup=False, highlight=False))
                             if verbose else None)
    except (StoreError, SchedulerError) as exc:
        err_console.print(f"[red]{exc}[/]")
        raise typer.Exit(EXIT_USAGE) from None
    except KeyboardInterrupt:
        err_console.print(f"interrupted: the documents stored so far stay in {db}; run the same command again to carry on")
        raise typer.Exit(130) from None
    if not summary.found:
        err_console.print("[red]No PDF or DOCX files found in the given paths. / Tidak ada berkas PDF atau DOCX di path yang diberikan.[/]")
        raise typer.Exit(EXIT_USAGE)
    err_console.print(summary.line(), soft_wrap=True)
    for file, code in summary.errors.items():
        err_console.print(f"  [red]✗[/] {file}: {code}", soft_wrap=True)
    raise typer.Exit(EXIT_UNREADABLE if summary.errors else EXIT_OK)


class ExportFormat(StrEnum):
    parquet = "parquet"


@app.command("export", cls=BilingualCommand)
def export_cmd(
    db: Annotated[Path, typer.Option("--db", help="The store file to read.")] = Path("lkjip.duckdb"),
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.parquet,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for one file per table.")] = Path("lkjip-export"),
) -> None:
    """Export every table of a store (documents, budget, indicators, amounts, findings)."""
    from lkjip.store.export import export_store

    counts = _store_call(lambda: export_store(db, output, fmt.value))
    for table, n in counts.items():
        err_console.print(f"{output / (table + '.' + fmt.value)}: {n} rows")


class RulesFormat(StrEnum):
    table = "table"
    json = "json"


@app.command(cls=BilingualCommand)
def rules(
    fmt: Annotated[RulesFormat, typer.Option("--format", "-f", help="Output format.")] = RulesFormat.table,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of titles.")] = Lang.id,
) -> None:
    """Print the rule catalogue, generated from the rules' own code and docstrings."""
    from lkjip.checks import load_rules

    catalogue = load_rules()
    if fmt is RulesFormat.json:
        import json

        typer.echo(json.dumps([{"code": code, "title": cls.title[lang.value], "titles": cls.title,
                                "severity": cls.severity, "scope": cls.scope,
                                "description": cls.description(lang.value)} for code, cls in catalogue.items()],
                              ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    table = Table("code", "severity", "title", title="lkjip rules")
    for code, cls in catalogue.items():
        table.add_row(code, cls.severity, cls.title[lang.value])
    Console().print(table)


if __name__ == "__main__":  # pragma: no cover
    app()
