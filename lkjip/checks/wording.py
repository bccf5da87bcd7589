"""How findings name places for people: page, table, row and column in each language.

One home for "hlm. 16" / "p. 16", so every rule, renderer and store message says it the
same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from types import MappingProxyType

from lkjip.records import Cell, Place, TablePlace

PAGE_WORD = {"en": "p.", "id": "hlm."}
ROW_WORD = {"en": "row", "id": "baris"}
TABLE_WORD = {"en": "table", "id": "tabel"}


# The page numbers printed on the pages of the document being checked (PDF page → label),
# so a rule's message names the page a reader finds ("hlm. 14 (PDF 16)"); set by the runner.
_NONE: Mapping = MappingProxyType({})
_PRINTED_LABELS: ContextVar[Mapping[int, str]] = ContextVar("printed_labels", default=_NONE)
_TABLE_PLACES: ContextVar[Mapping[str, TablePlace]] = ContextVar("table_places", default=_NONE)


@contextmanager
def printed_labels(labels: Mapping[int, str], tables: Mapping[str, TablePlace] | None = None) -> Iterator[None]:
    """Within this block, `page_ref` names a PDF page by its printed number too, and
    `table_ref` a table by its printed caption or its position on its page."""
    token = _PRINTED_LABELS.set(labels)
    token_tables = _TABLE_PLACES.set(tables or {})
    try:
        yield
    finally:
        _TABLE_PLACES.reset(token_tables)
        _PRINTED_LABELS.reset(token)


def page_ref(page: int | None, lang: str, none: str = "DOCX") -> str:
    """"hlm. 16" / "p. 16"; "hlm. 14 (PDF 16)" where the page prints another number (see
    `printed_labels`); "hlm. PDF 110" for a page that prints no number in a document whose
    other pages do (a landscape appendix), so it is never taken for printed page 110;
    `none` where the source has no pages (a DOCX)."""
    if page is None:
        return none
    word = PAGE_WORD.get(lang, PAGE_WORD["en"])
    labels = _PRINTED_LABELS.get()
    label = labels.get(page) if isinstance(page, int) else None
    if label and label != str(page):
        return f"{word} {label} (PDF {page})"
    if not label and labels:
        return f"{word} PDF {page}"
    return f"{word} {page}"


def pages_ref(pages: Iterable[int], lang: str) -> str:
    """"hlm. 3, 16" for several pages; "" for none."""
    pages = list(pages)
    return f"{PAGE_WORD.get(lang, PAGE_WORD['en'])} {', '.join(map(str, pages))}" if pages else ""


def row_ref(row: int, lang: str) -> str:
    return f"{ROW_WORD.get(lang, ROW_WORD['en'])} {row}"


def data_row_ref(table: str | None, row: int | None, lang: str) -> str:
    """"baris 3": a grid row as the table's data row a person counts from 1 (header rows not
    counted); "" for a header row. A table the document did not describe keeps its grid row,
    as it keeps its machine id (`table_ref`)."""
    if row is None:
        return ""
    place = _TABLE_PLACES.get().get(table) if table else None
    if place is None:
        return row_ref(row, lang)
    number = place.row_numbers.get(row)
    return row_ref(number, lang) if number is not None else ""


def column_header_ref(table: str | None, bbox: Sequence[float] | None, lang: str) -> str:
    """"kolom «REALISASI (Rp)»": the header printed over the column a box sits in; "" unknown."""
    place = _TABLE_PLACES.get().get(table) if table else None
    if place is None or not bbox:
        return ""
    col = place.column_at((bbox[0] + bbox[2]) / 2)
    header = place.column_headers[col] if col is not None and col < len(place.column_headers) else ""
    return f"{_PLACE_WORDS.get(lang, _PLACE_WORDS['en'])['col']} «{header}»" if header else ""


def table_ref(table: str, lang: str) -> str:
    """"tabel «PENGUKURAN KINERJA …»" by its printed caption, else "tabel ke-1 di halaman itu";
    the machine id ("tabel p17-t1") only for a table the document did not describe."""
    place = _TABLE_PLACES.get().get(table)
    word = TABLE_WORD.get(lang, TABLE_WORD["en"])
    if place is None:
        return f"{word} {table}"
    if place.caption:
        return f"{word} «{place.caption}»"
    # Every message names the page beside the table, so the position on it is enough.
    return f"tabel ke-{place.ordinal} di halaman itu" if lang == "id" else f"table {place.ordinal} of the page"


# Where a person finds a value: printed page, the report's table name, row and column header.
_PLACE_WORDS = {
    "en": {"pdf": "PDF p.", "unnumbered": "no page number printed", "nth": "table {n} on that page",
           "cont": "table {n} continued from PDF p. {p}", "row": "row", "col": "column"},
    "id": {"pdf": "hlm. PDF", "unnumbered": "tanpa nomor halaman tercetak", "nth": "tabel ke-{n} di halaman itu",
           "cont": "lanjutan tabel ke-{n} dari hlm. PDF {p}", "row": "baris", "col": "kolom"},
}


def printed_page_ref(place: Place | None, page: int | None, lang: str, none: str = "DOCX") -> str:
    """"hlm. 14 (hlm. PDF 16)": the number printed on the page first, the PDF page beside it;
    a page that prints no number says so ("hlm. PDF 2, tanpa nomor halaman tercetak")."""
    if page is None:
        return none
    w = _PLACE_WORDS.get(lang, _PLACE_WORDS["en"])
    if place is None or place.page_source != "printed" or not place.printed_page:
        return f"{w['pdf']} {page} ({w['unnumbered']})"
    return f"{PAGE_WORD.get(lang, PAGE_WORD['en'])} {place.printed_page} ({w['pdf']} {page})"


def table_name(place: Place | None, table: str | None, page: int | None, lang: str) -> str:
    """The report's own name for a table ("Tabel 3.2 Pengukuran Kinerja …"), else its position."""
    if not table:
        return ""
    if place is None or place.table_ordinal is None:
        return table_ref(table, lang)
    if place.table_caption:
        return place.table_caption
    w = _PLACE_WORDS.get(lang, _PLACE_WORDS["en"])
    if place.table_page is not None and page is not None and place.table_page != page:
        return w["cont"].format(n=place.table_ordinal, p=place.table_page)
    return w["nth"].format(n=place.table_ordinal)


def place_parts(place: Place | None, cell: Cell, lang: str) -> dict[str, str]:
    """The parts of a location for people, each "" where unknown: page, table, row, column."""
    w = _PLACE_WORDS.get(lang, _PLACE_WORDS["en"])
    row = ""
    if place is not None and place.row_number is not None:
        row = f"{w['row']} {place.row_number}"
    column = place.column_header if place is not None and place.column_header else ""
    return {"page": printed_page_ref(place, cell.page, lang, none="") if cell.page is not None else "",
            "table": table_name(place, cell.table, cell.page, lang),
            "row": row, "column": f"{w['col']} «{column}»" if column else ""}


def place_ref(place: Place | None, cell: Cell, lang: str) -> str:
    """One line: "hlm. 14 (hlm. PDF 16) · Tabel 3.2 … · baris 3 · kolom «REALISASI 2018»"."""
    return " · ".join(p for p in place_parts(place, cell, lang).values() if p) or "-"
