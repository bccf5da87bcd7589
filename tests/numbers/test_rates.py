"""A rate printed over its power-of-ten base is its numerator, the base its unit."""

from __future__ import annotations

from lkjip.numbers import parse_quantity


def test_rate_over_its_base_reads_its_numerator() -> None:
    q = parse_quantity("89/\n100.000 KH")
    assert q is not None and (q.value, q.unit) == (89, "per 100.000")
    q = parse_quantity("4,01/ 1000\nKH")
    assert q is not None and (q.value, q.unit) == (4.01, "per 1.000")
    # Another base is another measure: the units differ.
    q100 = parse_quantity("5,8/100 KH")
    assert q100 is not None and q100.unit == "per 100"


def test_other_slashes_stay_without_value() -> None:
    for text in ("2/3", "12/24 bulan", "89/100.00", "10/120"):
        q = parse_quantity(text)
        assert q is not None and q.value is None, text
