"""Indicators listed in one cell separated by semicolons, their targets likewise beside them.

A Renja program row may print several outcome indicators as running text in one cell
("Persentase sistem informasi … blue print TIK; Prosentase SKPD yang menerapkan …") and
their targets as a list in the next ("50%; 50%", "5; 25%; 80%; 80%; 80%" wrapped over lines,
"- ; 46.87500%"). No bullets, no line per value: the semicolons are the only separators, and
the n-th name takes the n-th value. Used only when the name cell has a single item and every
value column lists exactly as many parts as there are names.
"""

from __future__ import annotations

from lkjip.extract.interpret.indicators.bullet_pairing import Item


def _parts(text: str) -> list[str]:
    return [p.strip() for p in " ".join(text.split()).split(";") if p.strip()]


def _split(item: Item, parts: list[str]) -> list[Item]:
    # Each part keeps the item's lines: where it is printed is the cell, not a line of it.
    return [Item(p, item.top, list(item.lines)) for p in parts]


def semicolon_names(bullets: list[Item], columns: list[list[Item]]) -> list[Item] | None:
    """The names of a one-item name cell split at its semicolons, when each value column in
    `columns` (the value items of one cell each, those with any) lists as many parts; else None."""
    if len(bullets) != 1 or not columns or ";" not in bullets[0].text:
        return None
    names = _parts(bullets[0].text)
    if len(names) < 2:
        return None
    for values in columns:
        if not any(";" in v.text for v in values) or len(_parts(" ".join(v.text for v in values))) != len(names):
            return None
    return _split(bullets[0], names)


def semicolon_values(values: list[Item]) -> list[Item]:
    """A value column's items as its semicolon-separated parts, in order."""
    if not values:
        return []
    joined = Item(" ".join(v.text for v in values), values[0].top, [ln for v in values for ln in v.lines])
    return _split(joined, _parts(joined.text))
