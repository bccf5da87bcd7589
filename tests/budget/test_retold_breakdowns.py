"""LKJ-B014 via lkjip.checks.budget.retold_breakdowns: a line stated with the list of its
parts, retold on another page with other amounts that add up too, is a warning however far
apart the amounts are; the same list with the same total, a list of realisasi, or another
stage of the budget is not."""

from __future__ import annotations

from lkjip.checks.budget.b014_text_restates_differently import TextRestatesDifferently
from lkjip.checks.budget.retold_breakdowns import breakdowns, names_alike
from lkjip.checks.rule import CheckConfig
from lkjip.extract.interpret.narrative_amounts import narrative_amounts
from lkjip.extract.source import Page, SourceDocument
from lkjip.records import Extraction

PLAN = ("C. Bantuan Keuangan untuk Pembangunan Bidang Pertanian pada Belanja Bantuan Keuangan\n"
        "kepada Kabupaten/Kota (APBD) (BTL Khusus) sebesar Rp. {total},- dengan rincian kegiatan :\n"
        "a. Bantuan Keuangan Benih Unggul Bagi Petani di Luar Kuota Nasional untuk 12 Kabupaten,\n"
        "sebesar Rp. {first},-\n"
        "b. Bantuan Keuangan Tambahan Penghasilan bagi Penyuluh Lapangan di Desa terpencil,\n"
        "sebesar Rp. {second},-\n"
        "D. Belanja Tidak Langsung (Gaji) sebesar Rp. 5.000.000.000,-.\n")
REPORT = ("3. Bantuan Keuangan untuk Pembangunan Bidang Pertanian pada Belanja Bantuan Keuangan\n"
          "kepada Kabupaten/Kota (APBD) sebesar Rp. {total},- dengan rincian kegiatan :\n"
          "a) Bantuan Keuangan Benih Unggul Bagi Petani di Luar Kuota Nasional untuk 12 Kabupaten\n"
          "sebesar Rp. {first},-\n"
          "b) Bantuan Keuangan insentif Penyuluh di Desa Sulit Pemenuhan Kebutuhan (Insentif) untuk\n"
          "3 Kabupaten sebesar Rp. {second},-\n"
          "4. Alokasi anggaran bersumber APBN, dengan rincian sebagai berikut :\n")
STATED = {"total": "9.093.623.898", "first": "8.996.211.898", "second": "97.412.000"}
RETOLD = {"total": "10.035.062.750", "first": "9.937.622.750", "second": "97.440.000"}


def _doc(plan: str, report: str) -> Extraction:
    pages = [Page(number=29, width=595.0, height=842.0, text=plan),
             Page(number=86, width=595.0, height=842.0, text=report)]
    source = SourceDocument("x.pdf", "0", "pdf", 2, pages, [])
    return Extraction(file="x.pdf", sha256=None, kind="pdf", pages=2, amounts=narrative_amounts(source, None))


def _found(plan: str, report: str) -> list:
    return list(TextRestatesDifferently().check(_doc(plan, report), CheckConfig()))


def test_a_total_and_the_items_adding_up_to_it_are_one_breakdown() -> None:
    (found,) = breakdowns(_doc(PLAN.format(**STATED), "").amounts)
    assert found.total.value == 9_093_623_898
    assert [p.value for p in found.parts] == [8_996_211_898, 97_412_000]


def test_names_are_alike_when_the_shorter_is_mostly_in_the_longer() -> None:
    assert names_alike("Belanja Bantuan Keuangan kepada Kabupaten/Kota (APBD) (BTL Khusus)",
                       "Belanja Bantuan Keuangan kepada Kabupaten/Kota (APBD)")
    assert not names_alike("Program Pelayanan Administrasi Perkantoran", "Program Peningkatan Sarana Aparatur")


def test_the_same_line_and_list_with_other_amounts_is_a_warning() -> None:
    (f,) = _found(PLAN.format(**STATED), REPORT.format(**RETOLD))
    assert (f.rule, f.severity) == ("LKJ-B014", "warning")
    totals = [(e.cell.page, e.value) for e in f.evidence if e.role == "stated in text"]
    assert totals == [(29, 9_093_623_898), (86, 10_035_062_750)]
    assert len([e for e in f.evidence if e.role == "part"]) == 4
    assert "revision" in f.message["en"] and "sebelum perubahan" in f.message["id"]
    assert "“Bantuan Keuangan untuk Pembangunan Bidang Pertanian" in f.message["en"]


def test_the_same_total_a_list_not_adding_up_or_another_line_is_not_flagged() -> None:
    assert _found(PLAN.format(**STATED), REPORT.format(**STATED)) == []
    off = dict(RETOLD, second="97.000.000")  # the items no longer make the total: not a breakdown
    assert _found(PLAN.format(**STATED), REPORT.format(**off)) == []
    other = REPORT.replace("Pembangunan Bidang Pertanian pada Belanja Bantuan Keuangan\nkepada Kabupaten/Kota",
                           "Pengadaan Alat Berat Jalan Provinsi oleh Dinas\nPekerjaan Umum")
    assert _found(PLAN.format(**STATED), other.format(**RETOLD)) == []


def test_a_realisasi_list_or_another_stage_is_another_quantity() -> None:
    spent = REPORT.replace("(APBD) sebesar", "(APBD) dengan realisasi sebesar")
    assert _found(PLAN.format(**STATED), spent.format(**RETOLD)) == []
    murni = REPORT.replace("(APBD) sebesar", "(APBD) murni sebesar")
    assert _found(PLAN.format(**STATED), murni.format(**RETOLD)) == []
