"""Unit words printed after numbers in LKjIP tables, and how to compare them.

Reports write the same unit many ways in one document ("lbr", "lb", "lembar"; "kali",
"Kali", "x"; "%", "persen"), and now and then misspell one ("dokumn", "tuisan"). Checks
that compare a target with its realisation must not flag "6.000 lbr" against
"6.000 lb" as a unit change, but they should be able to say that "tuisan" is probably
"tulisan". This module gives the canonical spelling (`normalize_unit`), equivalence
(`units_equivalent`) and a deliberately narrow typo test (`unit_typo_of`).
"""

from __future__ import annotations

import re

__all__ = [
    "CANONICAL_UNITS",
    "edit_distance",
    "is_known_unit",
    "normalize_unit",
    "unit_typo_of",
    "units_equivalent",
]

# canonical -> spellings seen in reports (lower case, without trailing punctuation).
# Only abbreviations and misspellings that are unambiguous in LKjIP tables belong here;
# a spelling that could mean two units stays out and passes through unchanged.
_SPELLINGS: dict[str, tuple[str, ...]] = {
    "eks": ("eks", "eksemplar", "exemplar", "exp", "expl", "eksp", "ekspl"),
    "lembar": ("lembar", "lbr", "lb", "lmbr", "lbar"),
    "kali": ("kali", "x", "kl"),
    "orang": ("orang", "org", "orng"),
    # "jiwa" (population head-count) is kept apart from "orang" (participants, staff):
    # reports use them for different indicators and mixing them hides a real change.
    "jiwa": ("jiwa",),
    "dokumen": ("dokumen", "dok", "dokumn", "doc"),
    "tulisan": ("tulisan",),
    "adv": ("adv", "advertorial", "advetorial"),
    "persen": ("%", "persen", "prosen", "percent", "pct"),
    "paket": ("paket", "pkt"),
    "kegiatan": ("kegiatan", "keg"),
    "laporan": ("laporan", "lap"),
    "buku": ("buku", "bk"),
    "unit": ("unit", "unt"),
    "bulan": ("bulan", "bln"),
    "hari": ("hari", "hr"),
    "tahun": ("tahun", "thn"),
    "minggu": ("minggu", "mgg"),
    "jam": ("jam",),
    "judul": ("judul", "jdl"),
    "naskah": ("naskah",),
    "berita": ("berita",),
    "respon": ("respon", "respons", "response"),
    "buah": ("buah", "bh"),
    "rupiah": ("rupiah", "rp"),
    "program": ("program",),
    "sambutan": ("sambutan",),
    "siaran": ("siaran",),
    "tayangan": ("tayangan",),
    "episode": ("episode", "eps"),
    "spanduk": ("spanduk",),
    "baliho": ("baliho",),
    "lokasi": ("lokasi",),
    "titik": ("titik",),
    "set": ("set",),
    "rim": ("rim",),
    "pesan": ("pesan",),
    "liputan": ("liputan",),
    "release": ("release", "rilis"),
}

_ALIASES: dict[str, str] = {
    spelling: canonical for canonical, spellings in _SPELLINGS.items() for spelling in spellings
}

CANONICAL_UNITS: frozenset[str] = frozenset(_SPELLINGS)
"""Every canonical unit `normalize_unit` can return for a known spelling."""

_TRAILING_PUNCT = ".,;:"
_SPACES = re.compile(r"\s+")

# Shorter words are mostly abbreviations, where one letter is the whole difference
# between two legitimate units ("lb"/"lbr" are the same, "kal"/"kali" may not be).
_TYPO_MIN_LENGTH = 4


def _clean(raw: str | None) -> str | None:
    """Lower-case, collapse inner spaces and drop trailing punctuation; None if empty."""
    if raw is None:
        return None
    cleaned = _SPACES.sub(" ", raw.strip()).rstrip(_TRAILING_PUNCT).strip().lower()
    return cleaned or None


def normalize_unit(raw: str | None) -> str | None:
    """Canonical spelling of a unit word as printed after a number.

    Known spellings map to one canonical word ("lbr" -> "lembar", "%" -> "persen",
    "Kali" -> "kali"); unknown words pass through lower-cased and stripped of trailing
    punctuation ("LKJ" -> "lkj"), so two cells printing the same unknown word still
    compare equal. Returns None for None or blank input.
    """
    cleaned = _clean(raw)
    if cleaned is None:
        return None
    return _ALIASES.get(cleaned, cleaned)


def is_known_unit(raw: str | None) -> bool:
    """True when `raw` is a spelling listed here (used to tell units from prose words)."""
    cleaned = _clean(raw)
    return cleaned is not None and cleaned in _ALIASES


def units_equivalent(a: str | None, b: str | None) -> bool:
    """True when both spellings denote the same unit ("lbr" and "lb", "%" and "persen").

    Two missing units are equivalent; a missing and a present unit are not. Typos are
    not equivalences: use `unit_typo_of` for those, so a check can report them.
    """
    return normalize_unit(a) == normalize_unit(b)


def edit_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance: insertions, deletions, substitutions and
    adjacent transpositions each cost 1 (a transposition is the commonest typing slip)."""
    if a == b:
        return 0
    if not a or not b:
        return len(a) + len(b)
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def unit_typo_of(a: str | None, b: str | None) -> bool:
    """True when one unit word is probably a misspelling of the other.

    The test is narrow on purpose, because a false "typo" finding costs a reader's trust:
    both words must be alphabetic, at least 4 letters long, differ only by one edit
    (insert, delete, substitute or swap two neighbours: "dokumn"/"dokumen",
    "tuisan"/"tulisan"), and must not be two different known units. Case differences
    ("Kali"/"kali") are not typos. Words under 4 letters never qualify: they are mostly
    abbreviations, so "kal" vs "kali" or "lb" vs "lbr" is left to `units_equivalent`
    rather than guessed at. The test is about spelling, not meaning: "dokumn" is both
    equivalent to "dokumen" and a typo of it, and a check may report the slip.
    """
    clean_a, clean_b = _clean(a), _clean(b)
    if clean_a is None or clean_b is None or clean_a == clean_b:
        return False
    if not (clean_a.isalpha() and clean_b.isalpha()):
        return False
    if min(len(clean_a), len(clean_b)) < _TYPO_MIN_LENGTH:
        return False
    canonical_a, canonical_b = _ALIASES.get(clean_a), _ALIASES.get(clean_b)
    if canonical_a is not None and canonical_b is not None and canonical_a != canonical_b:
        return False
    return edit_distance(clean_a, clean_b) <= 1
