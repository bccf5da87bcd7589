"""The auditor's report: one self-contained HTML file (inline CSS, pages as data URIs).

Nothing is fetched: a Content-Security-Policy forbids every source but inline styles and
data: images, so the file opens the same offline, in a mail attachment or an archive.
Every piece of document text is escaped; a report is read in a browser, a PDF is not
trusted input.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from html import escape
from pathlib import PurePath

from lkjip import __version__
from lkjip.checks.finding import Finding
from lkjip.checks.roles import shown_role
from lkjip.checks.wording import place_parts, printed_page_ref
from lkjip.extract.errors import error_text
from lkjip.records import Place
from lkjip.report.coverage import coverage_line
from lkjip.report.evidence_value import value_beside
from lkjip.report.extracted_tables import DisplayTable, cell_key, extracted_tables, findings_by_cell
from lkjip.report.labels import labels, no_findings_text, rules_note, status_text, unreadable_text
from lkjip.report.page_images import PageCrop, PageRenderer
from lkjip.report.text_safety import xml_safe
from lkjip.results import DocumentResult, RunResult

SEVERITIES = ("error", "warning", "info")

_CSS = """
:root { --err:#b3261e; --warn:#8a5a00; --info:#1d5fa8; --mark:#e6007e; --line:#d7d7d7; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 18px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 20px; border-bottom: 2px solid #333; padding-bottom: 4px; margin-top: 36px; word-break: break-all; }
h3 { font-size: 17px; margin: 24px 0 8px; }
h4 { font-size: 15px; margin: 16px 0 6px; }
.meta { color: #555; font-size: 13px; }
table { border-collapse: collapse; margin: 6px 0 12px; background: #fff; }
th, td { border: 1px solid var(--line); padding: 3px 7px; vertical-align: top; text-align: left; }
th { background: #f0f0f0; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.extracted td:nth-child(-n+3) { white-space: nowrap; }
.sev-error { color: var(--err); } .sev-warning { color: var(--warn); } .sev-info { color: var(--info); }
.count { font-weight: 700; }
article.finding { color: #1b1b1b; background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--line); padding: 10px 14px; margin: 10px 0 16px; }
article.finding.sev-error { border-left-color: var(--err); } article.finding.sev-warning { border-left-color: var(--warn); } article.finding.sev-info { border-left-color: var(--info); }
article.finding p.message { color: #1b1b1b; font-size: 15px; margin: 4px 0 8px; white-space: pre-wrap; }
.code { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: 700; }
.badge { display: inline-block; font-size: 12px; padding: 0 6px; border-radius: 8px; background: #fff3cd; color: #6b4e00; }
.printed { font-family: ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap; }
figure.crop { margin: 8px 0 14px; }
figure.crop img { display: block; max-width: 100%; height: auto; box-sizing: content-box; border: 0; outline: 1px solid #bbb; }
figcaption { font-size: 12px; color: #555; }
td.hit { background: #fff2a8; outline: 2px solid var(--mark); outline-offset: -2px; }
td.hit a { color: inherit; }
.ev-no { display: inline-block; min-width: 1.4em; text-align: center; background: #143caa; color: #fff; font-size: 12px; border-radius: 3px; }
details { margin: 8px 0; } summary { cursor: pointer; font-weight: 600; }
.ok { color: #1e7a34; font-weight: 600; }
.status { display: inline-block; font-size: 12px; padding: 0 6px; border-radius: 8px; background: #e8f0fe; color: #143caa; }
.status-accepted, .status-false_alarm { background: #eee; color: #555; }
article.finding[data-status="accepted"], article.finding[data-status="false_alarm"] { opacity: .75; }
.rules-note { background: #fff3cd; padding: 6px 10px; }
/* Printing: A4, one finding (its evidence and crops) never split across pages, table rows
   whole, headings kept with what follows them, each document on a fresh page. */
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  header, main { max-width: none; padding: 0; }
  article.finding, figure.crop, tr { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  section.document + section.document { break-before: page; page-break-before: always; }
  figure.crop img { max-height: 120mm; width: auto; }
  details { display: block; } details > summary { list-style: none; }
}
"""


def _e(value: object) -> str:
    return escape(xml_safe("" if value is None else str(value)), quote=True)


def _doc_anchor(index: int) -> str:
    return f"doc-{index + 1}"


def render_html(run: RunResult, renderer: PageRenderer | None = None) -> str:
    own = renderer is None
    renderer = renderer or PageRenderer()
    words = labels(run.lang)
    try:
        parts = [
            "<!DOCTYPE html>",
            f'<html lang="{_e(run.lang)}"><head><meta charset="utf-8">',
            # Only inline styles and data: images may load: the file never reaches the network.
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "img-src data:; style-src 'unsafe-inline'\">",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_e(_title(run, words))}</title><style>{_CSS}</style></head><body>",
            "<header>",
            f"<h1>{_e(_title(run, words))}</h1>",
            f'<p class="meta">{_e(words["generated"])} lkjip {_e(__version__)} · '
            f"{datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} · {_e(words['language'])}: {_e(run.lang)}</p>",
            "</header><main>",
            _summary(run, words),
        ]
        note = rules_note(run, run.lang)
        if note:
            parts.append(f'<p class="rules-note">{_e(note)}</p>')
        for index, doc in enumerate(run.documents):
            parts.append(_document(index, doc, run, words, renderer))
        parts.append("</main></body></html>")
        return "\n".join(parts)
    finally:
        if own:
            renderer.close()


def _title(run: RunResult, words: dict[str, str]) -> str:
    """"Laporan lkjip — Biro Humas … 2018 — lkjip-2018.pdf": a saved or printed report says
    whose report it checked; several documents are counted instead."""
    if len(run.documents) != 1:
        return f"{words['title']} — {len(run.documents)} {words['document'].lower()}"
    ex = run.documents[0].extraction
    who = " ".join(str(v) for v in (ex.metadata.agency, ex.metadata.region, ex.metadata.year) if v)
    return " — ".join(p for p in (words["title"], who, PurePath(ex.file).name) if p)


def _summary(run: RunResult, words: dict[str, str]) -> str:
    rows = []
    for i, doc in enumerate(run.documents):
        status = unreadable_text(doc.extraction.error, run.lang) if not doc.ok else "ok"
        counts = "".join(f'<td class="num count sev-{s}">{doc.count(s)}</td>' for s in SEVERITIES)
        rows.append(f'<tr><td><a href="#{_doc_anchor(i)}">{_e(doc.file)}</a></td>'
                    f'<td class="num">{_e(doc.extraction.pages)}</td><td>{_e(status)}</td>{counts}</tr>')
    totals = "".join(f'<td class="num count sev-{s}" id="total-{s}">{run.count(s)}</td>' for s in SEVERITIES)
    head = "".join(f'<th class="sev-{s}">{_e(words[s])}</th>' for s in SEVERITIES)
    return (f'<section id="summary"><h2>{_e(words["summary"])}</h2><table>'
            f'<tr><th>{_e(words["document"])}</th><th>{_e(words["pages"])}</th><th>{_e(words["status"])}</th>{head}</tr>'
            + "".join(rows)
            + f'<tr><th colspan="3">{_e(words["total"])}</th>{totals}</tr></table></section>')


def _document(index: int, doc: DocumentResult, run: RunResult, words: dict[str, str],
              renderer: PageRenderer) -> str:
    lang = run.lang
    anchor = _doc_anchor(index)
    out = [f'<section class="document" id="{anchor}"><h2>{_e(doc.file)}</h2>']
    if not doc.ok:
        err = doc.extraction.error or {}
        out.append(f'<p class="sev-error">✗ {_e(unreadable_text(doc.extraction.error, lang))}: '
                   f'[{_e(err.get("code"))}] {_e(error_text(err, lang))}</p></section>')
        return "".join(out)
    # What was read and what was not, before any finding: "no findings" never hides "nothing read".
    out.append(f'<p class="coverage">{_e(coverage_line(doc.extraction.coverage, lang))}</p>')
    if not doc.findings:
        out.append(f'<p class="ok">✓ {_e(no_findings_text(run, lang))}</p>')
    numbered = list(enumerate(doc.findings, start=1))
    for severity in SEVERITIES:
        group = [(n, f) for n, f in numbered if f.severity == severity]
        if not group:
            continue
        out.append(f'<section class="severity" data-severity="{severity}">'
                   f'<h3 class="sev-{severity}">{_e(words[severity])} ({len(group)})</h3>')
        for rule, items in _by_rule(group):
            out.append(f'<section class="rule" data-rule="{_e(rule)}"><h4><span class="code">{_e(rule)}</span> '
                       f'{_e(items[0][1].title_text(lang))} ({len(items)})</h4>')
            for n, finding in items:
                out.append(_finding(anchor, n, finding, doc, lang, words, renderer))
            out.append("</section>")
        out.append("</section>")
    out.append(_tables(anchor, doc, lang, words))
    out.append("</section>")
    return "".join(out)


def _by_rule(group: list[tuple[int, Finding]]) -> list[tuple[str, list[tuple[int, Finding]]]]:
    rules: dict[str, list[tuple[int, Finding]]] = {}
    for n, f in group:
        rules.setdefault(f.rule, []).append((n, f))
    return sorted(rules.items())


def _finding(anchor: str, n: int, f: Finding, doc: DocumentResult, lang: str,
             words: dict[str, str], renderer: PageRenderer) -> str:
    fid = f"{anchor}-f{n}"
    badge = f' <span class="badge">{_e(words["doubtful"])}</span>' if f.doubtful else ""
    status = "new" if f.suppressed is None else f.suppressed.status
    # The baseline's mark (accepted / false alarm, with its reason), or "new".
    badge += f' <span class="status status-{_e(status)}">{_e(status_text(f, lang))}</span>'
    rows = []
    for i, ev in enumerate(f.evidence, start=1):
        c = ev.cell
        # Where a person finds it (printed page, the report's table name, data-row number,
        # column header as printed); the machine's names ride along in `title` and `data-`.
        where = place_parts(ev.place, c, lang) if ev.place is not None else {}
        page = where.get("page") or ("" if c.page is None else str(c.page))
        table = where.get("table") or c.table
        row = ev.place.row_number if ev.place is not None and ev.place.row_number is not None else c.row
        column = (ev.place.column_header if ev.place is not None and ev.place.column_header else None) or c.column
        rows.append(f'<tr data-pdf-page="{_e(c.page)}" data-table="{_e(c.table)}" data-row="{_e(c.row)}" '
                    f'data-column="{_e(c.column)}"><td><span class="ev-no">{i}</span></td><td>{_e(shown_role(ev.role, lang))}</td>'
                    f'<td class="page">{_e(page)}</td>'
                    f'<td title="{_e(c.table)}">{_e(table)}</td><td class="num">{_e(row)}</td>'
                    f'<td title="{_e(c.column)}">{_e(column)}</td>'
                    f'<td class="printed">{_e(c.text)}</td>'
                    # The value read only where the print does not show it already.
                    f'<td class="num read-as">{_e(value_beside(c.text, ev.value, lang))}</td></tr>')
    head = "".join(f"<th>{_e(words[k])}</th>" for k in ("role", "page", "table", "row", "column", "as_printed", "read_as"))
    evidence = (f'<table class="evidence"><tr><th>#</th>{head}</tr>{"".join(rows)}</table>' if rows else "")
    return (f'<article class="finding sev-{f.severity}" id="{fid}" data-rule="{_e(f.rule)}" data-status="{_e(status)}">'
            f'<div><span class="code sev-{f.severity}">{_e(f.rule)}</span> {_e(f.title_text(lang))}{badge}</div>'
            f'<p class="message">{_e(f.text(lang))}</p>{evidence}{_crops(f, doc, words, renderer, lang)}</article>')


def _crops(f: Finding, doc: DocumentResult, words: dict[str, str], renderer: PageRenderer, lang: str) -> str:
    by_page: dict[int, list[tuple[int, tuple[float, float, float, float]]]] = {}
    # Each crop takes in the header row of the tables its values sit in (on that page), so
    # the reader sees which column was read; the row's label is in the band already (the
    # crop spans the page's width).
    headers: dict[int, list[tuple[float, float, float, float]]] = {}
    for i, ev in enumerate(f.evidence, start=1):
        if ev.cell.page is not None and ev.cell.bbox is not None:
            by_page.setdefault(ev.cell.page, []).append((i, ev.cell.bbox))
            table = doc.extraction.tables.get(ev.cell.table) if ev.cell.table else None
            if table is not None and table.header_bbox is not None and table.header_page == ev.cell.page:
                headers.setdefault(ev.cell.page, []).append(table.header_bbox)
    if not by_page:
        return f'<p class="meta">{_e(words["no_page"])}</p>' if f.evidence else ""
    figures = []
    for page in sorted(by_page):
        items = by_page[page]
        crop = renderer.crop(doc.file, page, [b for _, b in items], [str(i) for i, _ in items],
                             context=headers.get(page))
        if crop is not None:
            label = doc.extraction.page_labels.get(page)
            place = Place(label, "printed") if label else None
            figures.append(_figure(crop, words, printed_page_ref(place, page, lang)))
    return "".join(figures)


def _figure(crop: PageCrop, words: dict[str, str], caption: str) -> str:
    width, height = crop.size
    # The geometry rides along so a reader (or a test) can tell where each box was drawn.
    boxes = json.dumps([[round(v, 2) for v in b] for b in crop.boxes])
    region = " ".join(f"{v:.2f}" for v in crop.region)
    return (f'<figure class="crop" data-page="{crop.page}" data-region="{region}" data-scale="{crop.scale}" '
            f'data-boxes="{_e(boxes)}"><img src="{crop.data_uri()}" width="{width}" height="{height}" '
            f'alt="{_e(caption)}"><figcaption>{_e(caption)}</figcaption></figure>')


def _tables(anchor: str, doc: DocumentResult, lang: str, words: dict[str, str]) -> str:
    hits = findings_by_cell(doc.findings)
    numbers = {id(f): n for n, f in enumerate(doc.findings, start=1)}
    out = [f'<section class="extracted"><h3>{_e(words["extracted"])}</h3>']
    for table in extracted_tables(doc.extraction):
        out.append(_table(anchor, table, hits, numbers, lang, words))
    out.append("</section>")
    return "".join(out)


def _table(anchor: str, table: DisplayTable, hits: dict, numbers: dict[int, int], lang: str,
           words: dict[str, str]) -> str:
    title = f"{_e(words[table.kind])} ({len(table.rows)})"
    if not table.rows:
        return f'<details class="table-{table.kind}"><summary>{title}</summary><p class="meta">{_e(words["empty"])}</p></details>'
    head = "".join(f"<th>{_e(words[c])}</th>" for c in table.columns)
    body = []
    for row in table.rows:
        tds = []
        for dc in row:
            numeric = isinstance(dc.value, int | float) and not isinstance(dc.value, bool)
            found = hits.get(cell_key(dc.cell), []) if dc.cell is not None else []
            classes = " ".join(c for c in ("num" if numeric else "", "hit" if found else "") if c)
            attr = f' class="{classes}"' if classes else ""
            text = _e(dc.text)
            if found:
                tip = "; ".join(f"{f.rule}: {f.title_text(lang)}" for f in found)
                attr += f' title="{_e(tip)}"'
                text = f'<a href="#{anchor}-f{numbers[id(found[0])]}">{text}</a>'
            tds.append(f"<td{attr}>{text}</td>")
        body.append("<tr>" + "".join(tds) + "</tr>")
    return (f'<details class="table-{table.kind}" open><summary>{title}</summary>'
            f'<table><tr>{head}</tr>{"".join(body)}</table></details>')

