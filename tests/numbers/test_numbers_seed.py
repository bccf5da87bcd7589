"""The seed truth's budget tables, narrative amounts and terbilang pairs, read with
lkjip.numbers. Skipped when /work/shared (beside the repository) is not there."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lkjip.numbers.numerals import NumberStyle, detect_style, find_numbers, parse_rupiah
from lkjip.numbers.terbilang import find_terbilang, words_to_number

# tests/numbers/<this file> -> parents[2] is the repository; shared/ sits beside it
TRUTH = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "seed" / "truth.json"


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    if not TRUTH.is_file():
        pytest.skip(f"seed truth not available at {TRUTH}")
    return json.loads(TRUTH.read_text(encoding="utf-8"))


def _documents(truth: dict[str, Any]) -> list[dict[str, Any]]:
    return list(truth["documents"].values())


def test_budget_amounts(truth: dict[str, Any]) -> None:
    normalized = truth["normalized"]
    rows = normalized["budget_realisasi_anggaran_2018"]
    checked = 0
    for row in rows:
        for column in ("anggaran", "realisasi"):
            assert parse_rupiah(row[f"{column}_raw"]) == row[column], row
            checked += 1
    for row in normalized["program_anggaran_2018"]:
        assert parse_rupiah(row["anggaran_raw"]) == row["anggaran"], row
        checked += 1
    assert checked > 20


def test_narrative_amounts_are_found(truth: dict[str, Any]) -> None:
    for document in _documents(truth):
        for amount in document["narrative_amounts"]:
            found = find_numbers(f"{amount['context_before']} {amount['text']} dan")
            assert found, amount
            last = found[-1]
            assert (last.text, last.value, last.kind) == (
                amount["text"],
                amount["value"],
                amount["kind"],
            )


def test_terbilang_pairs(truth: dict[str, Any]) -> None:
    for document in _documents(truth):
        for pair in document["terbilang"]:
            assert words_to_number(pair["words"]) == pair["words_value"]
            sentence = f"sebesar {pair['numeral']} {pair['words']} dan seterusnya"
            ((_, _, printed, value),) = find_terbilang(sentence)
            assert (printed, value) == (pair["words"], pair["words_value"])
            numbers = find_numbers(sentence)
            assert numbers[0].value == pair["numeral_value"]


def test_every_table_cell_is_safe_and_votes_indonesian(truth: dict[str, Any]) -> None:
    cells = [
        cell
        for document in _documents(truth)
        for table in document["tables"]
        for row in table.get("rows", [])
        for cell in row
        if isinstance(cell, str)
    ]
    assert cells
    for cell in cells:
        for number in find_numbers(cell):
            assert cell[number.start : number.end] == number.text
    assert detect_style(cells) is NumberStyle.ID
