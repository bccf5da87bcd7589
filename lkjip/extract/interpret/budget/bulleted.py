"""Names listed as bulleted items ("- RTM OPD Penguatan dan …") wrapped over several lines.

A kegiatan column that marks each item with a dash prints an item's wrapped lines without
one::

    - RTM OPD Penguatan dan            460.000.000,-
      Pengembangan      Lembaga
      Akses Pangan Masyarakat.
    - RTM OPD Penguatan dan          1.260.000.000,-

Once the lines of a cell are split into rows (`stacked`), each wrapped line is a row of
its own, and a number printed beside it in another column (the sasaran's "2.") looks like
its code. In a column whose items carry a bullet, a line without a bullet and without
amounts continues the item above, however many lines it takes; a line naming a total, a
program or a kegiatan by its word still stands on its own.

A name cell may also go on, under its own name, with a bulleted list of what the line
covers ("Meningkatnya Peran Serta … Pembangunan :" over "- Program Perencanaan …",
"- Program Peningkatan …") while the amount beside it is the line's own: the line is named
by what stands above the first bullet (`head_before_bullets`).
"""

from __future__ import annotations

import re
from typing import Any, Protocol

BULLET = re.compile(r"^\s*[-–—•·▪►*]\s")
_OWN_LINE = re.compile(r"^(jumlah|total|sub\s*total|program|kegiatan|sub\s*kegiatan)\b", re.I)
_MIN_BULLETS = 2


class _Line(Protocol):
    name: str
    code: str | None
    cells: dict[str, Any]
    bulleted: bool


def join_bullet_tails(lines: list[Any]) -> list[Any]:
    """`lines` with the unbulleted, amountless lines of a bulleted list joined to the item above."""
    if sum(1 for ln in lines if ln.bulleted) < _MIN_BULLETS:
        return lines
    out: list[_Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and prev.bulleted and not line.bulleted and not line.cells and line.name \
                and not _OWN_LINE.match(line.name):
            prev.name = f"{prev.name} {line.name}"
            continue  # a code beside it belongs to another column's item (the sasaran's number)
        out.append(line)
    return out


def head_before_bullets(text: str) -> str:
    """The lines of a name cell above its first bulleted line (its colon dropped), when the
    cell opens unbulleted and lists bulleted items below; else the text as it is."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    first = next((i for i, ln in enumerate(lines) if BULLET.match(ln)), None)
    if not first:  # None (no bullets) or 0 (the cell opens with one: a bulleted item itself)
        return text
    return " ".join(" ".join(lines[:first]).split()).rstrip(" :")
