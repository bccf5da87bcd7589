"""The `lkjip` command line: check, extract, rules.

Exit codes (stable, for CI): 0 no finding at or above --fail-on; 1 such findings;
2 usage error; 3 a document could not be read (it wins over 1: nothing vouches for it);
4 the output (a report, an export, the store) could not be written; 5 the store is damaged;
6 lkjip itself failed on a document (`internal-error`: its fault, not the file's; wins over 3).
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console

from lkjip import __version__
from lkjip.bilingual import message_in
from lkjip.checks.finding import SEVERITY_ORDER
from lkjip.checks.rule import CheckConfig
from lkjip.checks.runner import selected_rules, unknown_patterns
from lkjip.cli_help import BilingualCommand
from lkjip.config import ConfigError, Settings, resolve_settings
from lkjip.extract.errors import INTERNAL_ERROR, error_text
from lkjip.extract.limits import ReadLimits
from lkjip.extract.readers import find_documents
from lkjip.pipeline import RuleSelection, check_document, extract
from lkjip.records import Extraction
from lkjip.report.json_report import dumps, extract_payload
from lkjip.report.labels import unreadable_text
from lkjip.report.output_safety import (
    OutputOverInput,
    OutputWriteError,
    refuse_over_inputs,
    write_failed,
)
from lkjip.report.render import FORMAT_NAMES, OutputError, write_report
from lkjip.report.text_safety import terminal_markup, terminal_safe
from lkjip.results import DocumentResult, RunResult

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_UNREADABLE, EXIT_OUTPUT, EXIT_STORE = 0, 1, 2, 3, 4, 5
EXIT_INTERNAL = 6  # lkjip failed on a document: report it, the file may be fine
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
            tables: TableEngines = TableEngines.auto, pictures: bool = True) -> ReadLimits:
    return ReadLimits(password=password, max_pages=max_pages, timeout_s=timeout, ocr=ocr,
                      second_engine=_SECOND_ENGINE[tables], pictures=pictures)


PathsArg = Annotated[list[Path], typer.Argument(help="PDF or DOCX files, or folders to walk.", show_default=False)]
PasswordOpt = Annotated[str | None, typer.Option("--password", help="Password of encrypted PDFs.")]
MaxPagesOpt = Annotated[int, typer.Option("--max-pages", min=1, help="Refuse documents with more pages.")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", min=1, help="Seconds allowed to read one document; each page read by OCR adds 20 more.")]
OcrOpt = Annotated[bool, typer.Option("--ocr/--no-ocr", help="OCR pages without a usable text layer.")]
PicturesOpt = Annotated[bool, typer.Option(
    "--pictures/--no-pictures", help="Read tables pasted into text pages as pictures, by OCR (a few seconds each).")]
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
    pictures: PicturesOpt = True,
    tables: TablesOpt = TableEngines.auto,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=1, help="Local worker processes, OCR included (default: the cores, at most 4).")] = None,
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
    3: a document could not be read; 4: the report could not be written; 5: the store is damaged;
    6: lkjip itself failed on a document (a fault in lkjip, not in the file).
    """
    from lkjip.store import check as store_check

    # Flags win over the settings file, the file over the defaults.
    try:
        settings = resolve_settings(config_file)
    except ConfigError as exc:
        _usage_error(exc, lang.value if lang else "id")
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
        results = _store_call(lambda: store_check.check_store(db, config, select or (), ignore or ()), lang.value)
    else:
        files = _documents(paths or [])
        if output is not None:
            _refuse_over_inputs([output], files, lang.value)
        limits = _limits(password, max_pages, timeout, ocr, tables, pictures)
        if workers is not None:  # documents are read one at a time: the workers are its OCR's
            limits = dataclasses.replace(limits, ocr_workers=workers)
        # On a terminal, a status line says which document is being read and, on a long
        # scan, how far its OCR has got (nothing in CI logs).
        with err_console.status("", spinner="dots") as status:
            for i, f in enumerate(files, start=1):
                label = f"[{i}/{len(files)}] {terminal_markup(str(f))}"
                status.update(label)
                def progress(line: str, label: str = label) -> None:
                    status.update(f"{label} · {terminal_markup(line)}")
                results.append(_check_one(f, limits, rules, db, config, select, ignore, lang.value,
                                          progress if err_console.is_terminal else None))
    ran = selected_rules(select or (), ignore or ())
    if db is not None:
        ran += selected_rules(select or (), ignore or (), scope="store")
        from lkjip.store.judgements import settle_judged  # the auditors' judgements (lkjip serve)

        for note in _store_call(lambda: settle_judged(db, results), lang.value):
            err_console.print(note, highlight=False, markup=False, soft_wrap=True)
    run = RunResult(results, lang=lang.value, rules=[cls.code for cls in ran],
                    chosen_by=_chosen_by(select, ignore, settings), store_only=db is not None and not paths)
    if baseline is not None or write_baseline is not None:
        _apply_baseline(run, baseline, write_baseline)
    try:
        notes = write_report(run, fmt.value, output, fail_on.value)
    except (OutputError, OutputOverInput) as exc:
        _usage_error(exc, lang.value)
        raise typer.Exit(EXIT_USAGE) from None
    except OutputWriteError as exc:
        _usage_error(exc, lang.value)
        raise typer.Exit(EXIT_OUTPUT) from None
    for note in notes:
        _say(note)
    if output is not None:
        _written(run, output)
    raise typer.Exit(exit_code(run, fail_on.value))


def _say(line: str, style: str | None = None) -> None:
    """A line of untrusted text (file names, messages) on stderr: never markup, no control codes."""
    err_console.print(terminal_safe(line), style=style, markup=False, highlight=False, soft_wrap=True)


def _documents(paths: list[Path]) -> list[Path]:
    files = expand_paths(paths)
    if not files:
        err_console.print("[red]No PDF or DOCX files found in the given paths. / Tidak ada berkas PDF atau DOCX di path yang diberikan.[/]")
        raise typer.Exit(EXIT_USAGE)
    return files


def _refuse_over_inputs(targets: list[Path], files: list[Path], lang: str) -> None:
    try:
        refuse_over_inputs(targets, files)
    except OutputOverInput as exc:
        _usage_error(exc, lang)
        raise typer.Exit(EXIT_USAGE) from None


_WROTE = {"en": "wrote {path}: {e} errors, {w} warnings, {i} notes in {n} document(s)",
          "id": "menulis {path}: {e} kesalahan, {w} peringatan, {i} catatan dalam {n} dokumen"}
_WROTE_FILE = {"en": "wrote {path}", "id": "menulis {path}"}
_WROTE_BASELINE = {"en": "wrote {path} ({n} findings)", "id": "menulis {path} ({n} temuan)"}
_WROTE_ROWS = {"en": "{path}: {n} rows", "id": "{path}: {n} baris"}


def _written(run: RunResult, output: Path) -> None:
    """A one-line summary naming the file written, and every document that could not be
    read, with why (the report itself went to a file, not to the terminal)."""
    lang = run.lang if run.lang in _WROTE else "en"
    _say(_WROTE[lang].format(path=output, e=run.count("error"), w=run.count("warning"),
                             i=run.count("info"), n=len(run.documents)))
    for doc in run.unreadable:
        err = doc.extraction.error or {}
        _say(f"✗ {doc.file}: {unreadable_text(err, lang)} [{err.get('code')}] {error_text(err, lang)}", style="red")


def _check_one(path: Path, limits: ReadLimits, rules: RuleSelection, db: Path | None, config: CheckConfig,
               select: list[str] | None, ignore: list[str] | None, lang: str,
               on_progress: Callable[[str], None] | None = None) -> DocumentResult:
    from lkjip.store import check as store_check

    result = check_document(path, limits, rules, on_progress)
    if db is not None:
        result.findings += _store_call(lambda: store_check.check_against_store(
            db, result.extraction, config, select or (), ignore or ()), lang)
    return result


def _apply_baseline(run: RunResult, baseline: Path | None, write_to: Path | None) -> None:
    """--baseline: mark the findings recorded there; --write-baseline: record them all (the run
    then reports them as recorded). A baseline that cannot be read or written is exit 2."""
    from lkjip.baseline import Baseline, BaselineError, write_baseline

    try:
        if write_to is not None:
            count = write_baseline(run, write_to)
            _say(_WROTE_BASELINE.get(run.lang, _WROTE_BASELINE["en"]).format(path=write_to, n=count))
            baseline = write_to
        if baseline is not None:
            Baseline.read(baseline).apply(run)
    except BaselineError as exc:
        _usage_error(exc, run.lang)
        raise typer.Exit(EXIT_USAGE) from None


def _usage_error(exc: Exception, lang: str = "id") -> None:
    # One line, never read as markup: the message may quote "[tool.lkjip]" or a path.
    _say(message_in(exc, lang), style="red")


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


def _unread_exit(extractions: list[Extraction]) -> int:
    """6 when lkjip itself failed on a document, 3 when a document could not be read, else 0."""
    codes = {(e.error or {}).get("code") for e in extractions if e.status != "ok"}
    if INTERNAL_ERROR in codes:
        return EXIT_INTERNAL
    return EXIT_UNREADABLE if codes else EXIT_OK


def exit_code(run: RunResult, fail_on: str) -> int:
    if run.unreadable:
        return _unread_exit([d.extraction for d in run.unreadable])
    threshold = SEVERITY_ORDER[fail_on]
    if any(SEVERITY_ORDER[f.severity] <= threshold for d in run.documents for f in d.active):
        return EXIT_FINDINGS
    return EXIT_OK


def _emit(text: str, output: Path | None, lang: str = "id") -> None:
    if output:
        try:
            output.write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            _usage_error(write_failed(output, exc), lang)
            raise typer.Exit(EXIT_OUTPUT) from None
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
    pictures: PicturesOpt = True,
    tables: TablesOpt = TableEngines.auto,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of messages: id (Bahasa Indonesia, default) or en.")] = Lang.id,
) -> None:
    """Extract budget rows, indicator rows and narrative amounts as typed tables.

    Exit 0, or 3 when a document could not be read (it is still listed, with its error);
    4 when the output could not be written; 6 when lkjip itself failed on a document.
    """
    from lkjip.report.tables_export import output_files

    files = _documents(paths)
    if output is not None:
        _refuse_over_inputs([output] if fmt is ExtractFormat.json else output_files(output, fmt.value), files,
                            lang.value)
    limits = _limits(password, max_pages, timeout, ocr, tables, pictures)
    extractions: list[Extraction] = [extract(f, limits) for f in files]
    if fmt is not ExtractFormat.json:
        _write_tables(extractions, fmt.value, output, lang.value)
    else:
        _emit(dumps(extract_payload(extractions)), output, lang.value)
    raise typer.Exit(_unread_exit(extractions))


def _write_tables(extractions: list[Extraction], fmt: str, output: Path | None, lang: str) -> None:
    """--format csv|xlsx|parquet: every table kind into the --output folder, or the named file."""
    from lkjip.report.tables_export import write_tables

    if output is None:
        _say({"en": f"--format {fmt} writes files: give --output (a folder, or a .{fmt} file name).",
              "id": f"--format {fmt} menulis berkas: beri --output (sebuah folder, atau nama berkas .{fmt})."}[lang],
             style="red")
        raise typer.Exit(EXIT_USAGE)
    try:
        written, problems = write_tables(extractions, output, fmt)
    except OSError as exc:
        _usage_error(write_failed(output, exc), lang)
        raise typer.Exit(EXIT_OUTPUT) from None
    for problem in problems:
        _say(f"schema: {problem}", style="yellow")
    for path in written:
        _say(_WROTE_FILE.get(lang, _WROTE_FILE["en"]).format(path=path))


def _store_call(call: Callable[[], T], lang: str = "id") -> T:
    """Run a store operation; a missing, foreign or locked store is one line and exit 2, a
    damaged one exit 5, an output that cannot be written exit 4; worded in `lang`."""
    from lkjip.store.writer import StoreDamaged, StoreError, StoreWriteFailed

    try:
        return call()
    except StoreDamaged as exc:
        _usage_error(exc, lang)
        raise typer.Exit(EXIT_STORE) from None
    except (StoreWriteFailed, OutputWriteError) as exc:
        _usage_error(exc, lang)
        raise typer.Exit(EXIT_OUTPUT) from None
    except StoreError as exc:
        _usage_error(exc, lang)
        raise typer.Exit(EXIT_USAGE) from None


@app.command(cls=BilingualCommand)
def ingest(
    paths: PathsArg,
    db: Annotated[Path, typer.Option("--db", help="The store file (DuckDB), created if missing.")] = Path("lkjip.duckdb"),
    force: Annotated[bool, typer.Option("--force", help="Redo documents already in the store.")] = False,
    retry_failed: Annotated[bool, typer.Option(
        "--retry-failed", help="Also redo documents stored with a permanent error (corrupt, encrypted, empty …); "
                               "transient ones (timeout, crashed, interrupted) are always retried.")] = False,
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
    pictures: PicturesOpt = True,
    tables: TablesOpt = TableEngines.auto,
    lang: Annotated[Lang | None, typer.Option("--lang", help="Language of messages: id (Bahasa Indonesia, default) or en.",
                                              show_default=False)] = None,
) -> None:
    """Extract and check many reports into a DuckDB store; resumable, one transaction per document.

    Exit 0; 3 when some documents could not be read (they are stored with their error code);
    4 when the store could not be written (disk full); 5 when the store is damaged; 6 when
    lkjip itself failed on a document (stored as internal-error, read again next time).
    """
    from lkjip.store.dask_runner import SchedulerError, check_scheduler_address
    from lkjip.store.ingest import ingest as run_ingest

    if scheduler is not None:
        try:
            check_scheduler_address(scheduler)
        except SchedulerError as exc:
            _usage_error(exc)
            raise typer.Exit(EXIT_USAGE) from None
    try:
        settings = resolve_settings(config_file)
    except ConfigError as exc:
        _usage_error(exc, lang.value if lang else "id")
        raise typer.Exit(EXIT_USAGE) from None
    said = lang.value if lang else settings.lang or "id"  # the language of this command's messages
    _known_codes(select, ignore, settings, said)
    # The stored findings are those `lkjip check` gives with the same settings file.
    rules = RuleSelection(checks_config(settings, settings.lang or "id"),
                          tuple(_codes(select) or settings.select or ()), tuple(_codes(ignore) or settings.ignore or ()))
    try:
        summary = _store_call(lambda: run_ingest(
            paths, db, workers=workers, scheduler=scheduler, force=force, retry_failed=retry_failed,
            limits=_limits(password, max_pages, timeout, ocr, tables, pictures), rules=rules,
            log=(lambda line: _say(line)) if verbose else None), said)
    except SchedulerError as exc:
        _usage_error(exc)
        raise typer.Exit(EXIT_USAGE) from None
    except KeyboardInterrupt:
        _say(f"interrupted: the documents stored so far stay in {db}; run the same command again to carry on")
        raise typer.Exit(130) from None
    if not summary.found:
        err_console.print("[red]No PDF or DOCX files found in the given paths. / Tidak ada berkas PDF atau DOCX di path yang diberikan.[/]")
        raise typer.Exit(EXIT_USAGE)
    _say(summary.line())
    for file, code in summary.errors.items():
        err_console.print(f"  [red]✗[/] {terminal_markup(file)}: {terminal_markup(code)}", soft_wrap=True,
                          highlight=False)
    if INTERNAL_ERROR in summary.errors.values():
        raise typer.Exit(EXIT_INTERNAL)
    raise typer.Exit(EXIT_UNREADABLE if summary.errors else EXIT_OK)


class ExportFormat(StrEnum):
    parquet = "parquet"


@app.command("export", cls=BilingualCommand)
def export_cmd(
    db: Annotated[Path, typer.Option("--db", help="The store file to read.")] = Path("lkjip.duckdb"),
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.parquet,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for one file per table.")] = Path("lkjip-export"),
    all_versions: Annotated[bool, typer.Option("--all-versions", help="Every stored version of each file, "
                                               "not only the latest.")] = False,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of messages: id (Bahasa Indonesia, default) or en.")] = Lang.id,
) -> None:
    """Export every table of a store (documents, budget, indicators, amounts, findings).

    The latest version of each file, unless --all-versions. Exit 4 when the output cannot
    be written, 5 when the store is damaged.
    """
    from lkjip.store.export import export_store

    counts = _store_call(lambda: export_store(db, output, fmt.value, all_versions), lang.value)
    for table, n in counts.items():
        _say(_WROTE_ROWS[lang.value].format(path=output / (table + '.' + fmt.value), n=n))


@app.command(cls=BilingualCommand)
def serve(
    db: Annotated[Path, typer.Option("--db", help="The store file (DuckDB), created if missing.")] = Path("lkjip.duckdb"),
    host: Annotated[str, typer.Option("--host", help="Address to listen on; beyond 127.0.0.1 a --token is required.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Documents read at once.")] = 2,
    token: Annotated[str | None, typer.Option("--token", envvar="LKJIP_TOKEN", help="Every request must carry it.")] = None,
    max_file_mb: Annotated[int, typer.Option("--max-file-mb", min=1, help="Largest upload accepted, per file.")] = 100,
    max_files: Annotated[int, typer.Option("--max-files", min=1, help="Most files in one upload.")] = 50,
    config_file: Annotated[Path | None, typer.Option("--config", help="Settings file, as for check and ingest.")] = None,
    timeout: TimeoutOpt = 600.0,
) -> None:
    """A web workspace over the store: upload reports, see findings on the page, record judgements.

    Ruang kerja web di atas basis data: unggah laporan, lihat temuan di halamannya, catat penilaian auditor.
    """
    from lkjip.serve.run import serve as run_serve
    from lkjip.serve.security import BindError
    from lkjip.serve.workspace import ServeSettings

    try:
        settings = resolve_settings(config_file)
    except ConfigError as exc:
        _usage_error(exc)
        raise typer.Exit(EXIT_USAGE) from None
    rules = RuleSelection(checks_config(settings, settings.lang or "id"), tuple(settings.select or ()),
                          tuple(settings.ignore or ()))
    try:
        _store_call(lambda: run_serve(ServeSettings(db=db, workers=workers, token=token, max_file_mb=max_file_mb,
                                                    max_files=max_files, limits=_limits(None, 2000, timeout, True),
                                                    rules=rules), host, port), settings.lang or "id")
    except BindError as exc:
        err_console.print(f"[red]{exc}[/]")
        raise typer.Exit(EXIT_USAGE) from None


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
