"""Which column of a raw table holds what: the header of a budget table, read.

A Realisasi Anggaran table is recognised by its headings, never by its position: it needs
a name column (program / kegiatan / uraian), an amount column for the budget (anggaran,
pagu, alokasi, DPA, APBD) and, for `realisasi_anggaran`, one for the spending (realisasi).
Indicator tables ("Target | Realisasi | Capaian") have no budget column and are left alone;
tables that put several years side by side (two realisasi columns, two pagu columns without
one marked "perubahan") are refused rather than guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lkjip.extract.interpret.budget.efficiency_columns import (
    garbled_heading_row,
    indicator_names,
    year_names,
)
from lkjip.extract.interpret.budget.spanned_columns import (
    budget_beside_unread_sibling,
    realisasi_sub_columns,
)
from lkjip.extract.interpret.budget.statement_columns import (
    change_percent_aside,
    money_or_dashes,
    prior_years_aside,
    subject_heading,
    subject_names,
)
from lkjip.extract.interpret.budget.target_columns import target_as_budget
from lkjip.extract.interpret.budget.unread_header import roles_from_arithmetic
from lkjip.extract.source import RawCell, RawTable
from lkjip.numbers import NumberStyle, parse_number

MAX_HEADER_ROWS = 5
# A numbering row may close a header under a title and blank rows drawn in the same frame.
_MAX_NUMBERED_HEADER = 30

_FISIK = re.compile(r"fisi?k", re.I)
_PERSEN = re.compile(r"%|\bpersen|\bprosen", re.I)
_CONTRACT = re.compile(r"\b(nilai|harga)\s+(kontrak|spk)\b", re.I)
_SISA = re.compile(r"\bsisa\b|silpa|selisih", re.I)
_REALISASI = re.compile(r"reali[sz]?asi|realiasi|serapan", re.I)
# "Target Belanja Sasaran (Rp)" of an efficiency table: the spending planned, the budget.
_ANGGARAN = re.compile(r"anggaran|\bpagu\b|alokasi|\bapbd\b|\bdpa\b|plafon|\bbiaya\b|\btarget\s+belanja\b", re.I)
_PERFORMANCE = re.compile(r"kinerja|target|indikator|capaian(?!\s*(keu|angg))|output|outcome", re.I)
# "Target Anggaran (Rp)": the budget planned, a money column, not a performance target.
_BUDGET_TARGET = re.compile(r"\btarget\s+(?=anggaran|pagu|dana|biaya|keuangan|belanja)", re.I)
_TOTAL_WORD = re.compile(r"^(grand\s+)?(sub\s*-?\s*)?(jumlah|total)\b", re.I)
_CAPAIAN = re.compile(r"^\W*capaian\s*(\(\s*%\s*\))?\W*$", re.I)
# A Rencana Aksi cascade: TUJUAN / SASARAN / PROGRAM / KEGIATAN bands, each over Uraian |
# Indikator | Target TW 1-4; only the Uraian under a band names a line.
_CASCADE_MEASURE = re.compile(r"^\W*(tujuan|sasaran|program|kegiatan|sub\s*kegiatan)\s+(indikator|target)\b", re.I)
_PK_CAPTION = re.compile(r"(perjanjian|penetapan)\s+kinerja", re.I)
_NOT_MONEY_PERCENT = re.compile(r"kinerja|target|indikator|efisiensi", re.I)
_INDICATOR_COLUMN = re.compile(r"indikator|\btarget\b|sasaran", re.I)
_MONEY_WORD = re.compile(r"anggaran|keuangan|\brp\b|biaya|dana", re.I)
_COUNT_OF_ITEMS = re.compile(r"\W*(jumlah|jml\.?|banyaknya)\s+(sub\s*)?(program|kegiatan|paket)\W*$", re.I)
_NAME = re.compile(r"program|kegiatan|uraian|belanja|sumber\s+(dana|anggaran)|nama|pekerjaan|"
                   r"paket|unit\s+kerja|rincian|perangkat\s+daerah|\bopd\b|\bskpd\b|urusan|"
                   r"pembiayaan|pendapatan|penyertaan|\buptd?\b", re.I)
_NUMBER_HEAD = re.compile(r"^(no\.?|nomor|kode(\s+rekening)?|kd\.?)$", re.I)
# "Lebih/(Kurang) dari Anggaran": realisasi minus anggaran, the LRA's remainder column.
_SIGNED_REMAINDER = re.compile(r"lebih\s*/?\s*\(?\s*kurang|bertambah\s*/?\s*\(?\s*berkurang", re.I)
_REVISED = re.compile(r"perubahan|setelah|\bp-?apbd\b|\bpak\b|\bdppa\b", re.I)  # DPPA: the DPA as revised
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


@dataclass
class ColumnGroup:
    """Grid columns that sit under one heading (a merged header spans several)."""

    role: str  # name | code | anggaran | realisasi | sisa | persen | fisik | kontrak | other
    header: str
    columns: list[int]
    x_span: tuple[float, float] | None = None  # left and right of its heading on the page
    inferred: tuple[str, ...] = ()  # why its role is only inferred (Cell.inferred codes for its cells)


@dataclass
class BudgetLayout:
    kind: str  # "realisasi_anggaran" | "program_anggaran"
    header_rows: int
    groups: dict[str, list[ColumnGroup]] = field(default_factory=dict)
    header_texts: set[str] = field(default_factory=set)
    # The headings printed on the table's first page, kept by every page carried on from it.
    headings: list[ColumnGroup] = field(default_factory=list)
    # A Renja's pagu from funding sources other than APBD (BANKEU Prop, DAK …): "other"
    # columns, each still a sum of its own.
    sources: list[ColumnGroup] = field(default_factory=list)

    def one(self, role: str) -> ColumnGroup | None:
        found = self.groups.get(role) or []
        return found[0] if found else None


def _norm(text: str) -> str:
    return " ".join(text.split())


def is_amountish(text: str, style: NumberStyle | None) -> bool:
    """A cell that prints a figure a budget table holds (an amount or a percentage)."""
    parsed = parse_number(text, style)
    if parsed is None:
        return False
    return parsed.kind == "percent" or (parsed.kind in ("rupiah", "other") and abs(parsed.value) >= 10_000)


def is_numbering_row(texts: list[str]) -> bool:
    """The "1 2 3 4" row printed under many headers."""
    filled = [t.strip() for t in texts if t.strip()]
    if not filled:
        return False
    # "(10)" may come out of the text layer as "(1 0 )".
    number = r"\(?\s*\d(?:\s?\d)?\s*\)?"
    return all(re.fullmatch(rf"{number}(\s+{number})*", t) for t in filled)


_HEADER_WORD = re.compile(
    r"^(no|nomor|kode|rekening|program|kegiatan|sub|uraian|anggaran|pagu|alokasi|reali[sz]?asi|"
    r"realiasi|sisa|silpa|%|persen|prosen|persentase|prosentase|rp|jumlah|jml|keuangan|fisik|fisk|capaian|target|"
    r"indikator|sasaran|satuan|sat|efisiensi|ket|keterangan|sumber|dana|tahun|ta|belanja|apbd|dpa|unit|kerja|"
    r"tujuan|kinerja|lokasi|perubahan|murni|nilai|kontrak|pekerjaan|paket|rincian|biaya|"
    r"penanggung|jawab|nama|dan|atau|per|setelah|rupiah|perangkat|daerah|opd|skpd|uptd?|urusan|bidang|"
    r"pendapatan|pembiayaan|penyertaan|modal|akun|ribuan|juta|jutaan|bertambah|berkurang|lebih|kurang|"
    # Renja plans: pagu indikatif by funding source, prakiraan maju, tolok ukur, "1/2/3".
    r"indikatif|prakiraan|maju|tolok|ukur|hasil|keluaran|output|lokasi|bankeu|prop|apbn|dekon|tp|dak|dau|pajak|"
    r"rokok|dbhcht|dbh|cht|\d|\(?\d{4}\)?|[a-z]|"
    # A statement's comparison columns: "Anggaran Penetapan", "Naik/(Turun)", "% thd Angg".
    r"penetapan|naik|turun|thd|angg)$", re.I)


def _is_header_text(text: str) -> bool:
    words = re.findall(r"[\w%]+", text)
    if not words or len(text) > 80 or re.match(r"\s*[-•·]", text):
        return False
    if re.match(r"\W*(program|kegiatan)\b", text, re.I) and not all(_HEADER_WORD.match(w) for w in words):
        return False  # "PROGRAM PROMOSI KESEHATAN" is a program line, "PROGRAM / KEGIATAN" a heading
    return any(_HEADER_WORD.match(w) for w in words)


def _is_title_row(table: RawTable, r: int) -> bool:
    """One cell spanning most of the width alone, holding words: a title, not a budget line."""
    cells = {id(c): c for c in table.grid[r] if c is not None and c.row == r and c.text.strip()}
    if len(cells) != 1 or table.n_cols < 3:
        return False
    cell = next(iter(cells.values()))
    return cell.colspan * 2 >= table.n_cols and len(re.findall(r"[^\W\d_]{3,}", cell.text)) >= 3


def _numbering_row_closes(table: RawTable) -> int:
    """Rows up to a column-numbering row ("1 2 3 … 14") printed under the headings: what
    stands above it is heading (or a title and blank rows in the same frame), whatever its
    words (PENYEDIA, PPK, TENDER/PL/SW); 0 when a figure comes first or no such row follows."""
    for r in range(1, min(table.n_rows, _MAX_NUMBERED_HEADER)):
        texts = table.row_texts(r)
        if sum(1 for t in texts if t.strip()) >= 3 and is_numbering_row(texts):
            above = [t for a in range(r) for t in table.row_texts(a) if t.strip()]
            # "Realisas" | "i": a heading cut by a stray rule, the grid's columns are not the table's.
            cut = any(re.fullmatch(r"[a-z]{1,2}", t.strip()) for t in above)
            return r + 1 if above and not cut and not any(is_amountish(t, None) for t in above) else 0
        if any(is_amountish(t, None) for t in texts):
            return 0
    return 0


def _is_total_line(table: RawTable, r: int) -> bool:
    """"TOTAL ANGGARAN" alone under the name column's heading, its amount left blank: the
    table's first body line (the total of what follows), not a second heading row."""
    own = [c for c in {id(x): x for x in table.grid[r] if x is not None}.values()
           if c.row == r and c.text.strip()]
    if len(own) != 1 or not _TOTAL_WORD.match(own[0].text.strip()):
        return False
    above = table.grid[r - 1][own[0].col] if own[0].col < len(table.grid[r - 1]) else None
    return above is not None and above is not own[0] and bool(above.text.strip())


def _header_row_count(table: RawTable, style: NumberStyle | None) -> int:
    """Leading rows of headings: no figures, and every filled cell reads as a heading."""
    numbered = _numbering_row_closes(table)
    if numbered:
        return numbered
    if subject_heading(table.row_texts(0), _is_header_text):
        return 1
    n = 0
    for r in range(min(table.n_rows, MAX_HEADER_ROWS)):
        texts = [t for t in table.row_texts(r) if t.strip()]
        if n < 2 and _is_title_row(table, r):
            n += 1  # a caption or lead-in sentence set inside the frame, across the table
            continue
        if any(is_amountish(t, style) for t in texts):
            break
        if n and _is_total_line(table, r):
            break
        if texts and not is_numbering_row(texts) and not all(_is_header_text(t) for t in texts) \
                and not (r == 0 and garbled_heading_row(table, texts, _is_header_text)):
            break
        n += 1
    return n


def _role(header: str) -> str:
    h = header.lower()
    if not h.strip():
        return "other"
    if _FISIK.search(h):
        return "fisik"
    if _CONTRACT.search(h):
        return "kontrak"  # a paket's contract value: not its budget, read beside it
    if _PERSEN.search(h) and (_SISA.search(h) or re.search(r"bertambah|berkurang|lebih|kurang", h)):
        return "other"  # the remainder as a share of the budget, not realisasi / anggaran
    if _PERSEN.search(h):
        return "other" if _NOT_MONEY_PERCENT.search(h) and not _ANGGARAN.search(h) else "persen"
    if _SISA.search(h) or _SIGNED_REMAINDER.search(h):
        return "sisa"
    if _REALISASI.search(h):
        if _PERFORMANCE.search(h) and not re.search(r"anggaran|keuangan|\brp\b", h):
            return "other"
        return "realisasi"
    if re.match(r"\W*sumber\s+(dana|anggaran|pembiayaan)\b", h):
        return "name"  # "Sumber Anggaran": APBD / APBN lines, named by their funding source
    if _ANGGARAN.search(h) and not _PERFORMANCE.search(_BUDGET_TARGET.sub(" ", h.replace("program", ""))):
        return "anggaran"
    if _NUMBER_HEAD.match(_norm(h)):
        return "code"
    # "Jenis Pekerjaan" / "Jenis Paket" of a realisation form names its work packages.
    if re.match(r"\W*(indikator\b|jenis\b(?!\s+(pekerjaan|paket)))", h) or re.search(r"tolok\s+ukur", h) or _CASCADE_MEASURE.match(h):
        return "other"  # "Indikator Kinerja Hasil Program …", "Jenis Kegiatan": they do not name the line
    if _COUNT_OF_ITEMS.match(h):
        return "other"  # "Jumlah Kegiatan": how many kegiatan the program has, a count beside its name
    if _NAME.search(h):
        return "name"
    return "other"


def _body_blocks(table: RawTable, header_rows: int) -> list[list[int]]:
    """Runs of grid columns that every body row prints as one cell. A band heading whose
    rules sit a few points off the rules below it ("BELANJA" over ANGGARAN | REALISASI,
    drawn 5 pt to the right) cuts thin extra grid columns; the body, spanning them in
    every row, shows which columns are one."""
    blocks: list[list[int]] = []
    for c in range(table.n_cols):
        joined = c > 0 and header_rows < table.n_rows
        seen = False
        for r in range(header_rows, table.n_rows if joined else header_rows):
            row = table.grid[r]
            a = row[c - 1] if c - 1 < len(row) else None
            b = row[c] if c < len(row) else None
            if a is None and b is None:
                continue
            if a is not b:
                joined = False
                break
            seen = True
        if joined and seen:
            blocks[-1].append(c)
        else:
            blocks.append([c])
    return blocks


def _column_groups(table: RawTable, header_rows: int) -> list[ColumnGroup]:
    groups: dict[tuple[int, ...], ColumnGroup] = {}
    heads: dict[int, list[RawCell]] = {}
    for block in _body_blocks(table, header_rows):
        c = block[0]
        cells: list[RawCell] = []
        for r in range(header_rows):
            if is_numbering_row(table.row_texts(r)) or _is_title_row(table, r):
                continue
            row = table.grid[r]
            for col in block:
                cell = row[col] if col < len(row) else None
                # A title spread over the whole width says nothing about one column.
                if cell is None or (cell.colspan >= table.n_cols and table.n_cols > 2):
                    continue
                if cell not in cells:
                    cells.append(cell)
        key = tuple(id(x) for x in cells) or (-c - 1,)
        text = _norm(" ".join(x.text for x in cells))
        boxes = [x.bbox for x in cells if x.bbox is not None and x.text.strip()]
        # A band heading reaching past the block says less about where it lies than its own.
        inside = [x.bbox for x in cells if x.bbox is not None and x.text.strip()
                  and x.col >= block[0] and x.col + x.colspan <= block[-1] + 1]
        boxes = inside or boxes
        span = (min(b[0] for b in boxes), max(b[2] for b in boxes)) if boxes else None
        if key in groups:
            groups[key].columns.extend(block)
        else:
            groups[key] = ColumnGroup(_role(text), text, list(block), span)
            heads[id(groups[key])] = cells
    # A thin column under a band heading alone ("Realisasi Keuangan" over "(Rp)" | "(%)",
    # the band's rules a little off the ones below) has no heading of its own either.
    worded = {id(g): frozenset(id(x) for x in heads[id(g)] if x.text.strip()) for g in groups.values()}
    thin = {g for g, w in worded.items() if w and any(w < o for o in worded.values())}
    return _absorb_blank_columns(table, list(groups.values()), header_rows, thin)


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return max(0.0, min(a[1], b[1]) - max(a[0], b[0]))


def _absorb_blank_columns(table: RawTable, groups: list[ColumnGroup], header_rows: int,
                          thin: set[int] | None = None) -> list[ColumnGroup]:
    """Columns with no heading of their own whose figures sit under a heading beside them.

    Double rules and slightly offset rules between header and body make thin grid
    columns: the body's cells then start one column left of their heading ("PAGU" in
    column 7, its amounts in column 6). Such a column joins the heading its body cells
    overlap most on the page; a blank column whose cells lie under no heading stays.
    """
    thin = thin or set()
    named = [g for g in groups if g.header and g.x_span is not None and id(g) not in thin]
    if not named:
        return groups
    kept: list[ColumnGroup] = []
    for group in groups:
        if group.header and id(group) not in thin:
            kept.append(group)
            continue
        votes: dict[int, int] = {}
        for r in range(header_rows, table.n_rows):
            for c in group.columns:
                cell = table.grid[r][c] if c < len(table.grid[r]) else None
                if cell is None or cell.row != r or cell.col != c or not cell.text.strip() or cell.bbox is None:
                    continue
                x = (cell.bbox[0], cell.bbox[2])
                best = max(range(len(named)), key=lambda i: _overlap(x, named[i].x_span))  # type: ignore[arg-type]
                if _overlap(x, named[best].x_span) > 0.5 * (x[1] - x[0]):  # type: ignore[arg-type]
                    votes[best] = votes.get(best, 0) + 1
        if votes:
            target = named[max(votes, key=votes.__getitem__)]
            target.columns = sorted(target.columns + group.columns)
        else:
            if id(group) in thin:
                group.role = "other"  # under a band heading only: not a second column of its kind
            kept.append(group)
    return kept


def _holds_money(table: RawTable, group: ColumnGroup, header_rows: int, style: NumberStyle | None) -> bool:
    """Most figures under the heading are rupiah amounts (≥ 100.000, no unit)."""
    seen = money = 0
    for r in range(header_rows, table.n_rows):
        for c in group.columns:
            text = table.text(r, c).strip()
            parsed = parse_number(text, style) if text else None
            if parsed is None:
                continue  # words, dashes, a page folio ("III - 15") the frame took in: no vote
            seen += 1
            if parsed.kind in ("rupiah", "other") and parsed.value >= 100_000:
                money += 1
    return seen > 0 and money / seen >= 0.8


def _figures(table: RawTable, group: ColumnGroup, header_rows: int, style: NumberStyle | None) -> list[float]:
    """The numbers printed under the heading."""
    texts = (table.text(r, c).strip() for r in range(header_rows, table.n_rows) for c in group.columns)
    parsed = (parse_number(t, style) for t in texts if t)
    return [p.value for p in parsed if p is not None]


def _filled(table: RawTable, group: ColumnGroup, header_rows: int) -> bool:
    """Some cell under the heading prints a figure (a note such as "PENYERAPAN" is none)."""
    return any(is_amountish(table.text(r, c), None) for r in range(header_rows, table.n_rows) for c in group.columns)


def _capaian_after_realisasi(by_role: dict[str, list[ColumnGroup]]) -> None:
    """"Anggaran | Realisasi | Capaian": a bare "Capaian" heading right of the one rupiah
    realisasi column is the share of the budget spent (the indicator's capaian sits
    beside its own target and realisasi, never right of a rupiah column)."""
    realisasi = by_role.get("realisasi", [])
    if by_role.get("persen") or len(realisasi) != 1:
        return
    after = realisasi[0].columns[-1]
    headed = sorted((g for groups in by_role.values() for g in groups if g.header and g.columns[0] > after),
                    key=lambda g: g.columns[0])
    if not headed or headed[0].role != "other" or not _CAPAIAN.match(headed[0].header):
        return
    headed[0].role = "persen"
    by_role["persen"] = [headed[0]]
    by_role["other"] = [g for g in by_role["other"] if g is not headed[0]]


def _apbd_of_funding_split(by_role: dict[str, list[ColumnGroup]]) -> list[ColumnGroup]:
    """"Pagu Indikatif (Rp)" over APBD | BANKEU Prop | APBN (DEKON/TP) | DAK …: one pagu
    split by funding source, as a Renja prints it. The APBD column is the agency's own
    pagu; the other sources are set aside ("other"). Returns those other sources' columns
    (empty when no split was found)."""
    anggaran = by_role.get("anggaran", [])
    if len(anggaran) < 3:
        return []
    band = _common_prefix([g.header for g in anggaran])
    if not _ANGGARAN.search(band):
        return []
    apbd = [g for g in anggaran if re.fullmatch(r"\W*apbd\W*", g.header[len(band):], re.I)]
    if len(apbd) != 1:
        return []
    others = [g for g in anggaran if g is not apbd[0]]
    for group in others:
        group.role = "other"
        by_role.setdefault("other", []).append(group)
    by_role["anggaran"] = apbd
    return others


def _common_prefix(headers: list[str]) -> str:
    """The words every heading starts with (the band set over them)."""
    words = [h.split() for h in headers]
    out: list[str] = []
    for column in zip(*words, strict=False):
        if len(set(column)) != 1:
            break
        out.append(column[0])
    return " ".join(out)


def _latest_year_realisasi(by_role: dict[str, list[ColumnGroup]]) -> bool:
    """"REALISASI (Rp) 2015 | REALISASI (Rp) 2016 | KET": spending of two years compared,
    no budget column. The latest year's column is the report's realisasi; the earlier
    ones are set aside: one earlier year as "prior" (its column is summed too, as beside a
    budget), several as "other". True when the table is such a comparison."""
    realisasi = by_role.get("realisasi", [])
    if by_role.get("anggaran") or by_role.get("persen") or len(realisasi) < 2:
        return False
    years = [[int(m.group(0)) for m in _YEAR.finditer(g.header)] for g in realisasi]
    if any(len(y) != 1 for y in years) or len({y[0] for y in years}) != len(years):
        return False
    latest = max(range(len(realisasi)), key=lambda i: years[i][0])
    aside = "prior" if len(realisasi) == 2 else "other"
    for i, group in enumerate(realisasi):
        if i != latest:
            group.role = aside
            by_role.setdefault(aside, []).append(group)
    by_role["realisasi"] = [realisasi[latest]]
    return True


def _sasaran_names(by_role: dict[str, list[ColumnGroup]]) -> None:
    """"No | Sasaran Strategis | Anggaran": the budget allotted per strategic goal. With no
    program column and no indicator or target beside it, the sasaran names the lines."""
    others = by_role.get("other", [])
    sasaran = [g for g in others if re.match(r"\W*sasaran\b", g.header, re.I)]
    if by_role.get("name") or len(sasaran) != 1 or any(_PERFORMANCE.search(g.header) for g in others):
        return
    sasaran[0].role = "name"
    by_role["name"] = sasaran
    by_role["other"] = [g for g in others if g is not sasaran[0]]


def read_layout(table: RawTable, style: NumberStyle | None) -> BudgetLayout | None:
    """The layout of a budget table, or None when `table` is not one (or is ambiguous)."""
    if table.n_rows < 2 or table.n_cols < 2:
        return None
    header_rows = _header_row_count(table, style)
    if header_rows == 0 or header_rows >= table.n_rows:
        return None
    by_role: dict[str, list[ColumnGroup]] = {}
    for group in _column_groups(table, header_rows):
        by_role.setdefault(group.role, []).append(group)
    target_as_budget(by_role, lambda g: _holds_money(table, g, header_rows, style))
    roles_from_arithmetic(table, header_rows, by_role, lambda g: _holds_money(table, g, header_rows, style), style)
    if any(_INDICATOR_COLUMN.search(g.header) for g in by_role.get("other", []) + by_role.get("name", [])):
        # Beside indicator columns a bare "Realisasi" or "Capaian (%)" may be the indicator's:
        # it counts as money only when its heading or its figures say so.
        by_role["realisasi"] = [g for g in by_role.get("realisasi", []) if _MONEY_WORD.search(g.header)
                                or _holds_money(table, g, header_rows, style)]
        by_role["persen"] = [g for g in by_role.get("persen", []) if _MONEY_WORD.search(g.header)]
    # "Realisasi" over sub-columns whose headings a scan lost: the shares are not realisasi.
    realisasi_sub_columns(by_role, lambda g: _holds_money(table, g, header_rows, style),
                          lambda g: _figures(table, g, header_rows, style))
    budget_beside_unread_sibling(by_role, lambda g: _holds_money(table, g, header_rows, style))
    _sasaran_names(by_role)
    efficiency = indicator_names(by_role) or year_names(by_role)
    subject_names(by_role)
    _capaian_after_realisasi(by_role)
    change_percent_aside(by_role)
    compared = prior_years_aside(by_role) or _latest_year_realisasi(by_role)
    anggaran = by_role.get("anggaran", [])
    realisasi = by_role.get("realisasi", [])
    if not anggaran and not compared and len(realisasi) == 1 and not by_role.get("persen"):
        # "No | Pajak Daerah | Realisasi": the items of one kind of revenue, spending only.
        compared = money_or_dashes([table.text(r, c) for r in range(header_rows, table.n_rows)
                                    for c in realisasi[0].columns])
    if not (anggaran or compared) or not (by_role.get("name") or by_role.get("code")):
        return None
    funded = _apbd_of_funding_split(by_role)
    anggaran = by_role.get("anggaran", [])
    if len(anggaran) > 1:
        # "APBD PERUBAHA N": a word broken inside its cell still names the revised budget.
        revised = [g for g in anggaran if _REVISED.search(g.header) or _REVISED.search(g.header.replace(" ", ""))]
        if len(revised) != 1:
            return None  # several budget columns (years, stages): refuse to pick one
        original = [g for g in anggaran if g is not revised[0]]
        if len(original) == 1 and not _filled(table, revised[0], header_rows):
            revised = original  # no revision printed yet: the original budget is the budget
        by_role["anggaran"] = revised
    if len(by_role.get("realisasi", [])) > 1:
        return None  # realisasi of several years or of kinerja and keuangan side by side
    if len({m.group(0) for g in anggaran + by_role.get("realisasi", []) for m in _YEAR.finditer(g.header)}) > 1:
        return None
    if not by_role.get("name"):
        return None
    if len(by_role["name"]) > 1:
        # "PROGRAM | ANGGARAN | SUMBER DANA": the funding source labels, it does not name.
        named = [g for g in by_role["name"] if not re.search(r"sumber", g.header, re.I)]
        by_role["name"] = named or by_role["name"]
    persen = by_role.get("persen", [])
    if len(persen) > 1:
        keu = [g for g in persen if re.search(r"keu|anggaran|realisasi", g.header, re.I)]
        by_role["persen"] = keu[:1] or persen[:1]
    header_texts = {_norm(t).lower() for r in range(header_rows) for t in table.row_texts(r, filled=True) if t.strip()}
    kind = "realisasi_anggaran" if realisasi else "program_anggaran"
    layout = BudgetLayout(kind=kind, header_rows=header_rows, groups=by_role, header_texts=header_texts,
                          sources=funded)
    cascade = any(_CASCADE_MEASURE.match(g.header) for g in by_role.get("other", []))
    # The Perjanjian (Penetapan) Kinerja's table: targets beside the kegiatan that carry them
    # and their anggaran, this year's only: the PK's budget list, read like any other.
    pk = bool(_PK_CAPTION.search(table.caption))
    if kind == "program_anggaran" and not (funded or cascade or pk or efficiency) and (by_role.get("other") and any(
            _PERFORMANCE.search(g.header) for g in by_role["other"])):
        return None  # a Renja/Renstra plan with indicators and targets, not a budget list
    return layout


def continued_layout(previous: BudgetLayout, table: RawTable) -> BudgetLayout | None:
    """The layout of a table printed without its header right after a budget table (the
    header not repeated after a page break, and the two parts not joined into one table):
    each of its columns takes the heading whose x-range on the previous page holds the
    column's cells. None when a column with figures sits under no heading, or the name or
    the anggaran column would stay empty."""
    # Under the first page's headings: a page carried on from a carried-on page may fill a
    # column its predecessor left empty.
    spans = previous.headings or [g for groups in previous.groups.values() for g in groups if g.x_span is not None]
    # "Tabel3.9": a scan's caption may lose the space before the number.
    if not spans or re.search(r"\btabel(?:\b|(?=\d))|\btable\b", table.caption, re.I):
        return None  # a new table announces itself above its first row
    # The page's running title ("V. CATATAN ATAS LAPORAN KEUANGAN") framed across the top.
    titles = next((r for r in range(table.n_rows) if not _is_title_row(table, r)), table.n_rows)
    if titles >= table.n_rows:
        return None
    first = [t for t in table.row_texts(titles) if t.strip()]
    if first and all(_is_header_text(t) for t in first) and not any(is_amountish(t, None) for t in first):
        return None  # headings of its own: another table
    placed: dict[int, ColumnGroup] = {}
    for c in range(table.n_cols):
        centres = [(cell.bbox[0] + cell.bbox[2]) / 2 for r in range(titles, table.n_rows)
                   if (cell := table.grid[r][c] if c < len(table.grid[r]) else None) is not None
                   and cell.row == r and cell.col == c and cell.text.strip() and cell.bbox is not None]
        if not centres:
            continue
        x = sorted(centres)[len(centres) // 2]
        under = [g for g in spans if g.x_span[0] - 3 <= x <= g.x_span[1] + 3]  # type: ignore[index]
        if not under:
            return None
        placed[c] = under[0]
    groups: dict[str, list[ColumnGroup]] = {}
    for c, g in placed.items():
        mine = next((x for x in groups.get(g.role, []) if x.header == g.header), None)
        if mine is None:
            groups.setdefault(g.role, []).append(ColumnGroup(g.role, g.header, [c], g.x_span, g.inferred))
        else:
            mine.columns.append(c)
    # A list of spending only (No | Pajak Daerah | Realisasi) carries on with its realisasi.
    money = groups.get("anggaran") or (not previous.groups.get("anggaran") and groups.get("realisasi"))
    if not groups.get("name") or not money:
        return None
    return BudgetLayout(kind=previous.kind, header_rows=titles, groups=groups, header_texts=previous.header_texts,
                        headings=spans)
