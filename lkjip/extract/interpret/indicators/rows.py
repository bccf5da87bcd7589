"""Indicator tables → one IndicatorRow per indicator per table.

For every cell of the indikator column (a merged cell covers several grid rows), its
bullets are paired with the value items of the target/realisasi/capaian cells that
start in the rows it covers (`bullet_pairing`). Merged NO/sasaran cells are carried
down, and across a page break where the continued table prints them empty.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from lkjip.extract.interpret.indicators.absorption_column import ABSORPTION
from lkjip.extract.interpret.indicators.average_row import (
    AVERAGE_ROW,
    average_capaian_cell,
    closing_capaian_cell,
)
from lkjip.extract.interpret.indicators.baseline_column import BASELINE
from lkjip.extract.interpret.indicators.benchmark_columns import benchmark_columns
from lkjip.extract.interpret.indicators.bracket_negative import BRACKET_NEGATIVE, bracket_negative
from lkjip.extract.interpret.indicators.bullet_pairing import (
    Item,
    bullet_items,
    cell_lines,
    lead_with_parts,
    pair_by_position,
    restore_lost_marks,
    value_items,
)
from lkjip.extract.interpret.indicators.capaian_in_realisasi import (
    CAPAIAN_IN_REALISASI,
    bracketed_capaian,
)
from lkjip.extract.interpret.indicators.centred_value import (
    VALUE_SHARED_BY_LIST,
    shared_by_every_bullet,
)
from lkjip.extract.interpret.indicators.classify import agreeing_with_detail, classify_table
from lkjip.extract.interpret.indicators.colon_parts import parts_after_colon
from lkjip.extract.interpret.indicators.comparison_bound import COMPARISON_BOUND, without_sign
from lkjip.extract.interpret.indicators.continued_table import (
    continues,
    inherit_kind,
    role_sequence,
)
from lkjip.extract.interpret.indicators.count_thousands import COUNT_THOUSANDS, count_in_thousands
from lkjip.extract.interpret.indicators.dashed_values import numbered_with_dash
from lkjip.extract.interpret.indicators.difference_column import DIFFERENCE
from lkjip.extract.interpret.indicators.drifted_rules import cells_under_their_header
from lkjip.extract.interpret.indicators.grade_scores import GRADE_VALUE, grade_value
from lkjip.extract.interpret.indicators.header_columns import (
    Column,
    Layout,
    read_layout,
    repeated_header_rows,
)
from lkjip.extract.interpret.indicators.index_parts import index_named_column
from lkjip.extract.interpret.indicators.indicator_pairs import indicator_groups
from lkjip.extract.interpret.indicators.inner_header import table_below_header
from lkjip.extract.interpret.indicators.kegiatan_names import (
    continued_lines,
    kegiatan_list,
    named_with_kegiatan,
)
from lkjip.extract.interpret.indicators.labelled_value import named_with, single_labelled
from lkjip.extract.interpret.indicators.merged_name_rows import name_per_ruled_row
from lkjip.extract.interpret.indicators.name_beside_columns import name_beside
from lkjip.extract.interpret.indicators.numbered_bands import (
    pair_by_rows,
    split_by_numbers,
    stacked_numbers,
)
from lkjip.extract.interpret.indicators.numbered_split import numbered_items, split_at_numbers
from lkjip.extract.interpret.indicators.other_region_columns import (
    COMPARED_REALISASI,
    other_region_columns,
)
from lkjip.extract.interpret.indicators.page_break_rows import sasaran_carried_over
from lkjip.extract.interpret.indicators.page_title import page_title, running_heads
from lkjip.extract.interpret.indicators.per_period import count_and_period
from lkjip.extract.interpret.indicators.plan_end_target import (
    CAPAIAN_END,
    end_targets_of_the_year,
    end_targets_under_their_year,
    plan_ends,
)
from lkjip.extract.interpret.indicators.plan_target_by_capaian import plan_target_of_the_year
from lkjip.extract.interpret.indicators.plan_year_columns import (
    MEASURE_UNCERTAIN,
    plan_year_columns,
)
from lkjip.extract.interpret.indicators.quarter_targets import year_target_from_quarters
from lkjip.extract.interpret.indicators.realised_year_columns import realised_year_columns
from lkjip.extract.interpret.indicators.sasaran_names import (
    NAME_FROM_SASARAN,
    measured_in,
    sasaran_as_indicator,
)
from lkjip.extract.interpret.indicators.scale_units import scale_as_unit
from lkjip.extract.interpret.indicators.semicolon_lists import semicolon_names, semicolon_values
from lkjip.extract.interpret.indicators.shared_value import bullets_sharing_one_value
from lkjip.extract.interpret.indicators.spanned_names import continues_spanned_name
from lkjip.extract.interpret.indicators.stray_punctuation import without_stray_punctuation
from lkjip.extract.interpret.indicators.swapped_unit import UNIT_SWAPPED, swapped
from lkjip.extract.interpret.indicators.table_kind import describe_table, years_named
from lkjip.extract.interpret.indicators.table_style import table_style
from lkjip.extract.interpret.indicators.two_measures import measures_named
from lkjip.extract.interpret.indicators.value_aligned_split import split_at_value_tops
from lkjip.extract.interpret.indicators.wrapped_number import REJOINED, rejoined
from lkjip.extract.interpret.metadata import read_metadata
from lkjip.extract.interpret.sections import Heading, find_headings
from lkjip.extract.source import RawCell, RawTable, SourceDocument
from lkjip.numbers import (
    NumberStyle,
    normalize_unit,
    parse_number,
    parse_quantity,
    split_footnote_mark,
)
from lkjip.records import Cell, IndicatorRow, IndicatorTable, TableDecision, TableKind

_VALUE_ROLES = ("target", "realisasi", "capaian", "satuan", "formula", CAPAIAN_END, DIFFERENCE, COMPARED_REALISASI)
# Columns whose cells are read as quantities: the year's own and the figure it is compared with.
_QUANTITIES = ("target", "realisasi", COMPARED_REALISASI)
# Cell.inferred code: the value was matched to its indicator by position on an OCR'd page
# whose indicator and value lines do not count alike (lkjip.checks.certainty.INFERRED).
PAIRED_BY_POSITION = "ocr_paired_by_position"


@dataclasses.dataclass
class _Sourced:
    item: Item
    row: int
    page: int | None
    confidence: float | None = None  # OCR: the least sure word of the item's own lines
    doubts: tuple[str, ...] = ()  # OCR: what the reader doubts in those lines


def _item_doubt(cell: RawCell, item: Item) -> tuple[float | None, tuple[str, ...]]:
    """The OCR confidence and doubts of an item's own lines (the cell's when unknown)."""
    index = {id(b): k for k, (_, b) in enumerate(cell.line_boxes)}
    lines = [index.get(id(b)) for _, b in item.lines]
    if not lines or any(k is None for k in lines):
        return cell.confidence, cell.doubts
    confs = [cell.line_confidence[k] for k in lines if k is not None and k < len(cell.line_confidence)]
    known = [c for c in confs if c is not None]
    conf = min(known) if known else cell.confidence
    if len(cell.line_doubts) != len(cell.line_boxes):
        return conf, cell.doubts
    doubts = tuple(dict.fromkeys(d for k in lines if k is not None for d in cell.line_doubts[k]))
    return conf, doubts


def _cell_rows(table: RawTable, col: int) -> list[tuple[RawCell, int, int]]:
    """Unique cells of a column with the first and last grid row each covers."""
    out: list[tuple[RawCell, int, int]] = []
    index: dict[int, int] = {}
    for r, row in enumerate(table.grid):
        cell = row[col] if col < len(row) else None
        if cell is None:
            continue
        if id(cell) in index:
            k = index[id(cell)]
            out[k] = (cell, out[k][1], r)
        else:
            index[id(cell)] = len(out)
            out.append((cell, r, r))
    return out


def _at(table: RawTable, row: int, col: int) -> RawCell | None:
    return table.grid[row][col] if col < len(table.grid[row]) else None


def _items_in(table: RawTable, col: int, first: int, last: int, skip: set[int],
              others: frozenset[int] = frozenset()) -> list[_Sourced]:
    """Value items of the cells of `col` that start within rows first..last. A cell that
    starts in another value column (`others`) and spans into this one is that column's
    value ("70 (BB)" merged over Target and Realisasi is the target), not this one's."""
    out: list[_Sourced] = []
    for cell, r0, _ in _cell_rows(table, col):
        if cell.col != col and cell.col in others:
            continue
        if first <= r0 <= last and r0 not in skip:
            for item in value_items(cell_lines(cell)):
                out.append(_Sourced(item, r0, table.page_of_row(r0), *_item_doubt(cell, item)))
    return out


def _context(headings: list[Heading], table: RawTable, source: SourceDocument) -> tuple[str, bool]:
    """The chapter and section titles above a table, and whether it follows the closing chapter."""
    top = table.bbox[1] if table.bbox else None
    page = table.page
    if page is None and len(source.pages) == 1:
        # A DOCX is one page of text: place the table by where its caption is printed.
        page = source.pages[0].number
        first_cell = next((c.text for row in table.grid for c in row if c is not None and c.text.strip()), "")
        anchor = table.caption.strip() or first_cell.strip()
        found = source.pages[0].text.find(anchor) if anchor else -1
        if found < 0:
            return "", False
        # In the units headings use: the line's box top, else its offset (lkjip.extract.interpret.sections).
        line = next((ln for ln in source.pages[0].lines() if ln.start <= found <= ln.end), None)
        top = (line.bbox[1] if line.bbox else float(line.start)) if line is not None else None
    chapter = section = None
    for h in headings:
        if page is None or h.page is None:
            continue
        if h.page < page or (h.page == page and (top is None or h.top is None or h.top <= top)):
            if h.level == 1:
                chapter, section = h, None
            else:
                section = h
    after_closing = chapter is not None and ("PENUTUP" in chapter.title.upper() or
                                             "LAMPIRAN" in chapter.title.upper())
    text = " / ".join(h.title for h in (chapter, section) if h is not None)
    return text, after_closing


def _quantity(text: str | None, style: NumberStyle | None, unit: str | None) -> Any:
    if not text:
        return None
    q = parse_quantity(text, style)
    if q is not None and unit and q.value is not None and q.unit is None:
        q = dataclasses.replace(q, unit=normalize_unit(unit), unit_raw=unit)
    return q


def _capaian(text: str | None, style: NumberStyle | None) -> float | None:
    if not text:
        return None
    first = split_footnote_mark(text.split("\n")[0].strip())[0]  # "112*": starred for a note
    parsed = parse_number(first, style)
    if parsed is None:
        return None
    return float(parsed.value)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def table_rows(table: RawTable, layout: Layout, kind: TableKind, year: int | None,
               style: NumberStyle | None, info: IndicatorTable | None = None) -> Iterator[IndicatorRow]:
    ind = layout.first("indikator")
    if ind is None:
        return
    skip = set(layout.header_rows) | repeated_header_rows(table, layout)
    last_header = max(layout.header_rows)
    sasaran_col = layout.first("sasaran")
    no_col = layout.first("no")
    program_col = layout.first("program")
    value_cols: list[Column] = [c for c in layout.columns if c.role in _VALUE_ROLES]
    value_indexes = frozenset(c.index for c in value_cols)
    # The starting point ("Eksisting 2013") is paired with the names like a value, but
    # takes no part in deciding what a row is (lkjip.extract.interpret.indicators.baseline_column).
    baseline_cols = layout.by_role(BASELINE)
    # What a row must print to be an indicator's row: a target or realisasi; in a table of
    # capaian only (a comparison of capaian by year, "Capaian Target"), a capaian.
    measured = _measured(layout)
    sasaran_prev: str | None = None
    group: str | None = None  # the heading row above ("Kegiatan Penyediaan …")
    last_row: IndicatorRow | None = None
    last_first = -1  # the grid row where last_row's indikator cell starts
    own_cols = [c.index for c in layout.columns if c.role in ("no", "sasaran")]
    for cell, first, last in _cell_rows(table, ind.index):
        if first <= last_header or first in skip:
            continue
        if any(cell is _at(table, first, c.index) for c in value_cols):
            # A heading row spanning the values too ("Tujuan: …", "Kegiatan …"): the rows
            # below belong to it; a total row ("JUMLAH TOTAL") ends nothing.
            heading = _one_line(cell.text)
            own = average_capaian_cell(heading, cell, [_at(table, first, c.index) for c in value_cols
                                                        if c.role == "capaian" and c.year in (None, year)])
            if own is not None and (value := _capaian(own.text, style)) is not None:
                yield _average_row(table, kind, year, heading, cell, own, value, first, info)
                continue
            if heading and not re.match(r"(?i)jumlah|total", heading):
                group = heading
            continue
        if not cell.text.strip() and (beside := name_beside(table, layout.header_rows, ind.index, first, last)):
            cell = beside  # the name sits in another column its header spans
        if last_row is not None and (
                _name_continued(table, cell, first, last_row, value_cols, skip,
                                sasaran_carried_over(table, first, sasaran_col.index if sasaran_col else None,
                                                     no_col.index if no_col else None))
                or (cell.text.strip() != ""
                    and continues_spanned_name(table, first, last, last_first, sorted(value_indexes), own_cols))):
            # The name of the page's last indicator, wrapped onto the next page, or onto
            # the grid rows its merged value cells span.
            tail = _one_line(cell.text)
            last_row.indikator = f"{last_row.indikator} {tail}"
            name_cell = last_row.cells["indikator"]
            last_row.cells["indikator"] = dataclasses.replace(name_cell, text=f"{name_cell.text} {tail}")
            continue
        lines = cell_lines(cell)
        if last_row is not None and table.page_of_row(first) != last_row.page and (n := continued_lines(lines)):
            # The previous page's last indicator ends here, above this cell's first bullet.
            tail = _one_line(" ".join(t for t, _ in lines[:n]))
            last_row.indikator = f"{last_row.indikator} {tail}"
            lines = lines[n:]
        bullets = bullet_items(lines)
        if not bullets:
            continue
        sasaran = None
        if sasaran_col is not None:
            sasaran = _one_line(table.filled_text(first, sasaran_col.index)) or None
            # A sasaran merged over a page break prints empty on the continued page.
            if sasaran is None and table.page_of_row(first) != table.page:
                sasaran = sasaran_prev
            sasaran_prev = sasaran or sasaran_prev
        counts = {len(_items_in(table, c.index, first, last, skip)) for c in value_cols
                  if c.role in measured}
        if counts == {1} and len(bullets) > 1 and (whole := lead_with_parts(lines)) is not None:
            bullets = [whole]  # one value: the marked lines are the parts of one indicator
        if len(counts) == 1 and len(bullets) not in counts:
            bullets = restore_lost_marks(lines, next(iter(counts))) or \
                parts_after_colon(bullets, next(iter(counts))) or bullets
        filled = [got for c in value_cols if c.role in measured
                  if (got := _items_in(table, c.index, first, last, skip, value_indexes))]
        listed = semicolon_names(bullets, [[s.item for s in got] for got in filled])
        if listed is not None:
            bullets = listed  # "A; B" beside "50%; 50%": the n-th name takes the n-th value
        elif (shared := name_per_ruled_row(bullets, [[s.row for s in got] for got in filled])) is not None:
            bullets = shared  # one name merged down beside values ruled per row: every row's
        elif len(counts) == 1 and len(bullets) == 1 and len(bullets) not in counts:
            # Rows merged for want of a rule between them: split where their numbers, else
            # their values, start.
            numbers = numbered_items(table, first, ind.index, next(iter(counts)))
            stacks = [[s.item for s in _items_in(table, c.index, first, last, skip)] for c in value_cols
                      if c.role in measured]
            bullets = (split_at_numbers(lines, numbers) if numbers else None) or \
                split_at_value_tops(lines, stacks) or bullets
        bands: list[tuple[float, float]] | None = None
        if len(bullets) == 1 and (numbers := stacked_numbers(table, first, ind.index)) is not None \
                and (split := split_by_numbers(lines, numbers)) is not None:
            # Still one name beside a stack of numbers: the numbers alone mark the rows,
            # however many values stand beside them.
            bullets, bands = split
        if counts == {1} and len(bullets) > 1 and bands is None and not any(
                c.inferred != MEASURE_UNCERTAIN for c in layout.by_role("target")):
            # A comparison of realisasi (with a plan's target at most) printing one value
            # beside a list: the list's value.
            bullets = [bullets_sharing_one_value(bullets)]
        keg_cell = _at(table, first, sasaran_col.index) if sasaran_col is not None else None
        if keg_cell is not None and keg_cell.row == first and (kegiatan := kegiatan_list(cell_lines(keg_cell))):
            bullets = named_with_kegiatan(bullets, kegiatan)  # "Kegiatan …: indicator"
            sasaran = group  # the cell lists kegiatan, not the sasaran
        paired: dict[int, list[_Sourced | None]] = {}
        for col in [*value_cols, *baseline_cols]:
            items = _items_in(table, col.index, first, last, skip, value_indexes)
            if listed is not None:
                parts = semicolon_values([s.item for s in items])
                items = [dataclasses.replace(items[0], item=p) for p in parts] if len(parts) == len(bullets) else []
            by_item = {id(s.item): s for s in items}
            matched = pair_by_rows(bands, [s.item for s in items]) if bands is not None else \
                pair_by_position(bullets, [s.item for s in items])
            if col.role == "capaian" and "sasaran" in col.header and len(items) == 1 < len(bullets):
                matched = [None] * len(bullets)  # "Capaian Sasaran" once beside several: the sasaran's
            shared = col.role == "target" and shared_by_every_bullet(bullets, [s.item for s in items])
            if shared:
                matched = [items[0].item] * len(bullets)  # one target centred beside the list
            # OCR lost or merged a line on one side: pairing by position is a guess.
            guessed = len(items) != len(bullets) and len(bullets) > 1 and (
                cell.confidence is not None or any(s.confidence is not None for s in items))
            paired[col.index] = [None if m is None else
                                 _paired(by_item.get(id(m)) or _joined(m, items, first, table), guessed, shared)
                                 for m in matched]
        program = _one_line(table.filled_text(first, program_col.index)) or None if program_col else None
        context = " / ".join(t for t in (sasaran, program, group) if t) or None
        absorbed = _absorbed(table, layout, first, last, skip, value_indexes, len(bullets))
        for k, bullet in enumerate(bullets):
            values = {c: paired[c.index][k] for c in [*value_cols, *baseline_cols]}
            dashed = numbered_with_dash(bullet, [v.item for c, v in values.items() if v is not None
                                                 and c.role in measured])
            row = _build(table, layout, kind, year, style, cell, first, bullet, sasaran, values,
                         numbered=bands is not None or dashed)
            if row is not None:
                row.context = context
                if absorbed[k] is not None:
                    row.cells.setdefault(ABSORPTION, absorbed[k])
                if info is not None:
                    row.detail, row.version = info.kind, info.version
                last_row, last_first = row, first
                yield row
        if len(bullets) == 1 and last_row is not None and last_first == first and \
                (second := _second_measure(table, layout, kind, year, style, cell, last, skip, value_cols,
                                           value_indexes, own_cols, last_row)) is not None:
            second.context = context
            if info is not None:
                second.detail, second.version = info.kind, info.version
            yield second


def _absorbed(table: RawTable, layout: Layout, first: int, last: int, skip: set[int],
              others: frozenset[int], n: int) -> list[Cell | None]:
    """The budget's absorption percent beside each of a row's `n` indicators
    (lkjip.extract.interpret.indicators.absorption_column), where its column prints one
    figure per indicator: several programmes' percents beside one indicator, or one
    beside several, belong to no single indicator."""
    col = layout.first(ABSORPTION)
    items = _items_in(table, col.index, first, last, skip, others) if col is not None else []
    if len(items) != n:
        return [None] * n
    return [Cell(s.item.text, s.page, table.id, s.row, ABSORPTION, s.item.bbox, confidence=s.confidence,
                 inferred=s.doubts) for s in items]


def _average_row(table: RawTable, kind: TableKind, year: int | None, label: str, cell: RawCell, own: RawCell,
                 value: float, first: int, info: IndicatorTable | None) -> IndicatorRow:
    """"Rata-rata capaian … 104,45": the table's average capaian as a row of its own."""
    page = table.page_of_row(first)
    row = IndicatorRow(table=table.id, table_kind=kind, page=page, row=first, indikator=label, year=year,
                       cells={"indikator": Cell(label, page, table.id, first, "indikator", cell.text_bbox)})
    row.capaian, row.capaian_text = value, _one_line(own.text)
    row.cells["capaian"] = Cell(own.text, page, table.id, first, "capaian", own.text_bbox, inferred=(AVERAGE_ROW,))
    if info is not None:
        row.detail, row.version = info.kind, info.version
    return row


def _second_measure(table: RawTable, layout: Layout, kind: TableKind, year: int | None,
                    style: NumberStyle | None, cell: RawCell, last: int, skip: set[int],
                    value_cols: list[Column], value_indexes: frozenset[int], own_cols: list[int],
                    row: IndicatorRow) -> IndicatorRow | None:
    """The row under an indicator naming two measures ("Jumlah UTTP dan BDKT"), unnamed
    and unnumbered with a value in every measured column: its second measure's row
    (lkjip.extract.interpret.indicators.two_measures). Renames `row` for the first."""
    below = last + 1
    names = measures_named(row.indikator)
    if names is None or below >= table.n_rows or below in skip or table.text(below, cell.col).strip():
        return None
    if any(table.text(below, c).strip() for c in own_cols):
        return None
    values: dict[Column, _Sourced | None] = {}
    for col in value_cols:
        items = _items_in(table, col.index, below, below, skip, value_indexes)
        if len(items) > 1 or (not items and col.role in _measured(layout)):
            return None
        values[col] = items[0] if items else None
    base = row.indikator
    item = Item(f"{base} ({names[1]})", None, [])
    second = _build(table, layout, kind, year, style, cell, below, item, row.sasaran, values)
    if second is None:
        return None
    row.indikator = f"{base} ({names[0]})"
    row.cells["indikator"] = dataclasses.replace(row.cells["indikator"], text=row.indikator)
    return second


# A name cannot end on a word that joins it to what follows.
_OPEN_END = re.compile(r"(?i)\b(?:dan|atau|serta|yang|di|ke|dari|untuk|dengan|terhadap|pada|dalam|oleh|bagi|atas)$")


def _name_continued(table: RawTable, cell: RawCell, first: int, last_row: IndicatorRow,
                    value_cols: list[Column], skip: set[int], beside_continued: bool = False) -> bool:
    """Whether an indicator cell is the rest of the previous page's last name: the first
    row on its page (repeated headers apart), no value beside it, lower case first or the
    name before it broken off after a joining word ("Persentase Program dan" / "Kebijakan …"),
    or the sasaran beside it carried over too (`page_break_rows`)."""
    page = table.page_of_row(first)
    if page is None or page == last_row.page:
        return False
    if not cell.text.strip()[:1].islower() and not _OPEN_END.search(last_row.indikator) and not beside_continued:
        return False
    if any(table.page_of_row(r) == page for r in range(first) if r not in skip):
        return False
    last = max(r for r in range(first, table.n_rows) if table.grid[r] and cell in table.grid[r])
    return not any(_items_in(table, c.index, first, last, skip) for c in value_cols)


def _joined(item: Item, items: list[_Sourced], first: int, table: RawTable) -> _Sourced:
    """A joined item (two values for one bullet) is a new object: its parts' doubts."""
    parts = [s for s in items if any(line in item.lines for line in s.item.lines)]
    confs = [s.confidence for s in parts if s.confidence is not None]
    doubts = tuple(dict.fromkeys(d for s in parts for d in s.doubts))
    return _Sourced(item, first, table.page_of_row(first), min(confs) if confs else None, doubts)


def _paired(src: _Sourced, guessed: bool, shared: bool = False) -> _Sourced:
    codes = (*((PAIRED_BY_POSITION,) if guessed else ()), *((VALUE_SHARED_BY_LIST,) if shared else ()))
    if not codes:
        return src
    return dataclasses.replace(src, doubts=tuple(dict.fromkeys((*src.doubts, *codes))))


def _build(table: RawTable, layout: Layout, kind: TableKind, year: int | None, style: NumberStyle | None,
           cell: RawCell, first: int, bullet: Item, sasaran: str | None,
           values: dict[Column, _Sourced | None], numbered: bool = False) -> IndicatorRow | None:
    """One indicator's row; None for a name with no value, unless its own number marks it
    as a row of the table (`numbered`: a numbered indicator the table gives no value)."""
    name = _one_line(bullet.text)
    if (named_by := layout.first("indikator")) is not None and named_by.inferred == NAME_FROM_SASARAN:
        sasaran, name = sasaran or name, measured_in(name)  # the measure the sasaran's words name
    if not re.search(r"[^\W\d_]{3}", name):
        return None  # "|", "(3)", "1.2": a column number or an OCR speck, not an indicator
    if not name or not (numbered or any(v is not None for c, v in values.items() if c.role in _measured(layout))):
        return None
    row_index = next((v.row for c, v in values.items() if v is not None and c.role == "target"), first)
    page = table.page_of_row(row_index)
    cells: dict[str, Cell] = {
        "indikator": Cell(name, table.page_of_row(first), table.id, first, "indikator", bullet.bbox or cell.text_bbox)}
    values = _unswapped(values)
    unit = next((v.item.text for c, v in values.items() if v is not None and c.role == "satuan"), None)
    unit = _one_line(unit) if unit else None
    out = IndicatorRow(table=table.id, table_kind=kind, page=page, row=row_index, indikator=name,
                       sasaran=sasaran, year=year, cells=cells)
    measure: str | None = None  # the measure a labelled value cell names
    for col, src in values.items():
        if src is None:
            continue
        text = src.item.text
        if col.year is None and col.offset is not None and year is not None:
            col = dataclasses.replace(col, year=year + col.offset)  # "Capaian Tahun Lalu"
        key = col.role if col.year is None else f"{col.role}_{col.year}"
        q = _quantity(text, style, unit) if col.role in (*_QUANTITIES, BASELINE) else None
        joined = rejoined(text) if q is not None and q.value is None and not q.parts else None
        if joined is not None:
            q = dataclasses.replace(_quantity(joined, style, unit), text=text)
        elif q is not None and q.value is None and \
                (bare := without_stray_punctuation(text)) is not None and \
                (unstopped := _quantity(bare, style, unit)) is not None and unstopped.value is not None:
            q = dataclasses.replace(unstopped, text=text)  # "96,12 %.", "1 paket)"
        elif q is not None and q.value is None and (per := count_and_period(text)) is not None and \
                (count := _quantity(per[0], style, unit)) is not None and count.value is not None:
            q = dataclasses.replace(count, text=text, note=per[1])  # "6 org / 12 bulan": 6 org
        if q is not None and q.value is not None and (scaled := scale_as_unit(text, style)) is not None:
            # "185.80 Triliun Rupiah": the scale word is the unit, as a Satuan column prints it
            q = dataclasses.replace(q, value=scaled[0], unit=normalize_unit(scaled[1]), unit_raw=scaled[1])
        number_text = text
        if col.role in ("target", "realisasi") and (one := single_labelled(q)) is not None and q is not None:
            # "UTTP : 6.831.222 buah": the labelled figure, of the measure the label names
            q = dataclasses.replace(q, value=one.value, unit=one.unit, unit_raw=one.unit, parts=None)
            number_text, measure = one.number_text, one.label
        thousands = q is not None and q.value is not None and \
            (n := count_in_thousands(number_text, q.unit_raw or unit, name)) is not None and n != q.value
        if thousands and q is not None:
            q = dataclasses.replace(q, value=n)  # "3,000" people: three thousand
        bound = q is not None and q.value is None and not q.parts and (unsigned := without_sign(text)) is not None \
            and (b := _quantity(unsigned, style, unit)) is not None and b.value is not None
        if bound:
            q = dataclasses.replace(b, text=text)  # "> 100": the bound the target sets
        graded = q is not None and q.value is None and (g := grade_value(text, style)) is not None
        if graded and q is not None:
            # "Level 3", "Nilai A (83)": the level or the score; "Level\n3" is no tally of parts
            q = dataclasses.replace(q, value=g, parts=None)
        negative = bracket_negative(text, style) if col.role in (*_QUANTITIES, "capaian") else None
        if negative is not None and q is not None and q.value is None:
            q = dataclasses.replace(q, value=negative)  # "(3.14)": the accounting style's -3.14
        if col.role in (*_QUANTITIES, "capaian", CAPAIAN_END):
            cells.setdefault(key, Cell(text, src.page, table.id, src.row, key, src.item.bbox,
                                       confidence=src.confidence,
                                       inferred=(*src.doubts, *((GRADE_VALUE,) if graded else ()),
                                                 *((BRACKET_NEGATIVE,) if negative is not None else ()),
                                                 *((REJOINED,) if joined is not None else ()),
                                                 *((COMPARISON_BOUND,) if bound else ()),
                                                 *((COUNT_THOUSANDS,) if thousands else ()),
                                                 *((col.inferred,) if col.inferred else ()))))
        if col.role in ("target", "realisasi"):
            # A column of a named year goes under that year; the report year's (or an
            # unnamed year's) value is also the row's own target/realisasi.
            by_year = out.target_by_year if col.role == "target" else out.realisasi_by_year
            if col.year is not None and (col.year != year or len(layout.by_role(col.role)) > 1):
                by_year[col.year] = q
            if (col.year is None or col.year == year) and getattr(out, col.role) is None:
                setattr(out, col.role, q)
                cells[col.role] = cells[key]
        elif col.role == "capaian" and out.capaian is None and (col.year is None or col.year == year):
            out.capaian = _capaian(text, style) if negative is None else negative
            out.capaian_text = _one_line(text)
            cells["capaian"] = cells[key]
        elif col.role == "capaian" and col.year is not None and col.year != year:
            value = _capaian(text, style) if negative is None else negative
            if value is not None:
                out.capaian_by_year[col.year] = value
                out.capaian_texts[col.year] = _one_line(text)
        elif col.role == CAPAIAN_END and out.capaian_end is None:
            out.capaian_end, out.capaian_end_text, out.end_year = _capaian(text, style), _one_line(text), col.year
        elif col.role == COMPARED_REALISASI and out.compared_realisasi is None:
            out.compared_realisasi = q  # the other region's figure, beside the row's own
        elif col.role == "formula":
            out.formula = _one_line(text)
        elif col.role == BASELINE and out.baseline is None and q is not None:
            out.baseline, out.baseline_year = q, col.year
            cells[BASELINE] = Cell(text, src.page, table.id, src.row, BASELINE, src.item.bbox,
                                   confidence=src.confidence, inferred=src.doubts)
        elif col.role == DIFFERENCE:
            # "Percepatan (Perlambatan)": derived from two year columns, kept for LKJ-K012
            cells.setdefault(DIFFERENCE, Cell(text, src.page, table.id, src.row, DIFFERENCE, src.item.bbox,
                                              confidence=src.confidence, inferred=src.doubts))
    if measure is not None and (labelled_name := named_with(name, measure)) != name:
        out.indikator = labelled_name
        cells["indikator"] = dataclasses.replace(cells["indikator"], text=labelled_name)
    if out.capaian is None and (real := cells.get("realisasi")) is not None \
            and (under := bracketed_capaian(real.text, style)) is not None:
        # "86\n(101%)": the indicator's capaian, printed in its realisasi cell.
        out.capaian, out.capaian_text = under
        cells["capaian"] = dataclasses.replace(real, text=under[1], column="capaian",
                                               inferred=(*real.inferred, CAPAIAN_IN_REALISASI))
    if out.formula is None and layout.formula:
        out.formula = layout.formula  # the table's own formula, printed in its header
    measured = _measured(layout)
    if out.target is None and out.realisasi is None and not out.realisasi_by_year and not out.target_by_year and \
            (measured != ("capaian",) or (out.capaian is None and not out.capaian_by_year)) and \
            (measured != ("formula",) or out.formula is None) and not numbered:
        return None
    return out


def _unswapped(values: dict[Column, _Sourced | None]) -> dict[Column, _Sourced | None]:
    """The values with a target and unit typed into each other's cells put back
    (lkjip.extract.interpret.indicators.swapped_unit)."""
    units = [c for c, v in values.items() if v is not None and c.role == "satuan"]
    targets = [c for c, v in values.items() if v is not None and c.role == "target"]
    if len(units) != 1 or len(targets) != 1:
        return values
    unit, target = values[units[0]], values[targets[0]]
    if unit is None or target is None or not swapped(unit.item.text, target.item.text):
        return values
    out = dict(values)
    out[units[0]] = target
    out[targets[0]] = dataclasses.replace(unit, doubts=(*unit.doubts, UNIT_SWAPPED))
    return out


def _measured(layout: Layout) -> tuple[str, ...]:
    if layout.by_role("target") or layout.by_role("realisasi"):
        return ("target", "realisasi")
    if not layout.by_role("capaian") and layout.by_role("formula"):
        return ("formula",)  # an IKU list: an indicator is a name with its formula
    return ("capaian",)


def _lead_in(table: RawTable, source: SourceDocument, max_gap: float = 220.0, max_lines: int = 6) -> str:
    """The lines above the table beyond its caption: the sentence introducing it, and the
    end of the previous page when the table starts at the top of its page."""
    if table.page is None or table.bbox is None:
        return ""
    pages = {p.number: p for p in source.pages}
    page = pages.get(table.page)
    if page is None:
        return ""
    top = table.bbox[1]
    above = [ln.text.strip() for ln in page.lines() if ln.text.strip() and ln.bbox is not None
             and ln.bbox[3] <= top + 1 and top - ln.bbox[3] <= max_gap]
    if len(above) < 2 and top < page.height * 0.25 and table.page - 1 in pages:
        # Caption at the foot of the previous page (page numbers and footers drop out
        # as too short to say anything).
        prev = [t.strip() for t in pages[table.page - 1].text.split("\n") if len(t.strip()) > 3]
        above = prev[-max_lines:] + above
    return "\n".join(above[-max_lines:])


def _tables_year(report_year: int | None, candidates: list[tuple[RawTable, Layout]]) -> tuple[int | None, str]:
    """The year the indicator tables are about: the report's, unless no table names it and
    most name another (a cover read wrong, a year of a cited regulation taken for it)."""
    named: Counter[int] = Counter()
    for table, layout in candidates:
        named.update(years_named(table.caption))
        named.update({c.year for c in layout.columns if c.year is not None and c.role in ("target", "realisasi")})
    if named and (report_year is None or report_year not in named):
        year = named.most_common(1)[0][0]
        return year, f"the year most indicator tables name ({year}; the report's cover gave {report_year})"
    return report_year, "the year the report is about"


def indicator_rows(source: SourceDocument, style: NumberStyle | None) -> list[IndicatorRow]:
    return indicator_tables(source, style)[1]


def indicator_tables(source: SourceDocument,
                     style: NumberStyle | None) -> tuple[list[IndicatorTable], list[IndicatorRow]]:
    """What each indicator table is, and its rows."""
    headings = find_headings(source)
    candidates: list[tuple[RawTable, Layout]] = []
    seen: set[tuple[object, ...]] = set()
    for table in source.tables:
        # A table a second engine reported twice is read once.
        n_cols = table.n_cols  # what row_texts reads, computed once (it scans every row)
        signature = (tuple(table.pages),
                     tuple(tuple(table.text(r, c) for c in range(n_cols)) for r in range(table.n_rows)))
        if signature in seen:
            continue
        seen.add(signature)
        layout = read_layout(table)
        if layout is None and (below := table_below_header(table)) is not None:
            table, layout = below  # the rows above are another table's tail
        if layout is not None:
            layout = index_named_column(layout)
        if layout is not None and (named := sasaran_as_indicator(layout)) is not None:
            layout = named  # "Meningkatnya Skor … Konsumsi pangan" under Sasaran names the indicator
        if layout is None or layout.first("indikator") is None:
            continue
        layout.columns = other_region_columns(
            benchmark_columns(plan_year_columns(realised_year_columns(layout.columns))))
        if not any(layout.by_role(r) for r in ("target", "realisasi", "target_periode", "capaian", "formula")):
            continue  # a list of IKU with their formulas names the indicators, values or not
        candidates.append((table, layout))
    report_year, year_note = _tables_year(read_metadata(source).year, candidates)
    heads = running_heads(source)
    ends = plan_ends(source, report_year) if any(layout.by_role("target_akhir") for _, layout in candidates) else {}
    out: list[IndicatorRow] = []
    infos: list[IndicatorTable] = []
    previous: tuple[RawTable, list[str]] | None = None
    previous_info: IndicatorTable | None = None
    for n, (table, layout) in enumerate(candidates):
        section, after_closing = _context(headings, table, source)
        if not section and source.pages:
            # No chapter above it (a lone PK, a DOCX without pages): the title is the context.
            section = source.pages[0].text[:400]
        kind = classify_table(layout, table.caption, section, after_closing, report_year)
        lead_in = _lead_in(table, source)
        info = describe_table(table.id, table.page, layout, table.caption, lead_in, section, kind, report_year,
                              year_note, page_title(table, source, heads))
        kind = info.table_kind = agreeing_with_detail(kind, info.kind)
        roles = role_sequence(layout)
        first_on_page = n == 0 or candidates[n - 1][0].page != table.page
        if previous_info is not None and continues(previous, table, roles, first_on_page):
            inherit_kind(info, previous_info)
            kind = info.table_kind
        previous, previous_info = (table, roles), info
        if after_closing and info.kind not in ("perjanjian_kinerja", "pk_perubahan"):
            info.evidence.append(TableDecision("kind", "lampiran", "heading", section[:80]))
        infos.append(info)
        layout.columns = end_targets_under_their_year(end_targets_of_the_year(layout.columns, ends, info.year),
                                                      ends, info.year)
        layout.columns = plan_target_of_the_year(table, layout, info.year, style)
        table = cells_under_their_header(table, layout)
        own = table_style(table, [c.index for c in layout.columns if c.role in ("target", "realisasi")], style)
        for group in indicator_groups(layout):
            out.extend(table_rows(table, year_target_from_quarters(table, group, own), kind, info.year, own,
                                  info))
        closing = closing_capaian_cell(table, [c.index for c in layout.columns
                                               if c.role == "capaian" and c.year in (None, info.year)])
        if closing is not None:  # an unlabelled summary figure closing the capaian column
            info.closing_capaian = Cell(closing.text, table.page_of_row(closing.row), table.id, closing.row,
                                        "capaian", closing.text_bbox, inferred=(AVERAGE_ROW,))
    return infos, out
