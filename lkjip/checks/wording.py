"""How findings name places for people: page, table, row and column in each language.

One home for "hlm. 16" / "p. 16", so every rule, renderer and store message says it the
same way.
"""

from __future__ import annotations

from collections.abc import Iterable

PAGE_WORD = {"en": "p.", "id": "hlm."}
ROW_WORD = {"en": "row", "id": "baris"}
TABLE_WORD = {"en": "table", "id": "tabel"}


def page_ref(page: int | None, lang: str, none: str = "DOCX") -> str:
    """"hlm. 16" / "p. 16"; `none` where the source has no pages (a DOCX)."""
    if page is None:
        return none
    return f"{PAGE_WORD.get(lang, PAGE_WORD['en'])} {page}"


def pages_ref(pages: Iterable[int], lang: str) -> str:
    """"hlm. 3, 16" for several pages; "" for none."""
    pages = list(pages)
    return f"{PAGE_WORD.get(lang, PAGE_WORD['en'])} {', '.join(map(str, pages))}" if pages else ""


def row_ref(row: int, lang: str) -> str:
    return f"{ROW_WORD.get(lang, ROW_WORD['en'])} {row}"


def table_ref(table: str, lang: str) -> str:
    return f"{TABLE_WORD.get(lang, TABLE_WORD['en'])} {table}"
