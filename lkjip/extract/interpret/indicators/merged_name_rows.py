"""One indicator name merged over value rows the table rules apart: the name of each row.

A Renja lists a kegiatan's outputs one per ruled row and prints the kegiatan's result
("Meningkatnya sarana diseminasi informasi media luar ruang dan pertunjukan rakyat") once,
in a cell merged down over all of them, beside a target ruled per row ("100%" four times).
The rules are drawn under every value but not through the name: the name belongs to every
row. Splitting its wrapped lines among the values ("Meningkatnya sarana" / "diseminasi
informasi" …) would invent names; rows merged for want of any rule (lkjip's
value_aligned_split) differ in that their values share one cell too.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.interpret.indicators.bullet_pairing import Item


def name_per_ruled_row(bullets: list[Item], value_rows: Sequence[Sequence[int]]) -> list[Item] | None:
    """The single name of a merged indikator cell once per value row, when every measured
    value column (`value_rows`: the grid row each of its values starts on) prints one value
    per row, each in a cell of its own on a different row, the same rows in every column;
    else None."""
    if len(bullets) != 1 or not value_rows:
        return None
    first = list(value_rows[0])
    if len(first) < 2 or len(set(first)) != len(first):
        return None
    if any(list(rows) != first for rows in value_rows[1:]):
        return None
    return [bullets[0]] * len(first)
