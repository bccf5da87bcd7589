"""LKJ-S001: schema failures become findings with their location."""

from __future__ import annotations

from lkjip.checks.rule import CheckConfig
from lkjip.checks.structure.s001_schema_failures import SchemaFailures
from lkjip.schemas.validate import validate_extraction
from tests.budget.builders import doc, row, seed_table, sentence


def test_clean_rows_and_amounts_validate() -> None:
    d = doc(seed_table(), sentence("Dari Total Anggaran Rp. 19.253.545.000,- atau sama dengan 98.17 %"))
    assert validate_extraction(d) == []
    d.schema_failures = validate_extraction(d)
    assert list(SchemaFailures().check(d, CheckConfig())) == []


def test_unreadable_and_out_of_range_values_are_reported_with_location() -> None:
    rows = seed_table(**{"2_anggaran": "1.64O.000.000,-", "5_persen": "2.500"})
    rows.append(row("p17-t1", 14, "kegiatan", "", anggaran="5.000.000"))
    d = doc(rows)
    d.schema_failures = validate_extraction(d)
    findings = list(SchemaFailures().check(d, CheckConfig(lang="en")))
    assert all(f.severity == "warning" for f in findings)
    texts = [f.message["en"] for f in findings]
    assert any("p. 17, table p17-t1, row 2" in t and "“1.64O.000.000,-”" in t for t in texts)
    assert any("persen" in t and "2500" in t for t in texts)  # percentage above 1000
    assert any("row 14" in t for t in texts)  # a kegiatan without a name
    located = [f for f in findings if f.evidence[0].cell.row == 2]
    assert located and located[0].evidence[0].cell.bbox is not None


def test_negative_rupiah_in_text_fails_its_schema() -> None:
    d = doc(amounts=sentence("anggaran sebesar Rp. -5.000.000,-"))
    failures = validate_extraction(d)
    assert failures and failures[0].kind == "amount" and failures[0].page == 16


def test_ambiguous_amount_is_reported_when_the_document_style_is_unknown() -> None:
    from lkjip.records import Cell

    rows = seed_table()
    rows[1].cells["anggaran"] = Cell(**{**rows[1].cells["anggaran"].__dict__, "ambiguous": True})
    d = doc(rows)
    d.number_style = None
    d.schema_failures = validate_extraction(d)
    (f,) = list(SchemaFailures().check(d, CheckConfig(lang="en")))
    assert "either thousands separator" in f.message["en"] and f.evidence[0].cell.row == 2
    d.number_style = "id"
    assert validate_extraction(d) == []


def test_negative_amount_is_reported_except_on_a_balance_line() -> None:
    rows = seed_table()
    rows.append(row("p17-t1", 14, "total", "Surplus/(Defisit)", anggaran="-884.001.415"))
    rows.append(row("p17-t1", 15, "kegiatan", "Belanja Pegawai", anggaran="-5.000.000"))
    d = doc(rows)
    d.schema_failures = validate_extraction(d)
    assert {f.name for f in d.schema_failures} >= {"Surplus/(Defisit)", "Belanja Pegawai"}
    findings = list(SchemaFailures().check(d, CheckConfig(lang="en")))
    assert [f.evidence[0].cell.row for f in findings] == [15]


def test_a_dash_is_nil_not_a_typo() -> None:
    rows = seed_table(**{"2_realisasi": "-", "3_realisasi": "Rp -", "4_realisasi": "1.2-3"})
    d = doc(rows)
    d.schema_failures = validate_extraction(d)
    findings = list(SchemaFailures().check(d, CheckConfig(lang="en")))
    assert [f.evidence[0].cell.text for f in findings] == ["1.2-3"]


def test_on_an_ocr_page_the_unreadable_form_may_be_the_readings() -> None:
    rows = seed_table(**{"2_anggaran": "1.640 000.000"})
    d = doc(rows)
    d.schema_failures = validate_extraction(d)
    (typed,) = list(SchemaFailures().check(d, CheckConfig(lang="en")))
    assert typed.message["en"].endswith("for a typo.")
    d.coverage.ocr_pages = [17]
    (scanned,) = list(SchemaFailures().check(d, CheckConfig(lang="en")))
    assert "read by OCR" in scanned.message["en"] and "dibaca dengan OCR" in scanned.message["id"]
