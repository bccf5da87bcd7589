"""LKJ-K011: a target stated in the text, beside its realisasi, that no table gives."""

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
from lkjip.checks.indicators.k001_target_differs import targets_by_year
from lkjip.checks.indicators.k009_capaian_differs import same_capaian
from lkjip.checks.indicators.k010_text_capaian import TextCapaianDiffers
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.numbers import parse_number
from lkjip.records import Cell, Extraction, IndicatorRow

_NUMBER = r"(?P<{}>\d{{1,3}}(?:[.,]\d{{1,2}})?)\s*(?:%|persen)"
# "dari target … tahun 2016 sebesar 80% telah terealisasi sebesar 87,50%": the target, then
# within the same sentence what was achieved.
_STATED = re.compile(
    r"\btarget\b(?P<lead>[^.%;]{0,80}?)\b(?:sebesar|yaitu|adalah|yakni)\s*" + _NUMBER.format("target") +
    r"(?P<mid>[^.%;]{0,60}?)\b(?:terealisasi|realisasi(?:nya)?|tercapai|mencapai)\s*"
    r"(?:sebesar|adalah|yaitu|yakni)?\s*" + _NUMBER.format("real"), re.I)
# A lead-in that names another target than the year's own: the plan's end target, a
# national one, a revision, or another year.
_OTHER_TARGET = re.compile(r"akhir|renstra|rpjm|nasional|perubahan|semula|awal|jangka", re.I)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


@register
class TextTargetDiffers(Rule):
    """Flags a target the running text states for an indicator, beside the realisasi the
    tables print for it, when no table gives that target for the year.

    Why: the narrative of chapter III retells each indicator as "dari target … sebesar
    X % telah terealisasi sebesar Y %"; a target no table prints is a leftover of another
    year or plan, and the capaian the reader works out from it is wrong.

    Example: LKIP Bappeda Jawa Barat 2016 says the 2016 target of "Tingkat kesesuaian
    perencanaan pembangunan Pusat, Provinsi dan Kab/Kota" was 80 % (realised 87,50 %),
    while the Perjanjian Kinerja and the Pengukuran Kinerja print 85.

    The sentence must name the indicator (as for LKJ-K010) and state both figures, and the
    realisasi it states must be one a table prints for the indicator: that ties the
    sentence to the year's row. A target said to be the plan's end target, a national or a
    revised one, or of another year is not compared. Tolerance: the coarser printed
    precision. A warning, not an error: tying a sentence to an indicator is never certain.
    """

    code = "LKJ-K011"
    title: ClassVar[dict[str, str]] = {"en": "Target in the text differs from the tables",
                                       "id": "Target di narasi berbeda dengan tabel"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        groups = [g for g in indicator_groups(doc) if any(r.detail not in PLAN_KINDS for r in g)]
        if not groups:
            return
        words = [distinctive_words(g[0].indikator) for g in groups]
        year = doc.metadata.year
        for page, text in doc.page_texts.items():
            low = text.lower()
            for m in _STATED.finditer(low):
                lead = m.group("lead")
                if _OTHER_TARGET.search(lead) or any(int(y.group()) != year for y in _YEAR.finditer(lead)):
                    continue
                target, real = parse_number(m.group("target")), parse_number(m.group("real"))
                if target is None or real is None:
                    continue
                group = TextCapaianDiffers._named_group(groups, words, low, m)
                if group is not None:
                    yield from self._compare(group, (float(target.value), m.group("target")),
                                             (float(real.value), m.group("real")), page, text[m.start():m.end()], config)

    def _compare(self, group: list[IndicatorRow], target: tuple[float, str], real: tuple[float, str], page: int,
                 quote: str, config: CheckConfig) -> Iterator[Finding]:
        rows = [r for r in group if r.detail not in PLAN_KINDS and r.year == group[0].year]
        realised = [(float(r.realisasi.value), r.realisasi.text) for r in rows
                    if r.realisasi is not None and r.realisasi.value is not None]
        if not any(same_capaian(real, k, config.percent_extra_tolerance) for k in realised):
            return  # the sentence is not about this year's row
        targets = [(r, q, c) for r in rows for y, (q, c) in targets_by_year(r).items()
                   if y == r.year and q.value is not None]
        if not targets:
            return
        known = [(float(q.value), q.text) for _, q, _ in targets] + realised
        if any(same_capaian(target, k, config.percent_extra_tolerance) for k in known):
            return
        name = short(group[0].indikator)
        quote = " ".join(quote.split())
        shown = targets[:4]
        tables = {lang: join_list([f"{printed(q)} ({where(r, lang, c)})" for r, q, c in shown], lang)
                  for lang in ("en", "id")}
        yield self.finding(
            f'Indicator "{name}": the text on p. {page} says "{quote}", but the tables print the target '
            f'{tables["en"]}.',
            f'Indikator "{name}": narasi hlm. {page} menyebut "{quote}", tetapi tabel mencetak target '
            f'{tables["id"]}.',
            [Evidence(Cell(target[1], page, None, None, "text"), target[0], "target (text)")] +
            [Evidence(c or Cell(q.text, r.page, r.table, r.row, "target"), float(q.value), "target")
             for r, q, c in shown],
        )
