"""LKJ-S002: a table that looks like a budget or indicator table gave no rows."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref
from lkjip.records import Extraction

_KIND = {"budget": ("budget", "anggaran"), "indicator": ("indicator", "indikator kinerja")}


@register
class TableNotRead(Rule):
    """A table that looks like a budget or indicator table could not be read.

    Flags every grid whose header names Anggaran/Pagu with Realisasi, or Target with
    Realisasi/Capaian, and has rows of figures, from which lkjip took no rows; and, on a
    page with no grid at all, a heading line naming anggaran and realisasi followed by
    lines of amounts (a table drawn without ruling lines); and a table pasted as a picture
    under its numbered caption ("Tabel 3.22 Pendapatan Daerah" in the 2020 LAKIP of
    Provinsi Sumatera Utara, pp. 82–83) that gave no rows; and a ruled grid of figures on
    a page OCR read poorly (the sideways evaluation form of an 80-ppi scanned Renja
    Perubahan, read at a mean word confidence of 66 %), whose headings came out as garbage. Example: the 2016 LAKIP of the
    Dinas Kesehatan of Jawa Barat prints its realisation of 150 kegiatan on p. 82 in a
    table that broke into pieces; none of its sums could be checked.

    Why it matters: the budget and indicator rules can only speak of what was read. A
    report with no budget finding may simply be a report whose budget table was not read;
    this note says so, with the page, so nobody takes silence for a clean table. A note,
    not a warning: the document is not wrong, the reading is incomplete.
    """

    code = "LKJ-S002"
    title: ClassVar[dict[str, str]] = {"en": "Table not read: its figures were not checked",
                                       "id": "Tabel tidak terbaca: angkanya tidak diperiksa"}
    severity = "info"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        for gap in doc.coverage.not_read:
            en_kind, id_kind = _KIND[gap.looks_like]
            if gap.printed_as == "picture":
                en = (f"{page_ref(gap.page, 'en')}: a {en_kind} table is printed as a picture ({gap.because}); "
                      f"no row could be read from the picture: check its figures by eye.")
                idn = (f"{page_ref(gap.page, 'id')}: sebuah tabel {id_kind} dicetak sebagai gambar "
                       f"({gap.because_id or gap.because}); tidak ada baris yang dapat dibaca dari gambar itu: "
                       f"periksa angkanya secara manual.")
                yield self.finding(en, idn, [Evidence(cell=gap.cell, role="not read")])
                continue
            grid_en = "a table" if gap.table else "lines of figures without a table grid"
            grid_id = "sebuah tabel" if gap.table else "baris-baris angka tanpa garis tabel"
            en = (f"{page_ref(gap.page, 'en')}: {grid_en} looks like a {en_kind} table ({gap.because}) "
                  f"but no row could be read from it; its figures were not checked.")
            idn = (f"{page_ref(gap.page, 'id')}: {grid_id} tampak seperti tabel {id_kind} ({gap.because_id or gap.because}) "
                   f"tetapi tidak ada baris yang dapat dibaca; angkanya tidak diperiksa.")
            yield self.finding(en, idn, [Evidence(cell=gap.cell, role="not read")])
