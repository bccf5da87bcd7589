"""Tests for lkjip.numbers.numerals: the cases printed in the seed report and the
separator rules around them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkjip.numbers.numerals import (
    NumberStyle,
    ParsedNumber,
    decimals_printed,
    detect_style,
    find_numbers,
    format_id,
    parse_number,
    parse_percent,
    parse_rupiah,
)

ID, US = NumberStyle.ID, NumberStyle.US


@pytest.mark.parametrize(
    ("text", "value", "kind", "unit", "style", "ambiguous"),
    [
        # rupiah, Indonesian notation, as printed in the seed
        ("Rp. 19.253.545.000,-", 19253545000, "rupiah", None, ID, False),
        ("Rp19.253.545.000,00", 19253545000, "rupiah", None, ID, False),
        ("Rp.15.472.666.000,-", 15472666000, "rupiah", None, ID, False),
        ("2.316.431.000,-", 2316431000, "rupiah", None, ID, False),
        ("2.495.792.000, -", 2495792000, "rupiah", None, ID, False),  # a scan's space in ",-"
        ("6.307.195.646", 6307195646, "other", None, ID, False),
        ("3.700.446.697,71", 3700446697.71, "other", None, ID, False),
        # percentages: ',' decimal, and a dot + 1-2 digits is decimal too
        ("98,17 %", 98.17, "percent", "%", ID, False),
        ("98.17 %", 98.17, "percent", "%", US, False),
        ("69,94%", 69.94, "percent", "%", ID, False),
        ("16.6", 16.6, "other", None, US, False),
        ("100 %", 100, "percent", "%", None, False),
        ("100%", 100, "percent", "%", None, False),
        ("21 persen", 21, "percent", "persen", None, False),
        # counts with units, attached or not
        ("429.352 eks", 429352, "count", "eks", ID, True),
        ("6000 lbr", 6000, "count", "lbr", None, False),
        ("1.250eks", 1250, "count", "eks", ID, True),
        ("384kali", 384, "count", "kali", None, False),
        ("12.000 eks", 12000, "count", "eks", ID, True),
        ("1 Kali", 1, "count", "Kali", None, False),
        ("1 LKJ", 1, "count", "LKJ", None, False),
        ("12 org.", 12, "count", "org", None, False),
        # US notation
        ("399,380,000.00", 399380000, "other", None, US, False),
        ("Rp.45,381,466,800.00", 45381466800, "rupiah", None, US, False),
        ("284,670,000.00", 284670000, "other", None, US, False),
        ("300,000,000", 300000000, "other", None, US, False),
        ("1,234.56", 1234.56, "other", None, US, False),
        ("1.234,56", 1234.56, "other", None, ID, False),
        # scale words
        ("Rp 1,5 milyar", 1500000000, "rupiah", None, ID, False),
        ("2 juta orang", 2000000, "count", "orang", None, False),
        ("5 juta rupiah", 5000000, "rupiah", "rupiah", None, False),
        # plain and signed
        ("2018", 2018, "other", None, None, False),
        ("-5 %", -5, "percent", "%", None, False),
        ("IDR 1.000.000", 1000000, "rupiah", None, ID, False),
    ],
)
def test_parse_number_cases(
    text: str,
    value: float,
    kind: str,
    unit: str | None,
    style: NumberStyle | None,
    ambiguous: bool,
) -> None:
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == pytest.approx(value)
    assert parsed.kind == kind
    assert parsed.unit == unit
    assert parsed.style is style
    assert parsed.ambiguous is ambiguous
    assert parsed.text == text
    assert (parsed.start, parsed.end) == (0, len(text))


def test_value_is_int_when_integral() -> None:
    assert type(parse_number("Rp19.253.545.000,00").value) is int
    assert type(parse_number("399,380,000.00").value) is int
    assert type(parse_number("3.700.446.697,71").value) is float
    assert parse_number("3.700.446.697,71").value == 3700446697.71


@pytest.mark.parametrize("text", ["-", "–", "—", "", "   ", " - "])
def test_missing_marks_are_none(text: str) -> None:
    assert parse_number(text) is None
    assert parse_rupiah(text) is None
    assert parse_percent(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "100 % (730 respon)",  # a note: parse_quantity's job
        "Rp. 1.000,-\nRp. 2.000,-",  # two amounts in one cell
        "3.1.2",  # section number, no notation fits
        "5.2.2.01.01",  # budget account code
        "1.",  # list numbering
        "12.34.567",
        "1.234.56",
        "1,234,56.7",
        "abc",
        "- kali",
        "5 dan 6",
    ],
)
def test_not_a_single_number(text: str) -> None:
    assert parse_number(text) is None


def test_span_ignores_surrounding_whitespace() -> None:
    parsed = parse_number("  98,17 %\n")
    assert parsed is not None
    assert parsed.text == "98,17 %"
    assert (parsed.start, parsed.end) == (2, 9)


class TestAmbiguousSingleGroup:
    """One separator followed by exactly three digits: the hint decides, and says so."""

    def test_dot_defaults_to_thousands(self) -> None:
        parsed = parse_number("1.250")
        assert (parsed.value, parsed.style, parsed.ambiguous) == (1250, ID, True)

    def test_dot_with_us_hint_is_decimal(self) -> None:
        parsed = parse_number("1.250", US)
        assert (parsed.value, parsed.style, parsed.ambiguous) == (1.25, US, True)

    def test_comma_defaults_to_decimal(self) -> None:
        parsed = parse_number("1,250")
        assert (parsed.value, parsed.style, parsed.ambiguous) == (1.25, ID, True)

    def test_comma_with_us_hint_is_thousands(self) -> None:
        parsed = parse_number("1,250", US)
        assert (parsed.value, parsed.style, parsed.ambiguous) == (1250, US, True)

    def test_id_hint_still_flags(self) -> None:
        assert parse_number("1.250", ID).ambiguous is True

    @pytest.mark.parametrize("text", ["0,250", "0.250", "1234.567", "1,2500"])
    def test_impossible_grouping_is_a_plain_decimal(self, text: str) -> None:
        parsed = parse_number(text, US)
        assert parsed.ambiguous is False
        assert parsed.value == pytest.approx(float(text.replace(",", ".")))

    @pytest.mark.parametrize(
        ("text", "value", "style"),
        [("Rp 1.250", 1250, ID), ("Rp 1,250", 1250, US), ("1.250,-", 1250, ID)],
    )
    def test_rupiah_never_has_three_decimals(
        self, text: str, value: int, style: NumberStyle
    ) -> None:
        parsed = parse_number(text)
        assert (parsed.value, parsed.style, parsed.ambiguous) == (value, style, False)

    def test_several_groups_are_never_ambiguous(self) -> None:
        assert parse_number("1.250.000", US).value == 1250000
        assert parse_number("1.250.000", US).ambiguous is False

    def test_scaled_rupiah_keeps_the_ambiguity(self) -> None:
        parsed = parse_number("Rp 1,250 juta")
        assert parsed.ambiguous is True
        assert parsed.value == 1250000


class TestParseRupiahAndPercent:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Rp. 19.253.545.000,-", 19253545000),
            ("Rp19.253.545.000,00", 19253545000),
            ("Rp.15.472.666.000,-", 15472666000),
            ("2.316.431.000,-", 2316431000),
            ("6.307.195.646", 6307195646),
            ("3.700.446.697,71", 3700446697.71),
            ("Rp.45,381,466,800.00", 45381466800),
            ("300,000,000", 300000000),
        ],
    )
    def test_rupiah(self, text: str, value: float) -> None:
        assert parse_rupiah(text) == value

    @pytest.mark.parametrize("text", ["98,17 %", "429.352 eks", "abc"])
    def test_not_rupiah(self, text: str) -> None:
        assert parse_rupiah(text) is None

    @pytest.mark.parametrize(
        ("text", "value"),
        [("98,17 %", 98.17), ("98.17 %", 98.17), ("69,94%", 69.94), ("100 %", 100.0)],
    )
    def test_percent(self, text: str, value: float) -> None:
        result = parse_percent(text)
        assert isinstance(result, float)
        assert result == value

    @pytest.mark.parametrize("text", ["98,17", "Rp 100", "16.6"])
    def test_bare_number_is_not_a_percentage(self, text: str) -> None:
        assert parse_percent(text) is None


SEED_PARAGRAPH = (
    "Untuk menunjang Program dan Kegiatan di Biro Humas dan Protokol pada APBD Murni "
    "dengan Alokasi anggaran sebesar Rp. 18.353.545.000,- (Delapan belas milyar tiga "
    "ratus lima puluh tiga juta lima ratus empat puluh lima ribu rupiah) namun terkait "
    "dengan belanja ... hingga akhir Tahun 2018 maka ... menjadi Rp. 19.253.454.000,- "
    "(Sembilan belas milyar dua ratus lima puluh tiga juta empat ratus lima puluh empat "
    "ribu rupiah). Dari Total Anggaran Rp. 19.253.454.000,- terealisasi sebesar "
    "Rp. 18.900.282.622,- (Delapan belas milyar sembilan ratus juta dua ratus delapan "
    "puluh dua ribu enam ratus dua puluh dua rupiah),- atau sama dengan 98.17 %"
)


class TestFindNumbers:
    def test_seed_paragraph(self) -> None:
        found = find_numbers(SEED_PARAGRAPH)
        assert [(n.text, n.value, n.kind) for n in found] == [
            ("Rp. 18.353.545.000,-", 18353545000, "rupiah"),
            ("2018", 2018, "other"),
            ("Rp. 19.253.454.000,-", 19253454000, "rupiah"),
            ("Rp. 19.253.454.000,-", 19253454000, "rupiah"),
            ("Rp. 18.900.282.622,-", 18900282622, "rupiah"),
            ("98.17 %", 98.17, "percent"),
        ]
        for number in found:
            assert SEED_PARAGRAPH[number.start : number.end] == number.text

    def test_percentages_and_units(self) -> None:
        text = "realisasi keuangan 69,94 %, sebanyak 2.100 orang dan 384kali serta 1.250eks"
        found = find_numbers(text)
        assert [(n.text, n.value, n.kind, n.unit) for n in found] == [
            ("69,94 %", 69.94, "percent", "%"),
            ("2.100 orang", 2100, "count", "orang"),
            ("384kali", 384, "count", "kali"),
            ("1.250eks", 1250, "count", "eks"),
        ]

    def test_list_numbers_are_skipped(self) -> None:
        text = "1. Program Pelayanan\n 2. Program Peningkatan\n3.1. Sub bab\n4) Lain"
        assert find_numbers(text) == []

    def test_numbers_mid_line_ending_a_sentence_are_kept(self) -> None:
        assert [n.value for n in find_numbers("Jumlah pegawai 70.")] == [70]

    def test_codes_and_glued_letters_are_skipped(self) -> None:
        text = "kode 5.2.2.01.01, pendidikan D3 dan S.1/D.IV, jaringan 3G, bab 3.1.2"
        assert find_numbers(text) == []

    def test_prose_word_is_not_a_unit(self) -> None:
        (year,) = find_numbers("Tahun 2018 dapat")
        assert (year.text, year.kind, year.unit) == ("2018", "other", None)

    def test_regulation_citation_is_not_a_count_of_years(self) -> None:
        text = "Peraturan Gubernur Jambi nomor 32 Tahun 2016, masa kerja 5 tahun"
        assert [(n.text, n.unit) for n in find_numbers(text)] == [
            ("32", None),
            ("2016", None),
            ("5 tahun", "tahun"),
        ]

    def test_unit_on_next_line_is_not_attached(self) -> None:
        first, _second = find_numbers("jumlah 12\neks 5")
        assert (first.text, first.unit) == ("12", None)

    def test_ranges_do_not_become_negative(self) -> None:
        assert [n.value for n in find_numbers("periode 2016-2018")] == [2016, 2018]

    def test_us_amounts(self) -> None:
        (amount,) = find_numbers("total Rp.45,381,466,800.00 tahun ini")
        assert (amount.value, amount.style, amount.kind) == (45381466800, US, "rupiah")

    def test_style_hint_reaches_ambiguous_tokens(self) -> None:
        (number,) = find_numbers("naik 1,250 kali", US)
        assert (number.value, number.ambiguous) == (1250, True)

    def test_results_are_parsed_numbers_with_spans(self) -> None:
        text = "sebesar Rp. 2.316.431.000,- saja"
        (amount,) = find_numbers(text)
        assert isinstance(amount, ParsedNumber)
        assert (amount.start, amount.end) == (8, 27)


class TestDetectStyle:
    def test_seed_is_indonesian(self) -> None:
        assert detect_style([SEED_PARAGRAPH, "2.316.431.000,-", "98.17 %"]) is ID

    def test_us_document(self) -> None:
        assert detect_style(["399,380,000.00", "284,670,000.00", "300,000,000"]) is US

    def test_majority_wins(self) -> None:
        assert detect_style(["399,380,000.00", "1.234.567", "2.345.678"]) is ID

    def test_only_unambiguous_tokens_vote(self) -> None:
        # "1,250" and "1.250" could be either; lone decimals ("98.17") do not vote
        assert detect_style(["1,250", "1.250", "98.17 %", "69,94 %", "2018"]) is None

    def test_tie_is_none(self) -> None:
        assert detect_style(["1.234.567", "1,234,567"]) is None

    def test_empty(self) -> None:
        assert detect_style([]) is None

    def test_single_string_is_one_text(self) -> None:
        assert detect_style("Rp. 19.253.545.000,-") is ID

    def test_rupiah_single_group_votes(self) -> None:
        assert detect_style(["Rp 1,250", "Rp 2,500"]) is US


@pytest.mark.parametrize(
    ("text", "decimals"),
    [
        ("98,17 %", 2),
        ("98 %", 0),
        ("16.6", 1),
        ("Rp19.253.545.000,00", 2),
        ("2.316.431.000,-", 0),
        ("3.700.446.697,71", 2),
        ("1.250", 0),
        ("1,250", 3),
        ("16.6% (730 respon)", 1),  # first number of several
        ("-", 0),
        ("tidak ada", 0),
    ],
)
def test_decimals_printed(text: str, decimals: int) -> None:
    assert decimals_printed(text) == decimals


def test_decimals_printed_follows_the_hint() -> None:
    assert decimals_printed("1.250", US) == 3


class TestFormatId:
    @pytest.mark.parametrize(
        ("value", "decimals", "expected"),
        [
            (19253545000, None, "19.253.545.000"),
            (98.17, None, "98,17"),
            (100, None, "100"),
            (100.0, None, "100"),
            (0, None, "0"),
            (999, None, "999"),
            (1000, None, "1.000"),
            (-1234567, None, "-1.234.567"),
            (3700446697.71, None, "3.700.446.697,71"),
            (98.175, 2, "98,18"),  # half up, as reports round
            (98.165, 2, "98,17"),
            (2.5, 0, "3"),
            (100, 2, "100,00"),
            (-0.001, 2, "0,00"),
            (0.1 + 0.2, None, "0,30000000000000004"),
        ],
    )
    def test_examples(self, value: float, decimals: int | None, expected: str) -> None:
        assert format_id(value, decimals) == expected

    @pytest.mark.parametrize("value", [float("nan"), float("inf")])
    def test_non_finite(self, value: float) -> None:
        with pytest.raises(ValueError):
            format_id(value)

    def test_negative_decimals(self) -> None:
        with pytest.raises(ValueError):
            format_id(1, -1)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_format_id_round_trips_integers(value: int) -> None:
    printed = format_id(value)
    parsed = parse_number(printed)
    assert parsed is not None
    assert parsed.value == value
    assert parse_number(f"Rp. {printed},-").value == value


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**13), st.integers(min_value=1, max_value=2))
def test_format_id_round_trips_decimals(cents: int, decimals: int) -> None:
    value = cents / 10**decimals
    printed = format_id(value, decimals)
    parsed = parse_number(printed)
    assert parsed is not None
    assert parsed.value == pytest.approx(value, rel=1e-12, abs=1e-9)
    assert decimals_printed(printed) == decimals


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1000, max_value=10**15), st.sampled_from([ID, US]))
def test_grouped_integers_read_the_same_under_any_hint(value: int, hint: NumberStyle) -> None:
    us_printed = f"{value:,}"
    id_printed = us_printed.replace(",", ".")
    if value >= 10**6:  # two or more groups: never ambiguous
        assert parse_number(us_printed, hint).value == value
        assert parse_number(id_printed, hint).value == value
        assert parse_number(id_printed, hint).ambiguous is False
    else:
        assert parse_number(id_printed, hint).ambiguous is True


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789.,-% Rpekslbr\n", max_size=30))
def test_never_crashes(text: str) -> None:
    parsed = parse_number(text)
    if parsed is not None:
        assert text[parsed.start : parsed.end] == parsed.text
    for number in find_numbers(text):
        assert text[number.start : number.end] == number.text
    decimals_printed(text)
