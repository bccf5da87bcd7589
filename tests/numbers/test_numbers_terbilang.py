"""Tests for lkjip.numbers.terbilang: amounts in words from the seed report, the
spellings seen in the wild, and round trips against our writer and num2words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkjip.numbers.terbilang import find_terbilang, number_to_words, words_to_number

SEED_WORDS = [
    (
        "(Delapan belas milyar tiga ratus lima puluh tiga juta lima ratus empat puluh "
        "lima ribu rupiah)",
        18353545000,
    ),
    (
        "(Sembilan belas milyar dua ratus lima puluh tiga juta empat ratus lima puluh "
        "empat ribu rupiah)",
        19253454000,
    ),
    (
        "(Delapan belas milyar sembilan ratus juta dua ratus delapan puluh dua ribu enam "
        "ratus dua puluh dua rupiah)",
        18900282622,
    ),
    ("(satu)", 1),
    ("(tiga)", 3),
    ("(sembilan)", 9),
]


@pytest.mark.parametrize(("text", "value"), SEED_WORDS)
def test_seed_words(text: str, value: int) -> None:
    assert words_to_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nol", 0),
        ("satu", 1),
        ("sepuluh", 10),
        ("sebelas", 11),
        ("dua belas", 12),
        ("sembilan belas", 19),
        ("dua puluh", 20),
        ("dua puluh satu", 21),
        ("seratus", 100),
        ("seratus sebelas", 111),
        ("satu ratus", 100),
        ("seribu", 1000),
        ("satu ribu", 1000),
        ("sejuta", 10**6),
        ("satu juta", 10**6),
        ("semilyar", 10**9),
        ("satu miliar", 10**9),
        ("dua milyard", 2 * 10**9),
        ("tiga triliun", 3 * 10**12),
        ("tiga trilyun", 3 * 10**12),
        ("satu kuadriliun", 10**15),
        ("seribu triliun", 10**15),
        ("satu juta seribu", 1001000),
        ("satu juta satu ribu", 1001000),
        ("seratus ribu", 100000),
        ("dua ratus ribu lima ratus", 200500),
        # capitalisation, punctuation, hyphens, spacing, line breaks
        ("Dua Ratus Lima Puluh", 250),
        ("SERATUS", 100),
        ("dua-puluh-lima", 25),
        ("  dua   puluh\n lima  ", 25),
        ("(lima ribu rupiah).", 5000),
        ("lima ribu,-", 5000),
        ("sembilan belas milyar\ndua ratus juta rupiah", 19200000000),
        # run-together words
        ("duapuluh lima", 25),
        ("sembilanbelas", 19),
        ("seratuslima", 105),
        # decimals: digit by digit and as a number
        ("nol koma dua lima", 0.25),
        ("nol koma dua puluh lima", 0.25),
        ("satu koma lima", 1.5),
        ("tiga koma nol lima", 3.05),
        ("sembilan puluh delapan koma satu tujuh", 98.17),
        ("sembilan puluh delapan koma tujuh belas persen", 98.17),
        ("satu koma nol", 1),
        # rupiah and sen
        ("seratus rupiah", 100),
        ("seratus rupiah lima puluh sen", 100.5),
        ("lima puluh sen", 0.5),
        ("minus lima", -5),
    ],
)
def test_words_to_number(text: str, value: float) -> None:
    result = words_to_number(text)
    assert result == pytest.approx(value)
    assert isinstance(result, int) == (value == int(value))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "()",
        "(narasi)",
        "(pt)",
        "(MC)",
        "(730 respon)",
        "Rp. 5.000",
        "lima ribu Rp",
        "rupiah",
        "sen",
        "persen",
        "koma",
        "satu koma",
        "se",
        "ribu",
        "dua tiga",
        "dua puluh tiga ratus",
        "dua juta tiga juta",
        "satu juta nol",
        "nol puluh",
        "sebelas belas",
        "lima ribu dan dua",
        "seratus rupiah lima",
        "Sembilan belas milyar dua ratus dan lain lain",
    ],
)
def test_not_a_number_in_words(text: str) -> None:
    assert words_to_number(text) is None


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (15, "lima belas"),
        (100, "seratus"),
        (110, "seratus sepuluh"),
        (1000, "seribu"),
        (1001000, "satu juta seribu"),
        (10**9, "satu milyar"),
        (
            19253454000,
            "sembilan belas milyar dua ratus lima puluh tiga juta empat ratus lima puluh "
            "empat ribu",
        ),
        (10**15, "satu kuadriliun"),
        (10**21, "seribu kuintiliun"),
        (-7, "minus tujuh"),
    ],
)
def test_number_to_words(value: int, words: str) -> None:
    assert number_to_words(value) == words


@pytest.mark.parametrize("value", [1.5, "5", True])
def test_number_to_words_takes_ints_only(value: object) -> None:
    with pytest.raises(TypeError):
        number_to_words(value)  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_round_trip(value: int) -> None:
    assert words_to_number(number_to_words(value)) == value


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_round_trip_capitalised_in_parentheses(value: int) -> None:
    words = number_to_words(value)
    assert words_to_number(f"({words.capitalize()} rupiah)") == value


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_reads_num2words(value: int) -> None:
    num2words = pytest.importorskip("num2words").num2words
    assert words_to_number(num2words(value, lang="id")) == value


@pytest.mark.parametrize("value", [0.25, 1.5, 3.05, 98.17, 12.5])
def test_reads_num2words_decimals(value: float) -> None:
    num2words = pytest.importorskip("num2words").num2words
    assert words_to_number(num2words(value, lang="id")) == pytest.approx(value)


class TestFindTerbilang:
    def test_seed_paragraph(self) -> None:
        text = (
            "sebesar Rp. 18.353.545.000,- (Delapan belas milyar tiga ratus lima puluh tiga "
            "juta lima ratus empat puluh lima ribu rupiah) namun ... Rp. 18.900.282.622,- "
            "(Delapan belas milyar sembilan ratus juta dua ratus delapan puluh dua ribu "
            "enam ratus dua puluh dua rupiah),- atau sama dengan 98.17 %"
        )
        found = find_terbilang(text)
        assert [value for *_, value in found] == [18353545000, 18900282622]
        for start, end, printed, _ in found:
            assert text[start:end] == printed
            assert printed.startswith("(Delapan") and printed.endswith("rupiah)")

    def test_counts_in_prose(self) -> None:
        text = "dalam 3 (tiga) Program dengan 9 (sembilan) Kegiatan selama 1 (satu) Tahun"
        assert [(printed, value) for _, _, printed, value in find_terbilang(text)] == [
            ("(tiga)", 3),
            ("(sembilan)", 9),
            ("(satu)", 1),
        ]

    def test_other_parentheses_are_skipped(self) -> None:
        text = "Master of Ceremonial (MC), (narasi), (pt), (730 respon), (S.1/D.IV)"
        assert find_terbilang(text) == []

    def test_line_break_inside(self) -> None:
        text = "Rp. 5.000.000,- (lima\njuta rupiah)"
        ((start, end, printed, value),) = find_terbilang(text)
        assert value == 5000000
        assert printed == "(lima\njuta rupiah)"
        assert (start, end) == (16, len(text))
