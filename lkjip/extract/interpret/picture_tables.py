"""Tables printed as pictures: a numbered table caption right above (or below) a picture
that carries no text layer and no table grid read from it.

A picture's table is read by OCR where it can be (`pdf.picture_reading`), but one that gave
no typed rows (or was not read: `--no-pictures`) must still be named; without this, coverage
would pass over it in silence and "no finding" would read as "checked". The caption's own
words say whether the table is a budget or an indicator table ("Tabel 3.22 Pendapatan
Daerah": budget); a caption naming neither (an organisation chart's "Tabel 2.1 Jumlah
Pegawai") is left alone, like any table that is neither.
"""

from __future__ import annotations

from lkjip.extract.pdf.pictures import (
    TEXT_OVER_PICTURE,
    caption_of_picture,
    overlaps,
    picture_kind,
    text_inside,
)
from lkjip.extract.source import Page, RawTable
from lkjip.records import Cell, TableNotRead


def tables_printed_as_pictures(page: Page, tables: list[RawTable]) -> list[TableNotRead]:
    """Each picture on `page` captioned as a budget or indicator table, with no text layer
    and no table grid over it."""
    out = []
    on_page = [t.bbox for t in tables if t.bbox and page.number in (t.pages or [t.page])]
    for picture in page.pictures:
        if text_inside(page, picture) > TEXT_OVER_PICTURE or any(overlaps(picture, b) for b in on_page):
            continue
        caption = caption_of_picture(page, picture)
        if caption is None:
            continue
        caption = " ".join(caption.split())
        kind = picture_kind(caption)
        if kind is None:
            continue
        out.append(TableNotRead(page=page.number or None, table=None, looks_like=kind,  # type: ignore[arg-type]
                                because=f"caption “{caption[:80]}”",
                                because_id=f"judul “{caption[:80]}”",
                                cell=Cell(text=caption, page=page.number or None, bbox=picture),
                                printed_as="picture"))
    return out
