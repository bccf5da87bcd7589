"""LKJ-N003: "all indicators reached their target" vs the measurement table it sums up."""

from __future__ import annotations

from lkjip.checks.narrative.n003_all_reached_claim import AllReachedClaim
from lkjip.checks.rule import CheckConfig
from lkjip.records import Cell, DocumentMetadata, Extraction, IndicatorRow

CLAIM = ("Dari tabel di atas terdapat satu sasaran strategis dengan 3 indikator kinerja. Pada\nTahun 2022, "
         "{claim} realisasi indikator telah mencapai target yang ditetapkan yaitu\ntelahmencapai 100% bahkan "
         "lebih, dengan rincian sebagai berikut :")


def _row(name: str, capaian: float, printed: str, row: int, page: int = 24, kind: str = "pengukuran_kinerja",
         year: int = 2022) -> IndicatorRow:
    cell = Cell(text=printed, page=page, table=f"p{page}-t1", row=row, column="capaian")
    return IndicatorRow(table=f"p{page}-t1", table_kind=kind, page=page, row=row, indikator=name, year=year,
                        capaian=capaian, capaian_text=printed, cells={"capaian": cell})


def _found(text: str, rows: list[IndicatorRow], page: int = 24) -> list:
    doc = Extraction(file="x.pdf", sha256=None, kind="pdf", pages=40, page_texts={page: text},
                     number_style="id", indicators=rows, metadata=DocumentMetadata(year=2022))
    return list(AllReachedClaim().check(doc, CheckConfig()))


ROWS = [_row("Maturitas SPIP", 94.24, "94,24%", 1), _row("Kapabilitas APIP", 100.0, "100%", 2),
        _row("Nilai Evaluasi AKIP PD", 101.2, "101,20%", 3)]


def test_all_reached_claim_vs_a_capaian_below_100() -> None:
    found = _found(CLAIM.format(claim="semua"), ROWS)
    assert [(f.rule, f.severity) for f in found] == [("LKJ-N003", "warning")]
    assert [(e.cell.text, e.value) for e in found[0].evidence] == [("100%", 100.0), ("94,24%", 94.24)]
    assert "Maturitas SPIP" in found[0].message["en"] and "semua indikator" in found[0].message["id"]


def test_all_rows_reached_is_no_finding() -> None:
    rows = [_row("Maturitas SPIP", 99.996, "100,00%", 1), *ROWS[1:]]
    assert _found(CLAIM.format(claim="semua"), rows) == []


def test_a_qualified_claim_is_no_claim() -> None:
    assert _found(CLAIM.format(claim="belum semua"), ROWS) == []
    assert _found(CLAIM.format(claim="hampir seluruh"), ROWS) == []


def test_the_table_on_the_page_before_and_other_years() -> None:
    on_23 = [_row("Maturitas SPIP", 94.24, "94,24%", 1, page=23)]
    assert len(_found(CLAIM.format(claim="seluruh"), on_23)) == 1
    assert _found(CLAIM.format(claim="seluruh"), [_row("Maturitas SPIP", 94.24, "94,24%", 1, year=2021)]) == []
    assert _found(CLAIM.format(claim="seluruh"), [_row("X", 94.24, "94,24%", 1, kind="perjanjian_kinerja")]) == []
