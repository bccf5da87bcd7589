"""Indicators of one unruled band told apart by their numbers, whatever the number of
values beside them (lkjip.extract.interpret.indicators.numbered_bands)."""

from __future__ import annotations

from pathlib import Path

from lkjip.extract.interpret.indicators import indicator_tables
from lkjip.extract.interpret.indicators.bullet_pairing import value_items
from lkjip.extract.interpret.indicators.numbered_bands import pair_by_rows, split_by_numbers
from lkjip.extract.readers import read_document
from tests.generator.numbered_band_layouts import BAND_ROWS, CAPAIAN, numbered_band_pdf


def lines(*rows: tuple[str, float]) -> list:
    return [(text, (0.0, top, 100.0, top + 8.0)) for text, top in rows]


def test_band_rows_are_read_one_per_number(tmp_path: Path) -> None:
    _, rows = indicator_tables(read_document(numbered_band_pdf(tmp_path / "b.pdf")), None)
    got = {r.indikator: r.capaian for r in rows}
    want = {" ".join(names): (100.0 if kegiatan else None) for names, kegiatan, _ in BAND_ROWS}
    assert got == want
    # The indicator facing three kegiatan keeps their three capaian, joined.
    several = next(r for r in rows if r.indikator.startswith("Aparatur"))
    assert several.capaian_text == " ".join([CAPAIAN] * 3)


def test_cut_at_the_wider_gap_when_numbers_do_not_say() -> None:
    # "Kab/Kota" is as near number 1 as number 2's row: it stays with the name it is set
    # close to, not with the next one below a wider gap.
    names = lines(("System jaringan", 10), ("Kab/Kota", 20), ("Kecepatan waktu", 34), ("bencana", 44))
    numbers = value_items(lines(("1", 10), ("2", 30)))
    split = split_by_numbers(names, numbers)
    assert split is not None
    items, rows = split
    assert [i.text for i in items] == ["System jaringan Kab/Kota", "Kecepatan waktu bencana"]
    # Each value goes to the row it is nearest; two near one row are joined.
    got = pair_by_rows(rows, value_items(lines(("90%", 12), ("100%", 30), ("95%", 50))))
    assert [g.text if g else None for g in got] == ["90%", "100%\n95%"]


def test_no_split_when_a_number_stands_far_from_every_name() -> None:
    names = lines(("Jumlah SOP PB", 10), ("Jumlah Kepkub PB", 22))
    assert split_by_numbers(names, value_items(lines(("1", 10), ("2", 200)))) is None
    # Fewer lines than numbers: nothing to cut.
    assert split_by_numbers(names[:1], value_items(lines(("1", 10), ("2", 22)))) is None
