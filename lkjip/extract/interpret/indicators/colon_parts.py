"""Indicators that list their parts after a colon: "a. Jumlah Kesepakatan dalam bidang :"
over "- Pemerintahan", "- Pembangunan", "- Perekonomian", with one value beside the whole.
The dashed lines are the parts of the lead's name, not indicators of their own, when
folding every run of short parts into the colon-ended item before it leaves as many
items as there are values (a part with a value of its own is an indicator: the counts
then match without folding)."""

from __future__ import annotations

import re

from lkjip.extract.interpret.indicators.bullet_pairing import Item

# A part is a few words long ("Kesejahteraan Sosial").
_PART_WORDS = 4
_DASH = re.compile(r"^\s*[-–—•·▪●*]")


def _is_part(item: Item) -> bool:
    first = item.lines[0][0] if item.lines else item.text
    return bool(_DASH.match(first)) and len(item.text.split()) <= _PART_WORDS


def parts_after_colon(bullets: list[Item], wanted: int) -> list[Item] | None:
    """The bullets with each colon-ended item's dashed parts folded into its name, when
    that leaves exactly `wanted` items; else None."""
    out: list[Item] = []
    taking = False  # the last item ends with a colon, or has taken parts already
    folded = False
    for item in bullets:
        if out and taking and _is_part(item):
            lead = out[-1]
            out[-1] = Item(f"{lead.text} - {item.text}", lead.top, lead.lines + item.lines)
            folded = True
            continue
        out.append(item)
        taking = item.text.rstrip().endswith(":")
    return out if folded and len(out) == wanted else None
