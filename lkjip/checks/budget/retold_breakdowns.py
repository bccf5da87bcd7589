"""A budget line stated in the text with the list of its parts, retold elsewhere with other
amounts. Not a rule: LKJ-B014 reports what `retold_breakdowns` pairs.

Chapter II announces a line and itemises it ("C. Bantuan Keuangan … kepada Kabupaten/Kota
(APBD) (BTL Khusus) sebesar Rp. 90.936.238.984,- … dengan rincian kegiatan : a. Bantuan
Keuangan Jaminan Kesehatan … sebesar Rp. 89.962.118.984,- b. … sebesar Rp. 974.120.000,-");
chapter III retells the same line and list ("3. Bantuan Keuangan … (APBD) sebesar Rp.
100.350.627.500,- … dengan rincian kegiatan : a) Bantuan Keuangan Jaminan Kesehatan …
sebesar Rp. 99.376.227.500,- b) …"). Each statement adds up on its own, so neither is a
typo; the two cannot both be the year's amount unless one is before a revision the text
does not name.

The pairing rests on words, so it is strict: each statement's parts (one figure per list
item, in order) add up to its total to the rupiah, the two lists have as many items, the
two totals are named alike (most words of the shorter name in the longer one) with the same
years and stage words ("murni", "perubahan", "revisi" …), and at least half of the items,
taken in order, are named alike too. A total or item that the lead-in calls realisasi is
never taken: a list of realisasi retells other amounts by right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lkjip.checks.budget.text_figures import subject
from lkjip.records import NarrativeAmount

# Words announcing the list after a total: "dengan rincian kegiatan :", "terdiri dari", "yaitu :".
_ANNOUNCES = re.compile(r"rincian|terdiri\s+(?:dari|atas)|meliputi|sebagai\s+berikut|yaitu|antara\s+lain", re.I)
# The announcement must come before the next figure ("… untuk 27 Kabupaten" opens an item).
_NEXT_FIGURE = re.compile(r"\d{2,}|\d[.,]\d")
# Words that put a figure at another stage of the budget: two statements differing in them
# are two quantities, not one retold.
_STAGE = re.compile(r"\b(?:murni|perubahan|revisi|sebelum|sesudah|setelah|awal|induk|reali[sz]asi|"
                    r"(?:19|20)\d{2})\b", re.I)
_WORD = re.compile(r"[a-z]{3,}")
# Filler words that name nothing: two names sharing only these are not alike.
_FILLER = frozenset({"dan", "yang", "untuk", "dari", "pada", "bagi", "dengan", "sebesar", "kepada", "serta"})
_MIN_NAME_WORDS = 3
_ALIKE = 0.8  # share of the shorter name's words the longer one holds
_MIN_PARTS = 2
_MAX_PARTS = 15
_MAX_PAGES = 1  # a list runs on at most onto the next page


@dataclass(frozen=True)
class Breakdown:
    """A total stated in the text and the figures of the list items that add up to it."""

    total: NarrativeAmount
    parts: list[NarrativeAmount]


def name_before(amount: NarrativeAmount) -> str:
    """The words of the figure's sentence before it: the whole name of the line it states."""
    at = amount.at
    return amount.context[:max(at, 0)]


def _announces(amount: NarrativeAmount) -> bool:
    at = amount.at
    if at < 0:
        return False
    tail = amount.context[at + len(amount.text):]
    m = _NEXT_FIGURE.search(tail)
    return _ANNOUNCES.search(tail[:m.start()] if m else tail) is not None


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower())) - _FILLER


def names_alike(a: str, b: str) -> bool:
    """Most words of the shorter name are in the longer one ("… Kabupaten/Kota (APBD)" and
    "… Kabupaten/Kota (APBD) (BTL Khusus)")."""
    wa, wb = _words(a), _words(b)
    short = min(len(wa), len(wb))
    return short >= _MIN_NAME_WORDS and len(wa & wb) >= _ALIKE * short


def _stage(text: str) -> set[str]:
    return {m.group(0).lower().replace("z", "s") for m in _STAGE.finditer(text)}


def _budget_figure(amount: NarrativeAmount) -> bool:
    return amount.kind == "rupiah" and subject(amount) != "realisasi"


def _parts_after(amounts: list[NarrativeAmount], i: int) -> list[NarrativeAmount] | None:
    """The list items' figures after amounts[i] that add up to it exactly, or None."""
    total = amounts[i]
    parts: list[NarrativeAmount] = []
    leads: list[str] = []
    running = 0.0
    for nxt in amounts[i + 1:]:
        if total.page is not None and nxt.page is not None and nxt.page - total.page > _MAX_PAGES:
            return None
        lead = nxt.item_lead
        if not lead or lead == total.item_lead:
            return None  # the list has ended (or never started) before the parts added up
        if leads and lead.startswith(leads[-1]):
            continue  # another figure of the same item (its realisasi, its share)
        if not _budget_figure(nxt):
            return None
        parts.append(nxt)
        leads.append(lead)
        running += float(nxt.value)
        if abs(running - float(total.value)) < 1:
            return parts if len(parts) >= _MIN_PARTS else None
        if running > float(total.value) or len(parts) >= _MAX_PARTS:
            return None
    return None


def breakdowns(amounts: list[NarrativeAmount]) -> list[Breakdown]:
    """Every total in the text followed by a list whose items' figures add up to it."""
    out: list[Breakdown] = []
    for i, amount in enumerate(amounts):
        if not (_budget_figure(amount) and amount.value and _announces(amount)):
            continue
        parts = _parts_after(amounts, i)
        if parts is not None:
            out.append(Breakdown(amount, parts))
    return out


def _same_line(a: Breakdown, b: Breakdown) -> bool:
    name_a, name_b = name_before(a.total), name_before(b.total)
    if len(a.parts) != len(b.parts) or _stage(name_a) != _stage(name_b) or not names_alike(name_a, name_b):
        return False
    alike = sum(names_alike(p.item_lead or "", q.item_lead or "") for p, q in zip(a.parts, b.parts, strict=True))
    return 2 * alike >= len(a.parts)


def retold_breakdowns(amounts: list[NarrativeAmount]) -> list[tuple[Breakdown, Breakdown]]:
    """Pairs of statements of one line and its list with different totals."""
    found = breakdowns(amounts)
    out: list[tuple[Breakdown, Breakdown]] = []
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            if abs(float(a.total.value) - float(b.total.value)) >= 1 and _same_line(a, b):
                out.append((a, b))
    return out
