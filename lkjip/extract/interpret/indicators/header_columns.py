"""What each column of an indicator table holds, read from its header rows.

Headers span several rows ("Tahun 2022" over "Target | Realisasi | Capaian"), repeat
after page breaks, and may be followed by a row of column numbers ("1 2 3 4"). Each
column gets a role (indikator, target, realisasi, capaian, …) and, where its header
names one, a year.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from lkjip.extract.interpret.indicators.absorption_column import ABSORPTION, is_absorption_header
from lkjip.extract.interpret.indicators.baseline_column import BASELINE, is_baseline_header
from lkjip.extract.interpret.indicators.broken_words import rejoin_broken_words
from lkjip.extract.interpret.indicators.difference_column import DIFFERENCE, is_difference_header
from lkjip.extract.source import RawTable

YEAR_RE = re.compile(r"\b((?:19|20)\d{2})\b")
_PERIOD_RE = re.compile(r"\b(?:tw|triwulan|semester|smt|kuartal|q)\s*[-.]?\s*[1-4]\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z%]+")
# An agency's or programme's acronym with a digit inside ("BP3AKB", "P2WKSS"): a name, no value.
_DIGIT_ACRONYM = re.compile(r"\b[^\W\d_]+\d+[^\W\d_]\w*")

# Words that only ever appear in a header row.
_HEADER_WORDS = frozenset({
    "no", "nomor", "sasaran", "strategis", "indikator", "kinerja", "target", "realisasi",
    "capaian", "satuan", "tujuan", "program", "kegiatan", "keterangan", "ket", "uraian",
    "formulasi", "formula", "rumus", "tahun", "anggaran", "pagu", "iku", "sumber", "data",
    "persentase", "kondisi", "awal", "akhir", "periode", "renstra", "tw", "triwulan",
    "dan", "kerangka", "pendanaan", "rencana", "tingkat", "s", "d", "sd", "%", "hasil",
    "i", "ii", "iii", "iv", "k", "rp", "fisik", "keuangan", "pada", "lalu", "kumulatif", "sebelumnya",
    "perubahan", "nasional", "standar", "rata", "misi", "parameter",
})  # fmt: skip


@dataclass(eq=False)
class Column:
    index: int
    header: str
    role: str  # no, sasaran, tujuan, indikator, program, target, realisasi, capaian, satuan,
    #            formula, anggaran, keterangan, data_source, kumulatif, target_akhir,
    #            capaian_akhir, target_periode, baseline …, other
    year: int | None = None
    # A year named relative to the table's ("Capaian Tahun Lalu": -1), resolved by the reader.
    offset: int | None = None
    # Why its role was inferred rather than read (a Cell.inferred code), if it was.
    inferred: str | None = None


@dataclass(eq=False)
class Layout:
    header_rows: list[int]
    columns: list[Column]
    header_signature: list[str] = field(default_factory=list)
    formula: str | None = None  # a formula printed in the header ("5 = 4/3 x 100")

    def by_role(self, role: str) -> list[Column]:
        return [c for c in self.columns if c.role == role]

    def first(self, role: str) -> Column | None:
        cols = self.by_role(role)
        return cols[0] if cols else None

    @property
    def years(self) -> list[int]:
        return sorted({c.year for c in self.columns if c.year is not None})


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


# "(4/5)*100%", "4/3 x 100", "(6:5) x 100 %": the column-number formula inside a heading.
_HEADING_FORMULA = re.compile(r"\(?\s*\d{1,2}\s*[/:]\s*\d{1,2}\s*\)?\s*[x×*]\s*100\s*%?", re.I)


def _is_header_row(texts: list[str]) -> bool:
    texts = [_DIGIT_ACRONYM.sub(" ", rejoin_broken_words(t, _HEADER_WORDS)) for t in texts if t.strip()]
    if not texts:
        return False
    if all(re.fullmatch(r"\(?\d{1,2}\)?(?:\s*=\s*.*)?", t.strip()) for t in texts):
        return True  # column numbers "(1) (2) (3)", "5 = 4/3 x 100"
    words = [w for t in texts for w in _WORD.findall(YEAR_RE.sub(" ", t.lower()))]
    if not words:
        return False
    known = sum(1 for w in words if w in _HEADER_WORDS)
    if known >= 4 and re.fullmatch(r"\d{1,2}\.?", texts[0].strip()):
        texts = texts[1:]  # "1 | Sasaran | Indikator | Target | Realisasi": its No column's number
    # Years, periods ("TW 1", "Triwulan 2", "Semester 1") and a capaian formula printed in
    # the heading cell ("Capaian … (4/5)*100%") name columns; other digits are values.
    digits = any(ch.isdigit() for t in texts
                 for ch in _PERIOD_RE.sub("", YEAR_RE.sub("", _HEADING_FORMULA.sub(" ", t))))
    return known * 2 >= len(words) and not digits


# Long header words a header may print one letter off ("REALISAS 2021", "INDIKATR"):
# read as the word they miss by a letter. Only long words: short ones are a letter
# apart from other words ("target"/"tarif").
_LONG_HEADER_WORDS = ("realisasi", "indikator")


def _mended(word: str) -> str:
    if len(word) < 7 or word in _LONG_HEADER_WORDS:
        return word
    return next((w for w in _LONG_HEADER_WORDS if Levenshtein.distance(word, w) == 1), word)


def _role(header: str) -> str:
    h = _norm(header)
    if not h:
        return "other"
    h = re.sub(r"[a-z]{7,}", lambda m: _mended(m.group(0)), h)
    if re.fullmatch(r"no\.?|nomor|no urut|\d", h):
        return "no"
    money = re.sub(r"tahun\s+anggaran|\bt\.?\s?a\.?\s+\d", " ", h)  # "Tahun Anggaran 2016" names a year
    if re.search(r"anggaran|pagu|\brp\b|rupiah|keuangan|pendanaan", money) and \
            not re.search(r"kinerja|target", h):
        return "anggaran"
    if re.search(r"\brp\b|rupiah|\banggaran\b|\bpagu\b|keuangan", money) and not re.search(r"kinerja|fisik", h):
        return "anggaran"  # "Target (Rp)", "Target Anggaran": money, not the indicator's target
    if re.search(r"sumber\s+data", h):
        return "data_source"
    if is_difference_header(h):
        return DIFFERENCE  # "Percepatan (Perlambatan) %": later year less earlier, derived
    if is_baseline_header(h):
        return BASELINE  # "Eksisting 2013", "Kondisi Awal": where the plan started, no year's value
    if re.search(r"kumulatif|\bs\.?\s?d\.?\s+(?:tahun|tw|triwulan)|sampai\s+dengan\s+tahun", h) and \
            re.search(r"target|realisasi|capaian", h):
        return "kumulatif"  # a running total since the plan began, not the year's value
    ratio = re.search(r"\b(?:thdp|terhadap|dibanding(?:kan)?)\b(.*)", h)
    if ratio and re.search(r"realisasi|capaian|target", h[:ratio.start()]):
        # "Realisasi 2016 thdp Target": a capaian; "… thdp Thn 2015", "… thdp Nasional": a
        # ratio of two other columns, neither value of the indicator.
        # "Capaian target terhadap realisasi RPJMD tahun 2016": against the plan, not a year.
        plan = re.search(r"rpjmd|renstra", ratio.group(1))
        # "Capaian terhadap Indikator Kinerja 2016": against the indicator's own target, of that year.
        own = re.match(r"\s*(?:indikator|target|sasaran|rencana)\b", ratio.group(1))
        if not plan and not own and re.search(r"\btahun\b|\bthn\b|\d{4}|nasional|provinsi|kabupaten|kota", ratio.group(1)):
            return "rasio"
        return "capaian_akhir" if re.search(r"akhir|renstra|rpjmd|jangka", h) else "capaian"
    if re.match(r"(?:thdp|terhadap)\s+(?:indikator|target|sasaran|rencana)\b", h):
        return "capaian"  # "(Capaian) Terhadap Indikator Kinerja": the heading's first word not printed
    if re.search(r"nasional|provinsi\s+lain|kabupaten\s*/?\s*kota\s+lain", h):
        return "nasional"  # the national (or another region's) figure, not this indicator's value
    if re.search(r"formula|rumus|cara (pengukuran|perhitungan)|definisi", h):
        return "formula"
    if re.search(r"akhir|jangka\s+menengah|renstra|rpjmd", h) and re.search(r"target|capaian", h):
        # Target at the end of the plan, and the capaian against it: not this year's.
        return "target_akhir" if "capaian" not in h else "capaian_akhir"
    if "indikator" in h or re.fullmatch(r"iku|iks|ik|parameter", h):  # "Parameter": a composite index's parts
        return "indikator"
    if "capaian" in h or re.fullmatch(r"%|persen(tase)?( capaian)?|\(%\)", h):
        return "capaian"
    # "Realalisasi", "Realiasasi": the word misspelt in the header is still the realisasi.
    if "realisasi" in h or re.search(r"\breal\w{1,4}sasi|\bhasil\b", h):
        return "realisasi"
    if "target" in h or "rencana" in h:
        return "target"
    if "satuan" in h or re.fullmatch(r"sat\.?|unit", h):
        return "satuan"
    if "sasaran" in h:
        return "sasaran"
    if "tujuan" in h:
        return "tujuan"
    if re.search(r"program|kegiatan", h):
        return "program"
    if re.search(r"keterangan|\bket\b|kriteria|predikat|kategori|sumber data|penjelasan", h):
        return "keterangan"
    return "other"


def read_layout(table: RawTable) -> Layout | None:
    """Header rows (at the top; at most 6: a year over Target/Realisasi over a formula over
    column numbers) and the role of every column."""
    header_rows: list[int] = []
    # Blank rows an engine leaves above the header (a ruled band) are no data.
    top = next((r for r in range(min(table.n_rows, 3)) if any(t.strip() for t in table.row_texts(r))), 0)
    for r in range(top, min(table.n_rows, 6)):
        if _is_header_row(table.row_texts(r, filled=True)):
            header_rows.append(r)
        else:
            break
    if not header_rows:
        return None
    header_rows = _through_fragments(table, header_rows)
    numbers = _column_numbers_row(table, max(header_rows) + 1)
    if numbers is not None:
        # Everything above the row of column numbers is header, even a row of words the
        # header vocabulary does not know ("Tolok Ukur | Target | APBD | DAK").
        header_rows = list(range(header_rows[0], numbers + 1))
    columns: list[Column] = []
    for c in range(table.n_cols):
        parts: list[str] = []
        for r in header_rows:
            t = _norm(rejoin_broken_words(table.filled_text(r, c), _HEADER_WORDS))
            if t and t not in parts and not re.fullmatch(r"\(?\d{1,2}\)?", t):
                parts.append(t)
        header = " ".join(parts)
        role = _role(header)
        # Under a spanning year header ("2022" over Target/Realisasi) the sub-header decides.
        if role == "other" and parts:
            role = _role(parts[-1])
        # "Indikator Kinerja" spanning "Tolok Ukur | Target": the sub-header names a value.
        if role == "indikator" and len(parts) > 1 and "indikator" not in parts[-1] and \
                _role(parts[-1]) in ("target", "realisasi", "capaian", "satuan"):
            role = _role(parts[-1])
        if parts and re.fullmatch(r"\(?rp\.?\)?|anggaran|keuangan|pagu", parts[-1]):
            role = "anggaran"  # "Realisasi … | K | Rp": the rupiah half
        if role in ("target", "realisasi", "capaian") and re.search(r"triwulan|\btw\b|semester|bulan", header):
            role = f"{role}_periode"  # quarterly or monthly, not the year's value
        if role == "target_akhir" and re.search(r"\btahun\s+(?:19|20)\d{2}", header) and \
                not re.search(r"akhir|jangka|periode|capaian", header):
            role = "target"  # "Target P.RPJMD Tahun 2022": the plan's target for that year
        years = [int(y) for y in YEAR_RE.findall(header)]
        offset = None
        if not years and re.search(r"tahun\s+(?:lalu|sebelum\w*)|\bsebelumnya\b", header):
            offset = -1  # "Capaian Tahun Lalu": last year's, whatever its heading says
        columns.append(Column(c, header, role, years[-1] if years else None, offset))
    _words_split_across_columns(columns)
    _settle_duplicates(table, header_rows, columns)
    _money_under_target(table, header_rows, columns)
    for col in columns:
        # The share of the budget spent ("Penyerapan Anggaran %", "Keuangan" under "Capaian
        # (%)"): read as money or nothing so far, it is a figure of its own.
        if col.role in ("anggaran", "other") and is_absorption_header(col.header):
            col.role = ABSORPTION
    signature = [_norm(" ".join(table.row_texts(r))) for r in header_rows]
    return Layout(header_rows, columns, signature, _header_formula(table, header_rows, columns))


# A piece of a header word an engine cut between columns or lines ("EKS", "IS", "201").
_FRAGMENT = re.compile(r"[^\W_]{1,5}")


def _through_fragments(table: RawTable, header_rows: list[int]) -> list[int]:
    """The header rows, extended over rows of word fragments ("EKS | IS | TI | NG",
    "201 | 3") down to the last further header row ("TARGET | REALISASI") within the
    first 6."""
    last = max(header_rows)
    for r in range(last + 1, min(table.n_rows, 6)):
        texts = [rejoin_broken_words(t.strip(), _HEADER_WORDS) for t in table.row_texts(r) if t.strip()]
        # Its own cells only: a fragment merged down from above ("201") is not its text.
        if texts and _is_header_row(texts):
            last = r
        elif not all(_FRAGMENT.fullmatch(p) for t in texts for p in t.split()):
            break
    return list(range(header_rows[0], last + 1))


_COLUMN_NUMBER = re.compile(r"\(?\d{1,2}\)?")


def _column_numbers_row(table: RawTable, start: int) -> int | None:
    """The row numbering the columns ("(1) (2) (3) …", counting up by one across most
    columns) within the first 6 rows at or after `start`, if there is one."""
    n_cols = table.n_cols
    for r in range(start, min(table.n_rows, 6)):
        texts = [t.strip() for t in table.row_texts(r) if t.strip()]
        bracketed = all(t.startswith("(") and t.endswith(")") for t in texts)
        if len(texts) >= (3 if bracketed else max(3, 0.6 * n_cols)) and \
                all(_COLUMN_NUMBER.fullmatch(t) for t in texts):
            nums = [int(t.strip("()")) for t in texts]
            if nums == list(range(nums[0], nums[0] + len(nums))):
                return r
    return None


def _header_formula(table: RawTable, header_rows: list[int], columns: list[Column]) -> str | None:
    """The capaian formula a header prints over its column numbers ("5 = 4/3 x 100"),
    with the numbers put back as the roles of the columns they number
    ("capaian = realisasi/target x 100")."""
    numbers: dict[str, str] = {}
    formula: str | None = None
    for r in header_rows:
        for col in columns:
            t = table.text(r, col.index).strip()
            m = re.fullmatch(r"\(?(\d{1,2})\)?", t)
            if m:
                numbers[m.group(1)] = col.role
            elif "=" in t and re.search(r"\d\s*\)?\s*[/:]\s*\(?\s*\d", t):
                numbers.setdefault(re.match(r"\(?(\d{1,2})", t).group(1) if re.match(r"\(?\d", t) else "",
                                   col.role)
                formula = t
    if formula is None:
        return None
    return re.sub(r"\(?\b(\d{1,2})\b\)?(?!\s*%)(?!\s*0)",
                  lambda m: numbers.get(m.group(1), m.group(0)) if m.group(1) != "100" else m.group(0),
                  " ".join(formula.split()))


_RUPIAH = re.compile(r"^\s*(?:rp\.?\s*)?\d{1,3}(?:[.,]\d{3}){2,}(?:[.,]\d{1,2})?\s*(?:,-)?\s*$", re.IGNORECASE)


def _money_under_target(table: RawTable, header_rows: list[int], columns: list[Column]) -> None:
    """A column headed "Target" (or Realisasi) whose cells are rupiah amounts
    ("1.250.000.000") holds the budget, not the indicator's target (beside a budget column,
    one such amount says it). When no indicator target or realisasi is left, a capaian
    right of the budget columns is the budget's percentage ("Anggaran | Realisasi |
    Capaian" beside each IKU's programmes), not the indicator's."""
    start = max(header_rows) + 1
    need = 1 if any(c.role == "anggaran" for c in columns) else 2
    for c in columns:
        if c.role not in ("target", "realisasi"):
            continue
        # Every cell over the column, also one an engine started a column to its left.
        cells = {id(cell): cell for r in range(start, table.n_rows)
                 if (cell := (table.grid[r][c.index] if c.index < len(table.grid[r]) else None)) is not None}
        texts = [line.strip() for cell in cells.values() for line in cell.text.split("\n")]
        texts = [t for t in texts if t and t not in ("-", "–")]
        if len(texts) >= need and sum(bool(_RUPIAH.match(t)) for t in texts) / len(texts) >= 0.8:
            c.role = "anggaran"
    for left, c in itertools.pairwise(columns):
        if c.role in ("target", "realisasi") and left.role == "anggaran" and left.header == c.header:
            c.role = "anggaran"  # the other half of a money column an engine split under one header
    money = [c.index for c in columns if c.role == "anggaran"]
    if money and not any(c.role in ("target", "realisasi") and _numeric_share(table, c.index, start) > 0
                         for c in columns):
        for c in columns:
            if c.role == "capaian" and c.index > min(money):
                c.role = "other"


def _words_split_across_columns(columns: list[Column]) -> None:
    """A header word an engine cut between two columns ("Capai (%" | "an )"): the left
    column, which holds the values, takes the word's role; the right one (a "%" sign
    column) stays "other"."""
    named = [c for c in columns if c.header]
    for left, right in itertools.pairwise(named):
        if left.role != "other" or right.role != "other" or right.index - left.index > 2:
            continue
        head, tail = _WORD.match(left.header), _WORD.match(right.header)
        if head and tail and head.group(0) + tail.group(0) in _HEADER_WORDS:
            joined = head.group(0) + tail.group(0) + left.header[head.end():]
            left.header, left.role = joined, _role(joined)


def _numeric_share(table: RawTable, col: int, start: int) -> float:
    texts = [table.text(r, col).strip() for r in range(start, table.n_rows)]
    texts = [t for t in texts if t]
    if not texts:
        return 1.0
    # "1\n2\n3": numbers of rows merged into one cell are numbers too.
    return sum(bool(re.fullmatch(r"[\d.,)(]+(?:\s*\n\s*[\d.,)(]+)*", t)) for t in texts) / len(texts)


def _settle_duplicates(table: RawTable, header_rows: list[int], columns: list[Column]) -> None:
    """One header over two columns ("Indikator Kinerja" over a number and a name), and
    "Realisasi" beside "% Realisasi": say which column is which."""
    start = max(header_rows) + 1
    for role in ("indikator", "sasaran"):
        cols = [c for c in columns if c.role == role]
        if len(cols) > 1:
            for c in cols:
                if _numeric_share(table, c.index, start) > 0.8:
                    c.role = "no"
    by_year: dict[int | None, list[Column]] = {}
    for c in columns:
        if c.role == "realisasi":
            by_year.setdefault(c.year, []).append(c)
    for cols in by_year.values():
        plain = [c for c in cols if "%" not in c.header and "persen" not in c.header]
        if plain and len(plain) < len(cols):
            for c in cols:
                if c not in plain:
                    c.role = "capaian"


def repeated_header_rows(table: RawTable, layout: Layout) -> set[int]:
    """Rows further down that repeat the header (after a page break) or number the columns."""
    out: set[int] = set()
    first = layout.header_signature[0] if layout.header_signature else None
    n_cols = table.n_cols  # row_texts would recount it (a scan of every row) for each row
    for r in range(max(layout.header_rows) + 1, table.n_rows):
        texts = [table.text(r, c) for c in range(n_cols)]
        joined = _norm(" ".join(texts))
        if first and joined == first:
            out.add(r)
        elif all(re.fullmatch(r"\(?\d{1,2}\)?", t.strip()) for t in texts if t.strip()) and \
                sum(1 for t in texts if t.strip()) >= 3:
            out.add(r)  # a row of column numbers
        elif _header_words_under_values(texts, layout):
            out.add(r)  # a header repeated after a page break, garbled ("I dik t | Tar | get")
    return out


_ROMAN_LEVEL = re.compile(r"(?i)i{1,3}|iv|v")
_VALUE_COLUMN_ROLES = ("target", "realisasi", "capaian", "target_periode", "realisasi_periode", "capaian_periode")


def _header_words_under_values(texts: list[str], layout: Layout) -> bool:
    """The value columns of a row hold header words ("Target", or "Tar" | "get" cut
    between columns), no value."""
    values = [texts[c.index].strip() for c in layout.columns
              if c.role in _VALUE_COLUMN_ROLES and c.index < len(texts) and texts[c.index].strip()]
    if not values or any(re.search(r"[\d%]", v) for v in values):
        return False
    if all(_ROMAN_LEVEL.fullmatch(v) for v in values):
        # "I | II | III" beside a name: levels (a capability level by year), not the
        # "Triwulan I | II | III" header, whose own name cell is a header word too.
        name = next((texts[c.index] for c in layout.columns if c.role == "indikator" and c.index < len(texts)), "")
        if name.strip() and not _is_header_row([name]):
            return False
    joined = "".join("".join(v.split()) for v in values).lower()
    return joined in _HEADER_WORDS or _is_header_row(values)
