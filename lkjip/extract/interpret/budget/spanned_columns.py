"""A "Realisasi" heading spanning sub-columns whose own headings went unread.

"Realisasi" over "Keu (Rp.) | % | % Fisik": on a scan the small print of a tinted header
band is often lost, and each sub-column is then headed by the spanning word alone, so
the table seems to print several realisasi side by side and is refused. Among realisasi
groups where some are headed by exactly a heading the others extend or repeat, the one
whose figures are rupiah is the realisasi; the bare-headed ones of figures under 1000
(shares, not amounts) are its percentages: the first the financial share ("persen"),
the rest read aside ("other"). The same holds when the money sub-heading was read
("Realisasi Keu (Rp.)") and the bare ones beside it were set aside as "other". Anything
else stays as it was (and is refused).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

_MAX_SHARE = 1000.0


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def realisasi_sub_columns(by_role: dict[str, list[Any]], holds_money: Callable[[Any], bool],
                          figures: Callable[[Any], list[float]]) -> None:
    """Re-role the bare-headed percentage sub-columns of a spanning "Realisasi" (in place)."""
    groups = by_role.get("realisasi", [])
    money = [g for g in groups if holds_money(g)]
    if len(money) != 1:
        return
    # With the money sub-heading read ("Realisasi Keu (Rp.)") the bare ones right of it may
    # have been set aside as "other": they are the same spanning heading's sub-columns.
    beside = [g for g in by_role.get("other", []) if g.columns[0] > money[0].columns[-1]
              and _norm(g.header) and _norm(money[0].header).startswith(_norm(g.header) + " ")]
    if len(groups) == 1:
        groups = groups + beside
    else:
        beside = []
    if len(groups) < 2:
        return
    spanning = _norm(min((g.header for g in groups), key=len))
    if not spanning or not all(_norm(g.header).startswith(spanning) for g in groups):
        return
    bare = [g for g in groups if g is not money[0] and _norm(g.header) == spanning]
    if len(bare) != len(groups) - 1:
        return
    for g in bare:
        values = figures(g)
        if not values or max(values) >= _MAX_SHARE:
            return
    has_persen = bool(by_role.get("persen"))
    by_role["realisasi"] = money
    if beside:
        by_role["other"] = [g for g in by_role.get("other", []) if not any(g is b for b in bare)]
    for k, g in enumerate(sorted(bare, key=lambda g: g.columns[0])):
        role = "persen" if k == 0 and not has_persen else "other"
        by_role.setdefault(role, []).append(replace(g, role=role, inferred=(*g.inferred, "column_role_values")))


def budget_beside_unread_sibling(by_role: dict[str, list[Any]], holds_money: Callable[[Any], bool]) -> None:
    """"Pagu Anggaran" over "DPA | DPPA" with the second sub-heading lost: the budget read
    (the sub-headed column) may not be the one in force, so its cells carry the doubt
    `sub_heading_unread` (in place)."""
    anggaran = by_role.get("anggaran", [])
    if len(anggaran) != 1:
        return
    own = _norm(anggaran[0].header)
    for g in by_role.get("other", []):
        bare = _norm(g.header)
        if bare and own != bare and own.startswith(bare) and holds_money(g):
            by_role["anggaran"] = [replace(anggaran[0], inferred=(*anggaran[0].inferred, "sub_heading_unread"))]
            return
