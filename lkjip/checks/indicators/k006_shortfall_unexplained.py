"""LKJ-K006: a target missed with no word of explanation in the narrative."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.finding import Finding, Severity
from lkjip.checks.indicators.common import (
    distinctive_words,
    evidence,
    indicator_groups,
    printed,
    short,
    where,
)
from lkjip.checks.indicators.polarity import polarity_of
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.numbers import units_equivalent
from lkjip.records import Extraction, IndicatorRow

_EXPLAIN = re.compile(
    # The lookahead names the first letters of the words below: finditer then skips
    # every other position fast (the narrative is long).
    r"(?=[bdfhkpt])(?:belum\s+tercapai|tidak\s+tercapai|belum\s+mencapai|tidak\s+mencapai|kendala|hambatan|permasalahan|"
    r"disebabkan|dikarenakan|penyebab|belum\s+optimal|tidak\s+optimal|tidak\s+dapat\s+dilaksanakan|"
    r"tidak\s+terealisasi|belum\s+terealisasi|kurang\s+dari\s+target|di\s*bawah\s+target|faktor)", re.I)
_WINDOW = 600  # characters either side of an explaining word
_PREFERENCE = ("pengukuran_kinerja", "lampiran", "perbandingan_tahunan", "renstra", "other")


def explaining_windows(texts: dict[int, str]) -> list[str]:
    """The lower-cased text around every explaining word, page by page in order."""
    out: list[str] = []
    for text in texts.values():
        low = text.lower()
        out.extend(low[max(0, m.start() - _WINDOW):m.end() + _WINDOW] for m in _EXPLAIN.finditer(low))
    return out


def explained(name: str, texts: dict[int, str], windows: list[str] | None = None) -> bool:
    """Whether the narrative names this indicator near a word that explains a shortfall:
    at least two of its distinctive words (or all, if it has fewer) within the window.
    `windows`: `explaining_windows(texts)`, when the caller asks about several indicators."""
    words = distinctive_words(name)
    if not words:
        return False
    need = min(2, len(words))
    if windows is None:
        windows = explaining_windows(texts)
    return any(sum(1 for w in words if w in window) >= need for window in windows)


@register
class ShortfallUnexplained(Rule):
    """Flags an indicator whose realisasi falls short of its target (lower realisasi
    for higher-is-better indicators, higher for lower-is-better ones, see LKJ-K004)
    when the narrative never explains it.

    Why: PermenPANRB 53/2014 asks the report to analyse each target not met, with its
    causes and remedies; an unexplained shortfall is a gap evaluators mark down.

    "Explained" means: somewhere in the text, within 600 characters of a word such as
    "belum tercapai", "tidak tercapai", "kendala", "hambatan", "disebabkan",
    "dikarenakan", at least two of the indicator's distinctive words appear (words
    every indicator shares, like "jumlah", "persentase", the region, are not counted).
    The search is generous on purpose: this is a warning for a reader to look, not a
    verdict. One finding per indicator, from its Pengukuran Kinerja row when there is
    one.

    Example (seed): "Jumlah Terbitan Majalah Pemprov Jambi", 4.500 eks realised against
    12.000 eks (p. 11); the kendala paragraph on p. 10 speaks of newspapers and the
    guests' budget, not of the magazine.
    """

    code = "LKJ-K006"
    title: ClassVar[dict[str, str]] = {"en": "Target missed without explanation",
                                       "id": "Target tidak tercapai tanpa penjelasan"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        windows: list[str] | None = None  # the narrative is scanned once, and only if needed
        for group in indicator_groups(doc):
            row = self._shortfall(group)
            if row is None:
                continue
            if windows is None:
                windows = explaining_windows(doc.page_texts)
            if explained(row.indikator, doc.page_texts, windows):
                continue
            name = short(row.indikator)
            yield self.finding(
                f'Indicator "{name}" ({where(row, "en")}) realised {printed(row.realisasi)} against a target '
                f"of {printed(row.target)}, and the narrative does not explain the shortfall.",
                f'Indikator "{name}" ({where(row, "id")}) terealisasi {printed(row.realisasi)} dari target '
                f"{printed(row.target)}, dan narasi tidak menjelaskan penyebabnya.",
                [evidence(row, "target", float(row.target.value), "target"),
                 evidence(row, "realisasi", float(row.realisasi.value), "realisasi")],
            )

    @staticmethod
    def _shortfall(group: list[IndicatorRow]) -> IndicatorRow | None:
        rows = sorted(group, key=lambda r: _PREFERENCE.index(r.table_kind) if r.table_kind in _PREFERENCE else 9)
        for row in rows:
            t, r = row.target, row.realisasi
            if row.table_kind == "perjanjian_kinerja" or t is None or r is None:
                continue
            if t.value is None or r.value is None or not units_equivalent(t.unit, r.unit):
                continue
            polarity, _ = polarity_of(row.indikator, row.formula)
            short_of = r.value > t.value if polarity == "lower" else r.value < t.value
            return row if short_of else None
        return None
