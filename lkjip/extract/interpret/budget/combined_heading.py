"""A name column headed by two levels at once ("KEGIATAN/SUBKEGIATAN", "Program / Kegiatan"):
unnumbered lines are the outer level, numbered lines the inner.

Such a table prints the kegiatan in bold without a number and its sub-kegiatan under it
numbered "1.", "2." in the No column; the heading alone types every line as the inner
level, so the kegiatan's own anggaran and % realisasi would stand beside its parts as one
more part. Where the heading names two levels and the table has both unnumbered lines with
amounts and numbered lines, an unnumbered line the heading typed is the outer level, and
so is a band printing no figure over a line that does.
Its level rests on the numbering's pattern, not on a printed word: evidence "position",
so only a warning may rest on it.
"""

from __future__ import annotations

import re
from typing import Protocol

# The two levels a heading names, outer first: "kegiatan/subkegiatan", "program / kegiatan".
# OCR'd headings garble the slash and the capitals: "KEGIATANISUB KEGIATAN", "SUBREGLATAN".
_TWO_LEVELS = re.compile(r"\b(program|[kr]eg[il1]atan)\s*[/|Il1]\s*([kr]eg[il1]atan|sub\s*-?\s*[kr]eg[il1]atan)\b", re.I)
_NUMBER = re.compile(r"^\d{1,3}\.?$")
# A name that ends unfinished ("… dan", "… ,"): its next grid row goes on with it.
OPEN_END = re.compile(r"(?:\b(?:dan|serta|atau|di|pada|untuk|dalam|yang|dari|bagi)|[,&/])\s*$", re.I)
_LEVEL = {"p": "program", "k": "kegiatan", "r": "kegiatan"}


class _Line(Protocol):
    name: str
    name_role_header: str
    code: str | None

    @property
    def has_values(self) -> bool: ...


def combined_heading_levels(lines: list[_Line], levels: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`levels` with each unnumbered line typed by a two-level heading set to the outer level."""
    out = list(levels)
    numbers = {i: int(ln.code.rstrip(".")) for i, ln in enumerate(lines) if ln.code and _NUMBER.match(ln.code)}
    if not numbers:
        return out
    numbered = sorted(numbers)
    # A number the reader lost (an OCR'd "1." left blank) is the one the sequence misses:
    # the unnumbered line just above "2." when no "1." comes before it is item 1, not a head.
    lost = set()
    for k, i in enumerate(numbered):
        before = numbers[numbered[k - 1]] if k else 0
        if numbers[i] > 1 and before != numbers[i] - 1 and i - 1 >= 0 and i - 1 not in numbers:
            lost.add(i - 1)
    for i, ln in enumerate(lines):
        m = _TWO_LEVELS.search(ln.name_role_header)
        if m is None or levels[i][1] != "column":
            continue
        if not ln.has_values and i + 1 < len(lines) and lines[i + 1].has_values:
            # A band printing no figure over a line that does ("Mutasi dan Promosi ASN"
            # over its sub-kegiatan), whatever number the band's row carries.
            out[i] = (_LEVEL[m.group(1)[0].lower()], "position")
            continue
        if ln.code or not ln.has_values or i in lost:
            continue
        if not any(j > i for j in numbered):
            continue  # nothing numbered under it: a closing line, not a head
        if i and lines[i - 1].code and not lines[i - 1].has_values:
            continue  # the number beside a band without figures is the line's below it
        out[i] = (_LEVEL[m.group(1)[0].lower()], "position")
    return out


def two_level_bands(lines: list[_Line]) -> set[int]:
    """Indices of the bands of a two-level table: a line of the name column printing no
    number and no figure right above a numbered line that prints figures ("Pengembangan
    Kompetensi ASN" over "6. Pengelolaan Pendidikan Lanjutan ASN"). Ruled off in a grid
    row of its own it looks like the tail of the name above; the heading naming two levels
    and the numbered line under it make it the outer level's name."""
    out: set[int] = set()
    for i, ln in enumerate(lines):
        m = _TWO_LEVELS.search(ln.name_role_header)
        # Only over sub-kegiatan: a program's kegiatan list wraps its names into grid rows of
        # their own as often as it prints a band (the generated lettered-program layouts).
        if not ln.name or ln.code or ln.has_values or m is None or not m.group(2).lower().startswith("sub"):
            continue
        before = next((x for x in reversed(lines[:i]) if x.name), None)
        if before is not None and OPEN_END.search(before.name):
            continue  # "… Jabatan Fungsional, dan" goes on in the next grid row: a tail
        after = next((x for x in lines[i + 1:] if x.name or x.has_values or x.code), None)
        # A number on the line under it: an unnumbered one may be the tail's own line
        # (a table ruling every printed line of a wrapped name).
        if after is not None and after.has_values and after.code and _NUMBER.match(after.code):
            out.add(i)
    return out


__all__ = ["OPEN_END", "combined_heading_levels", "two_level_bands"]
