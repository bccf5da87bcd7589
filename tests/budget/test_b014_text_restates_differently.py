"""LKJ-B014: one budget line named the same way twice in the text, with amounts a typo
apart, is a warning; a bracketed acronym in the name ("(APBD)") stays in the lead-in."""

from __future__ import annotations

from lkjip.checks.budget.b014_text_restates_differently import TextRestatesDifferently, line_named
from lkjip.checks.budget.text_figures import lead_in
from lkjip.checks.rule import CheckConfig
from tests.budget.builders import doc, sentence

PLAN = "A. Belanja Langsung (APBD) sebesar Rp. 203.092.251.125,-, dengan rincian sebagai berikut :"
REPORT = ("1. Belanja Langsung (APBD) sebesar Rp. 234.092.251.125,- , dengan realisasi keuangan sebesar "
          "Rp 204.597.911.173,- (87,40%), dengan rincian sebagai berikut:")


def _found(*texts: tuple[str, int]) -> list:
    amounts = [a for text, page in texts for a in sentence(text, page=page)]
    return list(TextRestatesDifferently().check(doc([], amounts), CheckConfig()))


def test_a_name_bracket_is_part_of_the_lead_in_a_figures_words_are_not() -> None:
    (amount,) = [a for a in sentence(PLAN) if a.kind == "rupiah"]
    assert "Belanja Langsung (APBD)" in lead_in(amount)
    assert line_named(amount) == "belanja langsung apbd"
    spelled = sentence("sebesar Rp. 2.000.000.000,- (Dua Milyar Rupiah ) dengan realisasi Rp. 1.500.000.000,-")
    assert "Milyar" not in lead_in(spelled[-1])


def test_the_same_line_a_typo_apart_is_a_warning() -> None:
    (f,) = _found((PLAN, 25), (REPORT, 82))
    assert f.severity == "warning"
    assert sorted((e.cell.page, e.value) for e in f.evidence) == [(25, 203_092_251_125), (82, 234_092_251_125)]
    assert "Belanja Langsung (APBD)" in f.message["en"] and "Belanja Langsung (APBD)" in f.message["id"]


def test_same_amount_other_line_or_far_apart_is_not_flagged() -> None:
    assert _found((PLAN, 25), (REPORT.replace("234.092.251.125", "203.092.251.125"), 82)) == []
    assert _found((PLAN, 25), (REPORT.replace("Belanja Langsung", "Belanja Modal"), 82)) == []
    assert _found((PLAN, 25), (REPORT.replace("234.092.251.125", "250.000.000.000"), 82)) == []


def test_a_lead_in_naming_a_column_is_no_line() -> None:
    a = ("22. Kegiatan Pemeliharaan Gedung. Jumlah anggaran yang dialokasikan untuk pelaksanaan kegiatan ini "
         "sebesar Rp. 369.200.000,00")
    b = a.replace("Pemeliharaan Gedung", "Pengadaan Alat").replace("369.200.000", "368.200.000")
    assert _found((a, 28), (b, 29)) == []
    assert _found(("Kegiatan A, dengan realisasi Rp. 860.924.000,-", 54),
                  ("Kegiatan B, dengan realisasi Rp. 860.942.000,-", 62)) == []
