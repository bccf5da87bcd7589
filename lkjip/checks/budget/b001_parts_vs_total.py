"""LKJ-B001: the parts of a budget table do not add up to the line they roll up into."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import ClassVar

from lkjip.checks.budget.arithmetic import (
    AMOUNT_COLUMNS,
    amount_columns,
    cell_of,
    children_of,
    column_words,
    evidence,
    label,
    nil,
    printed,
    runs_to_end,
    tables,
    unreadable,
    value,
)
from lkjip.checks.budget.code_ranges import Group, RangeSubtotal, group_amount, range_subtotals
from lkjip.checks.budget.gap_in_text import text_accounts
from lkjip.checks.budget.prose_lists import realisasi_gaps
from lkjip.checks.budget.text_states_sum import text_stating
from lkjip.checks.budget.zero_parts import all_zero, unlinked_first_total
from lkjip.checks.certainty import flag
from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref, table_ref
from lkjip.numbers import format_amount, format_id
from lkjip.records import BudgetRow, Cell, Extraction

# Where a list item's name ends and its sentence goes on.
_ITEM_NAME_END = re.compile(r",|\s(?:dengan|yang|melalui|sebesar)\s")


@register
class PartsVsTotal(Rule):
    """Parts vs totals: kegiatan → program → grand total (and sub kegiatan → kegiatan).

    Flags a line of a budget table (Realisasi Anggaran or the Perjanjian Kinerja program
    list) whose printed anggaran, realisasi or sisa differs from the sum of the lines
    under it: the kegiatan of a program, the programs of the "Jumlah"/"Total" line, the
    sub kegiatan of a kegiatan. A total that does not add up means a line was left out,
    counted twice, or mistyped, and every figure quoted from the table is then in doubt.

    Example (seed, p. 17): 2.316.431.000 + 1.464.448.000 + 15.472.666.000 = 19.253.545.000
    agrees with "Jumlah….. 19.253.545.000,-"; change one program to 2.316.413.000 and the
    rule reports the difference of 18.000.

    Every level is checked, and the message names it: the sub kegiatan of a kegiatan,
    the kegiatan of a program, the programs of the grand total, e.g. "Anggaran of the 2
    sub kegiatan of kegiatan “1.02.01.2.01 Perencanaan …”: 1.000.000 + 2.000.000 =
    3.000.000, but the kegiatan prints 3.200.000".

    Where every line of the sum prints sisa = anggaran − realisasi, a sisa total off its
    parts only repeats the anggaran or realisasi total's gap: it is not reported again.

    Tolerance: none — printed amounts are whole rupiah (the `rupiah-tolerance` setting in the
    configuration allows slack for reports that round). Lines are only summed where the
    table's structure says what adds into what (levels and numbering); a part whose
    amount is printed but unreadable skips the sum (LKJ-S001 reports it); a dash is zero;
    a blank part skips the sum rather than being counted as zero, unless the same lines
    are blank in another column of the line that adds up with them as zero, or other parts
    of the column print a dash for nothing (a warning then). Besides anggaran, realisasi and sisa, every column that splits one of them is
    summed on its own: a form's other triwulan, a Renja's other funding sources
    ("BANKEU Prop" of a program over kegiatan printing 0), a statement's realisasi of the
    year before (its column read from a heading naming the earlier year). A table's first
    Jumlah over lines that all print 0 in a column where it prints another figure is
    reported even where the lines' nesting is not read: no grouping of zeros makes it. A
    line whose lines run to the table's end is not summed (the list may go on overleaf). An error needs every level
    read from the page (the words Program/Kegiatan/Jumlah, the kode depth, the outline
    numbering or the column heading); where a line's level was only inferred from its
    position under a program, the finding is a warning asking to check the structure.

    Also a total stated in the running text over the list of parts that follows it
    ("… realisasinya sebesar Rp. X, terdiri dari : 1. Kegiatan …"): where
    the parts' anggaran add up to the stated anggaran, their realisasi must add up too; a
    part stating only a percentage where its amount was due implies its amount, whose
    share of its anggaran must be that percentage. A warning: the list is read from prose.

    Also a subtotal line naming the range of groups it adds up, with nothing in the table's
    nesting tying them to it, the groups being the lines whose codes the range covers
    (each code printed once in the table): LKIP BP3AKB 2016, Tabel
    2.3c "Program Strategis A s/d G 21,013,257,500" over programs A–G adding up to
    33.928.986.800. A group printing no amount counts as its lines' sum: a warning then.
    """

    code = "LKJ-B001"
    title: ClassVar[dict[str, str]] = {"en": "Budget parts do not add up to their total",
             "id": "Rincian anggaran tidak sama dengan jumlahnya"}
    severity = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        yield from self._prose_lists(doc)
        for rows in tables(doc).values():
            for parent_at, parts in children_of(rows).items():
                parent = rows[parent_at]
                if parent.level != "total" and (parts[-1] is rows[-1] or runs_to_end(rows, parent_at)):
                    continue  # its lines run to the table's end: the list may go on overleaf
                reported = False
                for column in amount_columns(parent):
                    stated = value(parent, column)
                    if stated is None:
                        continue
                    if any(unreadable(p, column) and not nil(p, column) for p in parts):
                        continue
                    blank = [p for p in parts if _blank(p, column)]
                    if blank and not _blanks_are_zeros(parent, parts, column, blank, config.rupiah_tolerance) \
                            and not _dashes_beside(parts, column):
                        continue  # a missing part skips the sum rather than counting as zero
                    total = sum(value(p, column) or 0.0 for p in parts)
                    if abs(total - stated) <= config.rupiah_tolerance + 0.005:
                        continue
                    if column == "sisa" and reported and _sisa_follows(
                            [parent, *parts], config.rupiah_tolerance):
                        continue  # the sisa's gap is the anggaran's or realisasi's, told already
                    reported = True
                    yield self._finding(doc, parent, parts, column, total, stated, blank,
                                        text_stating(doc, total, config.rupiah_tolerance))
            yield from self._over_zeros(doc, rows, config.rupiah_tolerance)
            yield from self._ranges(rows, config.rupiah_tolerance)

    def _ranges(self, rows: list[BudgetRow], tolerance: float) -> Iterator[Finding]:
        """A line naming the range of groups it adds up ("Program Strategis A s/d G") against
        those groups (lkjip.checks.budget.code_ranges)."""
        for found in range_subtotals(rows):
            line = found.line
            for column in amount_columns(line):
                stated = value(line, column)
                amounts = [group_amount(rows, g, column) for g in found.groups]
                if stated is None or any(a is None for a in amounts):
                    continue
                read = [a for a in amounts if a is not None]
                if all(v >= 0 for v, _ in read) and stated < max(v for v, _ in read):
                    continue  # smaller than one of its groups: no subtotal of them
                total = sum(v for v, _ in read)
                if abs(total - stated) <= tolerance + 0.005:
                    continue
                yield self._range_finding(found, column, read, total, stated)
                break  # one column shows the range does not add up

    def _range_finding(self, found: RangeSubtotal, column: str, read: list[tuple[float, Group]],
                       total: float, stated: float) -> Finding:
        line = found.line
        terms = " + ".join(printed(g.row, column) if not g.lines else f"({' + '.join(printed(r, column) for r in g.lines)})"
                           for _, g in read)
        words = column_words(column)
        diff = format_amount(abs(total - stated))
        span = f"{found.first}–{found.last}"
        en = (f"{words['en'].capitalize()} of the lines {span} that “{label(line)}” ({page_ref(line.page, 'en')}, "
              f"{table_ref(line.table, 'en')}) names: {terms} = {format_amount(total)}, but the line prints "
              f"{printed(line, column)} (difference {diff}).")
        idn = (f"{words['id'].capitalize()} baris {span} yang disebut “{label(line)}” ({page_ref(line.page, 'id')}, "
               f"{table_ref(line.table, 'id')}): {terms} = {format_amount(total)}, tetapi baris itu tertulis "
               f"{printed(line, column)} (selisih {diff}).")
        blank = [g for _, g in read if g.lines]
        if blank:
            names_en = ", ".join(f"“{label(g.row)}”" for g in blank)
            en += f" {names_en} prints no amount of its own; the sum of its lines was taken."
            idn += f" {names_en} tidak mencantumkan angka sendiri; jumlah baris di bawahnya yang dipakai."
        ev = [evidence(line, column, "stated total")]
        cells: list[Cell | None] = [_with_level_doubt(line, line.cells.get(column))]
        for _, g in read:
            if not g.lines:
                ev.append(evidence(g.row, column, "part"))
                cells.append(_with_level_doubt(g.row, g.row.cells.get(column)))
                continue
            for r in g.lines:
                ev.append(evidence(r, column, "part"))
                cells.append(replace(cell_of(r, column), inferred=(*cell_of(r, column).inferred, "group_from_lines")))
        return flag(self, en, idn, ev, cells)

    def _over_zeros(self, doc: Extraction, rows: list[BudgetRow], tolerance: float) -> Iterator[Finding]:
        """A first total whose parts are not linked, under lines all printing 0 in a column
        where it prints another figure (lkjip.checks.budget.zero_parts)."""
        found = unlinked_first_total(rows)
        if found is None:
            return
        at, parts = found
        total = rows[at]
        for column in amount_columns(total):
            stated = value(total, column)
            if stated is None or abs(stated) <= tolerance + 0.005 or not all_zero(parts, column, tolerance):
                continue
            yield self._finding(doc, total, parts, column, 0.0, stated, [])

    def _finding(self, doc, parent, parts, column, total, stated, blank,  # type: ignore[no-untyped-def]
                 in_text=()) -> Finding:
        terms = " + ".join(printed(p, column) for p in parts)
        if len(parts) > 12:
            terms = " + ".join(printed(p, column) for p in parts[:5]) + f" + … ({len(parts)} lines)"
        diff = format_amount(abs(total - stated))
        words = column_words(column)
        where_en, where_id = page_ref(parent.page, "en"), page_ref(parent.page, "id")
        of_en, of_id = _levels_named(parent, parts)
        en = (f"{words['en'].capitalize()} of {of_en}: {terms} = {format_amount(total)}, but "
              f"“{label(parent)}” ({where_en}, {table_ref(parent.table, 'en')}) prints "
              f"{printed(parent, column)} (difference {diff}).")
        idn = (f"{words['id'].capitalize()} {of_id}: {terms} = {format_amount(total)}, tetapi "
               f"“{label(parent)}” ({where_id}, {table_ref(parent.table, 'id')}) tertulis "
               f"{printed(parent, column)} (selisih {diff}).")
        if in_text:
            pages = [page_ref(a.page, "en") for a in in_text]
            en += f" The text states the parts' sum too ({', '.join(pages)})."
            idn += f" Narasi juga menyebut jumlah rinciannya ({', '.join(page_ref(a.page, 'id') for a in in_text)})."
        ev = [evidence(parent, column, "stated total")]
        ev += [evidence(p, column, "part") for p in parts]
        ev += [Evidence(cell=a.cell, value=float(a.value), role="text agrees with parts") for a in in_text]
        # Amounts in the text that account for the gap: shown, never counted for certainty.
        ev += text_accounts(doc, total, stated) if total else []
        # A level read from no printed fact (position, arithmetic) is a doubt on the sum: the
        # finding is then a warning that says so (lkjip.checks.certainty).
        cells = [_with_level_doubt(r, r.cells.get(column)) for r in [parent, *parts]]
        cells += [replace(cell_of(p, column), inferred=("blank_as_zero",)) for p in blank]
        finding = flag(self, en, idn, ev, cells)
        return finding


    def _prose_lists(self, doc: Extraction) -> Iterator[Finding]:
        """A realisasi stated in the text over a list of parts that do not add up to it."""
        for gap in realisasi_gaps(doc.amounts):
            total = gap.total
            shown = " + ".join(p.text for p in gap.parts)
            summed = format_amount(sum(p.value for p in gap.parts))
            where_en, where_id = page_ref(total.page, "en"), page_ref(total.page, "id")
            ev = [Evidence(cell=total.cell, value=float(total.value), role="stated total")]
            ev += [Evidence(cell=p.cell, value=float(p.value), role="part") for p in gap.parts]
            if gap.missing is None or gap.implied_percent is None:
                en = (f"The text on {where_en} states a realisasi of {total.text} and lists its parts: "
                      f"{shown} = {summed}; difference {format_amount(abs(total.value - sum(p.value for p in gap.parts)))}.")
                idn = (f"Narasi pada {where_id} menyebut realisasi {total.text} dan merinci bagiannya: "
                       f"{shown} = {summed}; selisih {format_amount(abs(total.value - sum(p.value for p in gap.parts)))}.")
            else:
                stated = gap.missing.one("persen")
                anggaran = gap.missing.one("anggaran")
                assert stated is not None and anggaran is not None
                implied = format_amount(total.value - sum(p.value for p in gap.parts))
                pct = format_id(round(gap.implied_percent, 2), 2)
                name = _ITEM_NAME_END.split(gap.missing.lead)[0][:80]
                en = (f"The text on {where_en} states a realisasi of {total.text} over a list of parts; "
                      f"“{name}” gives only {stated.text}, no amount. The total less the other parts "
                      f"({shown}) leaves {implied}, which is {pct}% of its anggaran {anggaran.text}, "
                      f"not {stated.text}: the total or a part is misstated.")
                idn = (f"Narasi pada {where_id} menyebut realisasi {total.text} dengan rinciannya; "
                       f"“{name}” hanya mencantumkan {stated.text}, tanpa nilai rupiah. Total dikurangi "
                       f"bagian lainnya ({shown}) menyisakan {implied}, yaitu {pct}% dari anggarannya "
                       f"{anggaran.text}, bukan {stated.text}: total atau salah satu rinciannya keliru.")
                ev += [Evidence(cell=stated.cell, value=float(stated.value), role="stated percent"),
                       Evidence(cell=anggaran.cell, value=float(anggaran.value), role="anggaran")]
            yield self.finding(en, idn, ev, severity="warning")


def _blank(row: BudgetRow, column: str) -> bool:
    return row.cells.get(column) is None and value(row, column) is None


def _blanks_are_zeros(parent: BudgetRow, parts: list[BudgetRow], column: str, blank: list[BudgetRow],
                      tolerance: float) -> bool:
    """The same lines are blank in another amount column of the parent, and that column adds
    up when they count as zero: the table leaves zeros blank, so this column's blanks are
    zeros too (inferred: only a warning rests on them)."""
    for other in AMOUNT_COLUMNS:
        stated = value(parent, other)
        if other == column or stated is None or not all(_blank(p, other) for p in blank):
            continue
        if any(unreadable(p, other) and not nil(p, other) for p in parts):
            continue
        if abs(sum(value(p, other) or 0.0 for p in parts) - stated) <= tolerance + 0.005:
            return True
    return False


# Parts printing a dash for nothing this many times make a blank part of the column read as
# nothing too (a warning: the blank may also be a figure left out).
_MIN_DASHES = 2
_DASH = re.compile(r"^\s*[-–—]+\s*$")


def _dashes_beside(parts: list[BudgetRow], column: str) -> bool:
    """Other parts of the column print a dash for nothing ("Kegiatan 2016 tidak ada | -"):
    the table's blanks there are nothing as well (inferred: only a warning rests on them)."""
    return sum(1 for p in parts if (c := p.cells.get(column)) is not None and _DASH.match(c.text)) >= _MIN_DASHES


def _sisa_follows(rows: list[BudgetRow], tolerance: float) -> bool:
    """Every row prints sisa = anggaran - realisasi: a sisa total off its parts then only
    repeats the anggaran or realisasi total's gap (with the opposite sign)."""
    for row in rows:
        a, r, s = row.anggaran, row.realisasi, row.sisa
        if a is None or r is None or s is None or abs(a - r - s) > tolerance + 0.005:
            return False
    return True


# Levels a rule may not build an error on: read from no printed fact on the page.
INFERRED_LEVEL = {"position": "row_level_position", "arithmetic": "row_level_sum"}


def _with_level_doubt(row: BudgetRow, cell: Cell | None) -> Cell | None:
    doubt = INFERRED_LEVEL.get(row.level_evidence or "")
    if cell is None or doubt is None:
        return cell
    return replace(cell, inferred=(*cell.inferred, doubt))
_LEVEL_WORDS = {"program": ("program", "program"), "kegiatan": ("kegiatan", "kegiatan"),
                "sub_kegiatan": ("sub kegiatan", "sub kegiatan"), "paket": ("paket", "paket"),
                "total": ("total", "jumlah"), "other": ("line", "baris")}


def _levels_named(parent, parts) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """"the 3 kegiatan of program" / "3 kegiatan dari program": what adds into what."""
    kinds = {p.level for p in parts}
    part_en, part_id = _LEVEL_WORDS[parts[0].level] if len(kinds) == 1 else ("line", "baris")
    whole_en, whole_id = _LEVEL_WORDS[parent.level]
    return (f"the {len(parts)} {part_en}{'s' if len(parts) > 1 and part_en in ('line', 'total', 'program', 'paket') else ''} "
            f"of {whole_en}", f"{len(parts)} {part_id} dari {whole_id}")
