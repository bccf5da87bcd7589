"""LKJ-K010: a capaian stated in the text that no table gives for the indicator it names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.indicators.common import (
    PLAN_KINDS,
    distinctive_words,
    indicator_groups,
    join_list,
    short,
    where,
)
from lkjip.checks.indicators.common import printed as as_printed
from lkjip.checks.indicators.k009_capaian_differs import capaian_by_year, same_capaian
from lkjip.checks.indicators.realisasi_as_capaian import CopiedFigure, copied_figure
from lkjip.checks.indicators.referred_indicator import (
    FUZZY_NAME_DOUBT,
    REFERENCE_DOUBT,
    Statement,
    read_by_ocr,
    referent,
    referring_statements,
    year_figure,
)
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.numbers import decimals_printed, parse_number
from lkjip.records import Cell, Extraction, IndicatorRow

# "capaian … sebesar 104,35 %", "dengan capaian kinerja 98%", "capaiannya mencapai 100,12%",
# "realisasi capaian sebesar 81 point atau 103,88 %"
_STATED = re.compile(
    r"\bcapaian(?:nya)?(?:\s+(?:kinerja|indikator|iku|sasaran))?(?:\s+(?:tahun\s+\d{4}|[a-z/()-]+)){0,14}?\s+"
    r"(?:sebesar|mencapai|adalah|yaitu|yakni|=|:)\s*"
    # "capaian sebesar 81 point atau 103,88 %": the realisation in its unit, then the capaian.
    r"(?:\d{1,6}(?:[.,]\d{1,3})?\s+[a-z]+\s+atau\s+)?"
    # "1,309 %": thousands grouped, only ever a copied realisasi or target (see below).
    r"(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|persen)", re.I)
_GROUPED = re.compile(r"^\d{1,3}[.,]\d{3}")
# "Capaian kinerja X sebesar …" names the Capaian Kinerja column's figure; "capaian
# kemantapan jalan sebesar 76,37 %" may mean the level reached (the realisasi), and
# "target capaian sebesar 85 %" / "realisasi capaian …" say which column they mean.
_PERFORMANCE = re.compile(r"capaian(?:nya)?\s+kinerja\b")
_OTHER_COLUMN = re.compile(r"\b(?:target|realisasi(?:nya)?|terealisasi)\b")
_COLUMN_BEFORE = re.compile(r"\b(?:target|realisasi|terealisasi)\s*$")
_BEFORE = 320  # characters before the figure in which the indicator must be named
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")
_MIN_WORDS = 2
# The evidence role of a figure stated in the text, by the quantity it states (lkjip.checks.roles).
_TEXT_ROLE = {"realisasi": "realisasi (text)", "capaian": "capaian (text)"}


def _named(words: list[str], window: str) -> float:
    """The share of an indicator's distinctive words in the window."""
    if len(words) < _MIN_WORDS:
        return 0.0
    return sum(1 for w in words if re.search(rf"\b{re.escape(w)}", window)) / len(words)


def _agrees(stated: tuple[float, str], known: list[tuple[float, str]], extra: float) -> bool:
    """Some table figure agrees at the coarser precision; where the only ones agreeing are
    printed coarser than the text ("103" for "103,88") and a figure printed at least as
    finely disagrees ("103,85"), the finest figures decide."""
    agreeing = [k for k in known if same_capaian(stated, k, extra)]
    if not agreeing:
        return False
    fine = decimals_printed(stated[1])
    coarse_only = all(decimals_printed(k[1]) < fine for k in agreeing)
    return not (coarse_only and any(decimals_printed(k[1]) >= fine for k in known if k not in agreeing))


@register
class TextCapaianDiffers(Rule):
    """Flags a capaian percentage in the running text ("capaian … sebesar 104,35 %") that
    differs from every capaian, target and realisasi the tables print for the indicator
    the sentence names.

    Why: the narrative of chapter III repeats each indicator's capaian; a figure that
    matches no table is a leftover from a draft or a retyped number, and readers of the
    summary take it at its word.

    Example: LAKIP BKPD Jawa Barat 2016: the text under Tabel 5 says target 78 point,
    realisasi 81 point "atau 103,88 %", while 81 / 78 = 103,85 % is what the tables print.

    The statement must name the indicator: at least three quarters of its distinctive
    words (words every indicator shares, such as "jumlah", "persentase", do not count) in
    the phrase "capaian … sebesar X %" itself, else in its sentence (at most 320
    characters before the figure); where several are so named, the one the sentence
    prints the most words of (tables naming it in the same words count as one). A
    figure agreeing only with coarser ones ("103" for "103,88") while one printed as finely
    disagrees ("103,85") is reported: the finest figures decide. Tolerance: the
    coarser printed precision of the two figures.

    A figure that is the indicator's own realisasi or target, digit for digit, matches a
    table yet is no capaian: where the statement calls it the capaian kinerja ("Capaian
    kinerja X sebesar …", not "target capaian", "realisasi capaian" or "capaian X", which
    may mean the level reached) and it differs from every capaian the tables print, the
    text gave the realisasi (or target) as the capaian. Example: LKIP Disperindag Jawa
    Barat 2016: "Capaian kinerja peningkatan Nilai Produksi IKM sebesar 1,309%" under
    Tabel 3.6, where Tabel 3.2 prints target 15, realisasi 1,309 and capaian 8,726. The
    figure is read as the cell it reprints (1309, thousands grouped with ","); a figure
    printed as both realisasi and target is not reported.

    A sentence that names no indicator but refers back to one ("indikator sasaran ini",
    "indikator tersebut") and names one year is tied to the indicator named last before it
    in the same stretch of running text (not past a heading or a table), whose name must
    match one table name clearly (OCR'd names approximately); its realisasi or capaian is compared with
    that year's column ("realisasi capaian kinerjanya adalah …" states a realisasi). Example:
    LAKIN BKPSDMD Kab. Bangka 2022, p. 31: "Pada Tahun 2021 target untuk indikator sasaran ini
    sebesar 92% dengan realisasi capaian kinerjanya adalah 34,12%", two sentences after "indikator
    sasaran Persentase ASN dengan nilai baik pada P2KP", while Tabel 3.2 prints Realisasi Tahun
    2021 66,07 %. Any figure of that year agreeing clears it. The reference and an approximate
    name match are doubts of their own: such a finding says so and is never an error.

    A warning, not an error: tying a sentence to an indicator is never certain.
    """

    code = "LKJ-K010"
    title: ClassVar[dict[str, str]] = {"en": "Capaian in the text differs from the tables",
                                       "id": "Capaian di narasi berbeda dengan tabel"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        groups = [g for g in indicator_groups(doc) if any(r.detail not in PLAN_KINDS for r in g)]
        if not groups:
            return
        words = [distinctive_words(g[0].indikator) for g in groups]
        for page, text in doc.page_texts.items():
            low = text.lower()
            for m in _STATED.finditer(low):
                parsed = parse_number(m.group(1))
                if parsed is None:
                    continue
                stated = (float(parsed.value), m.group(1))
                group = self._named_group(groups, words, low, m)
                if group is not None:
                    yield from self._compare(group, stated, page, text[m.start():m.end()], config,
                                             self._performance(low, m))
            yield from self._referring(groups, words, text, page, config, set(doc.coverage.ocr_pages))

    def _referring(self, groups: list[list[IndicatorRow]], words: list[list[str]], text: str, page: int,
                   config: CheckConfig, ocr_pages: set[int]) -> Iterator[Finding]:
        """Figures of "indikator ini" whose sentence names no indicator itself: compared
        with the year's column of the indicator named last before them (`referred_indicator`)."""
        names = [g[0].indikator for g in groups]
        ocr = [read_by_ocr(g, ocr_pages) for g in groups]
        for st in referring_statements(text):
            sentence = " ".join(text[st.sentence_start:].split())[:_BEFORE].lower()
            if any(_named(w, sentence) >= 0.75 for w in words):
                continue  # the sentence names an indicator: the statement is the named path's
            found = referent(text, st.sentence_start, names, ocr)
            if found is None:
                continue
            indices, exact = found
            yield from self._compare_year([row for k in indices for row in groups[k]], st, page, config, exact)

    def _compare_year(self, group: list[IndicatorRow], st: Statement, page: int, config: CheckConfig,
                      exact: bool) -> Iterator[Finding]:
        """The stated figure against the column of its year and quantity ("Realisasi Tahun
        2021"); any figure of that year agreeing (a loosely worded capaian) clears it."""
        parsed = parse_number(st.figure)
        if parsed is None:
            return
        stated = (float(parsed.value), st.figure)
        mine = [c for c in (year_figure(row, st.role, st.year) for row in group) if c is not None]
        if not mine:
            return
        known = [c for row in group for role in ("target", "realisasi", "capaian")
                 if (c := year_figure(row, role, st.year)) is not None]
        extra = config.percent_extra_tolerance
        if any(same_capaian(stated, (c[1], c[2]), extra) for c in known):
            return
        name = short(group[0].indikator)
        tables = {lang: join_list([f"{c[2]} ({where(c[0], lang, c[3])})" for c in mine[:4]], lang)
                  for lang in ("en", "id")}
        doubt = (REFERENCE_DOUBT,) if exact else (REFERENCE_DOUBT, FUZZY_NAME_DOUBT)
        page_cell = Cell(st.figure, page, None, None, "text", inferred=doubt)
        yield self.finding(
            f'Indicator "{name}" (the one the text refers back to as "this indicator"): the text on p. {page} '
            f'says "{st.quote}" for {st.year}, but the tables print its {st.role} for {st.year} as {tables["en"]}.',
            f'Indikator "{name}" (yang dirujuk narasi sebagai "indikator ini"): narasi hlm. {page} menyebut '
            f'"{st.quote}" untuk tahun {st.year}, tetapi tabel mencetak {st.role} tahun {st.year} {tables["id"]}.',
            [Evidence(page_cell, stated[0], _TEXT_ROLE[st.role])] +
            [Evidence(c[3] or Cell(c[2], c[0].page, c[0].table, c[0].row, st.role), c[1], st.role) for c in mine[:4]],
            doubtful=True,
        )

    @staticmethod
    def _performance(low: str, m: re.Match[str]) -> bool:
        """Whether the statement calls its figure the capaian kinerja and no other column's."""
        return (_PERFORMANCE.match(low, m.start()) is not None and not _OTHER_COLUMN.search(m.group(0))
                and not _COLUMN_BEFORE.search(low[max(0, m.start() - 20):m.start()]))

    @staticmethod
    def _named_group(groups: list[list[IndicatorRow]], words: list[list[str]], low: str,
                     m: re.Match[str]) -> list[IndicatorRow] | None:
        """The one indicator the statement names: in the phrase itself ("capaian indikator
        X sebesar …"), else in its sentence (back to the previous full stop)."""
        before = low[max(0, m.start() - _BEFORE):m.start()]
        stop = max((e.end() for e in _SENTENCE_END.finditer(before)), default=0)
        for window in (low[m.start():m.end()], before[stop:] + low[m.start():m.end()]):
            window = " ".join(window.split())
            scores = [_named(w, window) for w in words]
            if max(scores) < 0.75:
                continue
            # Several named: the one whose name the sentence prints the most words of ("Skor
            # Pola Pangan Harapan … Konsumsi" over a two-word "Konsumsi Pangan" inside it).
            counts = [len({x for x in w if re.search(rf"\b{re.escape(x)}", window)}) if s >= 0.75 else 0
                      for s, w in zip(scores, words, strict=True)]
            best = max(counts)
            tied = [k for k, c in enumerate(counts) if c == best]
            if len({frozenset(words[k]) for k in tied}) != 1:
                return None
            # Tables naming one indicator in the same distinctive words: one indicator.
            return [row for k in tied for row in groups[k]]
        return None

    def _copied(self, group: list[IndicatorRow], copied: CopiedFigure,
                mine: list[tuple[IndicatorRow, float, str, Cell | None]], page: int, quote: str) -> Finding:
        """The text calls the indicator's realisasi (or target) its capaian."""
        # The capaian against the year's target first: a ratio to last year or to the
        # Renstra end target is another measure, shown only when nothing else is printed.
        shown = [p for p in mine if p[0].target is not None] or mine
        name = short(group[0].indikator)
        quote = " ".join(quote.split())
        column = copied.column  # the report's own column word, Indonesian in both languages
        source = {lang: f"{as_printed(copied.quantity)} ({where(copied.row, lang, copied.cell)})" for lang in ("en", "id")}
        tables = {lang: join_list([f"{p[2]} ({where(p[0], lang, p[3])})" for p in shown[:4]], lang)
                  for lang in ("en", "id")}
        value = float(copied.quantity.value)  # type: ignore[arg-type]
        # The text's figure is the cell's token: read as the table reads it.
        text_cell = Cell(as_printed(copied.quantity), page, None, None, "text")
        return self.finding(
            f'Indicator "{name}": the text on p. {page} gives the {column} as the capaian: "{quote}" '
            f'is its {column} {source["en"]}, while the tables print the capaian as {tables["en"]}.',
            f'Indikator "{name}": narasi hlm. {page} menyebut {column} sebagai capaian: "{quote}" '
            f'adalah {column} indikator ini {source["id"]}, sedangkan tabel mencetak capaian {tables["id"]}.',
            [Evidence(text_cell, value, "capaian (text)")] +
            [Evidence(p[3] or Cell(p[2], p[0].page, p[0].table, p[0].row, "capaian"), p[1], "capaian")
             for p in shown[:4]] +
            [Evidence(copied.cell or Cell(copied.quantity.text, copied.row.page, copied.row.table, copied.row.row,
                                          copied.column), value, copied.column)],
        )

    def _compare(self, group: list[IndicatorRow], stated: tuple[float, str], page: int, quote: str,
                 config: CheckConfig, performance: bool) -> Iterator[Finding]:
        printed: list[tuple[IndicatorRow, float, str, Cell | None]] = []
        known: list[tuple[float, str]] = []
        for row in group:
            if row.detail in PLAN_KINDS:
                continue
            for value, text, cell in capaian_by_year(row).values():
                printed.append((row, value, text, cell))
                known.append((value, text))
            for q in (row.target, row.realisasi):
                if q is not None and q.value is not None:
                    known.append((float(q.value), q.text))
        mine = [p for p in printed if p[0].year == group[0].year or p[0].capaian == p[1]]
        if not mine:
            return
        extra = config.percent_extra_tolerance
        copied = copied_figure(stated[1], group, {p[0].year for p in mine},
                               lambda v, t: not any(same_capaian((v, t), (p[1], p[2]), extra) for p in mine)
                               ) if performance else None
        if copied is not None:
            yield self._copied(group, copied, mine, page, quote)
            return
        # A grouped figure ("1,309 %") is compared only as a copy: its notation is the
        # table's only when it prints the same token.
        if _GROUPED.match(stated[1]) or _agrees(stated, known, extra):
            return
        name = short(group[0].indikator)
        quote = " ".join(quote.split())
        tables = {lang: join_list([f"{p[2]} ({where(p[0], lang, p[3])})" for p in mine[:4]], lang)
                  for lang in ("en", "id")}
        page_cell = Cell(stated[1], page, None, None, "text")
        yield self.finding(
            f'Indicator "{name}": the text on p. {page} says "{quote}", but the tables print {tables["en"]}.',
            f'Indikator "{name}": narasi hlm. {page} menyebut "{quote}", tetapi tabel mencetak {tables["id"]}.',
            [Evidence(page_cell, stated[0], "capaian (text)")] +
            [Evidence(p[3] or Cell(p[2], p[0].page, p[0].table, p[0].row, "capaian"), p[1], "capaian")
             for p in mine[:4]],
        )
