"""An amount printed once per group, on the group's first row, in a table naming each level
in a column of its own (KEGIATAN | Sub Kegiatan | … | Anggaran).

Each row is named by its deepest filled name column, so the first row of a group (the
kegiatan's cell and its first sub kegiatan's side by side) would give the kegiatan's amount
to that sub kegiatan. When, across the table, every amount stands on such a first row and
none on the rows below it that name only a sub kegiatan, the amounts are the groups': the
first row is read as two lines, the shallower name with the amounts, the deeper one without.
Which line owns the amount is read from the pattern, not printed: those rows' levels are
by position (no error rests on them).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

_MIN_GROUPS = 2


def lift_group_amounts(lines: list[Any], deepest: str) -> list[Any]:
    """`lines` (tables._Line, with `parent_name` set on rows printing a shallower name too)
    with each group's amounts moved to the group's own name; `deepest` is the heading of the
    table's deepest name column."""
    under = [ln for ln in lines if ln.name_role_header == deepest and ln.name]
    firsts = {id(ln) for ln in under if ln.parent_name is not None and ln.has_values}
    rest = [ln for ln in under if ln.parent_name is None]
    if len(firsts) < _MIN_GROUPS or not rest or any(ln.has_values for ln in rest):
        return lines
    out: list[Any] = []
    for ln in lines:
        if id(ln) not in firsts:
            out.append(ln)
            continue
        name, header, opens = ln.parent_name
        out.append(replace(ln, name=name, name_role_header=header, code=None, opens_group=opens,
                           parent_name=None, group_amount=True))
        out.append(replace(ln, cells={}, values={}, opens_group=False, parent_name=None))
    return out
