"""An Excel workbook for auditors who work in spreadsheets.

One sheet of findings, then one per extracted table kind (budget, indicators, amounts).
Numbers are real numbers (so auditors can re-add them), formatted the Indonesian way;
a value a finding rests on is filled and carries a comment naming the rule, the message
and the text as printed.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.roles import shown_role
from lkjip.checks.wording import place_ref
from lkjip.extract.errors import error_text
from lkjip.report.evidence_value import value_beside
from lkjip.report.extracted_tables import DisplayTable, cell_key, extracted_tables, findings_by_cell
from lkjip.report.labels import STATUS_WORDS, labels, severity_word, status_text, unreadable_text
from lkjip.report.text_safety import xlsx_safe_cell, xml_safe
from lkjip.report.xlsx_format import format_sheet
from lkjip.results import RunResult

SHEETS: dict[str, dict[str, str]] = {
    "en": {"findings": "Findings", "summary": "Summary", "budget": "Budget", "indicators": "Indicators",
           "amounts": "Amounts"},
    "id": {"findings": "Temuan", "summary": "Ringkasan", "budget": "Anggaran", "indicators": "Indikator",
           "amounts": "Angka narasi"},
}
SEVERITY_FILLS = {
    "error": PatternFill("solid", fgColor="FFC7CE"),
    "warning": PatternFill("solid", fgColor="FFE699"),
    "info": PatternFill("solid", fgColor="DDEBF7"),
}
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_COMMENT_AUTHOR = "lkjip"


def _header(ws: Worksheet, names: list[str]) -> None:
    ws.append(names)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    ws.freeze_panes = "A2"


def _comment(findings: list[Finding], printed: str, lang: str) -> Comment:
    body = "\n\n".join(f"{f.rule} [{severity_word(f.severity, lang)}] {f.title_text(lang)}\n{f.text(lang)}" for f in findings)
    text = xml_safe(f"{body}\n\n({labels(lang)['as_printed']}: {printed})")
    return Comment(text, _COMMENT_AUTHOR, width=360, height=min(60 + 14 * text.count("\n") + len(text) // 3, 600))


def _worst(findings: list[Finding]) -> str:
    order = {"error": 0, "warning": 1, "info": 2}
    return min((f.severity for f in findings), key=order.__getitem__)


def _findings_sheet(ws: Worksheet, run: RunResult) -> None:
    w = labels(run.lang)
    _header(ws, [w["file"], w["severity"], w["rule"], w["title_col"], w["message"],
                 w["page"], w["printed_page"], w["evidence"], STATUS_WORDS.get(run.lang, STATUS_WORDS["en"])["column"]])
    for doc in run.documents:
        if not doc.ok:
            err = doc.extraction.error or {}
            _append(ws, [doc.file, severity_word("error", run.lang), err.get("code"), unreadable_text(err, run.lang),
                         error_text(err, run.lang), None, None, None, None])
            continue
        for f in doc.findings:
            # The first page as a number (sortable, filterable); the evidence lists every place.
            first = next((e for e in f.evidence if e.cell.page is not None), None)
            printed = first.place.printed_page if first is not None and first.place is not None else None
            # Each value with where a person finds it: printed page, table, row, column header.
            evidence = "\n".join(_evidence_line(e, run.lang) for e in f.evidence)
            _append(ws, [doc.file, severity_word(f.severity, run.lang), f.rule, f.title_text(run.lang), f.text(run.lang),
                         first.cell.page if first is not None else None, printed, evidence,
                         status_text(f, run.lang)])
            ws.cell(ws.max_row, 2).fill = SEVERITY_FILLS[f.severity]
            for col in (5, 8):
                ws.cell(ws.max_row, col).alignment = Alignment(wrap_text=True, vertical="top")
    format_sheet(ws, [None, None, None, None, None, "page", None, None, None],
                 dict(enumerate((28, 11, 11, 36, 80, 7, 9, 48, 24), start=1)))


def _evidence_line(e: Evidence, lang: str) -> str:
    """"role: text as printed [read as 10.352] (where)": the value read only where the
    print does not show it already."""
    read = value_beside(e.cell.text, e.value, lang)
    line = f"{shown_role(e.role, lang) or '-'}: {e.cell.text}"
    if read:
        line += f" [{labels(lang)['read_as'].lower()} {read}]"
    if e.place is not None or e.cell.page:
        line += f" ({place_ref(e.place, e.cell, lang)})"
    return line


def _summary_sheet(ws: Worksheet, run: RunResult) -> None:
    """Per document, then per rule: how many findings of each severity."""
    w = labels(run.lang)
    sev = [w["error"], w["warning"], w["info"]]
    status = STATUS_WORDS.get(run.lang, STATUS_WORDS["en"])
    _header(ws, [w["file"], w["agency"], w["year"], w["pages"], w["status"], *sev, status["accepted"]])
    for doc in run.documents:
        meta = doc.extraction.metadata
        _append(ws, [doc.file, meta.agency, meta.year, doc.extraction.pages,
                     "ok" if doc.ok else unreadable_text(doc.extraction.error, run.lang), doc.count("error"), doc.count("warning"),
                     doc.count("info"), len(doc.suppressed)])
    ws.append([])
    ws.append([w["rule"], w["title_col"], None, None, None, *sev, status["accepted"]])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    by_rule: dict[str, list[Finding]] = {}
    for doc in run.documents:
        for f in doc.findings:
            by_rule.setdefault(f.rule, []).append(f)
    for code, items in sorted(by_rule.items()):
        active = [f for f in items if f.suppressed is None]
        _append(ws, [code, items[0].title_text(run.lang), None, None, None,
                     *(sum(1 for f in active if f.severity == s) for s in ("error", "warning", "info")),
                     len(items) - len(active)])
    format_sheet(ws, [None, None, "year", "pages", None, "count", "count", "count", "count"],
                 dict(enumerate((36, 36, 8, 9, 12, 11, 11, 11, 11), start=1)))


def _table_sheet(ws: Worksheet, kind: str, tables: list[tuple[str, DisplayTable, dict]], lang: str) -> None:
    w = labels(lang)
    columns = tables[0][1].columns if tables else []
    _header(ws, [w["file"]] + [w[c] for c in columns])
    for file, table, hits in tables:
        for row in table.rows:
            values = [file] + [_excel_value(dc.value, dc.text) for dc in row]
            _append(ws, values)
            r = ws.max_row
            for j, dc in enumerate(row, start=2):
                cell = ws.cell(r, j)
                found = hits.get(cell_key(dc.cell), []) if dc.cell is not None else []
                if found:
                    cell.fill = SEVERITY_FILLS[_worst(found)]
                    cell.comment = _comment(found, dc.text, lang)
    format_sheet(ws, [None, *columns], {j: 16 if j > 1 else 28 for j in range(1, len(columns) + 2)})


def _excel_value(value: object, text: str) -> object:
    if isinstance(value, bool) or value is None:
        return text or None
    if isinstance(value, int | float | str):
        return value
    return text


def _append(ws: Worksheet, values: list[object]) -> None:
    """Append a row of document text: control characters dropped, nothing evaluated."""
    ws.append([xml_safe(v) if isinstance(v, str) else v for v in values])
    for cell in ws[ws.max_row]:
        xlsx_safe_cell(cell)  # shown as text, never a live formula


def write_xlsx(run: RunResult, output: Path) -> None:
    names = SHEETS.get(run.lang, SHEETS["en"])
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = names["findings"]
    _findings_sheet(ws, run)
    _summary_sheet(wb.create_sheet(names["summary"]), run)
    by_kind: dict[str, list[tuple[str, DisplayTable, dict]]] = {"budget": [], "indicators": [], "amounts": []}
    for doc in run.documents:
        if not doc.ok:
            continue
        hits = findings_by_cell(doc.findings)
        for table in extracted_tables(doc.extraction):
            by_kind[table.kind].append((doc.file, table, hits))
    for kind, tables in by_kind.items():
        _table_sheet(wb.create_sheet(names[kind]), kind, tables, run.lang)
    output.parent.mkdir(parents=True, exist_ok=True)
    wb.save(output)
