"""Bulleted indicators paired with stacked values: by order when counts agree, by vertical
position when they do not; wrapped values and social-media tallies stay one value."""

from __future__ import annotations

from lkjip.extract.interpret.indicators.bullet_pairing import (
    bullet_items,
    pair_by_position,
    value_items,
)


def lines(*rows: tuple[str, float]) -> list:
    return [(text, (0.0, top, 100.0, top + 8.0)) for text, top in rows]


def test_bullets_join_wrapped_lines() -> None:
    items = bullet_items(lines(("- Persentase pemenuhan kebutuhan", 10), ("peralatan kantor", 20),
                               ("- Jumlah RKA", 30)))
    assert [i.text for i in items] == ["Persentase pemenuhan kebutuhan peralatan kantor", "Jumlah RKA"]
    assert items[1].top == 30


def test_unbulleted_cell_is_one_indicator() -> None:
    items = bullet_items(lines(("Jumlah Penyediaan bahan", 10), ("bacaan bagi aparatur", 20)))
    assert [i.text for i in items] == ["Jumlah Penyediaan bahan bacaan bagi aparatur"]


def test_values_keep_wrapped_notes_and_tallies_whole() -> None:
    vals = value_items(lines(("12.000 eks", 10), ("100 % (730", 20), ("respon)", 30), ("Facebook:", 40),
                             ("- komentar : 238", 50), ("- like : 2004", 60), ("Instagram:", 70),
                             ("- like : 20.511", 80)))
    assert [v.text for v in vals] == ["12.000 eks", "100 % (730\nrespon)",
                                      "Facebook:\n- komentar : 238\n- like : 2004\nInstagram:\n- like : 20.511"]
    assert value_items(lines(("- kali", 5), ("1 Kali (belum ada", 15), ("target di 2016", 25), ("dan 2017)", 35)))[1].text \
        == "1 Kali (belum ada\ntarget di 2016\ndan 2017)"


def test_equal_counts_pair_in_order_even_when_values_are_compact() -> None:
    bullets = bullet_items(lines(("- A long indicator", 10), ("that wraps", 20), ("- Second", 30)))
    vals = value_items(lines(("100 %", 10), ("1 LKJ", 20)))  # printed compactly, not level
    assert [v.text if v else None for v in pair_by_position(bullets, vals)] == ["100 %", "1 LKJ"]


def test_missing_value_does_not_shift_the_ones_below() -> None:
    bullets = bullet_items(lines(("- First", 10), ("- Second", 30), ("- Third", 50)))
    vals = value_items(lines(("5 kali", 10), ("7 kali", 50)))  # nothing printed beside "Second"
    assert [v.text if v else None for v in pair_by_position(bullets, vals)] == ["5 kali", None, "7 kali"]
