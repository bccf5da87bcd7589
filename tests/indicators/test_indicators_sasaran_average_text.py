"""LKJ-K014: a sasaran's average capaian in the text against its indicators' capaian."""

from __future__ import annotations

from lkjip.checks.indicators.k014_sasaran_average_text import SasaranAverageInText
from tests.indicators.test_indicators_capaian import doc, measured, run

EKSPOR = "Sasaran: Meningkatnya produk ekspor non migas, eksportir dan terpantaunya produk impor"
INDUSTRI = "Sasaran ke-1 : Meningkatnya perkembangan industri kecil, menengah dan besar"


def _rows() -> list:
    rows = [measured("t1", "Jumlah eksportir", "125", "208", "166,4", 35),
            measured("t1", "Penurunan nilai impor", "2,5", "1,89", "75,6", 35),
            measured("t1", "Nilai ekspor non migas", "3", "3,14", "104,66", 35),
            measured("t1", "Pertumbuhan industri manufaktur", "185", "168", "90,68", 34),
            measured("t1", "Jumlah unit usaha IKM", "203000", "203440", "100,23", 34)]
    for r in rows[:3]:
        r.context = EKSPOR
    for r in rows[3:]:
        r.context = INDUSTRI
    return rows


def _text(figure: str, name: str = "Meningkatnya produk ekspor, eksportir dan terpantaunya produk impor") -> str:
    return (f"Misi kedua : Mendorong perdagangan\n1. Sasaran 1 : {name},\nmendapat predikat nilai “Baik” dengan "
            f"rata-rata capaian\nsebesar {figure}%. Terbukti dari hasil pengukuran.")


def test_k014_flags_a_stated_average_its_indicators_do_not_give() -> None:
    # (166,4 + 75,6 + 104,66) / 3 = 115,55
    (f,) = run(SasaranAverageInText, doc(*_rows(), texts={81: _text("117,11")}))
    assert f.severity == "warning"
    assert "346,66 / 3 = 115,55" in f.text("en")
    assert f.evidence[0].cell.page == 81 and f.evidence[0].cell.text == "117,11%"
    assert {e.cell.text for e in f.evidence[1:]} == {"166,4", "75,6", "104,66"}


def test_k014_passes_the_mean_and_sentences_it_cannot_tie_to_one_sasaran() -> None:
    assert run(SasaranAverageInText, doc(*_rows(), texts={81: _text("115,55")})) == []
    # 95,45 = (90,68 + 100,23) / 2, the other sasaran's mean.
    assert run(SasaranAverageInText, doc(*_rows(), texts={81: _text("95,45", INDUSTRI[15:])})) == []
    # A sasaran the tables do not name, or a figure far from the mean (no plain mean): nothing.
    assert run(SasaranAverageInText, doc(*_rows(), texts={81: _text("117,11", "Meningkatnya kualitas layanan publik")})) == []
    assert run(SasaranAverageInText, doc(*_rows(), texts={81: _text("47,11")})) == []
