"""How one budget table prints its numbers: the separators of each column, and the scale
its headings state.

A document may print its narrative the Indonesian way and paste a spreadsheet's table
the US way ("1,234,567,890"), or mix both in one table (a pagu column "1.234.567,00"
beside a realisasi column "1,234,567.00"). An amount like "1.250" reads two ways; the
cells around it decide: first its own column's unambiguous amounts, then the table's,
and only then the document's style, in which case the value stays marked ambiguous so
no rule builds an error on it.

Scale: "(Rp 000)", "(dalam ribuan rupiah)", "Rp. Ribu" in a column heading or in the
table's caption mean every amount is printed in thousands; "(juta rupiah)", "(dalam
jutaan)" in millions. The value is scaled; the printed text stays as printed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from lkjip.extract.source import RawTable
from lkjip.numbers import NumberStyle, detect_style

_MONEY_ROLES = ("anggaran", "realisasi", "sisa", "prior")  # prior: an earlier year's realisasi
# In a heading any mention of the scale counts ("Pagu (Rp 000)", "Realisasi (Juta Rp)").
_HEADING_THOUSANDS = re.compile(r"\(\s*(?:rp\.?\s*)?0{3}\s*\)|\bribu(?:an)?\b|\brp\.?\s*0{3}\b", re.I)
_HEADING_MILLIONS = re.compile(r"\bjuta(?:an)?\b|\(\s*(?:rp\.?\s*)?0{3}\.0{3}\s*\)", re.I)
# In a caption only a stated scale, never "sebesar Rp 5 juta" in the lead-in sentence.
_CAPTION_THOUSANDS = re.compile(r"\(\s*(?:dalam\s+)?(?:rp\.?\s*)?(?:0{3}|ribu(?:an)?(?:\s+rupiah)?)\s*\)|"
                                r"dalam\s+ribuan(?:\s+rupiah)?", re.I)
_CAPTION_MILLIONS = re.compile(r"\(\s*(?:dalam\s+)?(?:rp\.?\s*)?(?:juta(?:an)?(?:\s+rupiah)?|0{3}\.0{3})\s*\)|"
                               r"dalam\s+juta(?:an)?(?:\s+rupiah)?", re.I)


def scale_of_heading(header: str) -> int:
    """Rupiah per printed unit a column heading states: 1, 1000 or 1.000.000."""
    if _HEADING_MILLIONS.search(header):
        return 1_000_000
    if _HEADING_THOUSANDS.search(header):
        return 1000
    return 1


def scale_of_caption(caption: str) -> int:
    """The scale a table's caption states for all its amounts (its last lines only)."""
    tail = "\n".join(caption.strip().splitlines()[-3:])
    if _CAPTION_MILLIONS.search(tail):
        return 1_000_000
    if _CAPTION_THOUSANDS.search(tail):
        return 1000
    return 1


@dataclass
class TableNumbers:
    """The separators and scale each amount column of one table is read in."""

    document_style: NumberStyle | None
    column_styles: dict[str, NumberStyle] = field(default_factory=dict)  # settled by the column itself
    table_style: NumberStyle | None = None  # settled by the whole table, when it is unanimous
    multipliers: dict[str, int] = field(default_factory=dict)
    dash_is_zero: bool = False  # accounting format: "-" in an amount column prints 0

    def style_for(self, role: str) -> tuple[NumberStyle | None, bool]:
        """(style to read an ambiguous amount in, whether the table settles it)."""
        if role in self.column_styles:
            return self.column_styles[role], True
        if self.table_style is not None:
            return self.table_style, True
        return self.document_style, False

    def multiplier_for(self, role: str) -> int:
        return self.multipliers.get(role, 1)

    @property
    def style_name(self) -> str | None:
        styles = set(self.column_styles.values()) | ({self.table_style} if self.table_style else set())
        if len(styles) > 1:
            return "mixed"
        return next(iter(styles)).value if styles else None


def _votes(texts: list[str]) -> Counter[NumberStyle]:
    votes: Counter[NumberStyle] = Counter()
    for text in texts:
        style = detect_style([text])
        if style is not None:
            votes[style] += 1
    return votes


def table_numbers(table: RawTable, columns: dict[str, list[int]], header_rows: int,
                  headers: dict[str, str], document_style: NumberStyle | None) -> TableNumbers:
    """Read the style of each amount column (`columns`: role → grid columns) from its
    unambiguous cells, and the scale from the headings and the caption."""
    out = TableNumbers(document_style)
    everything: Counter[NumberStyle] = Counter()
    for role, cols in columns.items():
        texts = [table.text(r, c) for r in range(header_rows, table.n_rows) for c in cols]
        votes = _votes([t for t in texts if t.strip()])
        everything += votes
        if len(votes) == 1:
            out.column_styles[role] = next(iter(votes))
    if len(everything) == 1:
        out.table_style = next(iter(everything))
    caption_scale = scale_of_caption(table.caption)
    for role in _MONEY_ROLES:
        heading = scale_of_heading(headers.get(role, ""))
        out.multipliers[role] = heading if heading != 1 else caption_scale
    return out
