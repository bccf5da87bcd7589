"""A sentence that states a figure of "indikator ini" / "indikator tersebut": the indicator it
refers back to, named earlier in the running text, found by its (possibly OCR-garbled) name.

Chapter III names an indicator once ("Pada tahun 2022 indikator sasaran Persentase ASN dengan
nilai baik pada P2KP lebih dari mencapai target …") and then goes on about it without its
name: "Pada Tahun 2021 target untuk indikator sasaran ini sebesar 92% dengan realisasi capaian
kinerjanya adalah 34,12%". A check that looks for the name in the figure's own sentence
(LKJ-K010) cannot tie that figure to the indicator; this module resolves the reference:

- the referring sentence: it holds "indikator (sasaran/kinerja) ini|tersebut" or "sasaran
  ini|tersebut", exactly one year before the figure, and a realisasi or capaian figure in
  percent (`referring_statements`);
- its referent: the indicator named last before that sentence in the same stretch of running
  text — a heading line or a line of figures (a table read as text) ends the stretch — where
  each sentence (last first, then the heading line) is matched against the tables' indicator names by
  character similarity with spaces left out (OCR joins and splits words: "nilai baikpada
  P2KP", "Peentase ASN dengen nlal*bak'pada P2KP"); only a unique clear best match counts
  (`referent`), and a sentence that clearly names no table's indicator ("… indikator sasaran
  lebih dari yang ditargetkan") is passed over, while one that names two, or one only
  half-clearly, ends the search.

Both steps are inferences: a finding resting on them carries the doubts `REFERENCE_DOUBT`
and, when the name matched only approximately, `FUZZY_NAME_DOUBT` (lkjip.checks.certainty),
so it is never an error.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import fuzz

from lkjip.checks.indicators.k009_capaian_differs import capaian_by_year
from lkjip.records import Cell, IndicatorRow

REFERENCE_DOUBT = "indicator_by_reference"
FUZZY_NAME_DOUBT = "indicator_name_fuzzy"

# "indikator sasaran ini", "indikator tersebut", "sasaran ini" (OCR may join "sasaranini").
REFERENCE = re.compile(r"\b(?:indikator(?:\s*(?:sasaran|kinerja))?\s*(?:ini|tersebut)|sasaran\s*(?:ini|tersebut))\b",
                       re.I)
# "realisasi capaian kinerjanya adalah 34,12%", "Realisasi indikator ini pada tahun 2021
# adalah 66,07 %", "capaiannya sebesar 98%": the quantity word, up to 80 characters without
# another figure, the verb, the percentage.
_STATEMENT = re.compile(
    r"\b(?P<word>realisasi(?:nya)?|terealisasi|capaian(?:nya)?)\b(?P<mid>[^%;]{0,80}?)"
    r"(?:\bsebesar|\bmencapai|\badalah|\byaitu|\byakni|=|:)\s*"
    r"(?P<fig>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|persen)", re.I)
_QUANTITY_WORD = re.compile(r"\b(?:realisasi|terealisasi|capaian)", re.I)
_REALISED = re.compile(r"\b(?:realisasi(?:nya)?|terealisasi)\b", re.I)
_TARGET_WORD = re.compile(r"\btarget", re.I)
# Another measure than the year's own: against the plan's end target, a national figure, a running total.
_OTHER_MEASURE = re.compile(r"renstra|rpjm|akhir|nasional|jangka|kumulatif|rata", re.I)
_FIGURE = re.compile(r"\d[\d.,]*\d|\d")
_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d.,]*\d)")
# A sentence ends at ".", "!" or "?" before a space or a capital ("sasaran.Pada"), or at a blank line.
# ("2022. Realisasi" ends one; "3.837" does not).
_SENTENCE_END = re.compile(r"[.!?](?=\s|[A-Z])|\n\s*\n")
# A heading line: "b. Analisis …", "2) Sasaran …", "III. …", "BAB III", "Tabel 3.2 …".
_HEADING = re.compile(r"^\s*(?:(?:[a-hA-H]|\d{1,2}|[IVX]{1,4})\s*[.)]\s*[A-Z\"“]|(?:BAB|Bab|Tabel|TABEL|Gambar|Grafik)\b)")
_MIN_FIGURES_IN_A_TABLE_LINE = 3

MIN_NAME_CHARS = 12  # a shorter name ("IKM") is found by chance in any sentence
NAMED = 85.0  # partial similarity (0–100) from which a mention names an indicator
NOT_NAMED = 65.0  # below this against every indicator, a mention names none of them
MARGIN = 8.0  # the best must lead every other indicator's score by this much …
SAME_NAME = 80.0  # … unless the two names are one name read twice (OCR garbles each copy)


def squeezed(text: str) -> str:
    """Lower-case letters and digits only: OCR's joined and split words compare alike."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


@dataclass(frozen=True)
class Statement:
    """A realisasi or capaian figure of a sentence that refers back to an indicator."""

    sentence_start: int  # offset in the page text of the referring sentence
    figure: str  # as printed, "34,12"
    role: str  # "realisasi" or "capaian"
    year: int
    quote: str  # from the quantity word to the percent sign


def _sentence_start(text: str, pos: int) -> int:
    return max((m.end() for m in _SENTENCE_END.finditer(text, 0, pos)), default=0)


def referring_statements(text: str) -> Iterator[Statement]:
    """The realisasi and capaian figures stated for an indicator the sentence refers back to
    ("… indikator sasaran ini … realisasi capaian kinerjanya adalah 34,12%"), each with the
    one year its sentence names before it. "realisasi capaian …" states a realisasi; a
    figure introduced by "target" is not taken."""
    seen: set[int] = set()
    for word in _QUANTITY_WORD.finditer(text):
        m = _STATEMENT.match(text, word.start())
        # The earliest quantity word of the figure's own sentence speaks for it.
        if m is None or m.start("fig") in seen or _SENTENCE_END.search(m.group(0)):
            continue
        # A heading line before the figure ("c. Analisis realisasi kinerja …") is no part of
        # its sentence: the next quantity word after it may speak for the figure.
        start = max(_sentence_start(text, m.start()), _stretch(text, m.start("fig"))[0])
        if m.start() < start:
            continue
        seen.add(m.start("fig"))
        before = text[start:m.start("fig")]
        if not REFERENCE.search(before):
            continue
        mid = m.group("mid") or ""
        if any(not _YEAR.fullmatch(f) for f in _FIGURE.findall(mid)):
            continue  # another figure between the quantity word and this one: the word is that one's
        if _TARGET_WORD.search(mid):
            continue  # "realisasi … target … sebesar X%": the figure is the target
        if _OTHER_MEASURE.search(mid):
            continue  # "capaian kinerja Renstra untuk indikator ini": not the year's own column
        years = {int(y) for y in _YEAR.findall(before)}
        if len(years) != 1:
            continue  # no year, or a span of years: which column is meant is unclear
        role = "realisasi" if _REALISED.search(m.group("word") + " " + mid) else "capaian"
        yield Statement(start, m.group("fig"), role, years.pop(), " ".join(text[m.start():m.end()].split()))


def _stretch(text: str, end: int) -> tuple[int, list[str]]:
    """Where the running text before `end` starts (after the last heading line or table line
    before it), and that heading line when it is a heading (it may name the indicator)."""
    lines_start = 0
    start, heading = 0, []
    for line in text[:end].splitlines(keepends=True):
        if not line.endswith(("\n", "\r")):
            break  # the line `end` is on: the sentence's own start, not a line before it
        stripped = line.strip()
        figures = [f for f in _FIGURE.findall(stripped) if not _YEAR.fullmatch(f)]
        if _HEADING.match(stripped) or len(figures) >= _MIN_FIGURES_IN_A_TABLE_LINE:
            start = lines_start + len(line)
            heading = [stripped] if _HEADING.match(stripped) and len(figures) < _MIN_FIGURES_IN_A_TABLE_LINE else []
        lines_start += len(line)
    return min(start, end), heading


def _scores(window: str, names: Sequence[str]) -> list[float]:
    w = squeezed(window)
    return [fuzz.partial_ratio(n, w) if len(n) >= MIN_NAME_CHARS and len(w) >= len(n) * 0.8 else 0.0
            for n in names]


def best_named(window: str, names: Sequence[str], ocr: Sequence[bool] | None = None) -> tuple[list[int], bool] | None:
    """The indicators a mention names: `(indices, exact)` for a unique clear best match
    (with the indices of names alike enough to be one name OCR read twice, where `ocr`
    says a name was read by OCR: two printed names that alike, "nilai baik" and "nilai
    buruk", are two indicators), `([], False)` when it clearly names none, None when it
    names several or none clearly (the search stops)."""
    squeezed_names = [squeezed(n) for n in names]
    scores = _scores(window, squeezed_names)
    if not scores or max(scores) < NOT_NAMED:
        return [], False
    best = max(scores)
    if best < NAMED:
        return None
    lead = scores.index(best)
    close = [k for k, s in enumerate(scores) if s > best - MARGIN]
    if len(close) > 1 and (ocr is None or not all(ocr[k] for k in close)):
        return None
    if any(fuzz.ratio(squeezed_names[k], squeezed_names[lead]) < SAME_NAME for k in close):
        return None
    return close, best >= 100.0 - 1e-9 and len(close) == 1


def referent(text: str, sentence_start: int, names: Sequence[str],
             ocr: Sequence[bool] | None = None) -> tuple[list[int], bool] | None:
    """The indicator a sentence starting at `sentence_start` refers back to: indices into
    `names` (one indicator, possibly read as several names), and whether its name was
    found exactly; None when the stretch of running text before it names none clearly."""
    start, heading = _stretch(text, sentence_start)
    # Every sentence of the stretch is a mention: a report names an indicator with or
    # without the word "indikator", and an indicator named without it must still be the last.
    stretch = text[start:max(start, sentence_start)]
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(stretch)), len(stretch)]
    mentions = [" ".join(stretch[a:b].split()) for a, b in pairwise(cuts)]
    mentions = [m for m in mentions if m]
    for window in reversed(heading + mentions):  # the last named first; the heading line last
        found = best_named(window, names, ocr)
        if found is None:
            return None
        if found[0]:
            return found
    return None


def year_figure(row: IndicatorRow, role: str, year: int) -> tuple[IndicatorRow, float, str, Cell | None] | None:
    """The row's `role` ("target", "realisasi", "capaian") for `year`: its year column
    ("Realisasi Tahun 2021"), or its own value when the row is of that year."""
    if role == "capaian":
        got = capaian_by_year(row).get(year)
        return (row, got[0], got[1], got[2]) if got is not None else None
    by_year = row.realisasi_by_year if role == "realisasi" else row.target_by_year
    q, cell = by_year.get(year), row.cells.get(f"{role}_{year}")
    if q is None and row.year == year:
        q, cell = (row.realisasi if role == "realisasi" else row.target), row.cells.get(role)
    if q is None or q.value is None:
        return None
    return row, float(q.value), " ".join(q.text.split()), cell


def read_by_ocr(rows: Sequence[IndicatorRow], ocr_pages: Collection[int]) -> bool:
    """Whether an indicator's name was read by OCR (its letters may be garbled): a row of
    a page read by OCR, or a row whose cells carry OCR confidences."""
    return any(r.page in ocr_pages or any(c.confidence is not None for c in r.cells.values()) for r in rows)
