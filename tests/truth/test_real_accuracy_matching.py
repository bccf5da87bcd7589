"""The real-report benchmark's matcher on small hand-made inputs (no corpus, no lkjip run)."""

from __future__ import annotations

import pytest

from tests.truth.helpers import real_accuracy

ra = real_accuracy()


def v(printed: str, value: float | None) -> dict:
    return {"printed": printed, "value": value}


def truth_doc(**parts: list) -> dict:
    doc = {"file": "x.pdf", "document_kind": "lkjip", "labelled": {"pages": [3, 4], "method": "hand"},
           "budget_tables": [], "indicator_tables": [], "contradictions": []}
    doc.update(parts)
    return doc


# ---------------------------------------------------------------- names

@pytest.mark.parametrize(("raw", "expected"), [
    ("1.02.01 Program Pelayanan Administrasi", "program pelayanan administrasi"),
    ("4 . 1 . 1 . 01  Pajak Hotel", "pajak hotel"),
    ("a. Belanja Pegawai", "belanja pegawai"),
    ("(2) Kegiatan Rapat-rapat", "kegiatan rapat rapat"),
    ("IV. PENDAPATAN", "pendapatan"),
    ("2) Program   Peningkatan\nSarana", "program peningkatan sarana"),
    ("Administrasi Umum", "administrasi umum"),  # a leading letter without "." or ")" is a word
    ("b.Belanja Modal", "belanja modal"),
    ("a.n. Kepala Dinas", "a n kepala dinas"),  # an abbreviation, not an outline letter
    ("Indeks Kepuasan Masyarakat (IKM)", "indeks kepuasan masyarakat ikm"),
    ("", ""),
    (None, ""),
])
def test_names_are_normalised(raw: str | None, expected: str) -> None:
    assert ra.normalise_name(raw) == expected


def test_name_similarity_ignores_codes_case_and_punctuation() -> None:
    assert ra.name_similarity("1. PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN",
                              "Program Pelayanan Administrasi Perkantoran") == 100
    assert ra.name_similarity("Belanja Pegawai", "Belanja Barang dan Jasa") < ra.NAME_SIMILARITY


# ---------------------------------------------------------------- levels and kinds

@pytest.mark.parametrize(("truth", "lkjip", "ok"), [
    ("program", "program", True),
    ("program", "other", False),
    ("kegiatan", "sub_kegiatan", False),
    ("sub_kegiatan", "sub_kegiatan", True),
    ("total", "total", True),
    ("total", "other", False),
    ("subtotal", "total", True),
    ("subtotal", "other", True),
    ("urusan", "other", True),
    ("urusan", "program", False),
    ("belanja", "other", True),
    ("belanja", "program", False),
    ("other", "other", True),
    ("paket", None, False),
])
def test_truth_levels_map_onto_lkjip_levels(truth: str, lkjip: str | None, ok: bool) -> None:
    assert ra.level_compatible(truth, lkjip) is ok


def test_every_truth_level_and_kind_of_the_schema_is_mapped() -> None:
    from tests.truth.helpers import SCHEMA, load

    defs = load(SCHEMA)["$defs"]
    assert set(defs["budget_row"]["properties"]["level"]["enum"]) == set(ra.LEVELS)
    assert set(defs["indicator_table"]["properties"]["kind"]["enum"]) == set(ra.KINDS)


@pytest.mark.parametrize(("truth", "lkjip", "ok"), [
    ("perjanjian_kinerja", "perjanjian_kinerja", True),
    ("pk_perubahan", "perjanjian_kinerja", True),
    ("pengukuran_kinerja", "lampiran", True),
    ("pengukuran_kinerja", "perjanjian_kinerja", False),
    ("perbandingan_renstra", "renstra", True),
    ("renstra", "perbandingan_tahunan", False),
    ("other", None, False),
])
def test_truth_kinds_map_onto_lkjip_kinds(truth: str, lkjip: str | None, ok: bool) -> None:
    assert ra.kind_right(truth, lkjip) is ok


# ---------------------------------------------------------------- values

@pytest.mark.parametrize(("printed", "value", "decimals"), [
    ("98,17 %", 98.17, 2),
    ("98.2%", 98.2, 1),
    ("100%", 100.0, 0),
    ("429.352 eks", 429352, 0),
    ("1.128,26", 1128.26, 2),
    ("36.797.725.024,70", 36797725024.7, 2),
    ("19.253.545", 19253545000.0, 0),  # a (Rp 000) multiplier: no digit run explains the value
])
def test_printed_decimals(printed: str, value: float, decimals: int) -> None:
    assert ra.printed_decimals(printed, value) == decimals


def test_percentages_are_equal_within_half_the_last_printed_digit() -> None:
    assert ra.percent_equal(98.17, "98,17", 98.174)
    assert not ra.percent_equal(98.17, "98,17", 98.176)
    assert ra.percent_equal(98.0, "98 %", 97.6)
    assert not ra.percent_equal(98.0, "98 %", 97.4)
    assert not ra.percent_equal(98.0, "98 %", None)


def test_amounts_are_equal_to_the_rupiah() -> None:
    assert ra.amount_equal(1_250_000.0, 1_250_000.0)
    assert ra.amount_equal(36_797_725_024.7, 36_797_725_024.0)  # sen are not compared
    assert not ra.amount_equal(1_250_000.0, 1_250_001.0)
    assert not ra.amount_equal(1_250_000.0, None)
    assert ra.value_equal(None, 5.0, "amount") is None  # the truth gives no number: not compared
    assert ra.value_equal(v("-", None), 0.0, "amount") is None


# ---------------------------------------------------------------- budget rows

def budget_truth(rows: list[dict]) -> dict:
    return truth_doc(budget_tables=[{"id": "b1", "pages": [3], "caption": None, "number_style": "id",
                                     "columns": [], "rows": rows}])


def test_budget_rows_match_by_name_level_and_page_and_are_exact_when_every_number_equals() -> None:
    truth = budget_truth([
        {"page": 3, "code": "1", "name": "Program Pelayanan Administrasi Perkantoran", "level": "program",
         "anggaran": v("1.000.000", 1e6), "realisasi": v("900.000", 9e5), "persen": v("90,00", 90.0)},
        {"page": 3, "code": "2", "name": "Program Peningkatan Sarana", "level": "program",
         "anggaran": v("2.000.000", 2e6), "realisasi": v("1.500.000", 1.5e6), "persen": v("75", 75.0)},
        {"page": 3, "code": None, "name": "JUMLAH", "level": "total",
         "anggaran": v("3.000.000", 3e6), "realisasi": v("2.400.000", 2.4e6), "persen": None},
        {"page": 5, "name": "Program di halaman tak berlabel", "level": "program",
         "anggaran": v("1", 1.0), "realisasi": None},
    ])
    ours = [
        {"page": 3, "level": "program", "code": "1.", "name": "1. PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN",
         "anggaran": 1e6, "realisasi": 9e5, "persen": 90.004, "sisa": None},
        {"page": 3, "level": "program", "name": "Program Peningkatan Sarana",
         "anggaran": 2e6, "realisasi": 1.4e6, "persen": 75.0, "sisa": None},  # realisasi misread
        {"page": 3, "level": "total", "name": "Total Belanja", "anggaran": 3e6, "realisasi": 2.4e6},
        {"page": 4, "level": "program", "name": "Program Peningkatan Sarana", "anggaran": 2e6, "realisasi": 1.5e6},
        {"page": 9, "level": "program", "name": "off the labelled pages", "anggaran": 1.0},
    ]
    s = ra.score_budget(truth, ours, {3, 4}, paged=True)
    assert (s.truth_rows, s.matched, s.exact) == (3, 3, 2)
    assert (s.lkjip_rows, s.lkjip_matched) == (4, 3)  # the p.4 copy is on another page: unmatched
    assert any("realisasi 1.500.000 vs 1400000" in m for m in s.misses)


def test_a_budget_row_of_the_wrong_level_does_not_match_and_says_so() -> None:
    truth = budget_truth([{"page": 3, "name": "Belanja Pegawai", "level": "belanja",
                           "anggaran": v("10", 10.0), "realisasi": v("9", 9.0)}])
    ours = [{"page": 3, "level": "program", "name": "Belanja Pegawai", "anggaran": 10.0, "realisasi": 9.0}]
    s = ra.score_budget(truth, ours, {3}, paged=True)
    assert (s.matched, s.exact) == (0, 0)
    assert s.misses == ["p.3 'Belanja Pegawai' (belanja): lkjip level program"]


def test_unmatched_lkjip_rows_without_numbers_do_not_count_against_precision() -> None:
    truth = budget_truth([{"page": 3, "name": "Program A", "level": "program",
                           "anggaran": v("10", 10.0), "realisasi": v("9", 9.0)}])
    ours = [{"page": 3, "level": "program", "name": "Program A", "anggaran": 10.0, "realisasi": 9.0},
            {"page": 3, "level": "kegiatan", "name": "Rapat koordinasi", "anggaran": None, "realisasi": None},
            {"page": 3, "level": "kegiatan", "name": "Perjalanan dinas", "anggaran": 5.0, "realisasi": None}]
    s = ra.score_budget(truth, ours, {3}, paged=True)
    assert (s.lkjip_rows, s.lkjip_matched) == (2, 1)
    assert s.unmatched_lkjip == ["p.3 'Perjalanan dinas' (kegiatan)"]


def test_same_named_budget_rows_are_told_apart_by_code_then_values() -> None:
    truth = budget_truth([
        {"page": 3, "code": "2.1.1", "name": "Belanja Pegawai", "level": "belanja",
         "anggaran": v("10", 10.0), "realisasi": v("9", 9.0)},
        {"page": 3, "code": "2.2.1", "name": "Belanja Pegawai", "level": "belanja",
         "anggaran": v("20", 20.0), "realisasi": v("19", 19.0)},
    ])
    ours = [{"page": 3, "level": "other", "code": "2.2.1", "name": "Belanja Pegawai", "anggaran": 20.0,
             "realisasi": 19.0},
            {"page": 3, "level": "other", "code": None, "name": "Belanja Pegawai", "anggaran": 10.0,
             "realisasi": 9.0}]
    assert ra.score_budget(truth, ours, {3}, paged=True).exact == 2


# ---------------------------------------------------------------- indicator rows

def test_indicator_rows_are_exact_for_the_right_year_in_the_right_table() -> None:
    truth = truth_doc(indicator_tables=[
        {"id": "i1", "pages": [3], "caption": None, "kind": "pengukuran_kinerja", "year": 2016, "columns": [],
         "rows": [{"page": 3, "indikator": "Persentase ASN terlatih",
                   "target": v("100%", 100.0), "realisasi": v("98,5%", 98.5), "capaian": v("98,5%", 98.5)},
                  {"page": 3, "indikator": "Opini BPK", "target": v("WTP", None), "realisasi": v("WTP", None)}]},
        {"id": "i2", "pages": [4], "caption": None, "kind": "perbandingan_tahunan", "year": 2016,
         "years": [2015, 2016], "columns": [],
         "rows": [{"page": 4, "indikator": "Persentase ASN terlatih",
                   "by_year": {"2015": {"realisasi": v("90%", 90.0)}, "2016": {"realisasi": v("98,5%", 98.5)}}}]},
    ])
    q = {"text": "", "value": None}
    ours = [
        {"page": 3, "table": "t1", "table_kind": "pengukuran_kinerja", "indikator": "1. Persentase ASN Terlatih",
         "year": 2016, "target": q | {"value": 100}, "realisasi": q | {"value": 98.5}, "capaian": 98.5},
        {"page": 3, "table": "t1", "table_kind": "pengukuran_kinerja", "indikator": "Opini BPK", "year": 2016,
         "target": q | {"text": "WTP"}, "realisasi": q | {"text": "WTP"}, "capaian": None},
        {"page": 4, "table": "t2", "table_kind": "perbandingan_tahunan", "indikator": "Persentase ASN terlatih",
         "year": 2015, "target": None, "realisasi": q | {"value": 90}, "capaian": None},
        {"page": 4, "table": "t2", "table_kind": "perbandingan_tahunan", "indikator": "Persentase ASN terlatih",
         "year": 2016, "target": None, "realisasi": q | {"value": 98.5}, "capaian": None},
    ]
    s = ra.score_indicators(truth, ours, {3, 4}, paged=True)
    assert (s.truth_rows, s.matched, s.exact) == (3, 3, 3)
    assert (s.truth_tables, s.kind_right) == (2, 2)
    # the 2016 row read as 2015: matched, not exact
    ours[3]["year"], ours[2]["year"] = 2014, 2014
    s = ra.score_indicators(truth, ours, {3, 4}, paged=True)
    assert s.exact == 2 and any("year 2014 instead of 2016" in m for m in s.misses)


def test_a_truth_row_votes_for_the_table_of_its_closest_name_only() -> None:
    # Two one-row tables on a page whose names are close ("… ibu" / "… bayi" are 86% alike):
    # each truth table must read from its own table, not from the first one met.
    rows = {"ibu": v("89", 89.0), "bayi": v("5,8", 5.8)}
    truth = truth_doc(indicator_tables=[
        {"id": f"i{n}", "pages": [3], "caption": None, "kind": "pengukuran_kinerja", "year": 2016, "columns": [],
         "rows": [{"page": 3, "indikator": f"Ratio kematian {name}", "target": value}]}
        for n, (name, value) in enumerate(rows.items())])
    ours = [{"page": 3, "table": f"t{n}", "table_kind": "pengukuran_kinerja", "indikator": f"Ratio kematian {name}",
             "year": 2016, "target": {"text": value["printed"], "value": value["value"]}}
            for n, (name, value) in enumerate(rows.items())]
    s = ra.score_indicators(truth, ours, {3}, paged=True)
    assert (s.matched, s.exact) == (2, 2)


def test_an_invented_number_for_a_non_numeric_truth_value_is_not_exact() -> None:
    truth = truth_doc(indicator_tables=[
        {"id": "i1", "pages": [3], "caption": None, "kind": "other", "year": None, "columns": [],
         "rows": [{"page": 3, "indikator": "Opini BPK", "target": v("WTP", None)}]}])
    ours = [{"page": 3, "table": "t", "table_kind": "other", "indikator": "Opini BPK", "year": None,
             "target": {"text": "WTP", "value": 1.0}}]
    assert ra.score_indicators(truth, ours, {3}, paged=True).exact == 0


# ---------------------------------------------------------------- contradictions, false errors

def test_contradictions_found_and_false_errors() -> None:
    truth = truth_doc(contradictions=[
        {"id": "c1", "kind": "sum", "description": "parts add to 30, total says 31", "rules": ["LKJ-B001"],
         "sides": [{"page": 3, "printed": "31", "value": 31.0}, {"page": 3, "printed": "30", "value": 30.0}]},
        {"id": "c2", "kind": "terbilang", "description": "words vs numerals", "rules": ["LKJ-T001"],
         "sides": [{"page": 4, "printed": "Rp 1.250.000", "value": 1250000.0},
                   {"page": 4, "printed": "satu juta", "value": 1000000.0}]},
        {"id": "c3", "kind": "percent", "description": "stated 98 %, computes 97", "sides": [
            {"page": 4, "printed": "98 %", "value": 98.0}]},
    ])
    findings = [
        {"rule": "LKJ-B001", "severity": "error", "message": "sum", "evidence": [
            {"page": 3, "text": "31", "value": 31.0}, {"page": 3, "text": "30", "value": 30.0}]},
        # the listed rule, one side matched (to the rupiah): found
        {"rule": "LKJ-T001", "severity": "info", "message": "terbilang", "evidence": [
            {"page": 4, "text": "Rp 1.250.000", "value": 1250000.0}]},
        # a warning matching c3's single side
        {"rule": "LKJ-B003", "severity": "warning", "message": "pct", "evidence": [
            {"page": 4, "text": "98%", "value": 98.2}]},
        # an error no contradiction explains: false
        {"rule": "LKJ-B002", "severity": "error", "message": "text vs table", "evidence": [
            {"page": 3, "text": "7", "value": 7.0}]},
        # an error partly on an unlabelled page: not judged
        {"rule": "LKJ-B002", "severity": "error", "message": "text vs table", "evidence": [
            {"page": 3, "text": "8", "value": 8.0}, {"page": 40, "text": "9", "value": 9.0}]},
    ]
    cs, es = ra.score_findings(truth, findings, {3, 4}, paged=True)
    assert (cs.labelled, cs.found, cs.found_error_or_warning) == (3, 3, 2)
    assert (es.errors_on_labelled, es.true_errors, es.false_errors) == (2, 1, 1)


def test_one_matching_side_of_two_is_not_enough_without_the_rule() -> None:
    c = {"id": "c", "kind": "sum", "description": "", "rules": ["LKJ-B001"],
         "sides": [{"page": 3, "printed": "31", "value": 31.0}, {"page": 3, "printed": "30", "value": 30.0}]}
    f = {"rule": "LKJ-K005", "severity": "error", "evidence": [{"page": 3, "text": "31", "value": 31.0}]}
    assert not ra.finding_matches(c, f, paged=True)
    assert ra.finding_matches(c, f | {"rule": "LKJ-B001"}, paged=True)
    assert not ra.finding_matches(c, f | {"rule": "LKJ-B001", "evidence": [{"page": 4, "text": "31", "value": 31.0}]},
                                  paged=True)


def test_a_document_is_scored_from_lkjips_json_alone() -> None:
    truth = budget_truth([{"page": 3, "name": "Program A", "level": "program",
                           "anggaran": v("10", 10.0), "realisasi": v("9", 9.0)}])
    extract = {"budget": [{"page": 3, "level": "program", "name": "Program A", "anggaran": 10.0, "realisasi": 9.0}],
               "indicators": []}
    r = ra.score_document(truth, extract, {"findings": []})
    counts = ra.document_counts(r)
    assert counts["budget_recall"] == 1.0 and counts["budget_precision"] == 1.0
    assert counts["error_precision"] is None  # nothing to count


def test_a_multi_year_row_is_scored_for_the_tables_year_else_the_reports_year() -> None:
    row = {"page": 3, "indikator": "x", "by_year": {"2015": {"target": v("1", 1.0)}, "2016": {"target": v("2", 2.0)},
                                                    "2018": {"target": v("4", 4.0)}}}
    assert ra._indicator_item({"year": 2015}, row, 2016)[0] == 2015
    assert ra._indicator_item({"year": None}, row, 2016) == (2016, {"target": v("2", 2.0), "realisasi": None,
                                                                    "capaian": None})
    assert ra._indicator_item({"year": None}, row, None)[0] == 2018


def test_a_row_printing_its_own_values_is_scored_for_the_tables_year_when_by_year_lacks_it() -> None:
    # "Capaian tahun lalu | Target 2016 | Realisasi | % | Target akhir Renstra": the row's own
    # values are 2016's; by_year only holds 2015's capaian and the end target.
    row = {"page": 3, "indikator": "x", "target": v("55%", 55.0),
           "by_year": {"2015": {"capaian": v("139", 139.0)}, "2018": {"target": v("65%", 65.0)}}}
    assert ra._indicator_item({"year": 2016}, row, 2016) == (2016, {"target": v("55%", 55.0), "realisasi": None,
                                                                    "capaian": None})


def test_a_second_side_may_be_read_on_another_page_once_one_side_is_on_its_own() -> None:
    c = {"id": "c", "kind": "cross_table", "description": "",
         "sides": [{"page": 35, "printed": "68,56%", "value": 68.56}, {"page": 79, "printed": "65,56%", "value": 65.56}]}
    f = {"rule": "LKJ-K002", "severity": "error", "evidence": [
        {"page": 75, "text": "68,56%", "value": 68.56}, {"page": 79, "text": "65,56%", "value": 65.56}]}
    assert ra.finding_matches(c, f, paged=True)
    f["evidence"][1]["page"] = 80  # neither side on its own page
    assert not ra.finding_matches(c, f, paged=True)


def test_short_texts_match_a_side_only_when_equal() -> None:
    side = {"page": 3, "printed": "Rp 12.345", "value": None}
    assert not ra._side_matches(side, {"page": 3, "text": "2", "value": None}, paged=True)
    assert ra._side_matches(side, {"page": 3, "text": "Rp 12.345,-", "value": None}, paged=True)
