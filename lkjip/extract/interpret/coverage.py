"""What was read and what was not: the tables rows came from, and what looks like a budget
or indicator table but gave none.

A report whose budget table lkjip could not read has no budget findings; without this
list, "no findings" would read as "no problems". Looks-like is judged on what a person
sees: a grid whose header names Anggaran/Pagu and Realisasi, or Uraian and Jumlah (a
budget listing with one amount column) (budget), or Target with Realisasi or Capaian
(indicators), and has rows of figures; or, on a page with no grid,
such a heading line followed by lines of amounts (a table drawn without rulings); or a
page full of amounts that gave no row at all, whatever its headings; or a grid of figures
on a page OCR read poorly, whose headings came out as garbage.
"""

from __future__ import annotations

import re

from lkjip.extract.interpret.picture_tables import tables_printed_as_pictures
from lkjip.extract.source import Page, RawTable, SourceDocument
from lkjip.records import Cell, Coverage, Extraction, TableNotRead, TableRead

_BUDGET_HEAD = re.compile(r"\b(?:anggaran|pagu|dpa)\b", re.I)
_SPENT_HEAD = re.compile(r"\brealisasi\b|\bserapan\b", re.I)
# A budget listing with one amount column: "URAIAN … JUMLAH" (an APBD ringkasan, a DPA).
_LISTING_HEAD = re.compile(r"\buraian\b.*\bjumlah\b|\bjumlah\b.*\buraian\b", re.I | re.S)
_TARGET_HEAD = re.compile(r"\btarget\b", re.I)
_RESULT_HEAD = re.compile(r"\brealisasi\b|\bcapaian\b", re.I)
# A rupiah amount as printed: 1.234.567 / 1,234,567 / 1234567 (six digits or more).
_AMOUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{3}){2,}(?:[.,]\d{1,2})?(?![\d])|(?<![\d.,])\d{6,}(?![\d.,])")
_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*\s*%?")
_HEADER_ROWS = 3
_MIN_FIGURE_ROWS = 2
_MIN_AMOUNT_LINES = 3
# A page this full of amount lines is a table, read or not.
_MIN_AMOUNT_PAGE_LINES = 10
_AMOUNT_PAGE_SHARE = 0.2


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _looks_like(header: str, body_rows: list[str]) -> str | None:
    amount_rows = sum(1 for r in body_rows if len(_AMOUNT.findall(r)) >= 1)
    figure_rows = sum(1 for r in body_rows if len(_FIGURE.findall(r)) >= 2)
    if _BUDGET_HEAD.search(header) and _SPENT_HEAD.search(header) and amount_rows >= _MIN_FIGURE_ROWS:
        return "budget"
    if _LISTING_HEAD.search(header) and amount_rows >= _MIN_FIGURE_ROWS:
        return "budget"
    if _TARGET_HEAD.search(header) and _RESULT_HEAD.search(header) and figure_rows >= _MIN_FIGURE_ROWS:
        return "indicator"
    return None


def _table_not_read(table: RawTable) -> TableNotRead | None:
    # The header: the rows above the first one holding figures (at most three).
    def holds_figures(r: int) -> bool:
        text = " ".join(table.row_texts(r))
        return bool(_AMOUNT.search(text)) or len(_FIGURE.findall(text)) >= 2

    header_rows = 0
    while header_rows < min(_HEADER_ROWS, table.n_rows) and not holds_figures(header_rows):
        header_rows += 1
    header_rows = max(header_rows, 1)
    header = " ".join(" ".join(table.row_texts(r)) for r in range(header_rows))
    body = [" ".join(table.row_texts(r)) for r in range(header_rows, table.n_rows)]
    kind = _looks_like(header, body)
    if kind is None:
        return None
    words = sorted({m.group(0).lower() for rx in (_BUDGET_HEAD, _SPENT_HEAD, _TARGET_HEAD, _RESULT_HEAD)
                    for m in rx.finditer(header)})
    return TableNotRead(page=table.page, table=table.id, looks_like=kind,  # type: ignore[arg-type]
                        because=f"{', '.join(words)} ({len(body)} rows)",
                        because_id=f"{', '.join(words)} ({len(body)} baris)",
                        cell=Cell(text=_short(header), page=table.page, table=table.id,
                                  bbox=table.bbox))


# A page OCR read with a mean word confidence below this is mostly misread (a tiny or
# blurred scan): a grid of figures there is a table nobody read, whatever its headings.
_ILLEGIBLE_BELOW = 80.0


def _illegible_grid(table: RawTable, page: Page | None) -> TableNotRead | None:
    """A ruled grid of figures on a page OCR read poorly: its headings came out as
    garbage, so `_table_not_read` cannot name it, yet a person sees a table there."""
    if page is None or page.source != "ocr" or page.ocr_confidence is None or page.ocr_confidence >= _ILLEGIBLE_BELOW:
        return None
    if table.n_rows < _MIN_AMOUNT_LINES or table.n_cols < 3:
        return None
    rows = [" ".join(table.row_texts(r)) for r in range(table.n_rows)]
    # Misread amounts keep their digits, not their separators ("790.00.000", "26.708-968").
    amount_rows = sum(1 for r in rows if any(sum(ch.isdigit() for ch in w) >= 6 for w in r.split()))
    figure_rows = sum(1 for r in rows if len(_FIGURE.findall(r)) >= 2)
    kind = "budget" if amount_rows >= _MIN_AMOUNT_LINES else "indicator" if figure_rows >= _MIN_AMOUNT_LINES else None
    if kind is None:
        return None
    conf = f"{page.ocr_confidence:.0f}"
    return TableNotRead(page=table.page, table=table.id, looks_like=kind,  # type: ignore[arg-type]
                        because=f"{table.n_rows} rows of figures that OCR read poorly: mean word confidence {conf} %",
                        because_id=f"{table.n_rows} baris angka yang terbaca buruk oleh OCR: keyakinan rata-rata "
                                   f"{conf} %",
                        cell=Cell(text=_short(rows[0]), page=table.page, table=table.id, bbox=table.bbox))


def _unruled_on(page: Page) -> TableNotRead | None:
    """A heading line naming anggaran and realisasi followed by lines of amounts."""
    lines = page.lines()
    for i, line in enumerate(lines):
        listing = bool(_LISTING_HEAD.search(line.text))
        if not (_BUDGET_HEAD.search(line.text) and _SPENT_HEAD.search(line.text)) and not listing:
            continue
        following = lines[i + 1:i + 1 + 12]
        amount_lines = [ln for ln in following if len(_AMOUNT.findall(ln.text)) >= (1 if listing else 2)]
        if len(amount_lines) >= _MIN_AMOUNT_LINES:
            return TableNotRead(page=page.number or None, table=None, looks_like="budget",
                                because=f"“{' '.join(line.text.split())[:80]}” and {len(amount_lines)} lines of amounts",
                                because_id=f"“{' '.join(line.text.split())[:80]}” dan {len(amount_lines)} baris "
                                           "berisi jumlah uang",
                                cell=Cell(text=line.text, page=page.number or None, bbox=line.bbox))
    return None


def _amounts_page(page: Page) -> TableNotRead | None:
    """A page full of rupiah amounts that gave no row: whatever its headings say (a form
    printing only "Rp" under its periods), a person would look for a table there."""
    lines = [ln for ln in page.lines() if ln.text.strip()]
    amount_lines = [ln for ln in lines if _AMOUNT.search(ln.text)]
    if len(amount_lines) < _MIN_AMOUNT_PAGE_LINES or len(amount_lines) < _AMOUNT_PAGE_SHARE * len(lines):
        return None
    first = amount_lines[0]
    return TableNotRead(page=page.number or None, table=None, looks_like="budget",
                        because=f"{len(amount_lines)} lines of amounts",
                        because_id=f"{len(amount_lines)} baris berisi jumlah uang",
                        cell=Cell(text=_short(first.text), page=page.number or None, bbox=first.bbox))


def coverage_of(source: SourceDocument, doc: Extraction) -> Coverage:
    rows_by_table: dict[str, tuple[str, int]] = {}
    for b in doc.budget:
        kind, n = rows_by_table.get(b.table, ("budget", 0))
        rows_by_table[b.table] = (kind, n + 1)
    for i in doc.indicators:
        kind, n = rows_by_table.get(i.table, ("indicator", 0))
        rows_by_table[i.table] = (kind, n + 1)
    by_id = {t.id: t for t in source.tables}
    read = []
    for table_id, (kind, n) in rows_by_table.items():
        raw = by_id.get(table_id)
        pages = sorted({p for p in ([r.page for r in doc.budget if r.table == table_id]
                                    + [r.page for r in doc.indicators if r.table == table_id]) if p})
        read.append(TableRead(table=table_id, kind=kind, pages=pages or ([raw.page] if raw and raw.page else []),  # type: ignore[arg-type]
                              rows=n, caption=" ".join(raw.caption.split())[:160] if raw else ""))
    read.sort(key=lambda r: (min(r.pages) if r.pages else 0, r.table or ""))
    # Pages a reader of its own took whole (an unruled ledger read from word alignment):
    # the grids found there are that ledger, read.
    taken = {p for r in read if r.table not in by_id for p in r.pages}
    # A picture read by OCR that gave no rows is listed once, as a picture, below.
    page_of = {p.number: p for p in source.pages}
    not_read = [n for t in source.tables if t.id not in rows_by_table and t.engine != "picture-ocr"
                and not (taken and set(t.pages or [t.page]) <= taken)
                if (n := _table_not_read(t) or _illegible_grid(t, page_of.get(t.page)))]
    tables_over_pictures = [t for t in source.tables if t.engine != "picture-ocr" or t.id in rows_by_table]
    pages_with_tables = {p for t in source.tables for p in (t.pages or [t.page]) if p}
    pages_read = {p for r in read for p in r.pages}
    for page in source.pages:
        if page.number and page.number not in pages_with_tables and page.number not in pages_read:
            found = _unruled_on(page)
            if found:
                not_read.append(found)
    for page in source.pages:
        if page.pictures:
            not_read.extend(tables_printed_as_pictures(page, tables_over_pictures))
    listed = {n.page for n in not_read}
    for page in source.pages:
        if page.number and page.number not in pages_read and page.number not in listed:
            found = _amounts_page(page)
            if found:
                not_read.append(found)
    not_read.sort(key=lambda n: (n.page or 0, n.table or "", n.cell.bbox[1] if n.cell.bbox else 0.0))
    ocr_times = [p.ocr_seconds for p in source.pages if p.source == "ocr" and p.ocr_seconds is not None]
    return Coverage(read=read, not_read=not_read,
                    amount_pages=sorted({a.page for a in doc.amounts if a.page}),
                    pages_without_text=[p.number for p in source.pages if p.number and not p.text.strip()],
                    ocr_pages=[p.number for p in source.pages if p.source == "ocr"],
                    ocr_seconds_per_page=round(sum(ocr_times) / len(ocr_times), 1) if ocr_times else None)
