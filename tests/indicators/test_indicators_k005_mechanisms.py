"""LKJ-K005 mechanisms, each with a case it must excuse and one it must still flag."""

from __future__ import annotations

from lkjip.checks.indicators.k005_pk_vs_pengukuran import PkVersusPengukuran
from lkjip.checks.rule import CheckConfig
from lkjip.match.identity import part_of, same_indicator
from lkjip.records import Cell, Extraction, IndicatorRow

PK, MEASURED = "perjanjian_kinerja", "pengukuran_kinerja"


def row(table: str, kind: str, name: str, r: int = 1, year: int = 2016, page: int = 1) -> IndicatorRow:
    return IndicatorRow(table=table, table_kind=kind, page=page, row=r, indikator=name, year=year,  # type: ignore[arg-type]
                        cells={"indikator": Cell(name, page, table, r, "indikator")})


def run(*rows: IndicatorRow) -> list:
    return list(PkVersusPengukuran().check(Extraction(file="x.pdf", sha256=None, kind="pdf", pages=3, indicators=list(rows)), CheckConfig()))


BASE = ["Ratio Kematian Ibu", "Ratio Kematian Bayi", "Prevalensi gizi buruk", "Cakupan Persalinan nakes"]


def pair(pk_names: list[str], measured: list[str], **kw: int) -> list:
    rows = [row("pk", PK, n, i + 1) for i, n in enumerate(pk_names)]
    rows += [row("m", MEASURED, n, i + 1, **kw) for i, n in enumerate(measured)]
    return run(*rows)


def test_outline_numbers_are_not_part_of_the_name() -> None:
    assert same_indicator("1 Ratio kematian ibu", "Ratio Kematian Ibu")
    assert same_indicator("1.1. Prosentase Peningkatan Produksi", "Prosentase Peningkatan Produksi")
    assert not same_indicator("100% Puskesmas terakreditasi", "Puskesmas terakreditasi")
    assert pair(BASE, [f"{i + 1} {n}" for i, n in enumerate(BASE)]) == []
    (f,) = pair(BASE, [f"{i + 1} {n}" for i, n in enumerate(BASE[:3])])
    assert "Cakupan Persalinan" in f.text("en") and f.severity == "warning"


def test_a_word_hyphenated_at_a_line_end_matches() -> None:
    assert same_indicator("Jumlah masya-rakat korban bencana", "Jumlah masyarakat korban bencana")
    assert not same_indicator("Jumlah masyarakat korban banjir", "Jumlah masyarakat korban bencana")


def test_a_unit_in_parentheses_on_one_side_only() -> None:
    assert part_of("Jumlah UTTP dan BDKT (buah)", "Jumlah UTTP dan BDKT")
    assert not part_of("Jumlah bahan di media elektronik (TV lokal)", "Jumlah bahan di media elektronik (TV nasional)")
    # K001-K004 pair values through same_indicator, which keeps the unit gloss apart.
    assert not same_indicator("Jumlah UTTP dan BDKT (buah)", "Jumlah UTTP dan BDKT")
    assert pair(BASE, [f"{n} (%)" for n in BASE]) == []


def test_a_cut_name_excuses_the_absence_but_a_short_one_does_not() -> None:
    names = [*BASE, "Tingkat konsistensi pelaksanaan pembangunan terhadap rencana pembangunan"]
    assert pair(names, [*BASE, "Tingkat konsistensi pelaksanaan"]) == []
    assert not part_of("Jumlah Kalender", "Jumlah Kalender Meja")  # two words say too little
    flagged = pair([*BASE, "Jumlah Kalender Meja"], [*BASE, "Jumlah Kalender"])
    assert {f.severity for f in flagged} == {"warning", "info"}


def test_a_name_broken_over_two_rows_is_rejoined() -> None:
    pk = [*BASE, "Persentase Rumah Tangga berprilaku Hidup Bersih dan Sehat"]
    measured = [row("m", MEASURED, n, i + 1) for i, n in enumerate(BASE)]
    measured += [row("m", MEASURED, "Persentase Rumah", 10), row("m", MEASURED, "Tangga berprilaku", 12)]
    assert run(*[row("pk", PK, n, i + 1) for i, n in enumerate(pk)], *measured) == []
    # Rows of different tables are never rejoined.
    measured[-1] = row("other", MEASURED, "Tangga berprilaku", 11)
    found = run(*[row("pk", PK, n, i + 1) for i, n in enumerate(pk)], *measured)
    assert any("Persentase Rumah Tangga berprilaku" in f.text("en") for f in found)


def test_a_header_read_as_a_row_is_not_an_indicator() -> None:
    assert pair([*BASE, "Indikator Sasaran Strategis"], BASE) == []
    assert len(pair([*BASE, "Indikator Kepuasan Masyarakat"], BASE)) == 1


def test_only_rows_of_the_same_year_are_compared() -> None:
    rows = [row("pk", PK, n, i + 1, year=2016) for i, n in enumerate(BASE)]
    rows += [row("m", MEASURED, n, i + 1, year=2016) for i, n in enumerate(BASE)]
    rows += [row("m15", MEASURED, "Jumlah dokumen regulasi", 1, year=2015)]
    assert run(*rows) == []
    rows += [row("m16", MEASURED, "Jumlah dokumen regulasi", 1, year=2016)]
    (f,) = run(*rows)
    assert f.severity == "info" and "Jumlah dokumen regulasi" in f.text("en")


def test_measured_beyond_the_pk_is_info_and_a_dropped_pk_indicator_a_warning() -> None:
    (f,) = pair(BASE[:3], BASE)
    assert f.severity == "info" and "is measured" in f.text("en")
    (g,) = pair(BASE, BASE[:3])
    assert g.severity == "warning"


def test_tables_that_share_few_indicators_give_info_not_warnings() -> None:
    pk = ["Jumlah orang yang terlatih", "Jumlah korban bencana dibantu", "Jumlah desa tangguh bencana"]
    found = pair(pk, ["Jumlah PMKS yang ditangani"])
    assert len(found) == 4 and {f.severity for f in found} == {"info"}
    assert "0%" in found[0].text("en") and "0%" in found[0].text("id")
    # Two absences out of two are findings: too few to say the tables differ.
    found = pair(pk[:2], ["Jumlah PMKS yang ditangani"])
    assert sorted(f.severity for f in found) == ["info", "warning", "warning"]


def test_a_row_with_the_years_target_and_realisasi_measures_under_another_title() -> None:
    from lkjip.numbers import parse_quantity

    pk = [row("pk", PK, n, i + 1) for i, n in enumerate([*BASE, "Pertumbuhan Industri Manufaktur"])]
    measured = [row("m", MEASURED, n, i + 1) for i, n in enumerate(BASE)]
    titled = row("p34", "perbandingan_tahunan", "Pertumbuhan Industri Manufaktur", 1)
    titled.target, titled.realisasi = parse_quantity("185.80"), parse_quantity("168.49")
    assert run(*pk, *measured, titled) == []
    # Without a realisasi of the year the comparison row measures nothing.
    titled.realisasi = None
    (f,) = run(*pk, *measured, titled)
    assert f.severity == "warning" and "Pertumbuhan Industri" in f.text("en")
    titled.realisasi, titled.year = parse_quantity("168.49"), 2015
    assert len(run(*pk, *measured, titled)) == 1
