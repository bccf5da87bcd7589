"""`lkjip check --format …`: from a run to the chosen report, on stdout or in `--output`."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from rich.console import Console

from lkjip.bilingual import BilingualError
from lkjip.report.json_report import check_payload, dumps
from lkjip.report.output_safety import refuse_over_inputs, write_failed
from lkjip.results import RunResult


class OutputError(BilingualError):
    """The report cannot be written where asked (a usage error, exit 2)."""


@dataclass(frozen=True)
class Renderer:
    """One `--format`. `text(run, fail_on)` gives what goes to stdout or into a text file;
    a file format instead `write(run, output)`s itself and returns notes for the user."""

    name: str
    text: Callable[[RunResult, str], str] | None = None
    write: Callable[[RunResult, Path], list[str]] | None = None

    @property
    def needs_output(self) -> bool:
        """Binary formats never go to a terminal."""
        return self.write is not None


# Each renderer imports its module when used, so `lkjip check` loads only the one it needs.
def _json(run: RunResult, fail_on: str) -> str:
    return dumps(check_payload(run))


def _sarif(run: RunResult, fail_on: str) -> str:
    from lkjip.report.sarif import sarif_payload

    return json.dumps(sarif_payload(run), ensure_ascii=False, indent=2)


def _junit(run: RunResult, fail_on: str) -> str:
    from lkjip.report.junit import junit_xml

    return junit_xml(run, fail_on)


def _github(run: RunResult, fail_on: str) -> str:
    from lkjip.report.github import github_annotations

    return github_annotations(run)


def _html(run: RunResult, fail_on: str) -> str:
    from lkjip.report.html import render_html

    return render_html(run)


def _xlsx(run: RunResult, output: Path) -> list[str]:
    from lkjip.report.xlsx import write_xlsx

    _writable(output)
    try:
        write_xlsx(run, output)
    except OSError as exc:
        raise write_failed(output, exc) from exc
    return []


# The registry: adding a format is its module plus one line here.
RENDERERS: dict[str, Renderer] = {r.name: r for r in (
    Renderer("table"),  # the terminal report, drawn by rich (see write_report)
    Renderer("json", text=_json),
    Renderer("sarif", text=_sarif),
    Renderer("junit", text=_junit),
    Renderer("github", text=_github),
    Renderer("html", text=_html),
    Renderer("xlsx", write=_xlsx),
    Renderer("pdf", write=lambda run, output: _write_annotated(run, output)),
)}
FORMAT_NAMES: tuple[str, ...] = tuple(RENDERERS)


def render_text(run: RunResult, fmt: str, fail_on: str = "error") -> str:
    renderer = RENDERERS.get(fmt)
    if renderer is None or renderer.text is None:
        raise ValueError(f"not a text format: {fmt}")
    return renderer.text(run, fail_on)


def write_report(run: RunResult, fmt: str, output: Path | None, fail_on: str = "error") -> list[str]:
    """Write the report; return notes for the user (stderr), e.g. documents left out."""
    renderer = RENDERERS.get(fmt)
    if renderer is None:
        raise OutputError(f"unknown format {fmt}", f"format {fmt} tidak dikenal")
    if fmt == "table":
        from lkjip.report.terminal import render_terminal

        if output:
            with _open_text(output) as fh:
                render_terminal(run, Console(file=fh, width=120, force_terminal=False))
        else:
            render_terminal(run)
        return []
    if renderer.text is not None:
        text = renderer.text(run, fail_on)
        if output:
            with _open_text(output) as fh:
                fh.write(text + "\n")
        else:
            sys.stdout.write(text + "\n")
        return []
    if output is None:
        raise OutputError(f"--format {fmt} writes a file: give --output PATH",
                          f"--format {fmt} menulis sebuah berkas: beri --output PATH")
    assert renderer.write is not None
    return renderer.write(run, output)


def _open_text(output: Path) -> TextIO:
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        return output.open("w", encoding="utf-8")
    except OSError as exc:
        raise write_failed(output, exc) from exc


def _writable(output: Path) -> None:
    if output.is_dir():
        raise OutputError(f"{output} is a folder; give a file name", f"{output} adalah folder; beri nama berkas")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_failed(output, exc) from exc


def annotated_paths(files: list[str], output: Path) -> list[Path]:
    """One PDF: `output` itself when it ends in .pdf. Otherwise `output` is a folder of
    `<name>.lkjip.pdf` copies (a numbered name when two inputs share a name). Names are
    distinct even ignoring case (a/r.pdf, b/r.pdf and c/r-2.pdf never meet in one file)."""
    if len(files) == 1 and output.suffix.lower() == ".pdf":
        return [output]
    taken = {f"{Path(f).stem}.lkjip.pdf".casefold() for f in files}  # first choices first
    used: set[str] = set()
    paths = []
    for f in files:
        stem = Path(f).stem
        name, n = f"{stem}.lkjip.pdf", 1
        while name.casefold() in used or (n > 1 and name.casefold() in taken):
            n += 1
            name = f"{stem}-{n}.lkjip.pdf"
        used.add(name.casefold())
        paths.append(output / name)
    return paths


# What `check -f pdf` says on stderr about each annotated copy.
_ANNOTATE_NOTES = {
    "en": {"skipped": "{file}: not annotated (only readable PDF files can be)",
           "one": "{target}: {count} highlight(s)", "many": "{target}: {count} highlight(s) ({file})"},
    "id": {"skipped": "{file}: tidak disorot (hanya berkas PDF yang terbaca yang dapat disorot)",
           "one": "{target}: {count} sorotan", "many": "{target}: {count} sorotan ({file})"},
}


def _write_annotated(run: RunResult, output: Path) -> list[str]:
    from lkjip.report.pdf_annotate import NotAnnotatable, annotate_pdf

    notes: list[str] = []
    pdfs = [d for d in run.documents if d.ok and Path(d.file).suffix.lower() == ".pdf"]
    say = _ANNOTATE_NOTES.get(run.lang, _ANNOTATE_NOTES["en"])
    notes.extend(say["skipped"].format(file=d.file) for d in run.documents if d not in pdfs)
    if not pdfs:
        return notes
    targets = annotated_paths([d.file for d in pdfs], output)
    refuse_over_inputs(targets, [d.file for d in run.documents])
    for doc, target in zip(pdfs, targets, strict=True):
        try:
            count = annotate_pdf(doc, run.lang, target)
        except NotAnnotatable as exc:
            notes.append(exc.text(run.lang))
            continue
        except OSError as exc:
            raise write_failed(target, exc) from exc
        notes.append(say["one" if len(pdfs) == 1 else "many"].format(target=target, count=count, file=doc.file))
    return notes
