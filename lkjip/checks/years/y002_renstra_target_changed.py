"""LKJ-Y002: a Renstra target for one year that differs between two years' reports."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, ClassVar

from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.rule import CheckConfig, register
from lkjip.checks.years.compare import quantities_differ
from lkjip.checks.years.matching import best_match, report_pairs, where
from lkjip.checks.years.store_rule import StoreRule
from lkjip.records import Cell, Extraction, IndicatorRow


def renstra_targets(doc: Extraction) -> list[tuple[IndicatorRow, int, Any, Cell]]:
    """(row, target year, target, cell) for every Renstra target the report prints."""
    out = []
    for row in doc.indicators:
        if row.table_kind != "renstra":
            continue
        by_year = dict(getattr(row, "target_by_year", None) or {})
        if not by_year and row.year is not None and row.target is not None:
            by_year[row.year] = row.target
        for year, target in by_year.items():
            if target is None:
                continue
            text = getattr(target, "text", str(target))
            cell = row.cells.get(f"target_{year}") or (row.cells.get("target") if year == row.year else None)
            out.append((row, year, target, cell or Cell(text, row.page, row.table, row.row, f"target_{year}")))
    return out


@register
class RenstraTargetChanged(StoreRule):
    """Flags a medium-term (Renstra) target for a given year that one year's report prints
    differently from another year's report of the same agency.

    **Why it matters.** Renstra targets are fixed for five years; a report measures
    itself against them. A target that quietly changes between reports moves the goal
    posts: a capaian of 100 % against a lowered target says nothing. A formal Renstra
    revision (Renstra Perubahan) is legitimate, so this is a warning to explain, not an
    error.

    **Example.** The 2018 report's medium-term table gives "Persentase informasi
    pembangunan Provinsi Jambi yang disiarkan di media elektronik" a 2019 target of
    100 %; a 2019 report that prints the 2019 target as 90 % is flagged, both files and
    pages named.

    **How.** For reports of one agency of different performance years, every Renstra
    target year printed by both is compared for the same indicator (names matched ignoring
    case, bullets and outline numbers).

    **Tolerance.** None: both are printed targets; units must agree where both print one.

    Indonesia: target Renstra untuk tahun yang sama tercantum berbeda pada laporan
    tahun-tahun yang berbeda.
    """

    code = "LKJ-Y002"
    title: ClassVar[dict[str, str]] = {"en": "Renstra target changed between years' reports",
                                       "id": "Target Renstra berubah antar laporan tahunan"}
    severity = "warning"

    def check_store(self, docs: Sequence[Extraction], config: CheckConfig,
                    focus: Extraction | None = None) -> Iterator[Finding]:
        for earlier, later in report_pairs(docs, focus):
            before = renstra_targets(earlier)
            if not before:
                continue
            for row, year, target, cell in renstra_targets(later):
                candidates = [t for t in before if t[1] == year]
                match = best_match(row.indikator, candidates, lambda t: t[0].indikator)
                if match is None:
                    continue
                old_row, _, old_target, old_cell = match
                if quantities_differ(target, old_target) is not True:
                    continue
                yield self._finding(earlier, later, year, row, target, cell, old_row, old_target, old_cell)

    def _finding(self, earlier: Extraction, later: Extraction, year: int, row: IndicatorRow, target: Any,
                 cell: Cell, old_row: IndicatorRow, old_target: Any, old_cell: Cell) -> Finding:
        new_text = getattr(target, "text", str(target))
        old_text = getattr(old_target, "text", str(old_target))
        e_year, l_year = earlier.metadata.year, later.metadata.year
        en = (f"The Renstra target for {year} of '{row.indikator}' is {old_text} in the {e_year} report "
              f"({where(earlier, old_cell, old_row.page, 'en')}) but {new_text} in the {l_year} report "
              f"({where(later, cell, row.page, 'en')}).")
        id_ = (f"Target Renstra tahun {year} indikator '{row.indikator}' adalah {old_text} pada laporan tahun "
               f"{e_year} ({where(earlier, old_cell, old_row.page, 'id')}) tetapi {new_text} pada laporan "
               f"tahun {l_year} ({where(later, cell, row.page, 'id')}).")
        finding = self.finding(en, id_, [
            Evidence(old_cell, getattr(old_target, "value", None), f"target {year} in {earlier.file}"),
            Evidence(cell, getattr(target, "value", None), f"target {year} in {later.file}"),
        ])
        finding.file = later.file
        return finding
