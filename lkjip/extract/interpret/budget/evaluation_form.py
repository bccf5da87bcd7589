"""Budget rows of realisation forms read line by line: RFK and Evaluasi Hasil Renja forms.

These forms (Permendagri 86/2017 evaluation forms, monthly RFK "Realisasi Fisik dan
Keuangan" reports) number their columns under the header and print tall cells: a name
wrapped over four lines beside an amount centred at another height, K / Rp pairs per
triwulan, text boxes drawn as rectangles. The grid engines lose them (one cell stacking
a page of rows, or the header alone), so a page whose grid gave no budget row and whose
header has a numbering row is read from its words (`form_words`, `form_columns`):

- a row starts on a line printing a kode (or a number typed into the name column), or,
  on a form without codes, on a line where the name column and the Penanggung Jawab
  column (the rightmost text column, one entry per row) both print; every line down to
  the next start belongs to it (wrapped names, amounts set lower in their cell);
- the page after a form page that prints no header of its own carries the form on;
- levels: `form_levels`. Which column gives a row's anggaran: the "per <level>" column
  of its level, else the one all filled anggaran columns agree on. Which gives its
  realisasi: a cumulative realisasi column, else the only one, else the first period
  (triwulan I) column, marked inferred since the form states no total.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from lkjip.extract.interpret.budget.form_columns import FormHeader, page_cells, read_form_header
from lkjip.extract.interpret.budget.form_levels import form_levels
from lkjip.extract.interpret.budget.form_links import link_form_rows
from lkjip.extract.interpret.budget.form_roles import Role, form_roles
from lkjip.extract.interpret.budget.form_words import Word, WordLine, page_words, word_lines
from lkjip.extract.interpret.budget.styles import scale_of_heading
from lkjip.extract.interpret.budget.wrapped import rejoined_amount
from lkjip.extract.source import Page, SourceDocument
from lkjip.geometry import BBox
from lkjip.numbers import NumberStyle, parse_number
from lkjip.records import BudgetRow, Cell

# A line of column numbers as the text layer gives it ("1 2 3 3a 3b 4", "7 8 9 10 14").
_NUMBERING_LINE = re.compile(r"^\s*(?:\(?\d{1,2}[a-e]?\)?\s+){2,}\(?\d{1,2}[a-e]?\)?\s*$")
_ITEM_START = re.compile(r"^(\d{1,3}|[a-z])$")
_CODE_LIKE = re.compile(r"^[\dIVX]+(?:[.\-]\d+)*\.?$|^[a-z]\.?$|^-$")
_MONEY_ROLES = ("anggaran", "realisasi", "persen", "sisa")
# A rupiah figure set in the kode column ("202.700.000" beside "134 Penanganan …"): a
# kode's pieces are one or two digits, never thousands groups; it is no kode.
_AMOUNT_AS_CODE = re.compile(r"^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$")
# A lone "/" or "&" ends a name's line ("Pengadaan Komputer /" over the amount's rule): a
# joint of the name, never part of an amount.
_WORDY = re.compile(r"[^\W\d_]{2,}|^\(|^[/&]$")
# "2021)" set over the amount column's rule: a name's parenthesis closing, never an amount
# (a negative one opens its parenthesis too).
_NAME_TAIL = re.compile(r"^[^(]*\)$")
# "2021)600.000.000": a name's last word and the amount printed without a space between.
_GLUED = re.compile(r"^([^\d\s][^\s]*?\)|\S*?\d{4}\))(\d{1,3}(?:[.,]\d{3})+(?:,\d{2})?)$")


@dataclass
class _Form:
    header: FormHeader
    roles: list[Role]
    table: str
    width: float


@dataclass
class FormLine:
    """One row of the form while it is assembled from its lines."""

    page: int
    top: float
    code: str | None = None
    name_words: list[Word] = field(default_factory=list)
    values: dict[int, list[Word]] = field(default_factory=dict)  # column → its words
    code_col: int | None = None

    @property
    def name(self) -> str:
        return " ".join(w.text for w in self.name_words)


def _usable(header: FormHeader, roles: list[Role]) -> bool:
    """A realisation form: names headed by program / kegiatan / pekerjaan (an URAIAN column
    is a ledger's, left to the LRA reading) beside an anggaran or realisasi column."""
    kinds = {r.role for r in roles}
    named = any(r.role == "name" and re.search(r"program|kegiatan|pekerjaan|paket", c.heading, re.I)
                for c, r in zip(header.columns, roles, strict=True))
    return named and bool(kinds & {"anggaran", "realisasi"})


def _column_of(form: _Form, word: Word) -> int | None:
    return form.header.column_at(word)


def _starts_row(form: _Form, line: WordLine, cols: list[int | None]) -> bool:
    roles = [form.roles[c].role if c is not None else None for c in cols]
    has_code = any(r == "code" and _CODE_LIKE.match(w.text) for w, r in zip(line.words, roles, strict=True)) \
        and roles and roles[0] == "code"
    name_words = [w for w, r in zip(line.words, roles, strict=True) if r == "name"]
    if has_code:
        return True
    if name_words and _ITEM_START.match(name_words[0].text) and len(name_words) > 1 \
            and any(r.role == "code" for r in form.roles):
        return True  # "1 Pembangunan Embung …": the item number typed into the name column
    if any(r.role == "code" for r in form.roles):
        return False
    return bool(name_words) and "anchor" in roles


_CODE_SEGMENT = re.compile(r"^\d{1,4}(?:\.\d{1,4})*$")


def _code_goes_on(form: _Form, row: FormLine, col: int, word: Word) -> bool:
    """Whether a code-column word after the row's code is more of the code: a numeric
    segment in the same Kode column, or the Kode column's first segment after a No."""
    if row.code is None or not _CODE_SEGMENT.match(word.text) or not _CODE_SEGMENT.match(row.code.split()[-1]):
        return False
    if col == row.code_col:
        return True
    return row.code_col is not None and re.fullmatch(r"no\.?|nomor", form.header.columns[row.code_col].heading.strip(),
                                                     re.I) is not None


def _in_letter_sequence(line: WordLine, rows: list[FormLine]) -> bool:
    """A line opening with a bare letter starts item "a" or the letter after the last
    one; any other ("Pelapora" / "n Capaian") is a word a narrow column broke."""
    first = line.words[0].text if line.words else ""
    if not re.fullmatch(r"[a-z]", first):
        return True
    last = next((r.code for r in reversed(rows) if r.code and re.fullmatch(r"[a-z]\.?", r.code)), None)
    return first == "a" or (last is not None and ord(first) == ord(last[0]) + 1)


_MONTHS = r"(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember)"
# The signing block under a form: "Ambon, 20 Agustus 2021", "NIP. 19770320 199511 1 001".
_SIGNING = re.compile(rf"^[^\W\d_][\w .'-]*,\s*(?:\d{{1,2}}\s+)?{_MONTHS}\s+\d{{4}}$|^NIP\b", re.I)


def _lines_to_rows(form: _Form, page: int, lines: list[WordLine], rows: list[FormLine]) -> bool:
    """Add the lines' rows; False when the form's signing block ended it on this page."""
    code_form = any(r.role == "code" for r in form.roles)
    for line in lines:
        if _SIGNING.match(" ".join(w.text for w in line.words)):
            return False
        line = WordLine(_unglued(line.words))
        cols = [_column_of(form, w) for w in line.words]
        roles = [form.roles[c].role if c is not None else None for c in cols]
        money_cols = {c for c, r in zip(cols, roles, strict=True) if r in _MONEY_ROLES}
        current = rows[-1] if rows else None
        start = _starts_row(form, line, cols) and _in_letter_sequence(line, rows)
        if not start and current is not None and code_form and money_cols & set(current.values) \
                and not any(r == "name" for r in roles):
            start = True  # amounts for a column this row already has: an unlabelled (total) line
        if not start and current is None:
            start = bool(money_cols)
        if start:
            current = FormLine(page=page, top=line.top)
            rows.append(current)
        if current is None:
            continue
        for word, col, role in zip(line.words, cols, roles, strict=True):
            if col is None:
                continue
            if role == "code" and _AMOUNT_AS_CODE.match(word.text):
                continue
            if role == "code" and current.code is None and _CODE_LIKE.match(word.text) and not current.name_words:
                current.code, current.code_col = word.text, col
            elif role == "code" and not current.name_words and _code_goes_on(form, current, col, word):
                # A Kode column printing its segments spaced ("1 05 01 2.01 0001"), or
                # beside a No column: the Kode is the row's code, No only its item number.
                same = col == current.code_col
                current.code, current.code_col = (f"{current.code} {word.text}" if same else word.text), col
            elif role == "name" or role == "code":  # a name indented into the kode column's width
                if not current.name_words and current.code is None and code_form and _ITEM_START.match(word.text):
                    current.code = word.text
                    continue
                current.name_words.append(word)
            elif role in _MONEY_ROLES:
                if (_WORDY.search(word.text) or _NAME_TAIL.match(word.text)) \
                        and (current.name_words and any(r == "name" for r in roles)):
                    current.name_words.append(word)  # a long name running on over the amount columns
                    continue
                current.values.setdefault(col, []).append(word)
    return True


def _by_line(words: list[Word]) -> str:
    """The words' text, one printed line a line."""
    return "\n".join(" ".join(w.text for w in ln.words) for ln in word_lines(words))


def _unglued(words: list[Word]) -> list[Word]:
    """Words with a name's tail and an amount printed as one ("2021)600.000.000") cut in
    two, each with its share of the box (by characters)."""
    out: list[Word] = []
    for w in words:
        glued = _GLUED.match(w.text)
        if glued is None:
            out.append(w)
            continue
        cut = w.x0 + (w.x1 - w.x0) * len(glued.group(1)) / len(w.text)
        out += [replace(w, text=glued.group(1), x1=cut), replace(w, text=glued.group(2), x0=cut)]
    return out


def _union(words: list[Word]) -> BBox:
    return (min(w.x0 for w in words), min(w.top for w in words), max(w.x1 for w in words), max(w.bottom for w in words))


def _cell(form: _Form, row: FormLine, col: int, column: str, style: NumberStyle | None,
          inferred: tuple[str, ...] = ()) -> tuple[Cell, float | None] | None:
    words = row.values.get(col)
    if not words:
        return None
    text = " ".join(w.text for w in words)
    # A column too narrow for its amounts wraps them mid-number ("360.417.7" over "24"):
    # the lines are one amount when only their join groups its digits by three.
    joined = rejoined_amount(_by_line(words)) if column != "persen" else None
    if joined:
        inferred = (*inferred, "amount_rejoined")
    parsed = parse_number(joined or text, style)
    value: float | None = None
    ambiguous = False
    if parsed is not None and (column == "persen" or parsed.kind in ("rupiah", "other")):
        value, ambiguous = float(parsed.value), parsed.ambiguous
        if column != "persen":  # "(Rp.000)" over the column: printed in thousands
            value *= scale_of_heading(form.header.columns[col].heading)
    return Cell(text=text, page=row.page, table=form.table, row=None, column=column, bbox=_union(words),
                ambiguous=ambiguous, inferred=inferred), value


def _pick(form: _Form, role: str, level: str | None, row: FormLine) -> tuple[int | None, tuple[str, ...]]:
    """The column giving the row's `role` value, and why it is only inferred if so."""
    cols = [i for i, r in enumerate(form.roles) if r.role == role]
    if not cols:
        return None, ()
    if len(cols) == 1:
        return cols[0], ()
    if role == "anggaran":
        matched = [i for i in cols if form.roles[i].level == level and i in row.values]
        if matched:
            return matched[0], ()
        filled = [i for i in cols if i in row.values]
        texts = {" ".join(w.text for w in row.values[i]) for i in filled}
        if len(texts) == 1:
            return filled[0], ()
        return (filled[0], ("column_role_position",)) if filled else (None, ())
    cumulative = [i for i in cols if form.roles[i].cumulative]
    if cumulative:
        return cumulative[0], ()
    periods = [i for i in cols if form.roles[i].period]
    if periods:
        return periods[0], ("column_role_position",)  # triwulan I stands for the row
    return cols[0], ("column_role_position",)


def _stacks_amounts(row: FormLine) -> bool:
    """A money column holding two or more whole amounts on lines of their own: rows
    the reading did not tell apart (no kode, no one-entry-per-row column to start them)."""
    for words in row.values.values():
        lines = _by_line(words).split("\n")
        if sum(1 for ln in lines if _WHOLE_AMOUNT.fullmatch(ln.strip())) >= 2:
            return True
    return False


# A whole rupiah amount as one printed line gives it: digits grouped by three.
_WHOLE_AMOUNT = re.compile(r"(?:rp\.?\s*)?\d{1,3}(?:[.,]\d{3})+(?:,\d{2}|,-)?", re.I)


# A cell's "nothing" mark: a dash (or several) alone on its printed line.
_PLACEHOLDER = re.compile(r"^[-\u2013\u2014]+$")


def _printed_lines(words: list[Word]) -> list[list[Word]]:
    """A row's words of one column in the order they were read (a row may run over a page
    break, so heights alone do not order them), cut where the height changes."""
    lines: list[list[Word]] = []
    for w in words:
        if lines and abs(w.cy - lines[-1][-1].cy) <= 0.45 * w.height:
            lines[-1].append(w)
        else:
            lines.append([w])
    return lines


def _drop_placeholders(row: FormLine) -> None:
    """A row printing several indicator lines (each with its own K / Rp cells) gives its
    rupiah on its first line and '-' on the others: those dashes are the other lines'
    empty cells, not part of the amount. Only dashes below a figure are dropped (a dash
    above one leaves the cell unread, as before: which line is the row's is unclear)."""
    for col, words in row.values.items():
        lines = _printed_lines(words)
        if not any(ch.isdigit() for w in lines[0] for ch in w.text):
            continue
        kept = [ln for ln in lines if not all(_PLACEHOLDER.match(w.text) for w in ln)]
        if len(kept) < len(lines):
            row.values[col] = [w for ln in kept for w in ln]


def _budget_rows(form: _Form, rows: list[FormLine], style: NumberStyle | None) -> list[BudgetRow]:
    for row in rows:
        _drop_placeholders(row)
    if sum(1 for r in rows if _stacks_amounts(r)) * 3 > max(1, sum(1 for r in rows if r.values)):
        # Most rows stack several rows' amounts: the form's rows were not found. Reading
        # them would pair names with the wrong figures; the page is left unread instead.
        return []
    name_heading = next((form.header.columns[i].heading for i, r in enumerate(form.roles) if r.role == "name"), "")
    paket = re.search(r"pekerjaan|paket", name_heading, re.I) is not None
    levels = form_levels([(r.code, r.name, _amounts(form, r, style)) for r in rows], paket)
    out: list[BudgetRow] = []
    columns: dict[str, str] = {}
    for i, r in enumerate(form.roles):
        if r.role in ("name", "code", *_MONEY_ROLES):
            columns.setdefault(r.role, form.header.columns[i].heading)
    for n, (row, (level, evidence)) in enumerate(zip(rows, levels, strict=True)):
        if not row.name and not row.values:
            continue
        budget = BudgetRow(table=form.table, table_kind="realisasi_anggaran", page=row.page, row=n,
                           level=level, name=row.name or (row.code or ""), code=row.code,  # type: ignore[arg-type]
                           level_evidence=evidence, columns=columns,
                           number_style=style.value if style else None)
        for role in _MONEY_ROLES:
            col, inferred = _pick(form, role, level, row)
            if col is None:
                continue
            if form.roles[col].inferred and "column_role_position" not in inferred:
                inferred = (*inferred, "column_role_position")
            read = _cell(form, row, col, role, style, inferred)
            if read is None:
                continue
            cell, value = read
            budget.cells[role] = cell
            setattr(budget, role, value)
            if role == "realisasi" and form.roles[col].period:
                _other_periods(form, row, col, budget, style)
        out.append(budget)
    link_form_rows(out)
    _shared_figures(out)
    return out


def _other_periods(form: _Form, row: FormLine, picked: int, budget: BudgetRow, style: NumberStyle | None) -> None:
    """The realisasi of the periods the row's `realisasi` does not stand for (triwulan II …),
    keyed by the form's printed column number: each is a sum of its own to check."""
    for i, role in enumerate(form.roles):
        if i == picked or role.role != "realisasi" or not role.period:
            continue
        key = f"realisasi[{form.header.columns[i].number.split('/')[0]}]"
        read = _cell(form, row, i, key, style, ("column_role_position",) if role.inferred else ())
        if read is not None:
            budget.cells[key], budget.split_amounts[key] = read


def _shared_figures(rows: list[BudgetRow]) -> None:
    """A realisasi above the row's own anggaran with the next row of its level printing no
    realisasi at all: one figure printed for both rows (a cell merged over them, one
    contract for two paket). Which rows it covers is not on the words: inferred."""
    spent = ("realisasi", "persen", "sisa")
    for row, below in itertools.pairwise(rows):
        if row.realisasi is None or row.anggaran is None or row.realisasi <= row.anggaran:
            continue
        if below.level != row.level or below.anggaran is None or any(c in below.cells for c in spent):
            continue
        for column in spent:
            cell = row.cells.get(column)
            if cell is not None:
                row.cells[column] = replace(cell, inferred=(*cell.inferred, "cell_spans_rows"))


def _amounts(form: _Form, row: FormLine, style: NumberStyle | None) -> list[float]:
    """The row's rupiah figures column by column ('-' and blanks as 0): what sums compare."""
    out = []
    for i, role in enumerate(form.roles):
        if role.role not in ("anggaran", "realisasi"):
            continue
        words = row.values.get(i)
        parsed = parse_number(" ".join(w.text for w in words), style) if words else None
        out.append(float(parsed.value) if parsed is not None else 0.0)
    return out


# A caption or chapter heading: a page printing one starts another table or section,
# so a form without its header does not carry onto it.
_OTHER_TABLE = re.compile(r"^\s*(?:(?:tabel|table|gambar|grafik)\s+[\dIVX]+|bab\s*\.?\s*[\dIVX]+)\b", re.I)


def _starts_other_table(page: Page) -> bool:
    return any(_OTHER_TABLE.match(ln.text) for ln in page.lines())


_BARE_NUMBER = re.compile(r"^\s*\(?\d{1,2}[a-e]?\)?\s*$")
# Three small numbers in a row inside a line the text layer joined with other cells.
_NUMBER_RUN = re.compile(r"(?:^|\s)(?:\d{1,2}[a-e]?\s+){2}\d{1,2}[a-e]?(?=\s|$)")


def _has_numbering_line(page: Page) -> bool:
    """A line of column numbers. The text layer may give each number its own line (the
    cells written one by one); then the words at one height tell (the dear test last)."""
    texts = [ln.text for ln in page.lines()]
    if any(_NUMBERING_LINE.match(t) for t in texts):
        return True
    if sum(1 for t in texts if _BARE_NUMBER.match(t)) < 3 and not _NUMBER_RUN.search(page.text):
        return False
    return any(_NUMBERING_LINE.match(" ".join(w.text for w in ln.words)) for ln in word_lines(page_words(page)))


def form_rows(source: SourceDocument, style: NumberStyle | None, skip_pages: set[int]) -> list[BudgetRow]:
    """Budget rows of the numbered realisation forms on pages no grid gave rows for."""
    out: list[BudgetRow] = []
    form: _Form | None = None
    rows: list[FormLine] = []
    for page in source.pages:
        if not page.number or page.number in skip_pages:
            if form is not None:
                out.extend(_budget_rows(form, rows, style))
            form, rows = None, []
            continue
        numbered = _has_numbering_line(page)
        if form is None and not numbered:
            continue  # no column-numbering row: no form starts here (the cheap test first)
        lines = word_lines(page_words(page))
        header = read_form_header(lines, page_cells(source.tables, page.number), page.width) if numbered else None
        if header is not None:
            roles = form_roles(header.columns)
            if form is not None and [r.role for r in roles] == [r.role for r in form.roles]:
                form.header = header  # the header repeated overleaf: the same form goes on
            else:
                if form is not None:
                    out.extend(_budget_rows(form, rows, style))
                    form, rows = None, []
                if not _usable(header, roles):
                    continue
                form = _Form(header, roles, f"p{page.number}-form1", page.width)
            body = [ln for ln in lines if ln.top > header.bottom]
        elif form is not None and abs(form.width - page.width) < 1 and not _starts_other_table(page):
            body = lines  # the form carried over a page break without its header
        else:
            if form is not None:
                out.extend(_budget_rows(form, rows, style))
            form, rows = None, []
            continue
        if not _lines_to_rows(form, page.number, body, rows):
            out.extend(_budget_rows(form, rows, style))
            form, rows = None, []
    if form is not None:
        out.extend(_budget_rows(form, rows, style))
    return out
