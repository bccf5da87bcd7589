"""Indicators listing their parts after a colon ("a. Jumlah Kesepakatan dalam bidang :"
over "- Pemerintahan", "- Pembangunan") with one value each: the dashed lines are the
name's parts (lkjip.extract.interpret.indicators.colon_parts)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from lkjip.extract.interpret.indicators.bullet_pairing import Item
from lkjip.extract.interpret.indicators.colon_parts import parts_after_colon
from lkjip.extract.readers import read_document
from lkjip.pipeline import records_of
from tests.generator.indicator_range_targets import indicator_table

_PARTS = "<br/>- Pemerintahan<br/>- Pembangunan<br/>- Perekonomian"


def _item(text: str) -> Item:
    return Item(text.lstrip("- "), None, [(text, None)])


def test_parts_fold_only_into_a_colon_ended_lead_and_only_to_the_value_count() -> None:
    bullets = [_item("Jumlah Kesepakatan dalam bidang :"), _item("- Pemerintahan"), _item("- Pembangunan"),
               _item("Jumlah rekomendasi :"), _item("- Pemerintahan")]
    folded = parts_after_colon(bullets, 2)
    assert folded is not None
    assert [b.text for b in folded] == ["Jumlah Kesepakatan dalam bidang : - Pemerintahan - Pembangunan",
                                        "Jumlah rekomendasi : - Pemerintahan"]
    assert parts_after_colon(bullets, 5) is None  # a value per part: the parts are indicators
    no_colon = [_item("Jumlah Kesepakatan"), _item("- Pemerintahan"), _item("- Pembangunan")]
    assert parts_after_colon(no_colon, 1) is None


def test_lettered_indicators_with_colon_parts_are_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "c.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(indicator_table("Tabel 2.3. Perjanjian Kinerja Tahun 2016", [
        (f"a. Jumlah Kesepakatan dalam bidang :{_PARTS}<br/>b. Jumlah rekomendasi dalam bidang :{_PARTS}",
         "buah", "4<br/><br/><br/><br/>30", "4<br/><br/><br/><br/>30", ""),
    ]))
    rows = records_of(read_document(path)).indicators
    assert [(r.indikator, r.target.value) for r in rows] == [
        ("Jumlah Kesepakatan dalam bidang : - Pemerintahan - Pembangunan - Perekonomian", 4),
        ("Jumlah rekomendasi dalam bidang : - Pemerintahan - Pembangunan - Perekonomian", 30)]
