"""Account ledgers (LRA, APBD listings) read from the page's words: kode, uraian, amounts.

The rows and columns come from `ledger_lines` (alignment, not rules). Here they become
BudgetRows:

- Column roles from the headings: JUMLAH / ANGGARAN / PAGU the budget, REALISASI the
  spending (of several realisasi years, the latest), LEBIH / (KURANG) or BERTAMBAH /
  (BERKURANG) in rupiah the signed remainder (printed as realisasi minus anggaran, kept as
  printed), a bare "%" the percentage. A "%" under LEBIH / (KURANG), "+/-", or beside
  the realisasi of two years is realisasi / anggaran in some ledgers and a change in
  others: its rows decide, and only when nearly all of them agree with realisasi /
  anggaran is it the percentage (marked inferred: findings on it are warnings).
- A year comparison: beside the realisasi of exactly two years the earlier one is kept as
  "prior", and a NAIK / (TURUN) column (or, with no budget column, BERTAMBAH / (BERKURANG)
  or LEBIH / (KURANG)) as "change", their printed difference (later minus earlier).
- Number style per column: a column's unambiguous figures settle its separators ("US vs
  Indonesian number style per column"); "(1.234,00)" is negative.
- Code-prefix hierarchy: a coded line adds up into the nearest line above whose kode is a
  prefix of its own ("4.1" into "4", "1.02.1.02.01.00.01.20" into "1.02.1.02.01.00.01").
  Levels: a printed word first (Program, Kegiatan, Jumlah); a line under a program is a
  kegiatan; a root line naming PENDAPATAN / BELANJA / PEMBIAYAAN is the block's total
  (akun); every other account line (kelompok, jenis, obyek, rincian) is "other".
- Pendapatan, belanja and pembiayaan blocks are separate trees (their kode differ in the
  first piece). SURPLUS / (DEFISIT), PEMBIAYAAN NETTO and SILPA print differences and no
  kode: they add into nothing and nothing into them ("other"). Penerimaan and pengeluaran
  pembiayaan are the two sides of the netto, not its parts: they add into nothing either.
- Where program codes and account codes mix (an account line printed under the first
  kegiatan's kode, "… 00.01.20 . 5 . 2 BELANJA LANGSUNG"), the kode prefix no longer
  reaches every part of an akun: its sum is not checked (no parent links from it).
- A ledger carries on over the page break while the next page's first coded line nests
  under a line already read; otherwise the page starts a new table.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from lkjip.extract.interpret.budget.ledger_lines import (
    AmountColumn,
    LedgerBlock,
    ledger_blocks,
)
from lkjip.extract.interpret.budget.styles import scale_of_heading
from lkjip.extract.source import SourceDocument
from lkjip.numbers import NumberStyle, parse_number
from lkjip.records import BudgetRow, Cell

_REALISASI = re.compile(r"reali[sz]?asi", re.I)
_ANGGARAN = re.compile(r"anggaran|jumlah|\bpagu\b|\bapbd\b|\bdpa\b|alokasi|estimasi", re.I)
_SIGNED = re.compile(r"lebih|kurang|bertambah|berkurang|selisih|\bsisa\b|naik|turun|\+\s*[/\\]?\s*-", re.I)
_PERCENT = re.compile(r"%|persen", re.I)
# The heading of a difference between two years: later minus earlier, a fall in parentheses.
_YEAR_CHANGE = re.compile(r"naik|turun|kenaikan|penurunan", re.I)
_SIGNED_CHANGE = re.compile(r"lebih|kurang|bertambah|berkurang", re.I)
_LEGAL = re.compile(r"dasar\s+hukum|keterangan|\bket\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_PROGRAM = re.compile(r"^program\b", re.I)
_KEGIATAN = re.compile(r"^kegiatan\b", re.I)
_SUB_KEGIATAN = re.compile(r"^sub\s*-?\s*kegiatan\b", re.I)
_TOTAL = re.compile(r"^(grand\s+)?(sub\s*-?\s*)?(jumlah|total)\b", re.I)
_ACCOUNT_TOP = re.compile(r"^(pendapatan|belanja|pembiayaan)\b", re.I)
# The two sides of pembiayaan netto: netto is penerimaan minus pengeluaran.
_NETTED = re.compile(r"^(penerimaan|pengeluaran)\s+pembiayaan\b", re.I)
_PERCENT_AGREE = 0.8  # share of rows whose "%" must equal realisasi / anggaran


@dataclass
class _Roles:
    by_column: dict[int, str]  # column index -> anggaran | realisasi | sisa | persen | signed_persen | prior | change
    headers: dict[str, str]


def _roles(columns: list[AmountColumn]) -> _Roles | None:
    """Roles from the headings; None when no budget or spending column is named."""
    found: dict[int, str] = {}
    realisasi_years: dict[int, int] = {}
    for i, col in enumerate(columns):
        h = col.header
        if _LEGAL.search(h) and not (_ANGGARAN.search(h) or _REALISASI.search(h)):
            continue
        if _PERCENT.search(h):
            found[i] = "signed_persen" if _SIGNED.search(h) else "persen"
        elif _SIGNED.search(h):
            found[i] = "signed"
        elif _REALISASI.search(h):
            found[i] = "realisasi"
            # The year printed with the word (the band above may hold the caption's years).
            years = [int(y) for y in _YEAR.findall(h[_REALISASI.search(h).end():])]  # type: ignore[union-attr]
            realisasi_years[i] = max(years) if years else 0
        elif _ANGGARAN.search(h):
            found[i] = "anggaran"
    prior: int | None = None
    if len(realisasi_years) > 1:
        latest = max(realisasi_years, key=realisasi_years.__getitem__)
        for i in realisasi_years:
            if i != latest:
                del found[i]  # an earlier year's realisasi, for comparison
        years = sorted(realisasi_years.values())
        if len(years) == 2 and years[0] and years[0] < years[1]:
            prior = min(realisasi_years, key=realisasi_years.__getitem__)  # the one year compared
        if "anggaran" in found.values():
            for i, role in found.items():
                if role == "persen":
                    found[i] = "signed_persen"  # beside two years a "%" may be the change: its rows say
    if sum(1 for r in found.values() if r == "anggaran") > 1:
        return None  # several budget columns (murni and perubahan, years): not guessed
    roles = set(found.values())
    if not roles & {"anggaran", "realisasi"}:
        return None
    has_both = {"anggaran", "realisasi"} <= roles
    out: dict[int, str] = {}
    if prior is not None:
        out[prior] = "prior"
    for i, role in found.items():
        if role == "signed" and prior is not None and _is_year_change(columns[i].header, has_both):
            out[i] = "change"  # the later year minus the earlier, as its heading says
            continue
        if role == "signed":
            if has_both:
                out[i] = "sisa"  # realisasi minus anggaran beside both: the remainder, signed
            continue  # naik / turun against another year: not a remainder of this budget
        if role == "signed_persen" and not has_both:
            continue
        out[i] = role
    return _Roles(out, {role: columns[i].header for i, role in out.items() if role != "signed_persen"})


def _is_year_change(header: str, has_budget: bool) -> bool:
    """A signed column beside the realisasi of two years is their difference: "Naik/(Turun)",
    "Kenaikan/(Penurunan)" always; "Bertambah/(Berkurang)", "Lebih/(Kurang)" only with no
    budget column (beside one they print realisasi minus anggaran)."""
    if _YEAR_CHANGE.search(header):
        return True
    return not has_budget and bool(_SIGNED_CHANGE.search(header)) and not _PERCENT.search(header)


@lru_cache(maxsize=65536)  # ledgers repeat their figures (0,00, the same sums line after line)
def _signed_value(text: str, style: NumberStyle | None) -> tuple[float | None, bool, NumberStyle | None]:
    """(value, ambiguous, style of the token) of a figure; "(1.234,00)" is negative."""
    bare = text.strip()
    negative = bare.startswith("(") and bare.endswith(")")
    if negative:
        bare = bare[1:-1]
    parsed = parse_number(bare, style)
    if parsed is None or parsed.kind not in ("rupiah", "other", "percent"):
        return None, False, None
    value = -float(parsed.value) if negative else float(parsed.value)
    return value, parsed.ambiguous, None if parsed.ambiguous else parsed.style


def _column_style(words: list[str], fallback: NumberStyle | None) -> NumberStyle | None:
    """The separators a column's own unambiguous figures use (one style), else the fallback."""
    styles = Counter(s for t in words if (s := _signed_value(t, None)[2]) is not None)
    if len(styles) == 1:
        return next(iter(styles))
    return fallback


def _decimals(text: str) -> int | None:
    m = re.search(r"[.,](\d+)\)?$", text)
    return len(m.group(1)) if m else 0 if re.fullmatch(r"\(?\d+\)?", text) else None


@dataclass
class _Read:
    code: str | None
    name: str
    page: int
    cells: dict[str, Cell]
    values: dict[str, float | None]
    top: float


def _read_block(block: LedgerBlock, roles: _Roles, style: NumberStyle | None) -> list[_Read]:
    styles = {i: _column_style([r.figures[i].text for r in block.rows if i in r.figures], style)
              for i in roles.by_column}
    # The decimals a percentage column prints on most rows: a figure printed otherwise
    # ("1.128," cut off, "106,3926" run into its neighbour's overflow) is in doubt.
    usual: dict[int, int | None] = {}
    for i, role in roles.by_column.items():
        if role in ("persen", "signed_persen"):
            counts = Counter(d for r in block.rows if i in r.figures and (d := _decimals(r.figures[i].text)) is not None)
            usual[i] = counts.most_common(1)[0][0] if counts else None
    out: list[_Read] = []
    for k, row in enumerate(block.rows):
        cells: dict[str, Cell] = {}
        values: dict[str, float | None] = {}
        for i, role in roles.by_column.items():
            word = row.figures.get(i)
            if word is None:
                continue
            value, ambiguous, _ = _signed_value(word.text, styles[i])
            if styles[i] is not None and ambiguous and _column_style([word.text], None) is None:
                ambiguous = styles[i] != style or style is None  # the column settled it
            if role in ("persen", "signed_persen"):
                if re.search(r"[.,]\)?$", word.text):
                    value = None  # a percentage cut off after its separator: unreadable
                elif usual.get(i) is not None and _decimals(word.text) not in (usual[i], 0):
                    ambiguous = True
            elif value is not None:
                value *= scale_of_heading(roles.headers.get(role, ""))
            cells[role] = Cell(text=word.text, page=row.page, table="", row=k, column=role,
                               bbox=(word.x0, word.top, word.x1, word.bottom), ambiguous=ambiguous)
            values[role] = value
        if row.name_box is not None:
            cells["name"] = Cell(text=row.name, page=row.page, table="", row=k, column="name",
                                 bbox=row.name_box)
        out.append(_Read(row.code, row.name, row.page, cells, values, row.top))
    return out


def _percent_is_share(reads: list[_Read]) -> bool:
    """A "%" under LEBIH / (KURANG) that nearly every row prints as realisasi / anggaran."""
    tried = agree = 0
    for r in reads:
        a, b, p = r.values.get("anggaran"), r.values.get("realisasi"), r.values.get("signed_persen")
        if not a or b is None or p is None:
            continue
        tried += 1
        agree += abs(b / a * 100 - p) <= 0.0051 + 1e-9 * abs(p) or abs(round(b / a * 100, 2) - p) < 0.006
    return tried >= 2 and agree >= _PERCENT_AGREE * tried


def _pieces(code: str) -> list[str]:
    return re.findall(r"\d+", code)


def _is_prefix(parent: str, child: str) -> bool:
    p, c = _pieces(parent), _pieces(child)
    return len(c) > len(p) and c[:len(p)] == p


def _code_parents(reads: list[_Read]) -> list[int | None]:
    """For each line, the nearest line above whose kode is a prefix of its own."""
    last: dict[tuple[str, ...], int] = {}  # kode pieces -> latest line printing them
    out: list[int | None] = []
    for i, r in enumerate(reads):
        if not r.code:
            out.append(None)
            continue
        pieces = tuple(_pieces(r.code))
        found = [last[pieces[:n]] for n in range(1, len(pieces)) if pieces[:n] in last]
        out.append(max(found) if found else None)
        last[pieces] = i
    return out


def _levels_and_parents(reads: list[_Read]) -> list[tuple[str, str, int | None]]:
    """(level, evidence, parent) of each line, by printed word and kode prefix."""
    parents = _code_parents(reads)
    # A ledger closing its groups with Jumlah lines prints its sums there: its coded
    # PENDAPATAN / BELANJA lines are headings, not totals.
    closes_with_jumlah = any(_TOTAL.match(r.name.strip()) for r in reads)
    levels: list[tuple[str, str]] = []
    for i, r in enumerate(reads):
        name = r.name.strip()
        if _TOTAL.match(name):
            levels.append(("total", "word"))
        elif _SUB_KEGIATAN.match(name):
            levels.append(("sub_kegiatan", "word"))
        elif _KEGIATAN.match(name):
            levels.append(("kegiatan", "word"))
        elif _PROGRAM.match(name):
            levels.append(("program", "word"))
        elif r.code and parents[i] is None and _ACCOUNT_TOP.match(name) and not _NETTED.match(name) \
                and not closes_with_jumlah:
            levels.append(("total", "code"))
        elif r.code and parents[i] is not None and levels[parents[i]][0] == "program":
            levels.append(("kegiatan", "code"))
        else:
            levels.append(("other", "code" if r.code else "none"))
    # Roots that are programs beside account roots: program and account kode mixed.
    roots = [i for i, r in enumerate(reads) if r.code and parents[i] is None]
    mixed = any(levels[i][0] == "program" for i in roots) and any(levels[i][0] == "total" for i in roots)
    out: list[tuple[str, str, int | None]] = []
    for i, r in enumerate(reads):
        parent = parents[i]
        if parent is not None and _NETTED.match(r.name.strip()):
            parent = None
        if parent is not None and mixed and parents[parent] is None and levels[parent][0] == "total":
            parent = None  # the akun's parts are not all under its kode here
        out.append((*levels[i], parent))
    # A program list closed by one uncoded JUMLAH line: the programs are its parts. Only
    # where every root is a program (never across pendapatan / belanja blocks).
    last = len(reads) - 1
    totals = [i for i, lv in enumerate(levels) if lv[0] == "total"]
    if roots and totals == [last] and not reads[last].code and all(levels[i][0] == "program" for i in roots):
        for i in roots:
            out[i] = (out[i][0], out[i][1], last)
    return out


def _continues(previous: list[_Read], reads: list[_Read]) -> bool:
    first = next((r for r in reads if r.code), None)
    if first is None or not previous:
        return False
    return any(p.code and _is_prefix(p.code, first.code or "") for p in previous)


def _tables(source: SourceDocument, style: NumberStyle | None) -> list[tuple[str, str, dict[str, str], list[_Read]]]:
    """(table id, kind, column headings, lines) of each ledger tree, pages joined."""
    tables: list[tuple[str, str, dict[str, str], list[_Read]]] = []
    for page in source.pages:
        if not page.number:
            continue  # a DOCX has its tables as tables
        for b, block in enumerate(ledger_blocks(page)):
            roles = _roles(block.columns)
            if roles is None or not any(r.code for r in block.rows):
                continue
            kind = "realisasi_anggaran" if "realisasi" in roles.by_column.values() else "program_anggaran"
            reads = _read_block(block, roles, style)
            previous = tables[-1] if tables else None
            if previous is not None and previous[1] == kind and set(previous[2]) == set(roles.headers) \
                    and previous[3][-1].page in (page.number - 1, page.number) and _continues(previous[3], reads):
                previous[3].extend(reads)
            else:
                tables.append((f"p{page.number}-ledger{b + 1}", kind, roles.headers, reads))
    return tables


def ledger_rows(source: SourceDocument, style: NumberStyle | None) -> list[BudgetRow]:
    """Budget rows of every unruled ledger in the document, pages joined into tables."""
    out: list[BudgetRow] = []
    for table_id, kind, headers, reads in _tables(source, style):
        share = any("signed_persen" in r.values for r in reads) and _percent_is_share(reads)
        for r in reads:
            if "signed_persen" in r.values:
                cell, value = r.cells.pop("signed_persen"), r.values.pop("signed_persen")
                if share:  # its role read from its rows, not its heading: a doubt on it
                    r.cells["persen"] = replace(cell, column="persen", inferred=("column_role_values",))
                    r.values["persen"] = value
        for k, (r, (level, evidence, parent)) in enumerate(zip(reads, _levels_and_parents(reads), strict=True)):
            out.append(BudgetRow(
                table=table_id, table_kind=kind, page=r.page, row=k, level=level,  # type: ignore[arg-type]
                name=r.name, code=r.code, anggaran=r.values.get("anggaran"), realisasi=r.values.get("realisasi"),
                persen=r.values.get("persen"), sisa=r.values.get("sisa"), parent=parent,
                prior=r.values.get("prior"), change=r.values.get("change"),
                cells={c: cell.in_row(table_id, k) for c, cell in r.cells.items()},
                level_evidence=evidence, columns=dict(headers), number_style=style.value if style else None,
            ))
    return out
