"""LKJ-Y003: the same program's budget from one year's report to the next (info)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar

from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.rule import CheckConfig, register
from lkjip.checks.years.matching import best_match, report_pairs, where
from lkjip.checks.years.store_rule import StoreRule
from lkjip.numbers import format_id
from lkjip.records import BudgetRow, Cell, Extraction

DEFAULT_THRESHOLD = 0.25  # relative change that is worth a note


def program_budgets(doc: Extraction) -> list[BudgetRow]:
    """One row per program with an anggaran: the realisation table's, else the PK list's."""
    rows: dict[str, BudgetRow] = {}
    for kind in ("realisasi_anggaran", "program_anggaran"):
        for row in doc.budget:
            if row.table_kind == kind and row.level == "program" and row.anggaran:
                rows.setdefault(row.name.strip().lower(), row)
    return list(rows.values())


def _cell(row: BudgetRow) -> Cell:
    return row.cells.get("anggaran") or Cell(format_id(row.anggaran or 0), row.page, row.table, row.row, "anggaran")


@register
class ProgramBudgetChange(StoreRule):
    """Notes a program whose budget (anggaran) changes markedly from one year's report to
    the next year's report of the same agency.

    **Why it matters.** Analysts reading a series of reports want to see where money
    moved; auditors want to see whether a program's performance moved with its budget.
    A large change is not an error, so this is information, with both figures and pages.

    **Example.** "Program Pelayanan Administrasi Perkantoran" budgeted Rp 2.316.431.000
    in the 2018 report and Rp 3.100.000.000 in the 2019 report (+33,8 %) gets a note.

    **How.** Program rows (level `program`) of the realisation table, else of the
    Perjanjian Kinerja program list, are matched by name between consecutive years'
    reports of one agency.

    **Tolerance.** Changes smaller than 25 % of the earlier budget are not noted; set
    `budget_change_threshold` (a fraction) under `[options]` in lkjip.toml to change it.

    Indonesia: anggaran program yang sama berubah besar dari laporan satu tahun ke
    laporan tahun berikutnya (catatan).
    """

    code = "LKJ-Y003"
    title: ClassVar[dict[str, str]] = {"en": "Program budget changed across years",
                                       "id": "Anggaran program berubah antar tahun"}
    severity = "info"

    def check_store(self, docs: Sequence[Extraction], config: CheckConfig,
                    focus: Extraction | None = None) -> Iterator[Finding]:
        threshold = float(config.options.get("budget_change_threshold", DEFAULT_THRESHOLD))
        for earlier, later in report_pairs(docs, focus):
            if (later.metadata.year or 0) - (earlier.metadata.year or 0) != 1:
                continue  # the next year only; a series is a chain of such pairs
            before = program_budgets(earlier)
            for row in program_budgets(later):
                old = best_match(row.name, before, lambda r: r.name)
                if old is None or not old.anggaran or row.anggaran is None:
                    continue
                change = (row.anggaran - old.anggaran) / old.anggaran
                if abs(change) < threshold:
                    continue
                yield self._finding(earlier, later, old, row, change)

    def _finding(self, earlier: Extraction, later: Extraction, old: BudgetRow, new: BudgetRow,
                 change: float) -> Finding:
        e_year, l_year = earlier.metadata.year, later.metadata.year
        old_cell, new_cell = _cell(old), _cell(new)
        pct = format_id(round(change * 100, 1), 1)
        sign = "+" if change > 0 else ""
        en = (f"'{new.name}': anggaran {e_year} Rp {old_cell.text} ({where(earlier, old_cell, old.page, 'en')}) "
              f"→ {l_year} Rp {new_cell.text} ({where(later, new_cell, new.page, 'en')}), {sign}{pct} %.")
        id_ = (f"'{new.name}': anggaran {e_year} Rp {old_cell.text} ({where(earlier, old_cell, old.page, 'id')}) "
               f"→ {l_year} Rp {new_cell.text} ({where(later, new_cell, new.page, 'id')}), {sign}{pct} %.")
        finding = self.finding(en, id_, [
            Evidence(old_cell, old.anggaran, f"anggaran {e_year} in {earlier.file}"),
            Evidence(new_cell, new.anggaran, f"anggaran {l_year} in {later.file}"),
        ])
        finding.file = later.file
        return finding
