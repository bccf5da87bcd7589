"""The terminal report for people: findings grouped by severity, numbers as printed."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from lkjip.checks.roles import shown_role
from lkjip.checks.wording import page_ref, place_ref, row_ref
from lkjip.extract.errors import error_text
from lkjip.report.coverage import coverage_line
from lkjip.report.evidence_value import value_beside
from lkjip.report.labels import no_findings_text, rules_note, suppressed_text, unreadable_text
from lkjip.report.text_safety import terminal_safe
from lkjip.results import RunResult

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_LABEL = {
    "en": {"error": "ERRORS", "warning": "WARNINGS", "info": "NOTES", "none": "No findings.",
           "unreadable": "could not be read", "where": "where", "read_as": "read as", "summary": "{e} errors, {w} warnings, {i} notes in {n} document(s)"},
    "id": {"error": "KESALAHAN", "warning": "PERINGATAN", "info": "CATATAN", "none": "Tidak ada temuan.",
           "unreadable": "tidak dapat dibaca", "where": "lokasi", "read_as": "dibaca", "summary": "{e} kesalahan, {w} peringatan, {i} catatan dalam {n} dokumen"},
}


def _where(ev_page: int | None, table: str | None, row: int | None, column: str | None,
           lang: str = "en") -> str:
    parts = []
    if ev_page is not None:
        parts.append(page_ref(ev_page, lang))
    if table:
        parts.append(table)
    if row is not None:
        parts.append(row_ref(row, lang))
    if column:
        parts.append(column)
    return " ".join(parts) or "-"


def printed_on_one_line(text: str) -> str:
    """The cell's text as printed, its lines joined by " / ": never cut, since the number
    that matters may be the last line of a long cell."""
    return terminal_safe(" / ".join(" ".join(line.split()) for line in text.splitlines() if line.strip()), one_line=True)


def render_terminal(run: RunResult, console: Console | None = None) -> None:
    console = console or Console()
    lang = run.lang if run.lang in _LABEL else "en"
    words = _LABEL[lang]
    for doc in run.documents:
        console.rule(Text(terminal_safe(doc.file, one_line=True), style="bold"))
        if not doc.ok:
            err = doc.extraction.error or {}
            line = Text(f"✗ {unreadable_text(err, lang)} ", style="bold red")
            line.append(terminal_safe(f"[{err.get('code')}] {error_text(err, lang)}"), style="red")
            console.print(line)
            continue
        console.print(Text(coverage_line(doc.extraction.coverage, lang), style="dim"))
        if doc.suppressed:
            console.print(Text(suppressed_text(doc.suppressed, lang), style="dim"))
        if not doc.active:
            console.print(Text(f"✓ {no_findings_text(run, lang)}", style="green"))
        for severity in ("error", "warning", "info"):
            group = [f for f in doc.active if f.severity == severity]
            if not group:
                continue
            console.print(Text(f"{words[severity]} ({len(group)})", style=_STYLE[severity]))
            for f in group:
                head = Text()
                head.append(f"{f.rule} ", style=_STYLE[severity])
                head.append(terminal_safe(f.title_text(lang)), style="bold")
                if f.doubtful:
                    head.append(" (OCR)", style="dim")
                console.print(head)
                console.print(Text("  " + terminal_safe(f.text(lang))))
                if f.evidence:
                    table = Table(show_header=False, box=None, padding=(0, 1), pad_edge=False)
                    for ev in f.evidence:
                        c = ev.cell
                        # Where a person finds it (printed page, the report's table name, row
                        # number, column header); the machine's grid position when unknown.
                        where = (place_ref(ev.place, c, lang) if ev.place is not None
                                 else _where(c.page, c.table, c.row, c.column, lang))
                        printed = Text(printed_on_one_line(c.text), style="bold")
                        read = value_beside(c.text, ev.value, lang)
                        if read:  # the value read, where the print does not show it already
                            printed.append(f" ({words['read_as']} {read})", style="")
                        table.add_row("   ", Text(terminal_safe(where), style="dim"), printed,
                                      Text(terminal_safe(shown_role(ev.role, lang)), style="dim"))
                    console.print(table)
    console.print()
    note = rules_note(run, lang)
    if note:
        console.print(Text(note, style="yellow"))
    console.print(words["summary"].format(e=run.count("error"), w=run.count("warning"),
                                          i=run.count("info"), n=len(run.documents)))
