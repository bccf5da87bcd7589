"""Tests for lkjip.numbers.quantity, including every indicator cell of the seed truth."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lkjip.numbers.numerals import NumberStyle
from lkjip.numbers.quantity import Quantity, QuantityPart, normalize_metric, parse_quantity
from lkjip.numbers.units import normalize_unit

# tests/numbers/<this file> -> parents[2] is the repository; shared/ sits beside it
TRUTH = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "seed" / "truth.json"


def _cells(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every {"raw": ...} cell under normalized.indicators, with where it was found."""
    if isinstance(node, dict):
        if "raw" in node:
            yield path, node
            return
        for key, child in node.items():
            yield from _cells(child, f"{path}.{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _cells(child, f"{path}[{index}]")


def _truth_cells() -> list[tuple[str, dict[str, Any]]]:
    if not TRUTH.is_file():
        return []
    normalized = json.loads(TRUTH.read_text(encoding="utf-8"))["normalized"]
    cells = list(_cells(normalized["indicators"], "indicators"))
    cells += _cells(normalized.get("pendidikan_pns", []), "pendidikan_pns")
    return cells


TRUTH_CELLS = _truth_cells()


def test_truth_cells_were_found() -> None:
    if not TRUTH.is_file():
        pytest.skip(f"seed truth not available at {TRUTH}")
    assert len(TRUTH_CELLS) > 100


@pytest.mark.parametrize(
    ("where", "cell"),
    TRUTH_CELLS or [pytest.param("", {}, marks=pytest.mark.skip(reason="no seed truth"))],
    ids=[where for where, _ in TRUTH_CELLS] or None,
)
def test_seed_truth_cell(where: str, cell: dict[str, Any]) -> None:
    quantity = parse_quantity(cell["raw"])
    if cell["raw"].strip() in {"-", "–", ""}:
        assert quantity is None
        assert cell["value"] is None
        return
    assert quantity is not None, where
    assert quantity.text == cell["raw"]
    assert quantity.value == cell["value"]
    assert quantity.unit == normalize_unit(cell["unit"])
    assert quantity.unit_raw == cell["unit"]
    assert quantity.note == cell.get("note")

    expected_secondary = cell.get("secondary")
    if expected_secondary is None:
        assert quantity.secondary is None
    else:
        assert quantity.secondary is not None
        assert quantity.secondary.label == expected_secondary["label"]
        assert quantity.secondary.value == expected_secondary["value"]
        assert quantity.secondary.unit == normalize_unit(expected_secondary["unit"])

    components = cell.get("components")
    if components is None:
        assert quantity.parts is None
    else:
        assert quantity.parts is not None
        assert [
            {
                "platform": part.platform,
                "metric": part.metric,
                "metric_norm": part.metric_norm,
                "value": part.value,
            }
            for part in quantity.parts
        ] == components
        for part in quantity.parts:
            assert part.label == f"{part.platform} {part.metric}"


@pytest.mark.parametrize("text", ["-", "–", "—", "", "  ", " - "])
def test_missing(text: str) -> None:
    assert parse_quantity(text) is None


class TestSingleValues:
    def test_count(self) -> None:
        quantity = parse_quantity("429.352 eks")
        assert quantity == Quantity(
            text="429.352 eks",
            value=429352,
            unit="eks",
            unit_raw="eks",
            note=None,
            secondary=None,
            parts=None,
        )

    def test_unit_words_are_normalized(self) -> None:
        assert parse_quantity("6.000 lb").unit == "lembar"
        assert parse_quantity("1 Kali").unit == "kali"
        assert parse_quantity("1 LKJ").unit == "lkj"
        assert parse_quantity("1 LKJ").unit_raw == "LKJ"

    def test_percent_with_head_count(self) -> None:
        quantity = parse_quantity("100 % (730 respon)")
        assert (quantity.value, quantity.unit, quantity.unit_raw) == (100, "persen", "%")
        assert quantity.note == "(730 respon)"
        assert quantity.secondary == QuantityPart(
            label=None, value=730, unit="respon", text="730 respon"
        )

    def test_decimal_percent_with_note(self) -> None:
        quantity = parse_quantity("16.6% (730 respon)")
        assert (quantity.value, quantity.unit) == (16.6, "persen")
        assert quantity.secondary.value == 730

    def test_labelled_note(self) -> None:
        quantity = parse_quantity("429.352 eks (target 2016: 31476 eks)")
        assert quantity.value == 429352
        assert quantity.secondary.label == "target 2016"
        assert (quantity.secondary.value, quantity.secondary.unit) == (31476, "eks")

    def test_prose_note_has_no_secondary(self) -> None:
        quantity = parse_quantity("1 Kali (belum ada target di 2016 dan 2017)")
        assert quantity.value == 1
        assert quantity.note == "(belum ada target di 2016 dan 2017)"
        assert quantity.secondary is None

    def test_missing_value_keeps_unit(self) -> None:
        quantity = parse_quantity("- kali")
        assert (quantity.value, quantity.unit, quantity.unit_raw) == (None, "kali", "kali")

    def test_unit_of_several_words(self) -> None:
        quantity = parse_quantity("2 dokumen RKA")
        assert (quantity.value, quantity.unit_raw, quantity.unit) == (
            2,
            "dokumen RKA",
            "dokumen rka",
        )

    def test_rupiah_cell(self) -> None:
        quantity = parse_quantity("Rp. 19.253.545.000,-")
        assert (quantity.value, quantity.unit) == (19253545000, None)

    def test_style_hint_is_passed_on(self) -> None:
        assert parse_quantity("1.250 kali").value == 1250
        assert parse_quantity("1.250 kali", NumberStyle.US).value == 1.25

    def test_word_bullet_before_a_single_value(self) -> None:
        quantity = parse_quantity("- 5 kali")
        assert (quantity.value, quantity.unit) == (5, "kali")
        assert parse_quantity("-5 kali").value == -5

    def test_text_without_a_number(self) -> None:
        quantity = parse_quantity("Tersedia")
        assert quantity == Quantity("Tersedia", None, None, None, None, None, None)


class TestCompound:
    SOCIAL = (
        "Facebook:\n- komentar : 238\n- like : 2004\nInstagram:\n- komentar : 96\n- like : 20.511"
    )

    def test_social_media_tally(self) -> None:
        quantity = parse_quantity(self.SOCIAL)
        assert quantity.value is None and quantity.unit is None
        assert [(part.label, part.value) for part in quantity.parts] == [
            ("Facebook komentar", 238),
            ("Facebook like", 2004),
            ("Instagram komentar", 96),
            ("Instagram like", 20511),
        ]
        assert quantity.parts[0].text == "- komentar : 238"

    def test_headers_without_colons(self) -> None:
        quantity = parse_quantity("Facebook\nKomentar:238\nLike: 2004")
        assert [(p.platform, p.metric, p.metric_norm, p.value) for p in quantity.parts] == [
            ("Facebook", "Komentar", "komentar", 238),
            ("Facebook", "Like", "like", 2004),
        ]

    def test_platform_and_metric_on_one_line(self) -> None:
        (part,) = parse_quantity("Facebook: 95 komentar").parts
        assert (part.label, part.platform, part.metric, part.value) == (
            "Facebook komentar",
            "Facebook",
            "komentar",
            95,
        )

    def test_labelled_value_that_is_not_social_media(self) -> None:
        (part,) = parse_quantity("Target: 95 eks").parts
        assert (part.label, part.platform, part.metric, part.unit) == ("Target", None, None, "eks")

    def test_one_amount_per_line(self) -> None:
        quantity = parse_quantity("Rp. 2.316.431.000,-\nRp. 1.464.448.000,-\nRp.15.472.666.000,-")
        assert quantity.value is None
        assert [part.value for part in quantity.parts] == [2316431000, 1464448000, 15472666000]
        assert all(part.label is None for part in quantity.parts)

    def test_heading_with_digits(self) -> None:
        (part,) = parse_quantity("Tahun 2016:\n- target 2016: 500 eks").parts
        assert (part.platform, part.metric, part.value, part.unit) == (
            "Tahun 2016",
            "target 2016",
            500,
            "eks",
        )

    def test_an_unreadable_line_spoils_the_cell(self) -> None:
        quantity = parse_quantity("Facebook:\n- komentar : banyak")
        assert quantity.value is None and quantity.parts is None

    def test_to_dict(self) -> None:
        data = parse_quantity("Facebook:\n- kometar: 195").to_dict()
        assert data == {
            "text": "Facebook:\n- kometar: 195",
            "value": None,
            "unit": None,
            "unit_raw": None,
            "note": None,
            "secondary": None,
            "parts": [
                {
                    "label": "Facebook kometar",
                    "value": 195,
                    "unit": None,
                    "platform": "Facebook",
                    "metric": "kometar",
                    "metric_norm": "komentar",
                }
            ],
        }


def test_to_dict_single_value() -> None:
    data = parse_quantity("100 % (730 respon)").to_dict()
    assert data["value"] == 100 and data["unit"] == "persen" and data["parts"] is None
    assert data["note"] == "(730 respon)"
    assert data["secondary"]["value"] == 730
    json.dumps(data)  # serialisable as is


@pytest.mark.parametrize(
    ("metric", "canonical"),
    [
        ("komentar", "komentar"),
        ("Komentar", "komentar"),
        ("kometar", "komentar"),
        ("Like", "like"),
        ("likes", "like"),
        ("comments", "komentar"),
        ("Followers", "follower"),
        ("tayangan", "view"),
        ("reaksi", "reaksi"),  # unknown: lower-cased, not guessed
    ],
)
def test_normalize_metric(metric: str, canonical: str) -> None:
    assert normalize_metric(metric) == canonical


def test_unit_wrapped_over_lines_is_the_values_unit() -> None:
    # A narrow cell wraps "13.125 meter kubik" over three lines.
    q = parse_quantity("13.125\nmeter\nkubik")
    assert q is not None and (q.value, q.unit_raw, q.text) == (13125, "meter kubik", "13.125\nmeter\nkubik")
    # Lines with digits of their own are not a wrapped unit.
    assert parse_quantity("Facebook:\n- komentar : 238").value is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("9 kab/kota", 9, "kab/kota"), ("545 desa/kel", 545, "desa/kel"), ("38\nDesa/kel", 38, "desa/kel"),
     ("10 kab / kota", 10, "kab/kota")],
)
def test_unit_of_alternatives_joined_by_a_slash(text: str, value: int, unit: str) -> None:
    q = parse_quantity(text)
    assert q is not None and q.value == value and q.unit == unit


@pytest.mark.parametrize("text", ["12/24 bulan", "2/3", "100%/tahun"])
def test_a_slash_between_numbers_is_no_slashed_unit(text: str) -> None:
    q = parse_quantity(text)
    assert q is None or q.value is None
