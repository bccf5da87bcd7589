"""One target centred beside a cell of listed indicators is each indicator's, marked as
shared; one level with the first indicator stays that indicator's; an unnamed row under an
indicator naming two measures is the second measure's; a number alone in brackets is negative
(tests/generator/pk_list_layouts)."""

from __future__ import annotations

from pathlib import Path

from lkjip.checks.certainty import INFERRED
from lkjip.extract.interpret.indicators import indicator_tables
from lkjip.extract.interpret.indicators.bullet_pairing import Item
from lkjip.extract.interpret.indicators.centred_value import (
    VALUE_SHARED_BY_LIST,
    shared_by_every_bullet,
)
from lkjip.extract.readers import read_document
from tests.generator.pk_list_layouts import CENTRED, TOP, pk_centred_target_pdf


def test_centred_target_goes_to_every_listed_indicator(tmp_path: Path) -> None:
    _, rows = indicator_tables(read_document(pk_centred_target_pdf(tmp_path / "pk.pdf")), None)
    got = {r.indikator: r for r in rows}
    for name in CENTRED[1]:
        row = got[name]
        assert row.target is not None and row.target.text == CENTRED[2]
        assert VALUE_SHARED_BY_LIST in row.cells["target"].inferred  # no error rests on the repetition
    # Level with the first indicator: that indicator's, the second has none (no row).
    assert got[TOP[1][0]].target.text == TOP[2]
    assert VALUE_SHARED_BY_LIST not in got[TOP[1][0]].cells["target"].inferred
    assert TOP[1][1] not in got
    assert VALUE_SHARED_BY_LIST in INFERRED


def _item(top: float) -> Item:
    return Item("x", top, [("x", (0.0, top, 40.0, top + 8.0))])


def test_shared_only_when_level_with_no_first_line() -> None:
    assert shared_by_every_bullet([_item(10), _item(40)], [_item(25)])
    assert not shared_by_every_bullet([_item(10), _item(40)], [_item(11)])
    assert not shared_by_every_bullet([_item(10), _item(40)], [_item(25), _item(45)])
    assert not shared_by_every_bullet([_item(10)], [_item(25)])


def test_unnamed_row_under_two_named_measures_is_the_second_measure(tmp_path: Path) -> None:
    from lkjip.extract.interpret.indicators.two_measures import measures_named
    from tests.generator.pk_list_layouts import two_measures_pdf

    _, rows = indicator_tables(read_document(two_measures_pdf(tmp_path / "two.pdf")), None)
    got = [(r.indikator, r.target.text if r.target else None, r.realisasi.text if r.realisasi else None)
           for r in rows]
    assert got == [("Persentase pasar tradisional yang direvitalisasi", "80", "75"),
                   ("Jumlah UTTP dan BDKT (UTTP)", "6.831.222", "4.341.614"),
                   ("Jumlah UTTP dan BDKT (BDKT)", "3.900", "928"),
                   ("Peningkatan cakupan pengawasan barang beredar", "1,5", "10,90")]
    # Only two acronyms joined by "dan" name two measures.
    assert measures_named("Jumlah UTTP dan BDKT") == ("UTTP", "BDKT")
    assert measures_named("Persentase sarana dan prasarana") is None


def test_bracketed_value_alone_is_negative_and_marked(tmp_path: Path) -> None:
    from lkjip.extract.interpret.indicators.bracket_negative import (
        BRACKET_NEGATIVE,
        bracket_negative,
    )
    from tests.generator.pk_list_layouts import bracket_negative_pdf

    _, rows = indicator_tables(read_document(bracket_negative_pdf(tmp_path / "neg.pdf")), None)
    got = {r.indikator: r for r in rows}
    fall = got["Peningkatan nilai ekspor non migas per tahun"]
    assert fall.realisasi is not None and fall.realisasi.value == -3.14 and fall.capaian == -104.66
    assert BRACKET_NEGATIVE in fall.cells["realisasi"].inferred and BRACKET_NEGATIVE in fall.cells["capaian"].inferred
    rise = got["Peningkatan jumlah eksportir per tahun"]
    assert rise.realisasi is not None and rise.realisasi.value == 130 and not rise.cells["realisasi"].inferred
    # A note after a value is not a negative.
    assert bracket_negative("100 % (730 respon)", None) is None
    assert bracket_negative("(12,5%)", None) == -12.5
    assert BRACKET_NEGATIVE in INFERRED


def test_capaian_under_realisasi_and_bound_targets(tmp_path: Path) -> None:
    from lkjip.extract.interpret.indicators.capaian_in_realisasi import (
        CAPAIAN_IN_REALISASI,
        bracketed_capaian,
    )
    from lkjip.extract.interpret.indicators.comparison_bound import COMPARISON_BOUND, without_sign
    from tests.generator.pk_list_layouts import capaian_under_realisasi_pdf

    _, rows = indicator_tables(read_document(capaian_under_realisasi_pdf(tmp_path / "under.pdf")), None)
    got = {r.indikator: r for r in rows}
    first = got["Skor Pola Pangan Harapan tingkat ketersediaan"]
    assert first.realisasi is not None and first.realisasi.value == 86 and first.capaian == 101
    assert CAPAIAN_IN_REALISASI in first.cells["capaian"].inferred  # taken from another column's cell
    assert got["Jumlah tonase cadangan pangan pokok pemerintah"].capaian == 60
    bound = got["Persentase capaian stabilitas pasokan dan harga pangan"]
    assert bound.target is not None and bound.target.value == 100
    assert bound.realisasi is not None and bound.realisasi.value == 125 and bound.capaian == 125
    assert COMPARISON_BOUND in bound.cells["target"].inferred
    # A bracket of words is a note, not a capaian.
    assert got["Persentase responden yang puas"].capaian is None
    assert bracketed_capaian("100 %\n(730 respon)", None) is None
    assert bracketed_capaian("(101%)", None) is None  # no value above it
    assert without_sign("≥ 80 %") == "80 %" and without_sign("80") is None
    assert CAPAIAN_IN_REALISASI in INFERRED and COMPARISON_BOUND in INFERRED
    from lkjip.extract.interpret.indicators.average_row import AVERAGE_ROW

    average = got["Rata-rata capaian"]
    assert average.capaian == 104.45 and average.target is None and AVERAGE_ROW in average.cells["capaian"].inferred


def test_sasaran_names_the_indicator_of_a_table_without_an_indikator_column(tmp_path: Path) -> None:
    from lkjip.extract.interpret.indicators.sasaran_names import NAME_FROM_SASARAN, measured_in
    from tests.generator.pk_list_layouts import SASARAN_ROW, sasaran_named_pdf

    _, rows = indicator_tables(read_document(sasaran_named_pdf(tmp_path / "iku.pdf")), None)
    (row,) = rows
    assert row.indikator == "Skor Pola Pangan Harapan Konsumsi pangan"
    assert row.sasaran == SASARAN_ROW[0]
    assert row.target is not None and row.target.value == 82 and row.capaian == 98.78
    assert NAME_FROM_SASARAN in row.cells["target"].inferred and NAME_FROM_SASARAN in INFERRED
    assert measured_in("Terwujudnya akuntabilitas") == "Terwujudnya akuntabilitas"  # one word left: kept whole


def test_counts_in_thousands_and_scale_words_as_units(tmp_path: Path) -> None:
    from lkjip.extract.interpret.indicators.count_thousands import (
        COUNT_THOUSANDS,
        count_in_thousands,
    )
    from lkjip.extract.interpret.indicators.scale_units import scale_as_unit
    from tests.generator.pk_list_layouts import plan_units_pdf

    _, rows = indicator_tables(read_document(plan_units_pdf(tmp_path / "plan.pdf")), None)
    got = {r.indikator: r for r in rows}
    people = got["Peningkatan Jumlah SDM IKM yang bersertifikat"]
    assert people.target is not None and people.target.value == 3000
    assert COUNT_THOUSANDS in people.cells["target"].inferred
    units = got["Peningkatan Jumlah unit usaha IKM"]
    assert units.target is not None and units.target.value == 202955
    pdrb = got["Pertumbuhan Industri Manufaktur pada PDRB"]
    assert pdrb.target is not None and pdrb.target.value == 185.8 and pdrb.target.unit_raw == "Triliun Rupiah"
    share = got["Penurunan Nilai Impor Jawa Barat"]
    assert share.target is not None and share.target.value == 2.5 and not share.cells["target"].inferred
    assert count_in_thousands("2,500", "%") is None and count_in_thousands("2,500", None, "Persentase x") is None
    assert scale_as_unit("157.64\nTriliun", None) == (157.64, "Triliun") and scale_as_unit("185,80", None) is None
    assert COUNT_THOUSANDS in INFERRED
    uttp, bdkt = got["Jumlah UTTP dan BDKT (UTTP)"], got["Jumlah UTTP dan BDKT (BDKT)"]
    assert uttp.target is not None and uttp.target.value == 6831222 and uttp.target.unit == "buah"
    assert bdkt.target is not None and bdkt.target.value == 3900
