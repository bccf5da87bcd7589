"""A decimal comma a scan lost, given back where the column says where it goes.

A black-and-white scan at 150 dpi breaks a comma to a speck the reader drops: "76,15"
is read "7615". In a column whose other lines all print two decimals ("97,32", "94,35"),
a line of four or five bare digits is such a number without its mark; read as it stands
it is a hundred times too big and every check on it fails for the scan's sake. The
mark is put back and the line flagged `ocr_glyph`: the value fits its column only
after the repair, so whatever rests on it stays a warning to verify.
"""

from __future__ import annotations

import re

from lkjip.extract.source import RawCell

# A line that prints two decimals, with an optional "%" after it.
_TWO_DECIMALS = re.compile(r"^\d{1,3}([.,])\d{2}\s*%?$")
# Four or five bare digits (with the same optional "%"): 76,15 or 100,00 without its mark.
# Three digits stay: "100" in such a column is as likely a whole number printed bare.
_BARE = re.compile(r"^(\d{2,3})(\d{2})(\s*%?)$")
_FIGURE = re.compile(r"^\d[\d.,]*\s*%?$")
# The column's other numeric lines: at least this many, all with two decimals.
_MIN_DECIMAL_LINES = 3


def _lines(cell: RawCell) -> list[str]:
    return [t for t, _ in cell.line_boxes] if cell.line_boxes else cell.text.split("\n")


def restore_decimal_marks(cells: list[RawCell]) -> list[tuple[RawCell, int | None]]:
    """Mend the bare-digit lines of one column's `cells` whose other numeric lines all
    print two decimals; returns each mended (cell, line index; None for a cell without
    line boxes) so the caller can flag it."""
    # Lines of a figure alone: headings, column numbers "(6)" and words are no evidence.
    numeric = [(c, i, t.strip()) for c in cells for i, t in enumerate(_lines(c)) if _FIGURE.match(t.strip())]
    marks = [m.group(1) for _, _, t in numeric if (m := _TWO_DECIMALS.match(t))]
    bare = [(c, i, m) for c, i, t in numeric if (m := _BARE.match(t))]
    # Every other numeric line prints two decimals, with one mark: the column's pattern.
    if not bare or len(marks) < _MIN_DECIMAL_LINES or len(marks) + len(bare) != len(numeric) or \
            len(set(marks)) != 1 or len(bare) * 2 > len(numeric):
        return []
    mark = marks[0]
    mended: list[tuple[RawCell, int | None]] = []
    for cell, i, m in bare:
        fixed = f"{m.group(1)}{mark}{m.group(2)}{m.group(3)}"
        if cell.line_boxes:
            text, box = cell.line_boxes[i]
            cell.line_boxes[i] = (text.replace(text.strip(), fixed), box)
            cell.text = "\n".join(t for t, _ in cell.line_boxes)
            mended.append((cell, i))
        else:
            lines = cell.text.split("\n")
            lines[i] = lines[i].replace(lines[i].strip(), fixed)
            cell.text = "\n".join(lines)
            mended.append((cell, None))
    return mended
