"""LKJ-N004: the text gives one indicator's result as a figure the tables print for another
indicator (a figure copied into the wrong paragraph)."""

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
    printed,
    short,
    where,
)
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref
from lkjip.numbers import NumberStyle, decimals_printed, parse_number
from lkjip.records import Cell, Extraction, IndicatorRow

# "… dengan nilai 3,157 (A)", "… tercapai 81,59", "hasil 3,157": a result stated as a figure
# with at least two decimals (a figure that precise names one indicator's result; "Level 3"
# or "100" could be anyone's). Not a percentage: capaian is LKJ-K010's.
_RESULT = re.compile(r"\b(?:nilai|hasil|realisasi(?:nya)?|tercapai|sebesar|mencapai|diperoleh)\s+"
                     r"(?P<fig>\d{1,4}[.,]\d{2,3})(?![\d.,]*\s*(?:%|persen))(?![\d.,])", re.I)
_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?=\s)")
_BEFORE = 320  # characters before the figure in which the indicator must be named
_NAMED = 0.75  # share of an indicator's distinctive words that names it
_MENTIONED = 0.5  # … that counts as mentioning it (then a shared figure is no mix-up)
_TOKEN = re.compile(r"\d[\d.,]*\d|\d")


_STEM = 5  # a word is found by its first letters: "energy" names "Konsumsi Energi"


def _share(words: list[str], window: str) -> float:
    """The share of an indicator's distinctive words the window prints (by their stems, so
    a sentence spelling a word another way still names, and excludes, that indicator)."""
    if not words:
        return 0.0
    return sum(1 for w in words if re.search(rf"\b{re.escape(w[:_STEM])}", window)) / len(words)


def _values(group: list[IndicatorRow]) -> list[tuple[float, str]]:
    """Every figure the tables print for an indicator (any year, any column), as read."""
    out: list[tuple[float, str]] = []
    for row in group:
        qs = [row.target, row.realisasi, *row.realisasi_by_year.values(), *row.target_by_year.values()]
        out += [(float(q.value), q.text) for q in qs if q is not None and q.value is not None]
        if row.capaian is not None:
            out.append((row.capaian, row.capaian_text or ""))
    return out


def _results(group: list[IndicatorRow], year: int | None) -> list[IndicatorRow]:
    """The measured rows of the report's year that print a realisasi."""
    return [r for r in group if r.detail not in PLAN_KINDS and r.realisasi is not None
            and r.realisasi.value is not None and (year is None or r.year in (None, year))]


def _same(value: float, text: str, q_value: float, q_text: str) -> bool:
    """The same figure: equal at the text's printed decimals, and printed with the same digits."""
    unit = 10.0 ** -decimals_printed(text)
    return abs(value - q_value) <= unit / 2 + 1e-9 and text in _TOKEN.findall(q_text)


@register
class FigureOfAnotherIndicator(Rule):
    """The text states an indicator's result as a figure that none of its tables print for
    it, but that the tables print as another indicator's realisasi.

    Chapter III retells each indicator in its own numbered paragraph, often written from
    the one before: "1. Tingkat Maturitas SPIP … dengan hasil Level 3 nilai 3,157", "3.
    Hasil Nilai Evaluasi AKIP PD … dengan nilai 3,157 (A)", while the tables give the
    Nilai Evaluasi AKIP PD as 81,59. The figure was carried over from the paragraph before.

    Example: "Hasil Nilai Evaluasi AKIP PD … dengan nilai 3,157 (A)"; Tabel 3.2 prints
    Maturitas SPIP realisasi "Level 3 (3,157)" and Nilai Evaluasi AKIP PD "Nilai A (82,92)",
    Tabel 3.3 "Nilai A (81,59)".

    The sentence must name the indicator (three quarters of its distinctive words, in the
    sentence up to the figure) and not mention the other (half its words); the figure
    follows "nilai", "hasil", "realisasi", "tercapai", "sebesar", "mencapai" or "diperoleh",
    has at least two decimals and no percent sign; none of the named indicator's figures
    (target, realisasi, capaian, any year) is it, and the other indicator's realisasi of
    the report's year prints the same digits. A warning: tying a sentence to an indicator
    is never certain.
    """

    code = "LKJ-N004"
    title: ClassVar[dict[str, str]] = {"en": "The text gives an indicator another indicator's figure",
                                       "id": "Narasi memberi sebuah indikator angka indikator lain"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        year = doc.metadata.year
        groups = [g for g in indicator_groups(doc) if _results(g, year)]
        if len(groups) < 2:
            return
        words = [distinctive_words(g[0].indikator) for g in groups]
        style = NumberStyle(doc.number_style) if doc.number_style in ("id", "us") else None
        for page, raw in sorted(doc.page_texts.items()):
            text = " ".join(raw.split())
            low = text.lower()
            for m in _RESULT.finditer(text):
                before = low[max(0, m.start() - _BEFORE):m.start("fig")]
                stop = max((e.end() for e in _SENTENCE_END.finditer(before)), default=0)
                yield from self._compare(doc, groups, words, before[stop:], m.group("fig"), page, style, year)

    def _compare(self, doc: Extraction, groups: list[list[IndicatorRow]], words: list[list[str]], window: str,
                 fig: str, page: int, style: NumberStyle | None, year: int | None) -> Iterator[Finding]:
        parsed = parse_number(fig, style)
        if parsed is None:
            return
        value = float(parsed.value)
        shares = [_share(w, window) for w in words]
        named = [k for k, s in enumerate(shares) if s >= _NAMED]
        if len(named) != 1:
            return  # nobody, or several indicators: which one the figure is for is unclear
        a = named[0]
        if any(_same(value, fig, v, t) or abs(v - value) < 1e-9 for v, t in _values(groups[a])):
            return
        others = [(k, r) for k, g in enumerate(groups) if k != a and shares[k] < _MENTIONED
                  for r in _results(g, year) if _same(value, fig, float(r.realisasi.value), r.realisasi.text)]
        if not others or len({k for k, _ in others}) != 1:
            return
        mine = _results(groups[a], year)
        yield self._finding(page, fig, value, groups[a][0].indikator, mine, [r for _, r in others])

    def _finding(self, page: int, fig: str, value: float, name: str, mine: list[IndicatorRow],
                 theirs: list[IndicatorRow]) -> Finding:
        other = short(theirs[0].indikator, 60)
        own = {lang: join_list([f"{printed(r.realisasi)} ({where(r, lang)})" for r in mine[:6]], lang)
               for lang in ("en", "id")}
        en = (f"The text on {page_ref(page, 'en')} gives “{short(name, 60)}” as {fig}, which is the realisasi "
              f"the tables print for “{other}” ({where(theirs[0], 'en')}); the tables give “{short(name, 60)}” "
              f"{own['en']}.")
        idn = (f"Narasi pada {page_ref(page, 'id')} menyebut “{short(name, 60)}” sebesar {fig}, yaitu realisasi "
               f"yang dicetak tabel untuk “{other}” ({where(theirs[0], 'id')}); tabel mencetak “{short(name, 60)}” "
               f"{own['id']}.")
        ev = [Evidence(Cell(text=fig, page=page), value, "stated in text")]
        ev += [Evidence(r.cells.get("realisasi") or Cell(printed(r.realisasi), r.page, r.table, r.row, "realisasi"),
                        float(r.realisasi.value), "realisasi") for r in mine[:6]]
        ev += [Evidence(r.cells.get("realisasi") or Cell(printed(r.realisasi), r.page, r.table, r.row, "realisasi"),
                        float(r.realisasi.value), "realisasi of another indicator") for r in theirs[:1]]
        return self.finding(en, idn, ev)
