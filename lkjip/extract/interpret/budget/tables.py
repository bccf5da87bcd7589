"""Budget tables → BudgetRow records: Realisasi Anggaran tables and ruled program lists.

Reads values, levels and the hierarchy; judges nothing. A printed amount that cannot be
read keeps its text in `cells` with a None value, so the schema (LKJ-S001) reports it and
sums that would need it are skipped instead of silently counting it as zero. An amount
whose separators alone do not decide its value is marked `Cell.ambiguous`.

Levels come from the printed name first ("PROGRAM …", "- Kegiatan …", "Sub Kegiatan …",
"Jumlah"/"Total"), then from the numbering (roman numerals for programs over arabic
kegiatan numbers; kode rekening depth 1.02.01 → 1.02.01.2.01 → 1.02.01.2.01.01), then
from the heading of the column the name sits in (a PROGRAM / KEGIATAN column pair), and
last from position: an unmarked row under a program is one of its kegiatan. Each row says
which (`level_evidence`), since rules build errors only on levels printed on the page.
A kode may open the name cell, typed with spaces ("1 . 02 . 01 . 2 . 01 Penyusunan …").

Ledgers (LRA) whose codes nest under PENDAPATAN / BELANJA / PEMBIAYAAN add up by code
prefix instead. A table with no header on the page after a budget table carries it on
(`columns.continued_layout`); each table's number style and scale: `styles.py`; rows
stacked in one cell per column: `stacked.py`; values labelled in their cells over two rows
("Alokasi :" over "Realisasi :"): `labelled_pairs.py`. Coded ledgers printed without rules (LRA,
APBD listings) are read from word alignment first (`ledger.py`); their pages are theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from lkjip.extract.interpret.budget.amount_in_name import amount_in_name_rows
from lkjip.extract.interpret.budget.bulleted import BULLET, head_before_bullets, join_bullet_tails
from lkjip.extract.interpret.budget.columns import (
    BudgetLayout,
    ColumnGroup,
    continued_layout,
    is_numbering_row,
    read_layout,
)
from lkjip.extract.interpret.budget.combined_heading import (
    OPEN_END,
    combined_heading_levels,
    two_level_bands,
)
from lkjip.extract.interpret.budget.contract_values import attach_contracts
from lkjip.extract.interpret.budget.evaluation_form import form_rows
from lkjip.extract.interpret.budget.funding_sources import attach_sources
from lkjip.extract.interpret.budget.group_amounts import lift_group_amounts
from lkjip.extract.interpret.budget.labelled_pairs import split_labelled_pairs
from lkjip.extract.interpret.budget.ledger import ledger_rows
from lkjip.extract.interpret.budget.lettered_groups import group_lettered_programs
from lkjip.extract.interpret.budget.malformed_groups import regroup_malformed
from lkjip.extract.interpret.budget.mark_magnitude import magnitude_by_share
from lkjip.extract.interpret.budget.page_titles import running_title_row
from lkjip.extract.interpret.budget.program_list import program_list_rows
from lkjip.extract.interpret.budget.repeated_header import repeats_header
from lkjip.extract.interpret.budget.stacked import unstack_rows
from lkjip.extract.interpret.budget.statement_columns import (
    accounting_format,
    dash_zero,
    parenthesised,
)
from lkjip.extract.interpret.budget.statement_nesting import heads_a_group
from lkjip.extract.interpret.budget.statement_sections import opens_section_after_closing
from lkjip.extract.interpret.budget.styles import TableNumbers, table_numbers
from lkjip.extract.interpret.budget.wrapped import rejoined_amount
from lkjip.extract.source import RawCell, RawTable, SourceDocument
from lkjip.match.names import LIST_MARK, printed_label
from lkjip.numbers import NumberStyle, parse_number
from lkjip.records import BudgetRow, Cell

_ITEM_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zA-Z])[.)]\s+")
_TOTAL = re.compile(r"^(grand\s+)?(sub\s*-?\s*)?(jumlah|total)\b", re.I)
# The same word with a space a scan put inside it ("JUMLA H", "T OTAL"): OCR splits letters.
_TOTAL_SPLIT = re.compile(r"^(?:j\s?u\s?m\s?l\s?a\s?h|t\s?o\s?t\s?a\s?l)\b", re.I)
# Lines that group programs (by urusan, kind of spending, unit or funding source): not
# kegiatan of the program above them, and the end of that program's kegiatan.
_GROUP = re.compile(r"^(urusan|belanja|bidang|sub\s*bidang|pendapatan|pembiayaan|sekretariat|satker|"
                    r"satuan\s+kerja|unit\s+kerja|sumber\s+dana|dana\s|apbd|apbn|dak\b|dekonsentrasi|"
                    r"tugas\s+pembantuan)", re.I)
_PROGRAM_WORD = re.compile(r"^\W*program\b", re.I)
_ROMAN = re.compile(r"^[IVXLC]+\.?$")
_CAPITAL_LETTER = re.compile(r"^[A-Z]\.?$")
_ARABIC = re.compile(r"^\d{1,3}\.?$")
_PAKET_HEAD = re.compile(r"(?:nama\s+|jenis\s+)?(?:paket|pekerjaan)\b", re.I)
_SMALL_LETTER = re.compile(r"^[a-z]\.?$")
_BARE_ITEM = re.compile(r"^([a-z]|\d{1,3})\s+(?=[A-Z])")
_KODE = re.compile(r"^\d+(?:\.\d+){2,}\.?$")
# A kode rekening opening the name cell: "1.02.01 Program …", "1 . 02 . 01 . 2 . 01 Penyediaan …".
_KODE_IN_NAME = re.compile(r"^(\d+(?:\s*\.\s*\d+){2,})\.?\s+(?=\S)")
_SPACED_DOTS = re.compile(r"\s*\.\s*(?=\d)")
_AMOUNT_ROLES = ("anggaran", "realisasi", "sisa", "persen")


def _roles_read(layout: BudgetLayout) -> tuple[str, ...]:
    """The amount roles read per line: with one earlier year's realisasi beside this year's
    ("Realisasi 2017 | Realisasi 2016"), that year's figure too, so its column is summed."""
    return (*_AMOUNT_ROLES, "prior") if len(layout.groups.get("prior", [])) == 1 else _AMOUNT_ROLES




@dataclass
class _Line:
    """One logical row while it is being assembled from grid rows."""

    row: int
    page: int | None
    name: str = ""
    name_role_header: str = ""
    code: str | None = None
    cells: dict[str, Cell] = field(default_factory=dict)
    values: dict[str, float | None] = field(default_factory=dict)
    bbox_cells: list[RawCell] = field(default_factory=list)
    opens_group: bool = False  # a shallower name column (PROGRAM beside KEGIATAN) is filled too
    bulleted: bool = False  # the name cell opens with a list mark ("- RTM OPD …")
    # The next shallower filled name column's (name, heading, whether one shallower still is filled).
    parent_name: tuple[str, str, bool] | None = None
    group_amount: bool = False  # its amounts are its group's, told by the table's pattern only
    outermost_only: bool = False  # named in the first of several name columns and no other

    @property
    def has_values(self) -> bool:
        return any(k in self.cells for k in ("anggaran", "realisasi"))


def _own_text(table: RawTable, r: int, c: int) -> tuple[str, RawCell | None]:
    row = table.grid[r]
    cell = row[c] if c < len(row) else None
    if cell is None or cell.row != r or cell.col != c:
        return "", None
    return cell.text, cell


def _group_text(table: RawTable, r: int, group: ColumnGroup) -> tuple[str, RawCell | None]:
    """The text under one heading in row r; '' when several different values compete."""
    found: list[tuple[str, RawCell]] = []
    for c in group.columns:
        text, cell = _own_text(table, r, c)
        if text.strip() and cell is not None:
            found.append((text, cell))
    if not found:
        return "", None
    if len(found) > 1:
        joined = " ".join(t for t, _ in found)
        return joined, found[0][1]
    return found[0]


def _read_value(text: str, role: str, numbers: TableNumbers) -> tuple[float | None, bool]:
    """The value of one amount cell in its table's style and scale, and whether it stays
    ambiguous (its separators read two ways and neither its column nor its table settles it)."""
    style, settled = numbers.style_for(role)
    parsed = parse_number(text, style)
    if parsed is None:
        return None, False
    if role == "persen":
        if parsed.kind not in ("percent", "other", "rupiah"):  # "0,-" under a "%" heading is 0
            return None, False
        return float(parsed.value), parsed.ambiguous and not settled
    if parsed.kind not in ("rupiah", "other"):
        return None, False
    return float(parsed.value) * numbers.multiplier_for(role), parsed.ambiguous and not settled


def _read_line(table: RawTable, r: int, layout: BudgetLayout, numbers: TableNumbers) -> _Line:
    line = _Line(row=r, page=table.page_of_row(r))
    names = layout.groups.get("name", [])
    filled = [(g, t) for g in names if (t := _group_text(table, r, g)[0]).strip()]
    if filled:  # the deepest (rightmost) name column that is filled names the row
        group, text = filled[-1]
        line.name, line.name_role_header = printed_label(head_before_bullets(text)), group.header.lower()
        line.opens_group = len(filled) > 1
        if len(filled) > 1:
            line.parent_name = (printed_label(head_before_bullets(filled[-2][1])), filled[-2][0].header.lower(),
                                len(filled) > 2)
        line.bulleted = bool(BULLET.match(text))
        line.outermost_only = len(names) > 1 and filled[0][0] is names[0] and len(filled) == 1
    else:
        # "Jumlah Belanja Langsung" set in another text column (Sasaran, Unit Kerja).
        for group in layout.groups.get("other", []):
            text, _ = _group_text(table, r, group)
            if _TOTAL.match(printed_label(text)):
                line.name = printed_label(text)
                break
    code_group = layout.one("code")
    if code_group is not None:
        code, _ = _group_text(table, r, code_group)
        line.code = " ".join(code.split()) or None
        if line.code and not line.name and len(re.findall(r"[^\W\d_]{3,}", line.code)) >= 2:
            # "PENERIMAAN PEMBIAYAAN" set from the number column across: a label, not a code.
            line.name, line.code = printed_label(code), None
    if line.code:
        line.code = _SPACED_DOTS.sub(".", line.code)
    elif (kode := _KODE_IN_NAME.match(line.name)) is not None:
        line.code = _SPACED_DOTS.sub(".", kode.group(1))
        line.name = line.name[kode.end():]
    elif code_group is not None and (item := _BARE_ITEM.match(line.name)) is not None:
        # The number column left blank and "a Lemari besi" / "5 Penyusunan …" in the name
        # cell: the outline number was typed into the name, indented under its parent.
        line.code, line.name = item.group(1), line.name[item.end():]
    for role in _roles_read(layout):
        group = layout.one(role)
        if group is None:
            continue
        text, cell = _group_text(table, r, group)
        if not text.strip() or cell is None:
            continue
        joined = rejoined_amount(text) if role != "persen" else None
        value, ambiguous = _read_value(joined or text, role, numbers)
        doubts = (*cell.doubts, "amount_rejoined") if joined else cell.doubts
        doubts = (*doubts, *group.inferred)
        if value is None and role != "persen" and (negative := parenthesised(text)) is not None:
            value, ambiguous = _read_value(negative, role, numbers)
            value = -value if value is not None else None
        if value is None and role != "persen" and numbers.dash_is_zero and dash_zero(text):
            value, doubts = 0.0, (*doubts, "dash_zero")
        line.cells[role] = Cell(text=" ".join(text.split()), page=line.page, table=table.id, row=r,
                                column=role, bbox=cell.text_bbox, confidence=cell.confidence, ambiguous=ambiguous,
                                inferred=doubts)
        line.values[role] = value
    return line


def _unstack(table: RawTable, r: int, layout: BudgetLayout, numbers: TableNumbers) -> list[_Line]:
    """A row that stacks several numbered items in one cell and their amounts line by line
    in the next ("1. Program A\\n2. Program B" | "Rp. 1\\nRp. 2"), as Word tables often do:
    one line per item when the counts agree, else nothing."""
    names = layout.groups.get("name", [])
    anggaran = layout.one("anggaran")
    if not names or anggaran is None:
        return []
    name_text, _ = _group_text(table, r, names[-1])
    amount_text, amount_cell = _group_text(table, r, anggaran)
    items: list[str] = []
    for raw in name_text.split("\n"):
        if not raw.strip():
            continue
        if _ITEM_NUMBER.match(raw.strip()) or LIST_MARK.match(raw) or not items:
            items.append(raw.strip())
        else:
            items[-1] += " " + raw.strip()
    amounts = [t for t in amount_text.split("\n") if t.strip()]
    if len(items) < 2 or len(amounts) != len(items) or amount_cell is None:
        return []
    out = []
    boxes = [b for _, b in amount_cell.line_boxes] if len(amount_cell.line_boxes) == len(amounts) else []
    for i, (item, text) in enumerate(zip(items, amounts, strict=True)):
        value, ambiguous = _read_value(text, "anggaran", numbers)
        if value is None:
            return []
        line = _Line(row=r, page=table.page_of_row(r), name=printed_label(item),
                     name_role_header=names[-1].header.lower())
        line.cells["anggaran"] = Cell(text=" ".join(text.split()), page=line.page, table=table.id, row=r,
                                      column="anggaran", bbox=boxes[i] if boxes else amount_cell.text_bbox,
                                      confidence=_line_of(amount_cell.line_confidence, i, boxes, amount_cell.confidence),
                                      ambiguous=ambiguous,
                                      inferred=_line_of(amount_cell.line_doubts, i, boxes, amount_cell.doubts))
        line.values["anggaran"] = value
        out.append(line)
    return out


def _line_of(per_line: list, i: int, boxes: list, whole: object) -> Any:
    """Line i's own OCR confidence or doubts when the cell's lines are the amounts."""
    return per_line[i] if boxes and len(per_line) == len(boxes) else whole


def _is_repeated_header(table: RawTable, r: int, layout: BudgetLayout) -> bool:
    texts = [" ".join(t.split()).lower() for t in table.row_texts(r) if t.strip()]
    return bool(texts) and all(t in layout.header_texts for t in texts)


def _numbered_lines(lines: list[_Line]) -> bool:
    """Most lines with amounts carry a number or kode of their own (a No. column, "a.",
    "7)"): a line with neither is then no item of its own."""
    valued = [ln for ln in lines if ln.has_values and ln.name]
    return len(valued) >= 3 and sum(1 for ln in valued if ln.code) >= 0.8 * len(valued)


def _is_name_tail(line: _Line, prev: _Line | None) -> bool:
    """A Title Case name wrapped over grid rows of its own (every printed line ruled off):
    no number, no amount, no word that opens a line of its own (Program, Jumlah, Urusan)."""
    if prev is None or not prev.name or not (prev.code or prev.cells) or line.cells or line.code \
            or line.name_role_header != prev.name_role_header:  # a tail wraps in its own column
        return False
    bare = line.name.strip()
    if opens_section_after_closing(bare, prev.name):
        return False  # "Jumlah Pendapatan" then "Belanja": the next section's heading
    heading = _GROUP.match(bare) and bare.isupper()  # "URUSAN WAJIB"; "Sekretariat" ends a name
    return not (_TOTAL.match(bare) or heading or _ITEM_NUMBER.match(bare)
                or re.match(r"(sub\s*-?\s*)?(program|kegiatan)\b", bare, re.I))


def _join_short_tails(lines: list[_Line], bands: set[int] | frozenset[int] = frozenset()) -> list[_Line]:
    """In a table without numbers, a wrapped name's last line or two ruled off on grid
    rows of their own ("Pemeliharaan Sarana dan Prasarana Aparatur" | 804.609.600 …, then
    "BKPM Cirebon" alone): one or two lines without amounts between two lines with
    amounts end the name above. Longer runs are kegiatan listed without amounts."""
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        prev = out[-1] if out else None
        # Not under a "Program …" line: a program printing its amounts alone is followed by
        # its kegiatan listed without amounts, one or two of them as often as a wrapped name.
        # A name ending in "dan" / "serta" / "," is unfinished: its next line goes on with it.
        if prev is not None and prev.cells and id(line) not in bands and _is_name_tail(line, prev) and \
                (not _PROGRAM_WORD.match(prev.name) or OPEN_END.search(prev.name)):
            run = 1
            while i + run < len(lines) and _is_name_tail(lines[i + run], prev) and run <= 2:
                run += 1
            after = lines[i + run] if i + run < len(lines) else None
            if run <= 2 and (after is None or after.cells or re.match(r"(?i)(program|jumlah|total)\b", after.name)):
                prev.name = " ".join([prev.name, *(x.name for x in lines[i:i + run])])
                i += run
                continue
        out.append(line)
        i += 1
    return out


def _assemble(lines: list[_Line], bands: set[int] | frozenset[int] = frozenset()) -> list[_Line]:
    """Join grid rows that print one budget line: a name wrapped under its amounts, or
    amounts set one grid row below their name (tables ruled only between programs).
    `bands` (ids of lines) are outer-level names of a two-level table, no name's tail."""
    out: list[_Line] = []
    pending_values: _Line | None = None
    numbered = _numbered_lines(lines)
    for line in lines:
        if not line.name and not line.cells and not line.code:
            continue
        prev = out[-1] if out else None
        if not line.name and line.cells:
            if prev is not None and not (set(prev.cells) & set(line.cells)) and prev.name:
                prev.cells.update(line.cells)
                prev.values.update(line.values)
                continue
            if pending_values is None:
                pending_values = line
                continue
        if line.name and pending_values is not None and not (set(line.cells) & set(pending_values.cells)):
            line.cells.update(pending_values.cells)
            line.values.update(pending_values.values)
            pending_values = None
        if line.name and not line.cells and not line.code and prev is not None and prev.name \
                and re.match(r"^[a-z(&/]", line.name):
            prev.name = f"{prev.name} {line.name}"  # a wrapped name's tail in its own grid row
            continue
        if numbered and id(line) not in bands and _is_name_tail(line, prev):
            prev.name = f"{prev.name} {line.name}"
            continue
        out.append(line)
    if pending_values is not None and lines and pending_values is lines[-1]:
        out.append(pending_values)  # an unlabelled last line of amounts: the list's total
    return out


def _level_from_name(name: str, column_header: str) -> tuple[str | None, str]:
    """The level a printed word gives ("PROGRAM …", "Sub Kegiatan …", "Jumlah"), else the
    heading of the column the name sits in; with what decided it ("word" | "column")."""
    # "KegiatanPenyediaan …": a lost space still leaves the word in front.
    name = re.sub(r"^((?i:sub\s*kegiatan|kegiatan|program))(?=[A-Z])", r"\1 ",
                  _ITEM_NUMBER.sub("", _KODE_IN_NAME.sub("", name)))
    bare = name.lower()
    if _TOTAL.match(bare) or _TOTAL.match(name.lower()) or _TOTAL_SPLIT.match(bare):
        return "total", "word"
    if _GROUP.match(bare):
        return "other", "word"
    if re.match(r"sub\s*-?\s*kegiatan\b", bare):
        return "sub_kegiatan", "word"
    if re.match(r"kegiatan\b", bare):
        return "kegiatan", "word"
    if re.match(r"program\b", bare):
        return "program", "word"
    if re.match(r"paket\b|pekerjaan\b(?!\s+umum)", bare):  # not the bidang "Pekerjaan Umum"
        return "paket", "word"
    column_header = re.sub(r"^(?:\w+\s+)?(?:nama|uraian)\s+", "", column_header)  # "KEUANGAN NAMA PROGRAM"
    if "sub" in column_header and "kegiatan" in column_header:
        return "sub_kegiatan", "column"
    if column_header.startswith("kegiatan"):
        return "kegiatan", "column"
    if column_header.startswith("program") and "kegiatan" not in column_header:
        return "program", "column"
    if _PAKET_HEAD.match(column_header):
        return "paket", "column"  # a list of work packages (RFK paket lists)
    return None, ""


# Permendagri 90/2019 kode: program X.XX.XX, kegiatan X.XX.XX.X.XX, sub kegiatan
# X.XX.XX.X.XX.XX(XX); the depth says the level whatever else the table lists.
_KODE_90 = re.compile(r"^[\dX]\.[\dX]{2}\.\d{2}(?:\.(\d)\.\d{2}(?:\.(\d{2,4}))?)?$")


def _kode_level(code: str, depth_level: dict[int, str]) -> str | None:
    bare = code.rstrip(".")
    m = _KODE_90.match(bare)
    if m:
        return "sub_kegiatan" if m.group(2) else ("kegiatan" if m.group(1) else "program")
    return depth_level.get(bare.count("."))


def _levels(lines: list[_Line]) -> list[tuple[str, str]]:
    """(level, evidence) of every line: the printed word first, then the kode depth, the
    outline numbering, the column heading, and last the position under a program."""
    kode_depths = sorted({c.rstrip(".").count(".") for ln in lines if ln.code and _KODE.match(ln.code)
                          for c in [ln.code]})
    depth_level = dict(zip(kode_depths, ("program", "kegiatan", "sub_kegiatan", "paket"), strict=False))
    has_roman = any(ln.code and _ROMAN.match(ln.code) for ln in lines)
    has_letters = any(ln.code and _CAPITAL_LETTER.match(ln.code) and not _ROMAN.match(ln.code) for ln in lines)
    levels: list[tuple[str, str]] = []
    seen_program = False
    for ln in lines:
        level, evidence = _level_from_name(ln.name, ln.name_role_header)
        if has_roman and _PAKET_HEAD.match(ln.name_role_header) and level != "total" and \
                not (ln.code and (_ROMAN.match(ln.code) or _ARABIC.match(ln.code))):
            # Under a PEKERJAAN heading numbered I. / 1. / a.: "b Kegiatan public hearing" is a
            # lettered work package whatever its first word; an unlettered line there (a
            # wrapped or nested item) is one too, but only its position says which parent.
            lettered = bool(ln.code and _SMALL_LETTER.match(ln.code))
            level, evidence = "paket", "outline" if lettered else "position"
        if evidence == "column" and ln.code and (_KODE.match(ln.code) or (has_roman and not _SMALL_LETTER.match(ln.code))):
            level, evidence = None, ""  # the kode's depth or the outline says more than the column's heading
        if level is None and ln.code and _TOTAL.match(ln.code):
            level, evidence = "total", "word"
        if level is None and ln.code and _KODE.match(ln.code):
            level, evidence = _kode_level(ln.code, depth_level), "code"
        if level is None and ln.code and has_letters and (_CAPITAL_LETTER.match(ln.code) or _ARABIC.match(ln.code)):
            # Programs lettered A, B, C and their kegiatan numbered 1, 2, 3 under each.
            level, evidence = ("program" if _CAPITAL_LETTER.match(ln.code) else "kegiatan"), "outline"
        if level is None and ln.code and has_roman:
            level = "program" if _ROMAN.match(ln.code) else ("kegiatan" if _ARABIC.match(ln.code) else None)
            evidence = "outline"
        if level is None and not ln.name and not ln.code and ln is lines[-1] and ln.has_values:
            level, evidence = "total", "position"
        if level is None and ln is lines[0] and _heads_the_table(lines):
            level, evidence = "total", "position"
        if level is None and seen_program:
            level, evidence = "kegiatan", "position"
        if level is None:
            level, evidence = "other", "none"
        seen_program = (seen_program or level == "program") and not (level == "other" and _GROUP.match(
            _ITEM_NUMBER.sub("", ln.name)))
        levels.append((level, evidence))
    return levels


def _heads_the_table(lines: list[_Line]) -> bool:
    """The first line names only the outermost name column (UNIT KERJA: the agency) and
    prints amounts, and every other line with amounts is named in the innermost one (the
    kegiatan): the agency's row over its units' kegiatan, their total printed first."""
    first, rest = lines[0], [ln for ln in lines[1:] if ln.has_values]
    return bool(first.outermost_only and first.has_values and not first.code and len(rest) >= 2
                and all(ln.name and not ln.outermost_only and ln.name_role_header == rest[0].name_role_header
                         for ln in rest))


_ACCOUNT_TOP = re.compile(r"^(pendapatan|belanja|pembiayaan|penerimaan\s+pembiayaan|pengeluaran\s+pembiayaan)\b", re.I)
_CODE_PIECES = re.compile(r"\d+")
# Pembiayaan netto is penerimaan minus pengeluaran: a difference, never a sum of the two.
_NETTED = re.compile(r"^(penerimaan|pengeluaran)\s+pembiayaan\b", re.I)


def _code_prefix_of(parent: str, child: str) -> bool:
    """"4.1" is a prefix of "4.1.01" and of "4.1.01.1-01", never of "4.10"."""
    return len(child) > len(parent) and child.startswith(parent) and child[len(parent)] in ".-"


def is_account_tree(rows: list[BudgetRow]) -> bool:
    """An LRA-style ledger: its shallowest codes open PENDAPATAN / BELANJA / PEMBIAYAAN
    and every other coded line nests under an earlier one by its code."""
    coded = [r for r in rows if r.code and re.fullmatch(r"\d+(?:[.-]\d+)*", r.code)]
    if len(coded) < 3 or len(coded) < 0.6 * len([r for r in rows if r.level != "total"]):
        return False
    shallow = min(len(_CODE_PIECES.findall(r.code or "")) for r in coded)
    tops = [r for r in coded if len(_CODE_PIECES.findall(r.code or "")) == shallow]
    if not all(_ACCOUNT_TOP.match(r.name) for r in tops):
        return False
    return all(any(_code_prefix_of(p.code or "", r.code or "") for p in coded[:i]) for i, r in enumerate(coded)
               if r not in tops)


def _link_accounts(rows: list[BudgetRow]) -> None:
    """Each coded line adds up into the nearest line above whose code is its prefix;
    levels are account levels, not program/kegiatan ("other", read from the code)."""
    for i, row in enumerate(rows):
        row.parent = None
        if row.level != "total":
            row.level, row.level_evidence = "other", "code"
        if not row.code or _NETTED.match(row.name):
            continue
        for j in range(i - 1, -1, -1):
            if rows[j].code and _code_prefix_of(rows[j].code or "", row.code):
                row.parent = j
                break
    for i, row in enumerate(rows):
        if row.level == "total" and not row.code:
            _total_of_section(rows, i)


def _total_of_section(rows: list[BudgetRow], at: int) -> None:
    """An uncoded "JUMLAH" closing a section whose heading ("2 BELANJA") prints no amount:
    it totals the heading's own lines, when every line since the heading lies under it."""
    start = at - 1
    while start >= 0 and rows[start].parent is not None:
        start = rows[start].parent  # type: ignore[assignment]
    if start < 0 or start == at - 1 or not rows[start].code or rows[start].level == "total" or \
            rows[start].anggaran is not None or rows[start].realisasi is not None:
        return
    under = rows[start + 1:at]
    if not all(r.code and _code_prefix_of(rows[start].code or "", r.code) for r in under):
        return
    for k in range(start + 1, at):
        if rows[k].parent == start:
            rows[k].parent = at


def _link_parents(rows: list[BudgetRow], opens_group: set[int] | None = None, totals: bool = True) -> None:
    """Set `parent` (the position, in this table's rows, of the line a row adds up into)
    where the layout says so. `opens_group`: positions of rows that print their program's
    name in a column of its own, so they belong to no earlier program line."""
    at = {id(r): i for i, r in enumerate(rows)}
    last: dict[str, BudgetRow | None] = {"program": None, "kegiatan": None, "sub_kegiatan": None}

    def pos(row: BudgetRow | None) -> int | None:
        return at[id(row)] if row is not None else None

    for i, row in enumerate(rows):
        if opens_group and i in opens_group:
            last.update(program=None, kegiatan=None, sub_kegiatan=None)
        if row.level == "program":
            last.update(program=row, kegiatan=None, sub_kegiatan=None)
        elif row.level == "kegiatan":
            row.parent = pos(last["program"])
            last.update(kegiatan=row, sub_kegiatan=None)
        elif row.level == "sub_kegiatan":
            row.parent = pos(last["kegiatan"])
            last["sub_kegiatan"] = row
        elif row.level == "paket":
            row.parent = pos(last["sub_kegiatan"] or last["kegiatan"])
        elif row.level == "total" or (row.level == "other" and _GROUP.match(_ITEM_NUMBER.sub("", row.name))):
            last.update(program=None, kegiatan=None, sub_kegiatan=None)
    if totals:
        _link_totals(rows, at)


def _outline_kind(code: str | None) -> str:
    """How a line is numbered: "arabic" (1, 1.2), "roman" (IV), "letter" (b), or ""."""
    if not code:
        return ""
    if re.fullmatch(r"\d+(?:\.\d+)*\.?", code):
        return "arabic"
    if _ROMAN.match(code):
        return "roman"
    return "letter" if re.fullmatch(r"[A-Za-z]\.?", code) else "other"


def _link_totals(rows: list[BudgetRow], at: dict[int, int]) -> None:
    totals = [r for r in rows if r.level == "total"]
    if not totals:
        return
    present = {r.level for r in rows}
    top = next((lv for lv in ("program", "kegiatan", "sub_kegiatan", "paket") if lv in present), "other")
    valued_other = [r for r in rows if r.level == "other" and (r.anggaran is not None or r.realisasi is not None)]
    if top != "other" and valued_other:
        return  # group lines (URUSAN WAJIB, BELANJA LANGSUNG) between total and items: unclear
    items = [r for r in rows if r.level == top]
    kinds = [_outline_kind(r.code) for r in items]
    if top == "other" and len(set(kinds)) > 1:
        # "1 APBD / Urusan Wajib / Urusan Pilihan / 2 APBN / a. Tugas Pembantuan": lines
        # numbered in one way with lines under them numbered otherwise or not at all; only
        # the first line's kind are the total's parts, and only when it is numbered.
        items = [r for r, k in zip(items, kinds, strict=True) if k == kinds[0]] if kinds[0] else []
    if top == "other" and heads_a_group(items):
        return  # group lines over their items, nested by indentation: which adds into what is unread
    if len(totals) == 1:
        here = at[id(totals[0])]
        if any(at[id(r)] < here for r in items):
            # Items above the total add into it; a line printed below it (SURPLUS/DEFISIT
            # under a statement's Jumlah) is no part of it.
            items = [r for r in items if at[id(r)] < here]
        for item in items:
            item.parent = here
        return
    if top == "other":
        return  # unlevelled lines under several totals: a grand total may take in a subtotal
    if items and any(at[id(t)] < at[id(items[0])] for t in totals):
        return  # several totals printed above the items: which adds what is not stated
    previous = -1
    for i, total in enumerate(totals):
        here = at[id(total)]
        since = [r for r in items if previous < at[id(r)] < here]
        if since:
            for item in since:
                item.parent = here
        elif i == len(totals) - 1:
            for sub in totals[:-1]:
                sub.parent = here  # a grand total under subtotals
        previous = here


def _table_rows(table: RawTable, layout: BudgetLayout, style: NumberStyle | None,
                continues: list[BudgetRow] | None = None, dash_seen: bool = False) -> list[BudgetRow]:
    """The rows of one raw table; `continues`: the rows of the table it carries on from
    over a page break (its rows then join that table: one hierarchy, one set of sums);
    `dash_seen`: an earlier table printed zero as the accounting format's dash."""
    roles = {role: layout.one(role) for role in _roles_read(layout)}
    headers = {role: g.header for role, g in roles.items() if g is not None}
    numbers = table_numbers(table, {role: g.columns for role, g in roles.items() if g is not None},
                            layout.header_rows, headers, style)
    money = [g for role in ("anggaran", "realisasi", "sisa", "prior") for g in layout.groups.get(role, [])]
    numbers.dash_is_zero = accounting_format([table.text(r, c) for r in range(layout.header_rows, table.n_rows)
                                              for g in money for c in g.columns], dash_seen)
    columns = {role: groups[0].header for role, groups in layout.groups.items()
               if groups and role not in ("other",) and groups[0].header}
    lines = []
    for r in range(layout.header_rows, table.n_rows):
        if is_numbering_row(table.row_texts(r)) or _is_repeated_header(table, r, layout) \
                or running_title_row(table, r):
            continue
        lines.extend(_unstack(table, r, layout, numbers) or _heading_above(table, r, layout,
                                                                           _read_line(table, r, layout, numbers)))
    bands = {id(lines[i]) for i in two_level_bands(lines)}
    lines = join_bullet_tails(_assemble(lines, bands))
    if len(layout.groups.get("name", [])) > 1:
        lines = lift_group_amounts(lines, layout.groups["name"][-1].header.lower())
    lines = _join_short_tails(lines, bands)
    rows: list[BudgetRow] = []
    opens_group: set[int] = set()
    bare: list[BudgetRow] = []  # coded lines printing no amount: kept if the table is a ledger
    for line, (level, evidence) in zip(lines, combined_heading_levels(lines, _levels(lines)), strict=True):
        if line.group_amount and evidence == "column":
            evidence = "position"
        if not line.cells and level not in ("program", "kegiatan", "sub_kegiatan"):
            if not (line.code and _ACCOUNT_CODE.fullmatch(line.code) and line.name):
                continue
            bare.append(row := _row(table, layout, line, level, evidence, columns, numbers))
            rows.append(row)
            continue
        if line.opens_group:
            opens_group.add(len(rows))
        name = line.name or (line.code or "")
        if level == "total" and not line.name and line.code:
            name, line.code = line.code, None
        code = line.code
        if code is None:
            numbered = _ITEM_NUMBER.match(name)
            if numbered and level != "total":
                code = numbered.group(0).strip().rstrip(".)")
                name = name[numbered.end():]
        line.name, line.code = name, code
        rows.append(_row(table, layout, line, level, evidence, columns, numbers))
    if bare and not is_account_tree((continues or []) + rows):
        rows = [r for r in rows if all(r is not b for b in bare)]  # headings of a program list
    regroup_malformed(rows)
    magnitude_by_share(rows)
    if not any(r.anggaran is not None or (layout.one("anggaran") is None and r.realisasi is not None)
               for r in rows):
        return []
    attach_contracts(table, layout, rows)
    attach_sources(table, layout, rows, numbers)
    if continues:
        for r in rows:
            r.table = continues[0].table
        whole = continues + rows
        for r in whole:
            r.parent = None
        if is_account_tree(whole):
            _link_accounts(whole)
        else:
            _link_parents(whole, {len(continues) + i for i in opens_group})
            group_lettered_programs(whole)
        return rows
    if is_account_tree(rows):
        _link_accounts(rows)
    else:
        # A header first found on a later page than the table's first: that page's body was
        # not read (its grid one frame), so a grand total would miss its lines.
        whole_read = layout.header_rows == 0 or table.page_of_row(0) == table.page_of_row(layout.header_rows - 1)
        _link_parents(rows, opens_group, totals=whole_read)
        group_lettered_programs(rows)
    return rows


def _row(table: RawTable, layout: BudgetLayout, line: _Line, level: str, evidence: str,
         columns: dict[str, str], numbers: TableNumbers) -> BudgetRow:
    return BudgetRow(
        table=table.id, table_kind=layout.kind,  # type: ignore[arg-type]
        page=line.page, row=line.row, level=level, name=line.name, code=line.code,  # type: ignore[arg-type]
        anggaran=line.values.get("anggaran"), realisasi=line.values.get("realisasi"),
        persen=line.values.get("persen"), sisa=line.values.get("sisa"), prior=line.values.get("prior"),
        cells=dict(line.cells),
        level_evidence=evidence, columns=columns, number_style=numbers.style_name,
        multiplier=numbers.multiplier_for("anggaran"),
    )


_ACCOUNT_CODE = re.compile(r"\d+(?:\.\d+)*")


def _heading_above(table: RawTable, r: int, layout: BudgetLayout, line: _Line) -> list[_Line]:
    """A code cell stacking two account codes ("1" over "1.1") beside a name cell of
    several lines, with amounts only on the last code's line, where no rule parts the
    two: the first code is a heading printing no amount, named by the name lines of its
    own height; the rest of the name and the amounts are the second code's."""
    code_group, names = layout.one("code"), layout.groups.get("name", [])
    if code_group is None or not names or not line.cells:
        return [line]
    _, code_cell = _group_text(table, r, code_group)
    _, name_cell = _group_text(table, r, names[-1])
    if code_cell is None or name_cell is None or len(code_cell.line_boxes) != 2:
        return [line]
    (first, first_box), (second, second_box) = code_cell.line_boxes
    if not (_ACCOUNT_CODE.fullmatch(first) and _ACCOUNT_CODE.fullmatch(second)
            and _code_prefix_of(first, second)):
        return [line]
    amounts = [c.bbox for c in line.cells.values() if c.bbox is not None]
    if not amounts or any(b[3] < second_box[1] for b in amounts):
        return [line]  # an amount printed on the heading's line: no heading
    own = [t for t, b in name_cell.line_boxes if abs(b[1] - first_box[1]) <= 3.0]
    rest = [t for t, b in name_cell.line_boxes if abs(b[1] - first_box[1]) > 3.0]
    if not own or not rest:
        return [line]
    heading = _Line(row=r, page=line.page, name=printed_label(" ".join(own)), code=first,
                    name_role_header=line.name_role_header)
    line.name, line.code = printed_label(" ".join(rest)), second
    return [heading, line]


def _without_pages(table: RawTable, pages: set[int]) -> RawTable | None:
    """`table` without its grid rows on `pages` (None when nothing is left); a table
    joined over a ledger's hundreds of pages is then not read a second time."""
    if not set(table.pages or [table.page]) & pages:
        return table
    keep = [r for r in range(table.n_rows) if table.page_of_row(r) not in pages]
    if not keep:
        return None
    grid: list[list[RawCell | None]] = []
    moved: dict[int, RawCell] = {}
    for k, r in enumerate(keep):
        for cell in table.grid[r]:
            if cell is not None and cell.row == r and id(cell) not in moved:
                moved[id(cell)] = replace(cell, row=k)
        grid.append([None if c is None else moved.get(id(c), c) for c in table.grid[r]])
    kept_pages = [p for p in (table.pages or []) if p not in pages]
    return replace(table, grid=grid, row_pages=[table.page_of_row(r) for r in keep], pages=kept_pages,
                   page=table.page_of_row(keep[0]))


def _follows(previous: RawTable, table: RawTable) -> bool:
    """`table` is the first table on the page after the one `previous` ends on."""
    last = (previous.pages or [previous.page])[-1]
    return last is not None and table.page == last + 1 and re.search(r"-[a-z]+1$", table.id) is not None


def budget_rows(source: SourceDocument, style: NumberStyle | None) -> list[BudgetRow]:
    """Every budget row of the document: unruled ledgers read by alignment first (their
    pages are theirs), then ruled tables, then borderless PK lists."""
    ledgers = ledger_rows(source, style)
    claimed = {r.page for r in ledgers}
    out: list[BudgetRow] = []
    previous: tuple[RawTable, BudgetLayout, list[BudgetRow]] | None = None
    dash_seen = False
    for table in source.tables:
        if claimed:
            table = _without_pages(table, claimed)  # the ledger reader has those pages
            if table is None:
                continue
        table = split_labelled_pairs(unstack_rows(table, style))
        layout = read_layout(table, style)
        continues: list[BudgetRow] | None = None
        if layout is None and previous is not None and _follows(previous[0], table):
            layout = continued_layout(previous[1], table)
            continues = previous[2]
        elif layout is not None and previous is not None and _follows(previous[0], table) \
                and repeats_header(*previous, table, layout):
            continues = previous[2]  # the header printed again overleaf: one table, one set of sums
        if layout is None:
            continue
        rows = _table_rows(table, layout, style, continues, dash_seen)
        dash_seen = dash_seen or any("dash_zero" in c.inferred for r in rows for c in r.cells.values())
        out.extend(r for r in rows if r.page not in claimed)
        if rows:
            previous = (table, layout, (continues or []) + rows)
    out.extend(form_rows(source, style, {r.page for r in out if r.page} | claimed))
    ruled_pk = any(r.table_kind == "program_anggaran" for r in out)
    if not ruled_pk:
        out.extend(r for r in program_list_rows(source, style) if r.page not in claimed)
    # Tables no column reader took: kegiatan typed with "Rp." amounts in their name cells.
    read = {r.table for r in out} | {r.table for r in ledgers}
    out.extend(r for r in amount_in_name_rows([t for t in source.tables if t.id not in read], style)
               if r.page not in claimed)
    return ledgers + out
