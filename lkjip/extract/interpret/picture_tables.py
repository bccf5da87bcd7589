"""Tables printed as pictures: a numbered table caption right above (or below) a picture
that carries no text layer and no table grid.

lkjip does not read tables inside pictures on text pages; without this, coverage would
pass over them in silence and "no finding" would read as "checked". The caption's own
words say whether the table is a budget or an indicator table ("Tabel 3.22 Pendapatan
Daerah": budget); a caption naming neither (an organisation chart's "Tabel 2.1 Jumlah
Pegawai") is left alone, like any table that is neither.
"""

from __future__ import annotations

import re

from lkjip.extract.source import Page, RawTable
from lkjip.geometry import BBox
from lkjip.records import Cell, TableNotRead

_CAPTION = re.compile(r"^\s*tabel\s+(?:\d+|[IVX]+)(?:[.\-]\d+)*\b", re.I)
_BUDGET_WORDS = re.compile(r"\b(?:anggaran|pagu|pendapatan|belanja|keuangan|dpa|apbd|pembiayaan)\b", re.I)
_INDICATOR_WORDS = re.compile(r"\b(?:kinerja|indikator|capaian|sasaran|target|iku|realisasi)\b", re.I)
# How far a caption may stand from its picture (a blank line or two in Word).
_CAPTION_GAP_PT = 60.0
# More text-layer characters than this over a picture make it a background behind real
# text (a shaded header, a letterhead), not a table printed as a picture.
_TEXT_OVER_PICTURE = 3


def _overlaps(a: BBox, b: BBox) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _caption_of(page: Page, picture: BBox) -> str | None:
    """The numbered caption nearest above the picture (with the title lines between it and
    the picture: "Tabel 3.22" / "Pendapatan Daerah"), or just below it."""
    lines = [ln for ln in page.lines() if ln.bbox is not None and ln.text.strip()
             and ln.bbox[2] >= picture[0] and ln.bbox[0] <= picture[2]]
    best: tuple[float, int] | None = None
    for i, line in enumerate(lines):
        if not _CAPTION.match(line.text):
            continue
        _, top, _, bottom = line.bbox  # type: ignore[misc]
        gap = picture[1] - bottom if bottom <= picture[1] + 2 else top - picture[3]
        if -2 <= gap <= _CAPTION_GAP_PT and (best is None or gap < best[0]):
            best = (gap, i)
    if best is None:
        return None
    first = lines[best[1]]
    end = picture[1] if first.bbox[3] <= picture[1] + 2 else first.bbox[3] + 2 * (first.bbox[3] - first.bbox[1])  # type: ignore[index]
    title = [ln.text for ln in lines[best[1]:] if ln.bbox[3] <= end + 2][:3]  # type: ignore[index]
    return " ".join(title)


def _text_inside(page: Page, box: BBox) -> int:
    boxes = page.char_boxes
    if boxes is None or not len(boxes):
        return 0
    x0, top, x1, bottom = box
    inside = (boxes[:, 0] >= x0) & (boxes[:, 2] <= x1) & (boxes[:, 1] >= top) & (boxes[:, 3] <= bottom)
    return int(inside.sum())


def tables_printed_as_pictures(page: Page, tables: list[RawTable]) -> list[TableNotRead]:
    """Each picture on `page` captioned as a budget or indicator table, with no text layer
    and no table grid over it."""
    out = []
    on_page = [t.bbox for t in tables if t.bbox and page.number in (t.pages or [t.page])]
    for picture in page.pictures:
        if _text_inside(page, picture) > _TEXT_OVER_PICTURE or any(_overlaps(picture, b) for b in on_page):
            continue
        caption = _caption_of(page, picture)
        if caption is None:
            continue
        caption = " ".join(caption.split())
        kind = "budget" if _BUDGET_WORDS.search(caption) else "indicator" if _INDICATOR_WORDS.search(caption) else None
        if kind is None:
            continue
        out.append(TableNotRead(page=page.number or None, table=None, looks_like=kind,  # type: ignore[arg-type]
                                because=f"caption “{caption[:80]}”",
                                because_id=f"judul “{caption[:80]}”",
                                cell=Cell(text=caption, page=page.number or None, bbox=picture),
                                printed_as="picture"))
    return out
