"""A table printing a line's anggaran and realisation percentage only, against the line
retold in the text with its three figures (LKJ-B002, lkjip.checks.budget.retold_percent)."""

from __future__ import annotations

from lkjip.checks.budget.b002_text_total_vs_table import TextTotalVsTable
from lkjip.checks.rule import CheckConfig
from lkjip.records import BudgetRow, NarrativeAmount
from tests.budget.builders import doc, row, sentence


def _table(percent: str) -> list[BudgetRow]:
    """"Efisiensi Penggunaan Sumber Daya": indicator | Anggaran (Rp.) | Realisasi Anggaran (%)."""
    return [row("p40-t2", 0, "other", "Peningkatan Nilai Produksi IKM", anggaran="8,729,557,200", persen="79.01",
                page=40, kind="program_anggaran"),
            row("p40-t2", 1, "other", "Peningkatan cakupan pengawasan barang beredar", anggaran="1,000,000,000",
                persen=percent, page=40, kind="program_anggaran")]


def _text(realisasi: str, percent: str, name: str = "Pengawasan Barang Beredar di Pasar") -> list[NarrativeAmount]:
    item = (f"7. Kegiatan {name}, yang dilaksanakan oleh Dinas dengan alokasi anggaran sebesar "
            f"Rp. 1,000,000,000.00 realisasi anggaran sebesar Rp. {realisasi} atau {percent}.")
    out = sentence(item, page=74)
    for a in out:
        a.item_lead = item[3:a.context_offset]
    return out


def _found(table_percent: str, realisasi: str, percent: str, **kw: str) -> list:
    return [f for f in TextTotalVsTable().check(doc(_table(table_percent), _text(realisasi, percent, **kw)),
                                                CheckConfig()) if "realisation of" in f.message["en"]]


def test_a_table_percent_the_text_retells_alike_is_consistent() -> None:
    assert _found("88.31", "883,082,282.00", "88.31%") == []


def test_a_table_percent_off_the_text_that_agrees_with_itself_is_a_warning() -> None:
    (f,) = _found("88.81", "883,082,282.00", "88.31%")
    assert f.severity == "warning" and "88.81" in f.message["en"] and "88.31%" in f.message["id"]
    assert [(e.cell.page, e.value) for e in f.evidence[:2]] == [(40, 88.81), (74, 88.31)]


def test_a_text_off_itself_or_another_line_compares_nothing() -> None:
    # The text's own percentage is not its realisasi over its anggaran: which is off is unclear.
    assert _found("88.81", "883,082,282.00", "89.31%") == []
    # The same anggaran under a name sharing no run of three words is another line.
    assert _found("88.81", "883,082,282.00", "88.31%", name="Pameran Dagang Produk Dalam Negeri") == []
