"""Budget figures retold in prose, tied to the table rows they name (LKJ-B007): the list
item whose opening words name the kegiatan ("2. Kegiatan X. … kegiatan ini sebesar Rp …"),
a "Rp." carried over a page break, prose printed in a panel the table finder takes for a
table."""

from __future__ import annotations

from pathlib import Path

from lkjip.checks.finding import Finding
from lkjip.extract.interpret.narrative_amounts import narrative_amounts
from lkjip.extract.interpret.prose_panels import is_prose_panel
from lkjip.extract.readers import read_document
from lkjip.extract.source import Page, RawCell, RawTable, SourceDocument
from lkjip.pipeline import findings_of, records_of
from lkjip.records import Extraction
from tests.generator.budget_layouts import BudgetLayout, render_budget_pdf

ITEMS = BudgetLayout(prose=True, prose_form="items")


def _budget_findings(layout: BudgetLayout, tmp_path: Path) -> tuple[Extraction, list[Finding]]:
    path = tmp_path / f"{layout.name}.pdf"
    render_budget_pdf(layout, path)
    doc = records_of(read_document(path))
    return doc, [f for f in findings_of(doc) if f.rule.startswith("LKJ-B")]


def test_items_naming_their_kegiatan_agree_with_the_table(tmp_path: Path) -> None:
    doc, found = _budget_findings(ITEMS, tmp_path)
    assert sum(1 for a in doc.amounts if a.item_lead and a.item_lead.startswith("Kegiatan")) >= 8
    assert found == []


def test_mistyped_and_transposed_figures_in_items_are_errors(tmp_path: Path) -> None:
    """Item 3 prints its anggaran 20.000 off; item 1 transposes two digits of its realisasi."""
    _, found = _budget_findings(ITEMS.with_defect("prose", 2, 20_000).with_defect("prose_swap", 0, 0), tmp_path)
    assert sorted((f.rule, f.severity) for f in found) == [("LKJ-B007", "error")] * 2
    text = " ".join(f.message["en"] for f in found)
    assert "Pengelolaan Informasi dan Komunikasi Publik" in text and "difference 20.000" in text
    assert "realisasi of “Perencanaan, Penganggaran" in text


def test_item_naming_its_kegiatan_in_other_words_is_a_warning(tmp_path: Path) -> None:
    """The item leaves the name's last word out: the row is only a guess."""
    _, found = _budget_findings(ITEMS.with_defect("prose_loose", 1, 0).with_defect("prose_swap", 1, 0), tmp_path)
    assert [(f.rule, f.severity) for f in found] == [("LKJ-B007", "warning")]
    assert "Administrasi Keuangan Perangkat Daerah" in found[0].message["en"]
    assert [d.reason for d in found[0].doubts] == ["row_named_loosely"]


def _page(number: int, text: str) -> Page:
    return Page(number=number, width=595.0, height=842.0, text=text)


def test_rp_at_the_foot_of_a_page_announces_the_first_amount_of_the_next() -> None:
    pages = [_page(1, "Laporan Kinerja 2016 1\n18. Kegiatan Peningkatan Kesejahteraan Aparatur. Jumlah\n"
                      "anggaran yang dialokasikan untuk kegiatan ini sebesar Rp.\n"),
             _page(2, "Laporan Kinerja 2016 2\n670.950.000,00, dan realisasi anggaran sebesar Rp. 358.925.500,00.\n")]
    amounts = narrative_amounts(SourceDocument("x.pdf", "0", "pdf", 2, pages, []), None)
    first = amounts[0]
    assert (first.page, first.kind, first.value) == (2, "rupiah", 670950000)
    assert first.context.startswith("Jumlah anggaran yang dialokasikan") and "Laporan" not in first.context
    assert first.item_lead is not None and first.item_lead.startswith("Kegiatan Peningkatan Kesejahteraan")
    assert amounts[1].context == first.context  # one sentence, one context


def test_a_year_in_the_running_head_is_no_amount() -> None:
    pages = [_page(1, "Dengan alokasi sebesar Rp.\n"), _page(2, "Laporan Kinerja 2016\nTabel berikut 12 kali.\n")]
    assert [a for a in narrative_amounts(SourceDocument("x.pdf", "0", "pdf", 2, pages, []), None)
            if a.kind == "rupiah"] == []


def _table(lines: list[list[str]]) -> RawTable:
    grid = [[RawCell(text=t, row=r, col=c, bbox=(100.0 + 200 * c, 100.0 + 12 * r, 290.0 + 200 * c, 110.0 + 12 * r))
             for c, t in enumerate(line)] for r, line in enumerate(lines)]
    return RawTable(id="p5-t1", page=5, bbox=(100.0, 100.0, 500.0, 400.0), grid=grid)  # type: ignore[arg-type]


def test_a_panel_of_prose_is_no_table() -> None:
    prose = [["(10)", "Kegiatan Pemberdayaan Masyarakat Menuju Masyarakat"],
             ["", "Tangguh Bencana dengan alokasi anggaran sebesar Rp."],
             ["", "540.000.000,- dengan realisasi anggaran sebesar Rp."],
             ["", "539.595.000,- atau 99,93% dan realisasi fisik sebesar 100%"],
             ["", "dengan outputya adalah masyarakat memiliki kesiapan untuk"],
             ["", "menghadapi bencana dan kemampuan untuk mengurangi"],
             ["(11)", "Kegiatan Pelatihan Pemulihan Sarana Pasca Bencana dengan"]]
    assert is_prose_panel(_table(prose))
    budget = [["No", "Kegiatan", "Anggaran"]] + [[str(i), f"Kegiatan nomor {i} yang dilaksanakan dinas", "540.000.000"]
                                                 for i in range(1, 8)]
    assert not is_prose_panel(_table(budget))
    wrapped = [["1", "Meningkatnya upaya pencegahan,\npemberantasan dan pengendalian penyakit", "Persentase desa"]] * 7
    assert not is_prose_panel(_table(wrapped))


def test_belanja_line_named_in_a_sentence() -> None:
    """"Belanja Tidak Langsung" names its row: not another stage of the budget."""
    from lkjip.checks.budget.b007_text_row_vs_table import TextRowVsTable
    from lkjip.checks.rule import CheckConfig
    from tests.budget.builders import doc, row, sentence

    table = [row("p65-t1", 1, "other", "BELANJA TIDAK LANGSUNG", anggaran="11,038,000,000",
                 realisasi="10,233,730,506", page=65)]
    text = ("Sedangkan alokasi anggaran Belanja Tidak Langsung sebesar Rp.11,038,000,000 terealisasi "
            "sebesar Rp.10,232,930,506 (92.71%).")
    found = list(TextRowVsTable().check(doc(table, sentence(text, page=71)), CheckConfig()))
    assert [(f.severity, f.evidence[0].value) for f in found] == [("error", 10232930506)]
    same = text.replace("10,232,930,506", "10,233,730,506")
    assert list(TextRowVsTable().check(doc(table, sentence(same, page=71)), CheckConfig())) == []


def test_item_printing_a_thousandth_of_its_row() -> None:
    """"4) Perlindungan Anak … Rp.1,688,000.00": a short name opening the item whole ties
    it to its row; the figure lost a group of digits."""
    from lkjip.checks.budget.b007_text_row_vs_table import TextRowVsTable
    from lkjip.checks.rule import CheckConfig
    from tests.budget.builders import doc, row, sentence

    table = [row("p30-t1", 20, "kegiatan", "Perlindungan Anak", anggaran="1,688,000,000", page=30),
             row("p65-t1", 17, "kegiatan", "Perlindungan Anak", anggaran="1,688,000,000",
                 realisasi="1,682,400,200", page=65)]
    amounts = sentence("Perlindungan Anak dengan alokasi biaya sebesar Rp.1,688,000.00", page=27)
    for a in amounts:
        a.item_lead = "Perlindungan Anak dengan alokasi biaya sebesar"
    found = list(TextRowVsTable().check(doc(table, amounts), CheckConfig()))
    assert [f.severity for f in found] == ["error"]
    assert "thousandth" in found[0].message["en"] and {e.cell.page for e in found[0].evidence} == {27, 30, 65}


def test_sentence_percentage_given_by_its_row_names_the_odd_amount() -> None:
    """The sentence's 95,71% is the row's 178.255.000 / 186.250.000: its realisasi is the typo."""
    from lkjip.checks.budget.b003_percent_vs_computed import PercentVsComputed
    from lkjip.checks.rule import CheckConfig
    from tests.budget.builders import doc, row, sentence

    table = [row("p66-t1", 6, "kegiatan", "Penyusunan Regulasi Bidang Kebencanaan", anggaran="186.250.000,-",
                 realisasi="178.255.000,-", page=66)]
    text = ("Kegiatan Penyusunan Regulasi Bidang Kebencanaan dengan alokasi anggaran sebesar Rp. 186.250.000,- "
            "dengan realisasi sebesar Rp. 178.225.000,- atau 95,71% dan realisasi fisik sebesar 100%")
    found = list(PercentVsComputed().check(doc(table, sentence(text, page=63)), CheckConfig()))
    assert len(found) == 1 and "the text's realisasi Rp. 178.225.000,- differs" in found[0].message["en"]
    assert {e.cell.page for e in found[0].evidence} == {63, 66}
