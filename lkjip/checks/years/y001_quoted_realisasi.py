"""LKJ-Y001: a later report quotes an earlier year's realisasi differently from that year's report."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar

from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.rule import CheckConfig, register
from lkjip.checks.years.compare import quantities_differ
from lkjip.checks.years.matching import best_match, report_pairs, where
from lkjip.checks.years.store_rule import StoreRule
from lkjip.match.names import name_key
from lkjip.records import Cell, Extraction, IndicatorRow


def _cell(row: IndicatorRow, key: str, text: str) -> Cell:
    return row.cells.get(key) or Cell(text, row.page, row.table, row.row, key)


@register
class QuotedRealisasiDiffers(StoreRule):
    """Flags a realisasi of year N−1 that year N's comparison table (perbandingan
    realisasi antar tahun) quotes differently from year N−1's own report.

    **Why it matters.** PermenPANRB 53/2014 asks each LKjIP to compare this year's
    realisasi with earlier years'. The earlier figure must be the one that year's report
    stated (and that auditors accepted); a different figure rewrites history, usually by
    a typing slip, sometimes to flatter the trend.

    **Example.** The 2018 report of Biro Humas dan Protokol Setda Provinsi Jambi states
    "Jumlah Terbitan Majalah Pemprov Jambi" realised at 4.500 eks (p. 11); a 2019 report
    whose comparison table quotes REALISASI 2018 as 5.400 eks is flagged, naming both
    files and pages.

    **How.** Reports of one agency (agency and region from the cover) are paired by
    performance year; every year Y quoted in a later report's year-comparison
    table is compared with Y's own Pengukuran Kinerja realisasi of the same indicator
    (names matched ignoring case, bullets and outline numbers). When year Y's report
    prints the indicator more than once, the quote is flagged only if it matches none.

    **Tolerance.** None: both are printed figures. Units must agree where both are
    printed. Compound cells are compared part by part.

    Indonesia: realisasi tahun N−1 yang dikutip tabel perbandingan laporan tahun N
    berbeda dengan realisasi pada laporan tahun N−1 sendiri.
    """

    code = "LKJ-Y001"
    title: ClassVar[dict[str, str]] = {"en": "Earlier year's realisasi quoted differently from that year's report",
             "id": "Realisasi tahun lalu dikutip berbeda dari laporan tahun tersebut"}
    severity = "error"

    def check_store(self, docs: Sequence[Extraction], config: CheckConfig,
                    focus: Extraction | None = None) -> Iterator[Finding]:
        for earlier, later in report_pairs(docs, focus):
            year = earlier.metadata.year
            assert year is not None
            own = [r for r in earlier.indicators if r.table_kind == "pengukuran_kinerja"
                   and r.realisasi is not None and r.year in (None, year)]
            if not own:
                continue
            for quoted_row in later.indicators:
                if quoted_row.table_kind != "perbandingan_tahunan":
                    continue
                quoted = quoted_row.realisasi_by_year.get(year)
                if quoted is None:
                    continue
                name = name_key(quoted_row.indikator)
                same = [r for r in own if name_key(r.indikator) == name]
                if not same and (match := best_match(quoted_row.indikator, own, lambda x: x.indikator)):
                    same = [match]
                if not same:
                    continue
                verdicts = [quantities_differ(quoted, r.realisasi, config.rupiah_tolerance) for r in same]
                if None in verdicts or not all(verdicts):
                    continue
                yield self._finding(earlier, later, year, quoted_row, quoted, same[0])

    def _finding(self, earlier: Extraction, later: Extraction, year: int, quoted_row: IndicatorRow,
                 quoted: object, own_row: IndicatorRow) -> Finding:
        q_text = getattr(quoted, "text", str(quoted))
        o_text = getattr(own_row.realisasi, "text", str(own_row.realisasi))
        q_cell = _cell(quoted_row, f"realisasi_{year}", q_text)
        o_cell = _cell(own_row, "realisasi", o_text)
        later_year = later.metadata.year
        name = quoted_row.indikator
        en = (f"The {later_year} report ({where(later, q_cell, quoted_row.page, 'en')}) quotes the {year} "
              f"realisasi of '{name}' as {q_text}, but the {year} report "
              f"({where(earlier, o_cell, own_row.page, 'en')}) states {o_text}.")
        id_ = (f"Laporan tahun {later_year} ({where(later, q_cell, quoted_row.page, 'id')}) mengutip realisasi "
               f"{year} indikator '{name}' sebesar {q_text}, tetapi laporan tahun {year} "
               f"({where(earlier, o_cell, own_row.page, 'id')}) menyatakan {o_text}.")
        finding = self.finding(en, id_, [
            Evidence(q_cell, getattr(quoted, "value", None), f"realisasi {year} quoted in {later.file}"),
            Evidence(o_cell, getattr(own_row.realisasi, "value", None), f"realisasi {year} in {earlier.file}"),
        ])
        finding.file = later.file
        return finding
