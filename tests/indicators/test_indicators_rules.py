"""Each LKJ-K rule on small hand-built extractions: a passing and a failing case."""

from __future__ import annotations

from lkjip.checks.indicators.k001_target_differs import TargetDiffers
from lkjip.checks.indicators.k002_realisasi_differs import RealisasiDiffers
from lkjip.checks.indicators.k003_unit_mismatch import UnitMismatch
from lkjip.checks.indicators.k004_capaian_arithmetic import CapaianArithmetic
from lkjip.checks.indicators.k005_pk_vs_pengukuran import PkVersusPengukuran
from lkjip.checks.indicators.k006_shortfall_unexplained import ShortfallUnexplained
from lkjip.checks.indicators.k007_staff_counts import StaffCountsAddUp
from lkjip.checks.indicators.k008_mandatory_chapters import MandatoryChapters
from lkjip.checks.rule import CheckConfig
from lkjip.numbers import parse_quantity
from lkjip.records import (
    Cell,
    Extraction,
    IndicatorRow,
    IndicatorTable,
    Section,
    StaffList,
    StatedCount,
)

CFG = CheckConfig()


def row(table: str, kind: str, name: str, target: str | None = None, realisasi: str | None = None,
        page: int = 1, capaian: str | None = None, by_year: dict[int, str] | None = None,
        formula: str | None = None) -> IndicatorRow:
    cells = {"indikator": Cell(name, page, table, 1, "indikator")}
    r = IndicatorRow(table=table, table_kind=kind, page=page, row=1, indikator=name, year=2018,  # type: ignore[arg-type]
                     target=parse_quantity(target) if target else None,
                     realisasi=parse_quantity(realisasi) if realisasi else None, cells=cells, formula=formula)
    if target:
        cells["target"] = Cell(target, page, table, 1, "target")
    if realisasi:
        cells["realisasi"] = Cell(realisasi, page, table, 1, "realisasi")
    if capaian:
        r.capaian = float(capaian.replace(",", "."))
        r.capaian_text = capaian
        cells["capaian"] = Cell(capaian, page, table, 1, "capaian")
    for year, text in (by_year or {}).items():
        r.realisasi_by_year[year] = parse_quantity(text)
        cells[f"realisasi_{year}"] = Cell(text, page, table, 1, f"realisasi_{year}")
    return r


def doc(*rows: IndicatorRow, texts: dict[int, str] | None = None, sections: list[Section] | None = None,
        staff_counts: list[StaffList] | None = None) -> Extraction:
    return Extraction(file="t.pdf", sha256=None, kind="pdf", pages=3, indicators=list(rows),
                      page_texts=texts or {}, sections=sections or [], staff_counts=staff_counts or [])


def run(rule, d: Extraction) -> list:
    return list(rule().check(d, CFG))


# K001 ----------------------------------------------------------------------------
def _year_column(r: IndicatorRow, role: str = "target") -> IndicatorRow:
    """The row's value printed under a header naming its year ("Target … Tahun 2018")."""
    r.cells[f"{role}_{r.year}"] = r.cells[role]
    return r


def test_k001_flags_different_targets_same_year() -> None:
    # The seed's medium-term comparison heads its column "Target … Tahun 2018": the year's target.
    d = doc(row("t1", "perjanjian_kinerja", "Persentase media sosial", "100 % (730 respon)", page=7),
            _year_column(row("t2", "renstra", "persentase Media Sosial", "16.6% (730 respon)", "100 %", page=16)))
    (f,) = run(TargetDiffers, d)
    assert f.severity == "error" and "16.6%" in f.text("en") and "100 % (730 respon)" in f.text("en")
    assert {e.cell.page for e in f.evidence} == {7, 16}


def test_k001_warns_when_the_comparison_column_names_no_year() -> None:
    # A "Target" column in a comparison with the Renstra may be the end target: verify, not an error.
    d = doc(row("t1", "perjanjian_kinerja", "Persentase media sosial", "100 %", page=7),
            row("t2", "renstra", "persentase Media Sosial", "16.6%", "100 %", page=16))
    (f,) = run(TargetDiffers, d)
    assert f.severity == "warning" and "check that it prints this year's own value" in f.text("en")


def test_k001_revision_and_plan_are_info() -> None:
    pk = row("t1", "perjanjian_kinerja", "Jumlah dokumen perencanaan", "80 dokumen", page=5)
    pk.detail, pk.version = "perjanjian_kinerja", "original"
    revised = row("t2", "perjanjian_kinerja", "Jumlah dokumen perencanaan", "90 dokumen", page=6)
    revised.detail, revised.version = "pk_perubahan", "perubahan"
    measured = row("t3", "pengukuran_kinerja", "Jumlah dokumen perencanaan", "90 dokumen", "88 dokumen", page=9)
    measured.detail = "pengukuran_kinerja"
    plan = row("t4", "renstra", "Jumlah dokumen perencanaan", "70 dokumen", page=4)
    plan.detail = "renstra"
    findings = run(TargetDiffers, doc(plan, pk, revised, measured))
    assert findings and all(f.severity == "info" for f in findings)
    texts = " ".join(f.text("en") for f in findings)
    assert 'revised from "80 dokumen"' in texts and 'to "90 dokumen"' in texts
    assert "plan's target" in texts and "70 dokumen" in texts
    # The measurement against a third value is still a contradiction with the revised PK.
    measured.target = parse_quantity("95 dokumen")
    measured.cells["target"] = Cell("95 dokumen", 9, "t3", 1, "target")
    errors = [f for f in run(TargetDiffers, doc(plan, pk, revised, measured)) if f.severity == "error"]
    assert len(errors) == 1 and "95 dokumen" in errors[0].text("en") and "90 dokumen" in errors[0].text("en")


def test_k001_keeps_two_subactivities_with_one_name_apart() -> None:
    rows = []
    for table, kind, page in (("t1", "perjanjian_kinerja", 5), ("t2", "pengukuran_kinerja", 9)):
        for sasaran, target in (("Kegiatan Penyusunan Renja", "12 dokumen"), ("Kegiatan Penyusunan LKjIP", "4 dokumen")):
            r = row(table, kind, "Jumlah dokumen yang disusun", target, "4 dokumen" if kind != "perjanjian_kinerja" else None,
                    page=page)
            r.context = sasaran
            rows.append(r)
    assert run(TargetDiffers, doc(*rows)) == []
    # Without the context they would be one indicator with two targets.
    for r in rows:
        r.context = None
    assert run(TargetDiffers, doc(*rows))


def test_k001_passes_equal_targets_and_different_indicators() -> None:
    d = doc(row("t1", "perjanjian_kinerja", "Jumlah Kalender Meja", "2.200 eks"),
            row("t2", "pengukuran_kinerja", "Jumlah Kalender Meja", "2200 eks", "2.400 eks"),
            row("t2", "pengukuran_kinerja", "Jumlah Kalender Dinding", "5.000 eks", "4.500 eks"))
    assert run(TargetDiffers, d) == []


# K002 ----------------------------------------------------------------------------
SOCIAL = "Facebook:\n- komentar : 238\n- like : 2004\nInstagram:\n- kometar: 195\n- like : 20.511"
SOCIAL_LAMPIRAN = "Facebook\nKomentar:238\nLike: 2004\nInstagram\nKomentar: 195\nLike:20.551"


def test_k002_compares_each_part_of_a_tally() -> None:
    d = doc(row("t1", "pengukuran_kinerja", "Peran serta masyarakat di media sosial", "100 %", SOCIAL, page=11),
            row("t3", "lampiran", "Peran serta masyarakat di media sosial", "100 %", SOCIAL_LAMPIRAN, page=19))
    (f,) = run(RealisasiDiffers, d)
    assert "20.511" in f.text("en") and "20.551" in f.text("en") and "instagram like" in f.text("en")


def test_k002_year_columns_compare_with_the_same_year_only() -> None:
    d = doc(row("t1", "pengukuran_kinerja", "Jumlah Sampul Kliping Pers", "1.200 eks", "12.930 eks"),
            row("t2", "perbandingan_tahunan", "Jumlah Sampul Kliping Pers", "1.200 eks", "1.200eks",
                by_year={2017: "1.200 eks", 2018: "1.200eks"}))
    (f,) = run(RealisasiDiffers, d)
    assert "12.930 eks" in f.text("en") and "2018" in f.text("en")
    same = doc(row("t1", "pengukuran_kinerja", "Jumlah Sampul Kliping Pers", "1.200 eks", "1.200 eks"),
               row("t2", "perbandingan_tahunan", "Jumlah Sampul Kliping Pers", "1.200 eks", "1.200eks",
                   by_year={2017: "900 eks", 2018: "1.200eks"}))
    assert run(RealisasiDiffers, same) == []


def test_k002_compares_grades_by_their_score() -> None:
    d = doc(row("t1", "pengukuran_kinerja", "Nilai Evaluasi AKIP PD", "Nilai A (83)", "Nilai A\n(82,92)", page=24),
            row("t2", "pengukuran_kinerja", "Nilai Evaluasi AKIP PD", "Nilai A (83)", "Nilai A (81,59)", page=29))
    (f,) = run(RealisasiDiffers, d)
    assert "82,92" in f.text("en") and "81,59" in f.text("en")


# K003 ----------------------------------------------------------------------------
def test_k003_flags_target_and_realisasi_in_different_units() -> None:
    d = doc(row("t1", "pengukuran_kinerja", "Jumlah Poster Informasi", "11.000 eks", "6000 lbr"))
    (f,) = run(UnitMismatch, d)
    assert f.severity == "warning" and '"eks"' in f.text("en") and '"lbr"' in f.text("en")


def test_k003_spelling_variants_of_one_unit_pass() -> None:
    d = doc(row("t1", "pengukuran_kinerja", "Jumlah Leaflet", "6.000 lbr", "6.000 lb"),
            row("t2", "perjanjian_kinerja", "Jumlah Pers Tour", "1 Kali"),
            row("t3", "pengukuran_kinerja", "Jumlah Pers Tour", "1 kali", "1 kali"))
    assert run(UnitMismatch, d) == []


def test_k003_reports_a_misspelt_unit_as_info() -> None:
    d = doc(row("t1", "pengukuran_kinerja", "Jumlah naskah", "12 dokumen", "12 dokumn"))
    findings = run(UnitMismatch, d)
    assert findings and all(f.severity == "info" for f in findings)


def _ocr(r: IndicatorRow, role: str) -> IndicatorRow:
    cell = r.cells[role]
    r.cells[role] = Cell(cell.text, cell.page, cell.table, cell.row, cell.column, confidence=93.0)
    return r


def test_k003_ocr_reads_l_as_capital_i_in_a_unit() -> None:
    """A scanned "lbr" read as "Ibr" (or "1br") is the unit the other table prints as "lbr"."""
    d = doc(_ocr(row("t1", "pengukuran_kinerja", "Jumlah Leaflet", "6.000 Ibr", "6.000 lbr"), "target"),
            _ocr(row("t2", "perjanjian_kinerja", "Jumlah Leaflet", "6.000 1br"), "target"))
    assert run(UnitMismatch, d) == []


def test_k003_folds_l_glyphs_only_in_units_read_by_ocr() -> None:
    # From a text layer "Ibr" is what the file holds: compared as printed.
    d = doc(row("t1", "pengukuran_kinerja", "Jumlah Leaflet", "6.000 Ibr", "6.000 lbr"))
    assert run(UnitMismatch, d)
    # An OCR'd unit that differs beyond the glyph is still a mismatch.
    d = doc(_ocr(row("t1", "pengukuran_kinerja", "Jumlah Poster", "11.000 eks", "6000 Ibr"), "realisasi"))
    (f,) = run(UnitMismatch, d)
    assert '"eks"' in f.text("en") and '"ibr"' in f.text("en")


# K004 ----------------------------------------------------------------------------
def test_k004_flags_capaian_that_does_not_follow() -> None:
    d = doc(row("t1", "pengukuran_kinerja", "Jumlah dokumen perencanaan", "12 dokumen", "10 dokumen",
                capaian="110"))
    (f,) = run(CapaianArithmetic, d)
    assert "83,33" in f.text("en")


def test_k004_lower_is_better_and_rounding() -> None:
    ok = doc(row("t1", "pengukuran_kinerja", "Persentase penurunan kasus DBD", "80", "80,53", capaian="99,34"),
             row("t1", "pengukuran_kinerja", "Jumlah dokumen", "3 dokumen", "2 dokumen", capaian="66,67"),
             row("t1", "pengukuran_kinerja", "Jumlah dokumen lain", "3 dokumen", "2 dokumen", capaian="67"))
    assert run(CapaianArithmetic, ok) == []
    # Wording says lower is better, but the capaian was computed as higher-is-better.
    bad = doc(row("t1", "pengukuran_kinerja", "Angka kematian ibu", "100", "120", capaian="120"))
    (f,) = run(CapaianArithmetic, bad)
    assert "80" in f.text("en") and "lower is better" in f.text("en")


def test_k004_declared_formula_sets_polarity() -> None:
    d = doc(row("t1", "pengukuran_kinerja", "Rata-rata hari proses izin", "10 hari", "8 hari", capaian="80",
                formula="semakin kecil semakin baik"))
    (f,) = run(CapaianArithmetic, d)
    assert "120" in f.text("en")


# K005 ----------------------------------------------------------------------------
def test_k005_flags_pk_indicator_not_measured() -> None:
    d = doc(row("t1", "perjanjian_kinerja", "Jumlah RKA", "2 dokumen"),
            row("t1", "perjanjian_kinerja", "Jumlah DPA", "2 dokumen"),
            row("t2", "pengukuran_kinerja", "Jumlah RKA", "2 dokumen", "2 dokumen"))
    (f,) = run(PkVersusPengukuran, d)
    assert "Jumlah DPA" in f.text("en")


def test_k005_silent_without_both_tables() -> None:
    d = doc(row("t1", "perjanjian_kinerja", "Jumlah DPA", "2 dokumen"))
    assert run(PkVersusPengukuran, d) == []


# K006 ----------------------------------------------------------------------------
def test_k006_flags_unexplained_shortfall_and_accepts_an_explanation() -> None:
    rows = (row("t1", "pengukuran_kinerja", "Jumlah Terbitan Majalah Pemprov Jambi", "12.000 eks", "4.500 eks"),)
    (f,) = run(ShortfallUnexplained, doc(*rows, texts={1: "Semua kegiatan berjalan baik."}))
    assert "4.500 eks" in f.text("en")
    explained = {1: "Target terbitan majalah belum tercapai karena pencetakan terlambat."}
    assert run(ShortfallUnexplained, doc(*rows, texts=explained)) == []


def test_k006_lower_is_better_shortfall_is_a_rise() -> None:
    rows = (row("t1", "pengukuran_kinerja", "Jumlah kasus gizi buruk", "10 kasus", "8 kasus"),)
    assert run(ShortfallUnexplained, doc(*rows)) == []


# K007 ----------------------------------------------------------------------------
def _staff(stated: list[int], items: list[int]) -> Extraction:
    c = Cell("x", 4)
    lst = StaffList(4, "sebanyak ... orang", [StatedCount(n, "PNS", c) for n in stated],
                    [(f"item {i}", n, c) for i, n in enumerate(items)])
    return doc(staff_counts=[lst])


def test_k007_accepts_the_seed_staff_lists() -> None:
    assert run(StaffCountsAddUp, _staff([70, 18], [1, 3, 9, 5, 52, 18])) == []
    assert run(StaffCountsAddUp, _staff([70], [5, 37, 4, 24])) == []


def test_k007_flags_a_list_that_does_not_add_up() -> None:
    (f,) = run(StaffCountsAddUp, _staff([72], [5, 37, 4, 24]))
    assert "5 + 37 + 4 + 24 = 70" in f.text("en") and "72" in f.text("en")


# K008 ----------------------------------------------------------------------------
SEED_SECTIONS = [Section("KATA PENGANTAR", 2), Section("BAB I PENDAHULUAN", 3),
                 Section("BAB II PERENCANAAN DAN PERJANJIAN KINERJA", 5),
                 Section("BAB III AKUNTABILITAS KINERJA", 9), Section("IV. PENUTUP", 18)]


def test_k008_flags_missing_ikhtisar_in_a_full_report() -> None:
    d = doc(texts={1: "LAPORAN KINERJA\nBIRO HUMAS\nTAHUN 2018", 2: "KATA PENGANTAR"}, sections=SEED_SECTIONS)
    (f,) = run(MandatoryChapters, d)
    assert "Ikhtisar Eksekutif" in f.text("en") and "Pendahuluan" not in f.text("en").split("Headings")[0]


def test_k008_skips_documents_that_are_not_a_full_lkjip() -> None:
    pk = doc(texts={1: "PERJANJIAN KINERJA TAHUN 2017\nLaporan kinerja ..."}, sections=[])
    assert run(MandatoryChapters, pk) == []
    complete = doc(texts={1: "LAPORAN KINERJA 2018"},
                   sections=[Section("IKHTISAR EKSEKUTIF", 2), *SEED_SECTIONS])
    assert run(MandatoryChapters, complete) == []


def test_k008_reads_letter_spaced_titles() -> None:
    spaced = [Section("BAB I P E N D A H U L U A N", 3) if s.title.startswith("BAB I ") else s for s in SEED_SECTIONS]
    d = doc(texts={1: "LAPORAN KINERJA 2016"}, sections=[Section("IKHTISAR EKSEKUTIF", 2), *spaced])
    assert run(MandatoryChapters, d) == []


def _medium_term_table(table: str, *columns: tuple[str, str, int | None]) -> IndicatorTable:
    return IndicatorTable(table=table, page=49, kind="perbandingan_renstra", table_kind="renstra", year=2018,
                          caption="Perbandingan Realisasi Kinerja Tahun 2018 dengan Target Jangka Menengah",
                          columns=[{"index": k, "header": h, "role": r, "year": y} for k, (h, r, y) in enumerate(columns)])


def test_k002_realisasi_in_a_medium_term_comparison_naming_only_the_year_is_an_error() -> None:
    # "Target P.RPJMD Tahun 2018 | Realisasi | Capaian": the only year the table names is 2018,
    # and a realisasi is no plan's figure: 75,74 against the Pengukuran's 76,32 is a contradiction.
    comparison = row("t2", "renstra", "Indeks Kesehatan", "76,20", "75,74", page=49)
    comparison.detail = "perbandingan_renstra"
    d = doc(row("t1", "pengukuran_kinerja", "Indeks Kesehatan", "76,20", "76,32", page=21), comparison)
    d.indicator_tables = [_medium_term_table("t2", ("target p.rpjmd tahun 2018", "target_akhir", 2018),
                                             ("realisasi", "realisasi", None), ("capaian kinerja (%)", "capaian", None))]
    (f,) = run(RealisasiDiffers, d)
    assert f.severity == "error" and "75,74" in f.text("en")
    # A column of another year (or a running total) leaves the realisasi's year open: a warning.
    d.indicator_tables[0].columns.append({"index": 3, "header": "realisasi s.d. 2018", "role": "kumulatif", "year": None})
    (f,) = run(RealisasiDiffers, d)
    assert f.severity == "warning"
    d.indicator_tables[0].columns[-1] = {"index": 3, "header": "target 2023", "role": "target", "year": 2023}
    (f,) = run(RealisasiDiffers, d)
    assert f.severity == "warning"
