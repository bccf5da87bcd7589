"""A bulleted list of indicators printed beside one value: one row for the list.

Some reports list a program's indicators as bullets in one cell and print a single
realisasi (or target) beside the whole cell ("• Meningkatnya lapis permukaan jalan
• Meningkatnya waktu tempuh • Meningkatnya arus lalu lintas | 100 % | 100 %"). The value
measures the list, not its first bullet: the bullets become one indicator, joined with
"; ", rather than one row holding the value and the others dropped for having none.
Only in tables without a target column (comparisons of realisasi by year, with the
Renstra): a Perjanjian Kinerja printing one target beside several bullets is read as
before, its value with the bullet level with it.
"""

from __future__ import annotations

from lkjip.extract.interpret.indicators.bullet_pairing import Item


def bullets_sharing_one_value(bullets: list[Item]) -> Item:
    """The bullets as one item: their texts joined with "; ", their lines kept."""
    text = "; ".join(b.text.strip() for b in bullets if b.text.strip())
    tops = [b.top for b in bullets if b.top is not None]
    return Item(text, min(tops) if tops else None, [line for b in bullets for line in b.lines])
