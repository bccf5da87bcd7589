"""A program's amount in the table against its kegiatan retold in the text (LKJ-B002,
lkjip.checks.budget.retold_parts): the table lists the kegiatan by name only under the
program's amount, the text gives each its figures."""

from __future__ import annotations

from lkjip.checks.budget.b002_text_total_vs_table import TextTotalVsTable
from lkjip.checks.rule import CheckConfig
from lkjip.records import NarrativeAmount
from tests.budget.builders import doc, row, sentence

KEGIATAN = [("Identifikasi Potensi Ekspor Produk Kehutanan", "100.000.000,00", "96.591.600,00"),
            ("Bimbingan Teknis Ketentuan Asal Barang", "75.000.000,00", "74.700.000,00"),
            ("Forum Kinerja Ekspor Jawa Barat", "200.000.000,00", "178.309.453,00")]


def _table(anggaran: str) -> list:
    rows = [row("p46-t2", 0, "program", "Program Peningkatan dan Pengembangan Ekspor",
                anggaran=anggaran, realisasi="349.601.053,00", page=46)]
    rows += [row("p46-t2", k, "kegiatan", name, parent=0, page=46) for k, (name, _, _) in enumerate(KEGIATAN, 1)]
    return rows


def _text(kegiatan: list[tuple[str, str, str]]) -> list[NarrativeAmount]:
    out: list[NarrativeAmount] = []
    for k, (name, a, r) in enumerate(kegiatan):
        out += sentence(f"Kegiatan {name}, yang dilaksanakan oleh Dinas dengan alokasi anggaran sebesar "
                        f"Rp. {a} realisasi anggaran sebesar Rp. {r} atau 96.59%.", page=70 + k)
    return out


def _found(anggaran: str, kegiatan: list[tuple[str, str, str]]) -> list:
    return list(TextTotalVsTable().check(doc(_table(anggaran), _text(kegiatan)), CheckConfig()))


def test_kegiatan_figures_adding_up_to_the_program_are_consistent() -> None:
    assert _found("375.000.000,00", KEGIATAN) == []


def test_kegiatan_figures_adding_up_to_another_amount_are_a_warning() -> None:
    found = _found("356.000.000,00", KEGIATAN)
    assert [(f.rule, f.severity) for f in found] == [("LKJ-B002", "warning")]
    message = found[0].message["en"]
    assert "375.000.000" in message and "difference 19.000.000" in message
    pages = {e.cell.page for e in found[0].evidence}
    assert pages == {46, 70, 71, 72}  # the program's row and every kegiatan's figure


def test_a_kegiatan_the_text_leaves_out_compares_nothing() -> None:
    assert _found("356.000.000,00", KEGIATAN[:2]) == []
