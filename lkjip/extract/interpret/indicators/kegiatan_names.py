"""Indicators listed under lettered kegiatan in the sasaran column: named with them.

Some Bab III tables put a numbered sasaran in a heading row and list its kegiatan in the
sasaran column as "a. Kegiatan Perencanaan …", "b. Kegiatan Administrasi Keuangan …",
each beside its bulleted indicator. The indicators repeat across kegiatan word for word
("Terlaksananya penyediaan prasarana pelayanan publik" under c., e. and f.), so an
indicator is only told apart by its kegiatan: it is named "Kegiatan …: indicator".
A kegiatan goes to the bullets by order when they count alike, else each bullet to the
kegiatan printed nearest above or level with it.
"""

from __future__ import annotations

import re

from lkjip.extract.interpret.indicators.bullet_pairing import (
    BULLET_RE,
    Item,
    bullet_items,
    pair_by_position,
    strip_bullet,
)
from lkjip.geometry import BBox

_LETTERED = re.compile(r"^\s*\(?[a-z][.)]\s+(?:kegiatan|program|sub\s*kegiatan)\b", re.IGNORECASE)


def kegiatan_list(lines: list[tuple[str, BBox | None]]) -> list[Item] | None:
    """The lettered kegiatan of a sasaran cell ("a. Kegiatan …", "b. Kegiatan …"), or None
    when the cell is not such a list."""
    if not lines or not _LETTERED.match(lines[0][0]):
        return None
    items = bullet_items(lines)
    starts = [line for line in lines if _LETTERED.match(line[0])]
    if len(items) != len(starts):
        return None  # another kind of mark among them: not a kegiatan list
    return items


def named_with_kegiatan(bullets: list[Item], kegiatan: list[Item]) -> list[Item]:
    """Each bullet named "Kegiatan …: bullet" after the kegiatan it stands beside."""
    owners = pair_by_position(kegiatan, bullets) if len(kegiatan) != len(bullets) else None
    out: list[Item] = []
    for k, bullet in enumerate(bullets):
        if owners is None:
            keg: Item | None = kegiatan[k]
        else:
            keg = next((kegiatan[i] for i, b in enumerate(owners) if b is not None and
                        (b is bullet or any(line in b.lines for line in bullet.lines))), None)
        text = f"{_clean(keg.text)}: {bullet.text}" if keg is not None else bullet.text
        out.append(Item(text, bullet.top, bullet.lines))
    return out


def _clean(text: str) -> str:
    return " ".join(text.split()).rstrip(".:; ")


def continued_lines(lines: list[tuple[str, BBox | None]]) -> int:
    """How many lines open a cell before its first bullet while starting in lower case:
    on a new page, the end of the previous page's last indicator (0 when none)."""
    marks = [k for k, (t, _) in enumerate(lines) if BULLET_RE.match(t) and strip_bullet(t)]
    if not marks or marks[0] == 0 or not lines[0][0].strip()[:1].islower():
        return 0
    return marks[0]
