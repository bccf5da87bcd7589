"""A "Rp." ending a page (above its foot line) announcing a figure the next page opens with,
printed with the ",-" that alone makes it read as rupiah: the sentence still reads on from
the previous page, the running head and foot between left out."""

from __future__ import annotations

from lkjip.extract.interpret.narrative_amounts import narrative_amounts
from lkjip.extract.source import Page, SourceDocument


def _page(number: int, text: str) -> Page:
    return Page(number=number, width=595.0, height=842.0, text=text)


def test_a_figure_ending_in_a_dash_mark_reads_on_from_the_rp_on_the_previous_page() -> None:
    pages = [_page(1, "Laporan Kinerja Tahun 2016\nDinas Kesehatan Provinsi 24\n"
                      "C. Bantuan Keuangan kepada Kabupaten/Kota (BTL Khusus) sebesar Rp.\n"),
             _page(2, "Laporan Kinerja Tahun 2016\nDinas Kesehatan Provinsi 25\n"
                      "90.936.238.984,-, dengan rincian kegiatan :\n")]
    amounts = [a for a in narrative_amounts(SourceDocument("x.pdf", "0", "pdf", 2, pages, []), None)
               if a.kind == "rupiah"]
    assert [(a.page, a.value) for a in amounts] == [(2, 90_936_238_984)]
    context = amounts[0].context
    assert "Bantuan Keuangan kepada Kabupaten/Kota" in context
    assert "Laporan" not in context and " 25 " not in context
