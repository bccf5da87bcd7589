"""Each budget/narrative rule: a passing and a failing case on small Extractions."""

from __future__ import annotations

from lkjip.checks.budget.b001_parts_vs_total import PartsVsTotal
from lkjip.checks.budget.b002_text_total_vs_table import TextTotalVsTable, looks_mistyped
from lkjip.checks.budget.b003_percent_vs_computed import PercentVsComputed
from lkjip.checks.budget.b004_realisasi_above_anggaran import RealisasiAboveAnggaran
from lkjip.checks.budget.b005_pk_vs_realisasi import PkVsRealisasi, program_key
from lkjip.checks.budget.b006_sisa_vs_difference import SisaVsDifference
from lkjip.checks.narrative.n001_words_vs_numeral import WordsVsNumeral
from lkjip.checks.rule import CheckConfig
from lkjip.records import Cell
from tests.budget.builders import doc, pk_list, row, seed_table, sentence

CFG = CheckConfig(lang="en")

SEED_P16 = ("Untuk menunjang Program dan Kegiatan di Biro Humas dan Protokol pada APBD Murni dengan "
            "Alokasi anggaran sebesar Rp. 18.353.545.000,- (Delapan belas milyar tiga ratus lima puluh "
            "tiga juta lima ratus empat puluh lima ribu rupiah) namun terkait dengan belanja dari "
            "beberapa kegiatan pada Biro Humas dan Protokol tidak mencukupi hingga akhir Tahun 2018 maka "
            "Biro Humas dan Protokol melakukan pergeseran dan penambahan anggaran sebagian belanja "
            "menjadi Rp. 19.253.454.000,- (Sembilan belas milyar dua ratus lima puluh tiga juta empat "
            "ratus lima puluh empat ribu rupiah).")
SEED_P17 = ("Dari Total Anggaran Rp. {total} terealisasi sebesar Rp. 18.900.282.622,- (Delapan belas "
            "milyar sembilan ratus juta dua ratus delapan puluh dua ribu enam ratus dua puluh dua "
            "rupiah),- atau sama dengan {pct}")


def _run(rule, d):  # type: ignore[no-untyped-def]
    return list(rule().check(d, CFG))


# LKJ-B001 ---------------------------------------------------------------------------------
def test_b001_seed_sums_agree() -> None:
    assert _run(PartsVsTotal, doc(seed_table())) == []


def test_b001_kegiatan_digit_swap_is_reported_with_arithmetic() -> None:
    findings = _run(PartsVsTotal, doc(seed_table(**{"3_anggaran": "674.631.000,-"})))
    assert len(findings) == 1
    f = findings[0]
    assert f.severity == "error"
    assert "1.640.000.000,- + 674.631.000,- = 2.314.631.000" in f.message["en"]
    assert "2.316.431.000,-" in f.message["id"] and "selisih 1.800.000" in f.message["id"]
    assert {e.role for e in f.evidence} == {"stated total", "part"}


def test_b001_program_vs_total_and_realisasi_column() -> None:
    findings = _run(PartsVsTotal, doc(seed_table(**{"13_realisasi": "18.900.228.622,-"})))
    assert [f.evidence[0].cell.column for f in findings] == ["realisasi"]
    assert "18.900.282.622" in findings[0].message["en"]


def test_b001_unreadable_part_skips_the_sum() -> None:
    rows = seed_table(**{"2_anggaran": "1.64O.000.000,-"})  # letter O: not a number
    assert rows[1].anggaran is None and "anggaran" in rows[1].cells
    assert [f for f in _run(PartsVsTotal, doc(rows)) if f.evidence[0].cell.column == "anggaran"
            and f.evidence[0].cell.row == 1] == []


def test_b001_ambiguous_value_makes_a_warning() -> None:
    rows = seed_table(**{"3_anggaran": "674.631.000,-"})
    rows[2].cells["anggaran"] = Cell(**{**rows[2].cells["anggaran"].__dict__, "ambiguous": True})
    (f,) = _run(PartsVsTotal, doc(rows))
    assert f.severity == "warning" and f.doubtful


# LKJ-B002 ---------------------------------------------------------------------------------
def test_b002_mistyped_text_total_is_an_error_with_both_pages() -> None:
    amounts = sentence(SEED_P16, 16) + sentence(SEED_P17.format(total="19.253.454.000,-", pct="98.17 %"), 17)
    findings = _run(TextTotalVsTable, doc(seed_table(), amounts))
    assert len(findings) == 1
    f = findings[0]
    assert f.severity == "error"
    assert {e.cell.page for e in f.evidence if e.role == "stated in text"} == {16, 17}
    assert any(e.role == "table total" and e.value == 19_253_545_000 for e in f.evidence)
    assert "p. 16 and p. 17" in f.message["en"] and "hlm. 16 dan hlm. 17" in f.message["id"]


def test_b002_murni_budget_and_equal_total_are_not_flagged() -> None:
    amounts = sentence(SEED_P16.replace("19.253.454.000", "19.253.545.000"), 16)
    amounts += sentence(SEED_P17.format(total="19.253.545.000,-", pct="98.17 %"), 17)
    assert _run(TextTotalVsTable, doc(seed_table(), amounts)) == []


def test_b002_a_kegiatan_amount_is_a_different_quantity() -> None:
    amounts = sentence("Kegiatan Pelayanan Tamu Kepala Daerah dengan alokasi anggaran sebesar "
                       "Rp. 339.919.000,- dan realisasi Rp. 237.749.000,-.")
    assert _run(TextTotalVsTable, doc(seed_table(), amounts)) == []


def test_b002_realisasi_total_compared_with_realisasi_column() -> None:
    amounts = sentence("Jumlah realisasi Anggaran Kegiatan Tahun 2018 sebesar : Rp. 18.900.228.622,-", 19)
    (f,) = _run(TextTotalVsTable, doc(seed_table(), amounts))
    assert "realisasi" in f.message["en"] and "18.900.282.622" in f.message["en"]


def test_looks_mistyped() -> None:
    assert looks_mistyped(19_253_454_000, 19_253_545_000)
    assert looks_mistyped(18_353_545_000, 19_253_545_000)  # near: only context rules it out
    assert not looks_mistyped(1_925_354_500, 19_253_545_000)
    assert not looks_mistyped(339_919_000, 19_253_545_000)


# LKJ-B003 ---------------------------------------------------------------------------------
def test_b003_seed_percentages_agree() -> None:
    amounts = sentence(SEED_P17.format(total="19.253.545.000,-", pct="98.17 %"), 17)
    amounts += sentence("Meskipun realisasi keuangan pada kegiatan Pelayanan Tamu Kepala Daerah "
                        "69,94 %, namun secara fisik seluruh kegiatan sudah dapat dilaksanakan.", 10)
    rows = seed_table(**{"5_persen": "69,94"})
    assert _run(PercentVsComputed, doc(rows, amounts)) == []


def test_b003_wrong_text_percentage() -> None:
    amounts = sentence(SEED_P17.format(total="19.253.545.000,-", pct="98.71 %"), 17)
    (f,) = _run(PercentVsComputed, doc(seed_table(), amounts))
    assert f.severity == "error" and "98,17 %" in f.message["en"] and "98.71 %" in f.message["en"]


def test_b003_wrong_named_kegiatan_percentage() -> None:
    amounts = sentence("Meskipun realisasi keuangan pada kegiatan Pelayanan Tamu Kepala Daerah 96,94 %.", 10)
    (f,) = _run(PercentVsComputed, doc(seed_table(), amounts))
    assert "237.749.000,- / 339.919.000,-" in f.message["en"] and "69,94 %" in f.message["en"]


def test_b003_table_column_tolerance_follows_printed_decimals() -> None:
    ok = seed_table(**{"5_persen": "69,9", "1_persen": "98", "2_persen": "99,996"})  # rounding
    assert _run(PercentVsComputed, doc(ok)) == []
    truncated = seed_table(**{"13_persen": "98,16"})  # 98,1652… cut off, not rounded
    assert _run(PercentVsComputed, doc(truncated)) == []
    bad = seed_table(**{"5_persen": "69,84"})
    (f,) = _run(PercentVsComputed, doc(bad))
    assert "69,94 %" in f.message["en"] and f.evidence[0].cell.text == "69,84"


def test_b003_fisik_percentage_is_left_alone() -> None:
    amounts = sentence("alokasi anggaran sebesar Rp. 380.500.000,- dengan realisasi sebesar "
                       "Rp. 319.195.000,- dan realisasi fisik sebesar 100%")
    assert _run(PercentVsComputed, doc(seed_table(), amounts)) == []


# LKJ-B004 ---------------------------------------------------------------------------------
def test_b004_realisasi_above_anggaran() -> None:
    assert _run(RealisasiAboveAnggaran, doc(seed_table())) == []
    (f,) = _run(RealisasiAboveAnggaran, doc(seed_table(**{"5_realisasi": "393.919.000,-"})))
    assert f.severity == "warning" and "54.000.000" in f.message["en"]


# LKJ-B005 ---------------------------------------------------------------------------------
PK_NAMES = ["Program Pelayanan Pelayanan Administrasi Perkantoran",
            "Program Peningkatan Pelayanan Kedinasan Kepala Daerah/Wakil Kepala Daerah",
            "Program Penghimpunan Data dan Penyebarluasan Informasi Pembangunan Daerah Provinsi Jambi"]


def test_b005_pk_matches_table_by_fuzzy_name() -> None:
    assert program_key(PK_NAMES[0]) == "pelayanan administrasi perkantoran"
    pk = pk_list(["Rp. 2.316.431.000,-", "Rp. 1.464.448.000,-", "Rp.15.472.666.000,-",
                  "Rp. 19.253.545.000,-"], PK_NAMES)
    assert _run(PkVsRealisasi, doc(seed_table() + pk)) == []


def test_b005_pk_amount_differs_is_a_warning() -> None:
    pk = pk_list(["Rp. 2.316.431.000,-", "Rp. 1.364.448.000,-", "Rp.15.472.666.000,-"], PK_NAMES)
    (f,) = _run(PkVsRealisasi, doc(seed_table() + pk))
    assert f.severity == "warning" and "100.000.000" in f.message["en"]
    assert {e.cell.page for e in f.evidence} == {8, 17}


def test_b005_unrelated_program_is_not_matched() -> None:
    pk = pk_list(["Rp. 9.000.000,-"], ["Program Peningkatan Kapasitas Sumber Daya Aparatur"])
    assert _run(PkVsRealisasi, doc(seed_table() + pk)) == []


# LKJ-B006 ---------------------------------------------------------------------------------
def test_b006_sisa() -> None:
    good = [row("t", 1, "kegiatan", "Pembinaan Posyantek dan Wartek", anggaran="959.000.000,00",
                realisasi="920.059.100,00", sisa="38.940.900,00")]
    assert _run(SisaVsDifference, doc(good)) == []
    bad = [row("t", 1, "kegiatan", "Pembinaan Posyantek dan Wartek", anggaran="959.000.000,00",
               realisasi="920.059.100,00", sisa="38.940,00")]
    (f,) = _run(SisaVsDifference, doc(bad))
    assert "959.000.000,00 − 920.059.100,00 = 38.940.900" in f.message["en"]


# LKJ-N001 ---------------------------------------------------------------------------------
def test_n001_words_agree_on_the_seed_sentences() -> None:
    amounts = sentence(SEED_P16) + sentence("dalam kurun waktu 1 (satu) Tahun 2018.")
    assert all(a.words for a in amounts if a.kind == "rupiah")
    assert _run(WordsVsNumeral, doc(amounts=amounts)) == []


def test_n001_changed_digit_is_reported() -> None:
    text = SEED_P16.replace("Rp. 18.353.545.000,-", "Rp. 18.353.546.000,-")
    (f,) = _run(WordsVsNumeral, doc(amounts=sentence(text)))
    assert f.severity == "error" and "18.353.545.000" in f.message["en"]
    assert [e.role for e in f.evidence] == ["numeral", "in words"]


def test_b001_list_running_to_the_table_end_is_not_summed() -> None:
    rows = seed_table(**{"8_anggaran": "15.000.000.000,-"})[:-1]  # no Jumlah line: may go on overleaf
    assert _run(PartsVsTotal, doc(rows)) == []


def test_b003_program_percent_averaged_from_its_kegiatan_is_a_warning() -> None:
    rows = [row("t", 0, "program", "PROGRAM PENYELENGGARAAN PENGAWASAN", anggaran="630.395.770",
                realisasi="524.058.289", persen="70,16"),
            row("t", 1, "kegiatan", "Penyelenggaraan Pengawasan Internal", anggaran="600.664.770",
                realisasi="507.455.689", persen="84,5", parent=0),
            row("t", 2, "kegiatan", "Penyelenggaraan Pengawasan dengan Tujuan Tertentu", anggaran="29.731.000",
                realisasi="16.602.600", persen="55,8", parent=0)]
    (f,) = _run(PercentVsComputed, doc(rows))
    assert f.severity == "warning" and "83,13 %" in f.message["en"] and "average" in f.message["en"]


def test_b005_program_list_outside_the_pk_is_not_compared() -> None:
    pk = pk_list(["Rp. 2.316.431.000,-", "Rp. 1.364.448.000,-", "Rp.15.472.666.000,-"], PK_NAMES)
    for r in pk:
        r.page = 36
    assert _run(PkVsRealisasi, doc(seed_table() + pk)) == []


# LKJ-B007 ---------------------------------------------------------------------------------
def _program_rows():  # type: ignore[no-untyped-def]
    return [row("p20-t1", 1, "program", "Program Pelayanan Administrasi Perkantoran",
                anggaran="2.316.431.000", realisasi="2.190.000.000"),
            row("p20-t1", 2, "program", "Program Peningkatan Sarana dan Prasarana Aparatur",
                anggaran="1.464.448.000", realisasi="1.400.000.000"),
            row("p20-t1", 3, "total", "JUMLAH", anggaran="3.780.879.000", realisasi="3.590.000.000")]


def test_b007_program_amount_in_text_agrees() -> None:
    text = ("Program Pelayanan Administrasi Perkantoran dengan alokasi anggaran sebesar Rp. 2.316.431.000,- "
            "terealisasi sebesar Rp. 2.190.000.000,- atau 94,54 %.")
    from lkjip.checks.budget.b007_text_row_vs_table import TextRowVsTable
    assert _run(TextRowVsTable, doc(_program_rows(), sentence(text))) == []


def test_b007_program_amount_mistyped_in_text() -> None:
    from lkjip.checks.budget.b007_text_row_vs_table import TextRowVsTable
    text = ("Sedangkan Program Peningkatan Sarana dan Prasarana Aparatur dengan alokasi anggaran sebesar "
            "Rp. 1.464.484.000,- terealisasi sebesar Rp. 1.400.000.000,-.")
    findings = _run(TextRowVsTable, doc(_program_rows(), sentence(text)))
    assert len(findings) == 1 and findings[0].severity == "error"
    assert "1.464.448.000" in findings[0].message["en"] and "difference 36.000" in findings[0].message["en"]
    assert [e.role for e in findings[0].evidence] == ["stated in text", "table row"]


def test_b007_other_stage_or_far_amount_is_not_a_contradiction() -> None:
    from lkjip.checks.budget.b007_text_row_vs_table import TextRowVsTable
    murni = ("Program Peningkatan Sarana dan Prasarana Aparatur pada APBD murni dengan anggaran "
             "Rp. 1.464.484.000,-.")
    share = "Program Peningkatan Sarana dan Prasarana Aparatur dengan anggaran Rp. 400.000.000,- untuk kendaraan."
    assert _run(TextRowVsTable, doc(_program_rows(), sentence(murni) + sentence(share))) == []


def test_b007_rounded_amount_in_text_is_not_a_contradiction() -> None:
    from lkjip.checks.budget.b007_text_row_vs_table import TextRowVsTable
    rows = [row("p29-t1", 1, "kegiatan", "Kegiatan Pemberdayaan Masyarakat Desa Adat",
                anggaran="250.000.000,00", realisasi="221.865.120,00")]
    text = ("Kegiatan Pemberdayaan Masyarakat Desa Adat dengan alokasi anggaran sebesar Rp. 250.000.000,- "
            "realisasi anggaran sebesar Rp. 221.865.000,- (88,75%).")
    assert _run(TextRowVsTable, doc(rows, sentence(text))) == []
