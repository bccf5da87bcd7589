"""A total stated in the running text and the list of its parts that follows. Not a rule.

"Anggaran … berjumlah Rp 34.438.482.000,- dengan capaian realisasinya sebesar Rp.
32.931.467.320,- atau 98%, terdiri dari : 1. Kegiatan … dengan alokasi anggaran sebesar
Rp. 21.840.517.000,- realisasinya sebesar Rp. 20.951.225.130,- atau 95,92% 2. …": the
sentence stating the total announces a list ("terdiri dari", "meliputi", "sebagai
berikut", "rincian"), and the list items after it (figures whose `item_lead` places them
in a list item, one item per lead) are its parts.

Where the list ends is not printed, so the parts' anggaran must add up to the stated
anggaran exactly (every item giving one): that shows the items read are the whole list.
Only then are the realisasi compared (`realisasi_gaps`), which LKJ-B001 reports as a
warning: the grouping is read from the layout of the prose, not from a table. An item
stating only a percentage where its amount was due implies its amount (the total less the
other items'); that amount's share of its anggaran must be the percentage printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lkjip.checks.budget.arithmetic import percent_agrees
from lkjip.checks.budget.text_figures import subject
from lkjip.records import NarrativeAmount

_ANNOUNCES = re.compile(r"terdiri\s+(?:dari|atas)|meliputi|sebagai\s+berikut|rincian(?:nya)?\s+(?:sebagai|adalah)",
                        re.I)
_MIN_ITEMS = 2


@dataclass
class ListItem:
    lead: str
    figures: dict[str, list[NarrativeAmount]] = field(default_factory=dict)

    def one(self, column: str) -> NarrativeAmount | None:
        """The item's single figure for the column; None for none or several that differ."""
        found = self.figures.get(column, [])
        return found[0] if found and len({a.value for a in found}) == 1 else None


@dataclass
class ProseList:
    """A stated total (anggaran, realisasi) and the items listed under it."""

    anggaran: NarrativeAmount
    realisasi: NarrativeAmount | None
    items: list[ListItem]


def is_percent(amount: NarrativeAmount) -> bool:
    """"95,92%", and "Rp. 97,53%": a percentage printed where the amount was due."""
    return amount.kind == "percent" or amount.text.rstrip().endswith("%")


def _column(amount: NarrativeAmount) -> str | None:
    if is_percent(amount):
        return "persen"
    return subject(amount) if amount.kind == "rupiah" else None


def _announces(amount: NarrativeAmount) -> bool:
    at = amount.at
    return at >= 0 and _ANNOUNCES.search(amount.context, at) is not None


def prose_lists(amounts: list[NarrativeAmount]) -> list[ProseList]:
    """Every total in the text whose listed parts' anggaran add up to it."""
    out: list[ProseList] = []
    i = 0
    while i < len(amounts):
        first = amounts[i]
        if not (first.kind == "rupiah" and _column(first) == "anggaran" and _announces(first)):
            i += 1
            continue
        j = i + 1
        realisasi = None
        while j < len(amounts) and amounts[j].context == first.context:
            if realisasi is None and amounts[j].kind == "rupiah" and _column(amounts[j]) == "realisasi":
                realisasi = amounts[j]
            j += 1
        items: list[ListItem] = []
        while j < len(amounts) and (lead := amounts[j].item_lead) and lead != first.item_lead:
            if items and lead.startswith(items[-1].lead):
                item = items[-1]
            elif items and _announces(amounts[j]):
                break  # another total announcing its own list
            else:
                items.append(item := ListItem(lead))
            if (column := _column(amounts[j])) is not None:
                item.figures.setdefault(column, []).append(amounts[j])
            j += 1
        parts = [it.one("anggaran") for it in items]
        while parts and parts[-1] is None:  # figures after the list, in no item of it
            parts.pop()
            items.pop()
        if len(parts) >= _MIN_ITEMS and all(p is not None for p in parts) and \
                abs(sum(p.value for p in parts if p is not None) - first.value) < 1:
            out.append(ProseList(first, realisasi, items))
        i = max(j, i + 1)
    return out


@dataclass(frozen=True)
class ListGap:
    """A list whose realisasi do not add up to the stated total.

    `missing` is the item stating only a percentage ("Rp. 97,53%") where its amount was
    due: its amount is then implied (the total less the other items') and `implied_percent`
    is what that amount makes of its anggaran, against the percentage printed."""

    total: NarrativeAmount
    parts: list[NarrativeAmount]
    missing: ListItem | None = None
    implied_percent: float | None = None


def realisasi_gaps(amounts: list[NarrativeAmount]) -> list[ListGap]:
    out: list[ListGap] = []
    for found in prose_lists(amounts):
        if found.realisasi is None:
            continue
        total = found.realisasi.value
        reals = [it.one("realisasi") for it in found.items]
        given = [r for r in reals if r is not None]
        lacking = [it for it, r in zip(found.items, reals, strict=True) if r is None]
        if not lacking:
            if abs(sum(r.value for r in given) - total) >= 1:
                out.append(ListGap(found.realisasi, given))
            continue
        if len(lacking) != 1 or (stated := lacking[0].one("persen")) is None:
            continue
        anggaran = lacking[0].one("anggaran")
        if anggaran is None or not anggaran.value:
            continue
        implied = total - sum(r.value for r in given)
        percent = 100.0 * implied / anggaran.value
        if implied > 0 and not percent_agrees(stated.text, float(stated.value), percent):
            out.append(ListGap(found.realisasi, given, lacking[0], percent))
    return out
