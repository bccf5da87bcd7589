"""A table continued on the next page: no caption of its own, the same columns as the table
that ends the page before.

A long comparison table ("Tabel 3.19 Perbandingan Realisasi Kinerja Tahun 2020 dengan Target
Jangka Menengah") runs over several pages; each page's part is read as a table of its own,
and only the first has the caption. Read alone, a later part (target, realisasi and capaian
columns under the chapter heading) looks like the Pengukuran Kinerja, and its rows would be
compared as the year's own measurement. It is what the part before it is: it takes that
part's kind, coarse kind, version and year.
"""

from __future__ import annotations

from itertools import groupby

from lkjip.extract.interpret.indicators.header_columns import Layout
from lkjip.extract.source import RawTable
from lkjip.records import IndicatorTable, TableDecision


def role_sequence(layout: Layout) -> list[str]:
    """The columns' roles left to right, a role spread over adjacent columns (a header cell
    an engine split in two) counted once."""
    return [role for role, _ in groupby(c.role for c in layout.columns)]


def continues(previous: tuple[RawTable, list[str]] | None, table: RawTable, roles: list[str],
              first_on_page: bool) -> bool:
    """Whether `table` (its `role_sequence`) is the next page's part of `previous` (a table
    and its role sequence): it is the first indicator table on its page, prints no caption,
    starts on the page after the one `previous` ends on, and its columns hold the same roles
    in the same order."""
    if previous is None or not first_on_page or table.caption.strip():
        return False
    before, before_roles = previous
    end = (before.pages or [before.page])[-1]
    if table.page is None or end is None or table.page != end + 1:
        return False
    return roles == before_roles


def inherit_kind(info: IndicatorTable, before: IndicatorTable) -> None:
    """`info` made what the part before it is, with the evidence saying so."""
    info.kind, info.table_kind, info.version, info.year = before.kind, before.table_kind, before.version, before.year
    info.years = sorted(set(info.years) | set(before.years))
    info.evidence = [e for e in info.evidence if e.what not in ("kind", "version", "year")] + [
        TableDecision(what, value, "continued", f"continues {before.table} (p. {before.page})")
        for what, value in (("kind", before.kind), ("version", before.version), ("year", before.year))
        if value is not None]
