"""Tests for lkjip.numbers.units: canonical spellings, equivalence and the narrow typo test."""

from __future__ import annotations

import pytest

from lkjip.numbers import units
from lkjip.numbers.units import (
    CANONICAL_UNITS,
    edit_distance,
    is_known_unit,
    normalize_unit,
    unit_typo_of,
    units_equivalent,
)


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("eks", "eks"),
        ("Eksemplar", "eks"),
        ("exp", "eks"),
        ("expl", "eks"),
        ("lembar", "lembar"),
        ("lbr", "lembar"),
        ("lb", "lembar"),
        ("lmbr", "lembar"),
        ("kali", "kali"),
        ("Kali", "kali"),
        ("x", "kali"),
        ("kl", "kali"),
        ("org", "orang"),
        ("orang", "orang"),
        ("jiwa", "jiwa"),
        ("dok", "dokumen"),
        ("dokumn", "dokumen"),
        ("Dokumen", "dokumen"),
        ("tulisan", "tulisan"),
        ("adv", "adv"),
        ("advertorial", "adv"),
        ("%", "persen"),
        ("persen", "persen"),
        ("prosen", "persen"),
        ("paket", "paket"),
        ("kegiatan", "kegiatan"),
        ("laporan", "laporan"),
        ("buku", "buku"),
        ("unit", "unit"),
        ("bulan", "bulan"),
        ("hari", "hari"),
        ("judul", "judul"),
        ("naskah", "naskah"),
        ("berita", "berita"),
        ("respon", "respon"),
        # punctuation and spacing
        ("eks.", "eks"),
        (" lbr, ", "lembar"),
        ("org:", "orang"),
        # unknown words pass through, lower-cased
        ("LKJ", "lkj"),
        ("LPPD.", "lppd"),
        ("Tuisan", "tuisan"),
        ("dokumen  RKA", "dokumen rka"),
    ],
)
def test_normalize_unit(raw: str, canonical: str) -> None:
    assert normalize_unit(raw) == canonical


@pytest.mark.parametrize("raw", [None, "", "  ", "."])
def test_normalize_unit_empty(raw: str | None) -> None:
    assert normalize_unit(raw) is None


def test_canonical_units_are_fixed_points() -> None:
    for unit in CANONICAL_UNITS:
        assert normalize_unit(unit) == unit
        assert is_known_unit(unit)


def test_jiwa_is_not_orang() -> None:
    assert not units_equivalent("jiwa", "orang")


def test_is_known_unit() -> None:
    assert is_known_unit("Lbr.")
    assert not is_known_unit("dapat")
    assert not is_known_unit(None)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("lbr", "lb", True),
        ("lembar", "lbr", True),
        ("kali", "Kali", True),
        ("%", "persen", True),
        ("eks", "eksemplar", True),
        ("dokumn", "dokumen", True),
        (None, None, True),
        ("eks", None, False),
        ("eks", "lbr", False),
        ("tuisan", "tulisan", False),  # a typo, not an equivalence
        ("LKJ", "lkj", True),
    ],
)
def test_units_equivalent(a: str | None, b: str | None, expected: bool) -> None:
    assert units_equivalent(a, b) is expected
    assert units_equivalent(b, a) is expected


def test_unit_typo_of_is_about_spelling_not_meaning() -> None:
    # equivalent units can still be misspelt; a check may report both facts
    assert units_equivalent("dokumn", "dokumen")
    assert unit_typo_of("dokumn", "dokumen")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("dokumn", "dokumen", True),  # deletion
        ("tuisan", "tulisan", True),
        ("tulsian", "tulisan", True),  # swapped neighbours
        ("kometar", "komentar", True),
        ("lapora", "laporan", True),
        ("tulisan", "tulisan", False),  # identical is not a typo
        ("Kali", "kali", False),  # nor is capitalisation
        ("kal", "kali", False),  # too short to tell a typo from an abbreviation
        ("lb", "lbr", False),
        ("eks", "ekx", False),
        ("buku", "bulan", False),
        ("hari", "jari", True),  # unknown word one slip from a known unit
        ("bulan", "bukan", True),
        ("dokumen", "tulisan", False),
        ("respon", "respons", True),  # one slip apart, though both spell one unit
        (None, "kali", False),
        ("12kali", "kali", False),
    ],
)
def test_unit_typo_of(a: str | None, b: str | None, expected: bool) -> None:
    assert unit_typo_of(a, b) is expected
    assert unit_typo_of(b, a) is expected


def test_two_known_units_are_never_typos(monkeypatch: pytest.MonkeyPatch) -> None:
    # no two distinct canonical units are one slip apart today; guard the rule anyway
    assert unit_typo_of("hari", "jari")
    monkeypatch.setitem(units._ALIASES, "jari", "jari")
    assert not unit_typo_of("hari", "jari")


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("", "", 0),
        ("", "abc", 3),
        ("kali", "kali", 0),
        ("dokumn", "dokumen", 1),
        ("tulsian", "tulisan", 1),
        ("abc", "cba", 2),
        ("kitten", "sitting", 3),
    ],
)
def test_edit_distance(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b) == distance
    assert edit_distance(b, a) == distance
