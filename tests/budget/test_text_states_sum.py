"""A program whose printed total is off its kegiatan's sum, where the text states that
sum: the finding cites the text (it says which figure is the odd one), its severity kept."""

from __future__ import annotations

from lkjip.checks.budget.b001_parts_vs_total import PartsVsTotal
from lkjip.checks.rule import CheckConfig
from tests.budget.builders import doc, seed_table, sentence

# The seed's first program prints 2.316.413.000 for kegiatan adding up to 2.316.431.000.
TABLE = {"1_anggaran": "2.316.413.000,-"}


def _b001(text: str) -> list:
    found = PartsVsTotal().check(doc(seed_table(**TABLE), sentence(text, page=12)), CheckConfig())
    return [f for f in found if f.evidence[0].value == 2_316_413_000]  # the program's own total


def test_the_text_stating_the_parts_sum_is_cited() -> None:
    (f,) = _b001("d. Program Pelayanan Administrasi Perkantoran, sebesar Rp. 2.316.431.000,-")
    cited = [e for e in f.evidence if e.role == "text agrees with parts"]
    assert [(e.cell.page, e.value) for e in cited] == [(12, 2_316_431_000)]
    assert "The text states the parts' sum too" in f.message["en"] and "Narasi juga menyebut" in f.message["id"]
    assert f.severity == _b001("Tidak ada angka di sini.")[0].severity  # citing it changes no severity


def test_a_round_or_other_figure_is_not_cited() -> None:
    (f,) = _b001("Program lain sebesar Rp. 2.316.000.000,- dan Rp. 2.316.413.000,-")
    assert not [e for e in f.evidence if e.role == "text agrees with parts"]
