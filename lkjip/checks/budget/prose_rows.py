"""Which budget row a figure in the running text speaks of. Not a rule.

Reports retell the budget kegiatan by kegiatan in two forms:

- the sentence names the row before the figure: "Program Pelayanan Administrasi
  Perkantoran dengan alokasi anggaran sebesar Rp …";
- a list item names it in its opening words and the sentences after refer back to it:
  "22. Kegiatan Pemeliharaan Sarana dan Prasarana Bakesbangpol. Jumlah anggaran yang
  dialokasikan untuk pelaksanaan kegiatan ini sebesar Rp …".

A row's name printed in full (at least three words) in the item or sentence before the
figure ties the figure to it; when several are printed, the one nearest the figure does
("… Rp.892.500.000,- (10) Pemberdayaan …, (11) Pelatihan …, dengan alokasi anggaran
Rp.680.180.000"). A name printed right after the figure ("Rp X untuk kegiatan A") makes
the tie unclear, so there is none. When no name is printed in full, the item's opening
words may still name the row in other words ("Kesiap Siagaan" for "Kesiapsiagaan", a word
left out): the closest row by similarity, clearly ahead of the next, is the figure's row,
but only as a guess (`certain` False): a finding on it can only ask to verify. So does a
name printed with syllable acronyms ("Dinas Perindag Prov. Jabar" for "Dinas Perindustrian
dan Perdagangan Provinsi Jawa Barat", lkjip.match.syllable_acronyms).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from lkjip.match.names import name_key
from lkjip.match.syllable_acronyms import same_but_acronyms
from lkjip.records import BudgetRow, NarrativeAmount

# A name this short ("Program Umum") is too likely to open a longer one to identify a row.
MIN_NAME_WORDS = 3
# Without a list item, the name must be printed this close before the amount, in its sentence.
_NAME_REACH = 300
_LEVEL_WORD = re.compile(r"^(program|kegiatan|kegiatn|sub\s*kegiatan)\s*", re.I)
# Where a list item's opening words (the row's name) end.
_HEAD_END = re.compile(r"[.,;:](?:\s|$)|\s(?:dengan|yang|melalui|sebesar|alokasi|anggaran|jumlah)\s", re.I)
_AFTER_REACH = 80
# The words after a figure end at the next figure, list item or sentence.
_AFTER_END = re.compile(r"\d|\(\s?[a-z0-9]{1,2}\)|[.;:]\s+[A-Z]")
# Similarity (0..100) a guessed name needs, and its lead over the next row's.
MIN_SIMILARITY = 88.0
MIN_LEAD = 5.0


@dataclass(frozen=True)
class RowMatch:
    row: BudgetRow
    certain: bool  # the name is printed in full; False: guessed from similar words


@lru_cache(maxsize=4096)
def bare(name: str) -> str:
    """The row's name without its level word, as a name key."""
    return name_key(_LEVEL_WORD.sub("", name.strip()))


def _named(rows: list[BudgetRow]) -> list[tuple[BudgetRow, str]]:
    return [(r, b) for r in rows if len((b := bare(r.name)).split()) >= MIN_NAME_WORDS]


def _region(amount: NarrativeAmount) -> str:
    """The text before the figure in which its row is named."""
    if amount.item_lead is not None:
        return amount.item_lead
    offset = amount.at
    if offset is None or offset < 0:
        return ""
    before = amount.context[max(0, offset - _NAME_REACH):offset]
    return re.split(r"[.;:]\s+(?=[A-Z])", before)[-1]


def _after(amount: NarrativeAmount) -> str:
    """The words right after the figure, up to the next figure."""
    offset = amount.at
    if offset is None or offset < 0:
        return ""
    tail = amount.context[offset + len(amount.text):offset + len(amount.text) + _AFTER_REACH]
    m = _AFTER_END.search(tail)
    return tail[:m.start()] if m else tail


def _one(found: list[BudgetRow]) -> BudgetRow | None:
    """The row, when the rows sharing a name agree on every amount they print (a plan
    table prints the anggaran alone): the one printing the most."""
    for column in ("anggaran", "realisasi"):
        if len({getattr(r, column) for r in found if getattr(r, column) is not None}) > 1:
            return None
    return max(found, key=lambda r: (r.anggaran is not None) + (r.realisasi is not None))


def named_row(amount: NarrativeAmount, rows: list[BudgetRow]) -> RowMatch | None:
    found = named_rows(amount, rows)
    if found is None:
        return None
    candidates, certain = found
    row = _one(candidates)
    return RowMatch(row, certain) if row is not None else None


def named_rows(amount: NarrativeAmount, rows: list[BudgetRow]) -> tuple[list[BudgetRow], bool] | None:
    """Every row printing the name the figure's text names (several tables may print it,
    not always with the same amounts), and whether the name was printed in full."""
    named = _named(rows)
    key = f" {name_key(_region(amount))} "
    after = f" {name_key(_after(amount))} "
    if any(f" {b} " in after for _, b in named):
        return None  # "Rp X untuk kegiatan A": the name may belong to the figure after it
    ends: dict[int, list[tuple[BudgetRow, str]]] = {}
    for r, b in named:
        at = key.rfind(f" {b} ")
        if at >= 0:
            ends.setdefault(at + len(b) + 1, []).append((r, b))
    if ends:
        nearest = ends[max(ends)]
        longest = max(len(b) for _, b in nearest)
        return [r for r, b in nearest if len(b) == longest], True
    head = _item_head(amount)
    if head is not None:
        # "4) Perlindungan Anak dengan alokasi …": the item opens with a short name, whole.
        same = [r for r in rows if len(head.split()) >= 2 and bare(r.name) == head]
        if same:
            return same, True
        # "… Dinas Perindustrian dan Perdagangan Provinsi Jawa Barat" for the row's "… Dinas
        # Perindag Prov. Jabar": the same name but for syllable acronyms (a reading: not certain).
        spelled = [r for r, b in named if same_but_acronyms(head, b)]
        if spelled:
            return spelled, False
    guess = _guessed(head, named)
    return ([guess.row], False) if guess is not None else None


def _item_head(amount: NarrativeAmount) -> str | None:
    """The list item's opening words, up to where its sentence goes on after the name."""
    if amount.item_lead is None:
        return None
    head = _LEVEL_WORD.sub("", amount.item_lead.strip())
    m = _HEAD_END.search(head)
    return name_key(head[:m.start()] if m else head)


def _guessed(head: str | None, named: list[tuple[BudgetRow, str]]) -> RowMatch | None:
    """The row the list item's opening words name in other words."""
    if head is None or len(head.split()) < MIN_NAME_WORDS:
        return None
    scored: dict[str, tuple[float, list[BudgetRow]]] = {}
    for r, b in named:
        score = max(fuzz.ratio(head, b), fuzz.token_sort_ratio(head, b), fuzz.token_set_ratio(head, b))
        scored.setdefault(b, (score, []))[1].append(r)
    ranked = sorted(scored.values(), key=lambda s: -s[0])
    if not ranked or ranked[0][0] < MIN_SIMILARITY:
        return None
    if len(ranked) > 1 and ranked[1][0] > ranked[0][0] - MIN_LEAD:
        return None
    row = _one(ranked[0][1])
    return RowMatch(row, False) if row is not None else None
