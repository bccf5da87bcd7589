"""Which pages need OCR: no text, a watermark-only layer, or a garbage OCR layer."""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
import pytest

from lkjip.extract.pdf.reader import ScanSignals, drop_watermark, needs_ocr, read_page_text
from lkjip.extract.pdf.text_layer import assess, strip_watermark_lines
from lkjip.extract.source import Page
from tests.conftest import SEED_PDF, shared_path

REAL_TEXT = (
    "Biro Humas dan Protokol Setda Provinsi Jambi dalam pengelolaan belanja daerah tahun 2018 dapat "
    "melaksanakan dan memanfaatkan anggaran sebaik mungkin dan berguna dalam kelangsungan jalannya "
    "program pemerintahan dan kegiatan pembangunan daerah Provinsi Jambi. Untuk menunjang Program dan "
    "Kegiatan di Biro Humas dan Protokol pada APBD Murni dengan Alokasi anggaran sebesar Rp. "
    "18.353.545.000,- (Delapan belas milyar) namun terkait dengan belanja dari beberapa kegiatan III-11 m2"
)
# As a bad OCR layer prints a budget table (from the corpus's Renja chapter).
GARBAGE = (
    "+g I---n uuo.trsrnn i 55 srt drn Prrrrnnr UFID UXWlrfd| | Eofpr. P|ndcilr F.lnal[ttrran Strrna "
    "d.n hknn UPTD I lrlu lJlbl drn l Aflhtrnhl.nWilryrh i ll drrbon - Prhqrn F.rnllhlrnsr.m dan ?r|al!m "
    "l(a|tb? Dlnrr Prrhr6unjen houftrihwr Brnt rt||porrn crprbn 579.tlt4.ggg,sg I 8zo.164mono I "
    "ao6.cs+56opo i es.29 t8+rg.o*00 ru.trn.864po 881,352.154,m z,r&z4r.rolrl.' trc!.et&zoo,oo "
    "i-iis2.Gz6,oEeoo oo,tt r00,oo 90,q)o,mo,oo 90.@0.m0,m 85,5t7.250.0O 5{).(xn.(x)0,00 N.752.W,U)"
)


def test_real_text_is_usable() -> None:
    q = assess(REAL_TEXT)
    assert q.kind == "ok" and q.malformed_share < 0.05 and q.function_word_share > 0.1


def test_garbage_ocr_layer_is_detected() -> None:
    q = assess(GARBAGE)
    assert q.kind == "garbage" and q.malformed_share > 0.25


def test_no_text_and_watermark_only_need_ocr() -> None:
    assert assess("").kind == "none"
    watermark = "Click to buy NOW!\nPDF-XChange\nwww.docu-track.com\n" * 2
    assert assess(watermark).kind == "none"
    assert assess("12").kind == "none"


def test_watermark_lines_are_removed_with_their_boxes() -> None:
    text = "Click to buy NOW!\nTabel 3.1 Realisasi\nPDF-XChange\nJumlah 1.000"
    boxes = np.arange(len(text) * 4, dtype=np.float32).reshape(-1, 4)
    page = Page(number=1, width=595, height=842, text=text, char_boxes=boxes)
    assert drop_watermark(page)
    assert page.text == "Tabel 3.1 Realisasi\nJumlah 1.000"
    start = text.index("Jumlah")
    assert page.char_boxes is not None and len(page.char_boxes) == len(page.text)
    assert (page.char_boxes[page.text.index("Jumlah")] == boxes[start]).all()
    assert strip_watermark_lines("Laporan Kinerja\n")[1] == []


@pytest.mark.parametrize(("quality", "signals", "expected"), [
    ("none", ScanSignals(1.0, False), True),  # a scan
    ("none", ScanSignals(0.0, False), False),  # a blank page: nothing to read
    ("garbage", ScanSignals(1.0, True), True),
    ("ok-dirty", ScanSignals(1.0, True), True),  # someone's OCR layer with misreadings
    ("ok-clean", ScanSignals(1.0, True), False),  # someone's clean OCR layer is kept
    ("ok-dirty", ScanSignals(0.0, False), False),  # a real text layer is never re-read
])
def test_ocr_decision(quality: str, signals: ScanSignals, expected: bool) -> None:
    from lkjip.extract.pdf.text_layer import LayerQuality

    q = {"none": LayerQuality("none", ""), "garbage": LayerQuality("garbage", "", 0.3, 0.0),
         "ok-dirty": LayerQuality("ok", "", 0.04, 0.2), "ok-clean": LayerQuality("ok", "", 0.0, 0.2)}[quality]
    assert needs_ocr(q, signals) is expected


def test_seed_text_layer_is_usable_on_every_page() -> None:
    pdf = pdfium.PdfDocument(str(SEED_PDF))
    try:
        kinds = [assess(read_page_text(pdf[i], i + 1).text).kind for i in range(len(pdf))]
    finally:
        pdf.close()
    assert set(kinds) == {"ok"}


def _page_text(name: str, number: int) -> str:
    pdf = pdfium.PdfDocument(str(shared_path("corpus", "real", name)))
    try:
        return read_page_text(pdf[number - 1], number).text
    finally:
        pdf.close()


def test_real_garbled_ocr_layer() -> None:
    assert assess(_page_text("andri000me__05d. bab II Evaluasi Pelaksanaan Renja OPD Tahun 2014.pdf", 1)).kind == "garbage"


def test_real_watermark_is_stripped_and_the_text_kept() -> None:
    name = "andri000me__6. LKIP_2016_FULL_1.pdf"
    assert assess(_page_text(name, 1)).kind == "none"  # the cover carries only the watermark
    text = _page_text(name, 6)
    clean, spans = strip_watermark_lines(text)
    assert len(spans) == 6 and "PDF-XChange" not in clean and "KATA PENGANTAR" in clean
