"""LKJ-N005: the text retells one indicator's result for one year twice, with two figures."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref
from lkjip.numbers import NumberStyle, decimals_printed, parse_number
from lkjip.records import Cell, Extraction

_NUMBER = r"\d[\d.,]*\d|\d"
# "dengan indikator Skor PPH pada tahun 2015 dari target 78 poin sudah dapat dicapai sebesar
# 81 point atau 103.85 %": the indicator, the year, its target, then what was reached.
_RETOLD = re.compile(
    rf"\bindikator(?:nya)?\s+(?:adalah\s+)?(?P<name>[A-Za-z][^.;:,()]{{1,80}}?)\s+(?:pada\s+)?tahun\s+"
    rf"(?P<year>(?:19|20)\d{{2}})\s+(?:dari\s+)?target\s+(?:sebesar\s+|sebsar\s+)?(?P<target>{_NUMBER})"
    rf"[^.;]{{0,60}}?\b(?:dicapai|tercapai|terealisasi|realisasi(?:nya)?)\s+(?:sebesar\s+|adalah\s+)?"
    rf"(?P<real>{_NUMBER})\s*(?P<unit>[a-z%]+)?", re.I)


@dataclass(frozen=True)
class Retelling:
    page: int
    name: str
    year: int
    target: str
    real: str
    real_value: float
    unit: str


def retellings(page: int, text: str, style: NumberStyle | None) -> Iterator[Retelling]:
    """Each "indikator NAME tahun YYYY dari target T … dicapai R" of `text` (whitespace collapsed)."""
    for m in _RETOLD.finditer(text):
        real = parse_number(m.group("real"), style)
        if real is None:
            continue
        name = " ".join(m.group("name").split())
        yield Retelling(page, name, int(m.group("year")), m.group("target"), m.group("real"), float(real.value),
                        (m.group("unit") or "").lower())


def _key(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", name.lower()))


def _agree(a: Retelling, b: Retelling) -> bool:
    """Equal at the coarser printed precision ("81" and "81,0")."""
    unit = 10.0 ** -min(decimals_printed(a.real), decimals_printed(b.real))
    return abs(a.real_value - b.real_value) <= unit / 2 + 1e-9


@register
class YearFigureRetold(Rule):
    """The text retells one indicator's result for one year in two places with two figures.

    Chapter III retells an indicator under its sasaran and again in the summary of its
    sasaran, each time as "indikator NAME pada tahun YYYY dari target T … dicapai sebesar R".
    When a table of another year was pasted under the first, its figure travels into the
    text: "indikator Skor PPH pada tahun 2015 dari target 78 poin sudah dapat dicapai sebesar
    81 point" (under a table of 81,0) and "indikator Skor PPH pada tahun 2015 dari target 76
    poin sudah dapat dicapai sebesar 78.3 point" cannot both be right.

    Example: Skor PPH 2015: 81 point on one page, 78.3 point on another.

    Both retellings must name the indicator in the same words and the same year; their
    figures reached are compared at the coarser printed precision. A warning: the text may
    name two indicators alike (a provincial and a national figure).
    """

    code = "LKJ-N005"
    title: ClassVar[dict[str, str]] = {"en": "The text gives one indicator's year two different results",
                                       "id": "Narasi menyebut dua hasil berbeda untuk satu indikator dan tahun"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        style = NumberStyle(doc.number_style) if doc.number_style in ("id", "us") else None
        seen: dict[tuple[str, int], list[Retelling]] = {}
        for page, raw in sorted(doc.page_texts.items()):
            for r in retellings(page, " ".join(raw.split()), style):
                seen.setdefault((_key(r.name), r.year), []).append(r)
        for told in seen.values():
            first = told[0]
            other = next((r for r in told[1:] if not _agree(first, r)), None)
            if other is not None:
                yield self._finding(first, other)

    def _finding(self, a: Retelling, b: Retelling) -> Finding:
        def told(r: Retelling, lang: str) -> str:
            return " ".join(f"{r.real} {r.unit} (target {r.target}, {page_ref(r.page, lang)})".split())

        en = (f"The text states the result of “{a.name}” for {a.year} as {told(a, 'en')} and as {told(b, 'en')}: "
              f"one indicator's year has one result.")
        idn = (f"Narasi menyebut hasil “{a.name}” tahun {a.year} sebesar {told(a, 'id')} dan sebesar "
               f"{told(b, 'id')}: satu indikator pada satu tahun hanya punya satu hasil.")
        ev = [Evidence(Cell(text=r.real, page=r.page), r.real_value, "stated in text") for r in (a, b)]
        return self.finding(en, idn, ev)
