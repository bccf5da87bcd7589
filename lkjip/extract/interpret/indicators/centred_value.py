"""One target centred beside a cell of several listed indicators: each indicator's.

A Perjanjian Kinerja may list a sasaran's indicators in one cell ("1. Persentase pemenuhan
…", "2. Persentase pelayanan …", …) and print a single target, vertically centred, in the
cell beside it ("100%"). Level with none of the indicators' first lines, the value is not
one indicator's (reading it as the bullet it happens to face would give the others none):
it is printed once for all of them. Each indicator gets it, marked `value_shared_by_list`
so no error rests on the repetition. A value level with one indicator's first line stays
that indicator's; tables without a target (comparisons of realisasi) join the list instead
(lkjip's shared_value).
"""

from __future__ import annotations

from lkjip.extract.interpret.indicators.bullet_pairing import Item

VALUE_SHARED_BY_LIST = "value_shared_by_list"  # lkjip.checks.certainty.INFERRED
# Within this share of the value's line height: level with a first line.
_LEVEL = 0.6


def shared_by_every_bullet(bullets: list[Item], values: list[Item]) -> bool:
    """Whether the one value in `values` stands beside the whole list in `bullets`, level
    with none of their first lines."""
    if len(values) != 1 or len(bullets) < 2:
        return False
    box = values[0].bbox
    if box is None or any(b.top is None for b in bullets):
        return False
    level = _LEVEL * max(box[3] - box[1], 1.0)
    return all(abs(b.top - box[1]) > level for b in bullets if b.top is not None)
