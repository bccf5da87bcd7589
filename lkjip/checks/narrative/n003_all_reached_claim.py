"""LKJ-N003: the text claims every indicator reached its target, and the table it sums up
prints a capaian below 100 %."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.checks.indicators.common import PLAN_KINDS, join_list, short, where
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref
from lkjip.numbers import decimals_printed
from lkjip.records import Cell, Extraction, IndicatorRow

# "semua realisasi indikator telah mencapai target", "seluruh indikator kinerja tercapai
# 100 %", "semua indikator … telahmencapai 100% bahkan lebih" (words run together in the
# text layer, hence no \b before the verb).
_CLAIM = re.compile(
    r"\b(?P<all>semua|seluruh)\b(?P<between>[^.;:]{0,80}?)\bindikator\b(?P<after>[^.;:]{0,120}?)"
    r"(?:mencapai|memenuhi|melampaui|melebihi|tercapai)\s*(?:target|100\s*%)", re.I)
# "belum semua", "tidak seluruh", "hampir semua": not a universal claim.
_QUALIFIED_BEFORE = re.compile(r"\b(?:belum|tidak|tak|hampir|nyaris|sebagian)\s*$", re.I)
# "semua indikator … kecuali …", "seluruh indikator belum mencapai target": not the claim either.
_QUALIFIED_WITHIN = re.compile(r"\b(?:belum|tidak|tak|kecuali|hanya|sebagian)\b", re.I)
# The percentage the claim states, to cite it ("… yaitu telah mencapai 100% bahkan lebih").
_HUNDRED = re.compile(r"(?<![\d.,])100\s*%")
_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?=\s)")
_MEASURED = frozenset({"pengukuran_kinerja"})


def claims(text: str) -> Iterator[tuple[re.Match[str], str | None]]:
    """Each unqualified "all indicators reached the target" claim of `text` (whitespace
    collapsed), with "100%" when its sentence states it."""
    for m in _CLAIM.finditer(text):
        if _QUALIFIED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _QUALIFIED_WITHIN.search(m.group("between")) or _QUALIFIED_WITHIN.search(m.group("after")):
            continue
        end = _SENTENCE_END.search(text, m.end())
        hundred = _HUNDRED.search(text, m.start(), end.start() if end else len(text))
        yield m, (hundred.group(0) if hundred else None)


def _short_of_target(row: IndicatorRow, year: int | None) -> bool:
    """A measured row of the report's year whose printed capaian is below 100 % (past
    rounding: "99,996" printed "100,00" is not)."""
    if row.table_kind not in _MEASURED or row.detail in PLAN_KINDS or row.capaian is None:
        return False
    if year is not None and row.year is not None and row.year != year:
        return False
    text = row.capaian_text or ""
    if "capaian" not in row.cells or not re.search(r"\d", text):
        return False
    unit = 10.0 ** -decimals_printed(text)
    return row.capaian < 100 - unit / 2


def _rows_near(doc: Extraction, page: int) -> list[IndicatorRow]:
    """The measured rows the claim sums up: its own page's, else the page before's (the
    claim opens the page after its table)."""
    for p in (page, page - 1):
        rows = [r for r in doc.indicators if r.page == p and r.table_kind in _MEASURED and r.capaian is not None]
        if rows:
            return rows
    return []


@register
class AllReachedClaim(Rule):
    """The text claims every indicator reached its target, while the measurement table it
    sums up prints a capaian below 100 % for one of them.

    Chapter III follows its measurement table with a summary ("Dari tabel di atas … Pada
    Tahun 2022, semua realisasi indikator telah mencapai target yang ditetapkan yaitu telah
    mencapai 100% bahkan lebih"); when the table prints "Maturitas SPIP … 94,24%", the
    summary and the table cannot both be right, and the summary is what readers quote.

    Example: "semua realisasi indikator telah mencapai target … 100% bahkan lebih" under a
    Tabel 3.2 whose Maturitas SPIP row prints capaian 94,24 %.

    The claim must be unqualified: "semua"/"seluruh" … "indikator" … "mencapai/memenuhi/
    melampaui target" or "… 100 %" within one sentence, with no "belum", "tidak", "hampir",
    "kecuali", "hanya" or "sebagian" around it. The rows compared are the measurement
    (Pengukuran Kinerja) rows of the report's year on the claim's page, else on the page
    before it, whose capaian cell prints a figure below 100 % (past its printed rounding).
    A warning: which table a summary sums up is read from where it stands.
    """

    code = "LKJ-N003"
    title: ClassVar[dict[str, str]] = {"en": "The text says all indicators reached their target; the table does not",
                                       "id": "Narasi menyebut semua indikator mencapai target; tabelnya tidak"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        year = doc.metadata.year
        for page, raw in sorted(doc.page_texts.items()):
            text = " ".join(raw.split())
            for m, hundred in claims(text):
                short_rows = [r for r in _rows_near(doc, page) if _short_of_target(r, year)]
                if short_rows:
                    yield self._finding(page, m, hundred, short_rows)

    def _finding(self, page: int, m: re.Match[str], hundred: str | None, rows: list[IndicatorRow]) -> Finding:
        claim = hundred or m.group(0)[-40:]
        en_rows = join_list((f"“{short(r.indikator, 60)}” {r.capaian_text} ({where(r, 'en')})" for r in rows), "en")
        id_rows = join_list((f"“{short(r.indikator, 60)}” {r.capaian_text} ({where(r, 'id')})" for r in rows), "id")
        en = (f"The text on {page_ref(page, 'en')} states that all indicators reached their target"
              f"{' (' + hundred + ' or more)' if hundred else ''}, but the table prints a capaian below 100 % "
              f"for {en_rows}.")
        idn = (f"Narasi pada {page_ref(page, 'id')} menyebut semua indikator telah mencapai target"
               f"{' (' + hundred + ' atau lebih)' if hundred else ''}, tetapi tabelnya mencetak capaian di bawah "
               f"100 % untuk {id_rows}.")
        ev = [Evidence(Cell(text=claim, page=page), 100.0 if hundred else None, "claim in text")]
        ev += [Evidence(r.cells["capaian"], r.capaian, "capaian (printed)") for r in rows]
        return self.finding(en, idn, ev, basis=[r.cells["capaian"] for r in rows])
