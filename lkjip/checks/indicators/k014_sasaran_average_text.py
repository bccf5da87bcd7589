"""LKJ-K014: a sasaran's average capaian stated in the text that its indicators' capaian do not give."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from rapidfuzz import fuzz

from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.indicators.common import evidence
from lkjip.checks.indicators.mean_of_capaian import mean_gap
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref
from lkjip.numbers import parse_number
from lkjip.records import Cell, Extraction, IndicatorRow

# "Sasaran 1 : Meningkatnya produk ekspor …, mendapat predikat nilai "Kurang" dengan
# rata-rata capaian sebesar 47.11%": the sasaran named, then its average within the sentence.
_STATED = re.compile(
    r"\bsasaran\b[^:.]{0,20}:\s*(?P<name>[^.:%]{15,250}?),?\s+(?:mendapat|memperoleh|dengan|yang)\b"
    r"[^.%]{0,120}?\brata[\s-]*rata\s+capaian\s+(?:kinerja\s+)?(?:sebesar|adalah|yaitu)?\s*"
    r"(?P<fig>\d{1,4}(?:[.,]\d{1,2})?)\s*%", re.I)
_PREFIX = re.compile(r"^\s*sasaran\b[^:]{0,20}:\s*", re.I)
# The stated name and the table's sasaran heading must be this alike (rapidfuzz ratio, 0–100),
# and clearly more alike than any other sasaran's.
SIMILAR = 85.0
MARGIN = 5.0


def _norm(text: str) -> str:
    return " ".join(_PREFIX.sub("", text).lower().split())


def _groups(doc: Extraction) -> dict[str, list[IndicatorRow]]:
    """The Pengukuran Kinerja rows with a capaian, by their sasaran (heading or column),
    each indicator once."""
    out: dict[str, list[IndicatorRow]] = {}
    for row in doc.indicators:
        if row.detail != "pengukuran_kinerja" or row.capaian is None or "capaian" not in row.cells:
            continue
        name = row.sasaran or (row.context.split(" / ")[0] if row.context else None)
        if not name:
            continue
        group = out.setdefault(_norm(name), [])
        if all(r.indikator != row.indikator for r in group):
            group.append(row)
    return out



@register
class SasaranAverageInText(Rule):
    """Flags the average capaian the text states for a sasaran ("Sasaran 1 : … dengan
    rata-rata capaian sebesar 47.11%") when the capaian the Pengukuran Kinerja table prints
    for that sasaran's indicators average to another figure.

    Why: the closing chapter retells each sasaran's result as the average of its
    indicators; a figure typed before a row was corrected tells the reader another result
    than the table.

    Example: LKIP Disperindag Jawa Barat 2016, Bab IV: Misi kedua, Sasaran 1 "rata-rata
    capaian sebesar 47.11%", while Tabel 3.2 prints (104.66), 166.4 and 75.6 for its three
    indicators: 137,34 / 3 = 45,78.

    The sentence must name the sasaran (alike to a table's sasaran heading, ratio at least
    85 and clearly the closest) and say "rata-rata capaian"; the sasaran needs at least two
    indicators. Tolerance: one unit of the stated figure's last decimal plus half a unit of
    the finest capaian's. A figure more than 5 % away from the mean is left alone (then it is
    no plain mean of these rows). A warning: the sentence is tied to the rows by name.
    """

    code = "LKJ-K014"
    title: ClassVar[dict[str, str]] = {"en": "Sasaran average in the text differs from its indicators",
                                       "id": "Rata-rata capaian sasaran di narasi berbeda dengan indikatornya"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        groups = {k: g for k, g in _groups(doc).items() if len(g) >= 2}
        if not groups:
            return
        for page, text in sorted(doc.page_texts.items()):
            flat = " ".join(text.split())
            for m in _STATED.finditer(flat):
                name = _norm(m.group("name"))
                scored = sorted(((fuzz.ratio(name, k), k) for k in groups), reverse=True)
                best, key = scored[0]
                if best < SIMILAR or (len(scored) > 1 and scored[1][0] > best - MARGIN):
                    continue
                yield from self._judge(page, m.group("fig"), groups[key])

    def _judge(self, page: int, figure: str, rows: list[IndicatorRow]) -> Iterator[Finding]:
        parsed = parse_number(figure)
        if parsed is None:
            return
        stated = float(parsed.value)
        gap = mean_gap(stated, figure, rows)
        if gap is None:
            return
        yield self.finding(
            f"The text on {page_ref(page, 'en')} states an average capaian of {figure}% for a sasaran whose "
            f"{gap.count} indicators print {gap.listed}: {gap.total} / {gap.count} = {gap.mean}.",
            f"Narasi pada {page_ref(page, 'id')} menyebut rata-rata capaian {figure}% untuk sasaran yang "
            f"{gap.count} indikatornya mencetak {gap.listed}: {gap.total} / {gap.count} = {gap.mean}.",
            [Evidence(Cell(text=f"{figure}%", page=page), stated, "stated average"),
             *(evidence(r, "capaian", r.capaian, "averaged figure") for r in rows)],
        )
