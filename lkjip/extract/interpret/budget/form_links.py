"""Which row of a realisation form adds up into which: program ← kegiatan ← sub kegiatan ← paket.

A form prints its rows one level under another (`form_levels`); a row adds up into the
nearest row above it one level up, within the same program. Where both rows print a kode
the kode must say so too: a sub kegiatan "01.2.01.06" belongs to the kegiatan "01.2.01",
not to "01.2.02" that happens to stand above it (a row lost at a page break would
otherwise hand its children to the wrong parent). A coded row whose kode does not extend
the parent's is left unlinked and opens no group: no sum is then checked for it, and the
rows after it stay with the parent their kode names.

A link is only as certain as the levels it joins; the budget rules read that from each
row's `level_evidence` (an "arithmetic" or "position" level never carries an error).
"""

from __future__ import annotations

import re

from lkjip.records import BudgetRow

_PIECES = re.compile(r"\d+")
_UP = {"kegiatan": "program", "sub_kegiatan": "kegiatan"}


def _pieces(code: str | None) -> list[str]:
    return _PIECES.findall(code) if code and re.match(r"^\d", code) else []


def _kode_agrees(parent: BudgetRow, child: BudgetRow) -> bool:
    """No two kode to compare, or the child's extends the parent's ("01.2.01" → "01.2.01.06");
    a program's kode ("1-03.01") ends in the piece its kegiatan's begin with ("01.2.01")."""
    up, down = _pieces(parent.code), _pieces(child.code)
    if len(up) < 2 or len(down) < 2:
        return True
    if down[:len(up)] == up and len(down) > len(up):
        return True
    return parent.level == "program" and up[-1] == down[0]


def link_form_rows(rows: list[BudgetRow]) -> None:
    """Set `parent` on the rows of one form (positions in `rows`)."""
    last: dict[str, int | None] = {"program": None, "kegiatan": None, "sub_kegiatan": None}
    for i, row in enumerate(rows):
        row.parent = None
        if row.level == "total" or (row.level == "other" and row.level_evidence == "word"):
            last = dict.fromkeys(last)  # an URUSAN line or a total closes the program above
            continue
        if row.level == "program":
            last = {"program": i, "kegiatan": None, "sub_kegiatan": None}
            continue
        if row.level in _UP:
            parent = last[_UP[row.level]]
        elif row.level == "paket":
            parent = last["sub_kegiatan"] if last["sub_kegiatan"] is not None else last["kegiatan"]
        else:
            continue
        if parent is not None:
            if not _kode_agrees(rows[parent], row):
                continue  # a kode that does not fit the tree: unlinked, and it opens no group
            row.parent = parent
        if row.level == "kegiatan":
            last.update(kegiatan=i, sub_kegiatan=None)
        elif row.level == "sub_kegiatan":
            last["sub_kegiatan"] = i
