"""A total stated in the running text over the list of its parts that follows ("…
terdiri dari : 1. Kegiatan …"), LKJ-B001 via lkjip.checks.budget.prose_lists."""

from __future__ import annotations

from lkjip.checks.budget.b001_parts_vs_total import PartsVsTotal
from lkjip.checks.budget.prose_lists import prose_lists
from lkjip.checks.rule import CheckConfig
from lkjip.extract.interpret.narrative_amounts import narrative_amounts
from lkjip.extract.source import Page, SourceDocument
from lkjip.records import Extraction

HEAD = ("Anggaran yang bersumber dari APBN dana Dekonsentrasi Tahun 2016 berjumlah Rp\n"
        "3.000.000.000,- dengan capaian realisasinya sebesar Rp. {total},- atau 93%, terdiri dari :\n\n")
ITEMS = ("1.     Kegiatan Pengembangan Sistem Distribusi Pangan dengan alokasi anggaran\n"
         "       sebesar Rp. 2.000.000.000,- realisasinya sebesar Rp. 1.900.000.000,- atau 95%\n"
         "2.     Kegiatan Penanganan Rawan Pangan dengan alokasi anggaran sebesar\n"
         "       Rp. 1.000.000.000,- realisasinya sebesar {second}\n\n"
         "Untuk mengetahui pencapaian Indikator Kinerja Utama dilihat pada Tabel 5 berikut :\n")


def _doc(total: str, second: str) -> Extraction:
    text = HEAD.format(total=total) + ITEMS.format(second=second)
    source = SourceDocument("x.pdf", "0", "pdf", 1, [Page(number=45, width=595.0, height=842.0, text=text)], [])
    return Extraction(file="x.pdf", sha256=None, kind="pdf", pages=1, amounts=narrative_amounts(source, None))


def _found(total: str, second: str) -> list:
    return list(PartsVsTotal().check(_doc(total, second), CheckConfig()))


def test_list_under_a_stated_total_is_read_when_its_anggaran_add_up() -> None:
    (found,) = prose_lists(_doc("2.800.000.000", "Rp. 900.000.000,- atau 90%.").amounts)
    assert found.anggaran.value == 3_000_000_000 and len(found.items) == 2


def test_parts_adding_up_and_an_implied_amount_agreeing_are_consistent() -> None:
    assert _found("2.800.000.000", "Rp. 900.000.000,- atau 90%.") == []
    assert _found("2.800.000.000", "Rp. 90%.") == []  # 900.000.000 implied: 90 %


def test_parts_adding_up_to_another_realisasi_are_a_warning() -> None:
    (finding,) = _found("2.850.000.000", "Rp. 900.000.000,- atau 90%.")
    assert (finding.rule, finding.severity) == ("LKJ-B001", "warning")
    assert "difference 50.000.000" in finding.message["en"]


def test_a_part_stating_only_a_percentage_implies_its_amount() -> None:
    (finding,) = _found("2.800.000.000", "Rp. 92%.")
    assert finding.severity == "warning"
    assert "leaves 900.000.000, which is 90,00%" in finding.message["en"]
    assert {e.value for e in finding.evidence} >= {2_800_000_000, 1_900_000_000, 92.0}


def test_a_list_whose_anggaran_do_not_add_up_is_not_compared() -> None:
    doc = _doc("2.850.000.000", "Rp. 900.000.000,- atau 90%.")
    for a in doc.amounts:
        if a.value == 1_000_000_000:
            a.value = 1_100_000_000  # a part missing from the list, or another list read on
    assert list(PartsVsTotal().check(doc, CheckConfig())) == []
