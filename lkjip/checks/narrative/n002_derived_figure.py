"""LKJ-N002: a figure the text derives from figures it states (a difference, an average)
is not what those figures give."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.narrative.compared_in_table import (
    ComparedPair,
    compared_pair,
    decimals_of,
    figure_of,
)
from lkjip.checks.narrative.count_breakdown import breakdowns
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref
from lkjip.numbers import NumberStyle, ParsedNumber, decimals_printed, find_numbers
from lkjip.records import COMPARED_REALISASI, Cell, Extraction

# "lebih unggul 0,13 poin", "lebih tinggi dari … 7,45 poin", "selisih 2,5 poin".
_DIFFERENCE = re.compile(r"\b(?:lebih\s+(?:unggul|tinggi|besar|baik|rendah|kecil)|selisih(?:nya)?|"
                         r"(?:naik|turun|meningkat|menurun)\s+sebesar)\b[^.;]{0,80}?"
                         r"(?<![\d.,])(?P<figure>\d+(?:,\d+)?)\s*(?:poin|point)\b", re.I)
# "… tahun 2015 … sebesar 103.30% mengalami sedikit peningkatan sebesar 2,3% ditahun 2016".
_CHANGE = re.compile(r"\b(?:peningkatan|kenaikan|penurunan|naik|turun|meningkat|menurun)\s+sebesar\s+"
                     r"(?P<figure>\d+(?:,\d+)?)\s*%", re.I)
_A_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_MAX_COUNTERPARTS = 4
# "Rata-rata realisasi anggaran … adalah sebesar 95,58%."
_AVERAGE = re.compile(r"\brata[\s-]*rata\b[^.;%]{0,120}?(?<![\d.,])(?P<figure>\d+(?:,\d+)?)\s*%", re.I)
# The sentence listing what was averaged: "… untuk masing-masing misi yaitu : … 96,78%; …".
_EACH = re.compile(r"\bmasing[\s-]*masing\b|\byaitu\b|\bsebagai berikut\b", re.I)
_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?=\s+[A-Z(])")
_PARENS = re.compile(r"\([^()]{0,40}\)")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_MIN_PARTS = 2
_MAX_PARTS = 12


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _figures(text: str, start: int, end: int, style: NumberStyle | None, percent: bool) -> list[ParsedNumber]:
    """The figures of text[start:end], without years and what parentheses hold ("(Level 3)")."""
    blank = _PARENS.sub(lambda m: " " * len(m.group(0)), text[start:end])
    out = []
    for n in find_numbers(blank, style):
        if _YEAR.match(n.text) or (percent and n.kind != "percent") or (not percent and n.kind == "rupiah"):
            continue
        out.append(n)
    return out


def _agrees(stated: ParsedNumber | float, printed: str, value: float) -> bool:
    """Within half the last printed decimal, or the value cut off at those decimals."""
    d = decimals_printed(printed)
    unit = 10.0 ** -d
    target = float(stated.value) if isinstance(stated, ParsedNumber) else stated
    cut = int(value / unit) * unit
    return abs(target - value) <= unit / 2 + 1e-9 or abs(target - cut) <= 1e-9


@register
class DerivedFigure(Rule):
    """A difference or an average the text states is not what its own figures give.

    Reports compare two figures and then state by how much one leads ("realisasi …
    tercapai 81,59 (Nilai A), sedangkan … 72,14 (Nilai BB). Hal ini berarti … lebih unggul
    … 7,45 poin"), or state an average and then list what was averaged ("Rata-rata
    realisasi anggaran … sebesar 95,58%. Realisasi anggaran untuk masing-masing misi yaitu:
    … 96,78%; … 93,55%; … 98,81%; … 92,20%"). The difference is compared with the two
    figures of its own sentence, or else of the sentence before it (exactly two, what
    parentheses hold and years left out); the average with the mean of the percentages of
    the sentence after it that lists them ("masing-masing", "yaitu"). A change stated in
    percent against one year's percentage ("tahun 2015 … sebesar 103.30% mengalami
    peningkatan sebesar 2,3%") is compared with the percentages of the sentence before it,
    read both as points and as relative change: reported when no figure gives it.

    Example: 81,59 − 72,14 = 9,45, not 7,45; (96,78 + 93,55 + 98,81 + 92,20) / 4 = 95,34,
    not 95,58.

    A lead over another region ("Hal ini berarti realisasi indikator kinerja Maturitas SPIP
    Pemerintah Kabupaten … lebih unggul 0,13 poin nilai") is also compared with the table
    that compares the indicator with that region ("Realisasi 2022 | Realisasi Daerah":
    "Level 3 (3,157)" | "Level 3 (3,141)", 3,157 − 3,141 = 0,016), when the sentence names
    one indicator of such a table printed on its page or the two before, a level of
    government, and no target or year. The
    finding then cites both table figures, and the sentence's own figures when they give
    another difference too. Tolerance there: also one last decimal of the table's figures
    (each is rounded).

    A count stated and then broken down ("sebanyak 20 indikator dengan rincian … : 16
    indikator … : 1 indikator … : 2 indikator … : 2 indikator … Jumlah : 21 indikator") is
    compared with the sum of its items and the list's Jumlah (same unit word); without a
    Jumlah, only items adding up to more count (the list may go on overleaf).

    Always a warning: which figures the sentence means is read from its shape, and an
    average may be weighted. Tolerance: half the last printed decimal of the stated figure
    (or the exact figure cut off there).
    """

    code = "LKJ-N002"
    title: ClassVar[dict[str, str]] = {"en": "A difference or average in the text differs from its figures",
                                       "id": "Selisih atau rata-rata pada narasi berbeda dengan angka-angkanya"}
    severity = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        style = NumberStyle(doc.number_style) if doc.number_style in ("id", "us") else None
        for page, raw in sorted(doc.page_texts.items()):
            text = " ".join(raw.split())
            yield from self._counts(text, page)
            if _DIFFERENCE.search(text) is None and _AVERAGE.search(text) is None and _CHANGE.search(text) is None:
                continue  # most pages: no sentence to split
            spans = _sentences(text)
            ends = [e for _, e in spans]
            for m in _DIFFERENCE.finditer(text):
                yield from self._difference(doc, text, spans, bisect_right(ends, m.start()), m, page, style)
            for m in _CHANGE.finditer(text):
                yield from self._change(text, spans, bisect_right(ends, m.start()), m, page, style)
            for m in _AVERAGE.finditer(text):
                yield from self._average(text, spans, bisect_right(ends, m.start()), m, page, style)

    def _difference(self, doc: Extraction, text: str, spans: list[tuple[int, int]], i: int, m: re.Match[str],
                    page: int, style: NumberStyle | None) -> Iterator[Finding]:
        start, _ = spans[i]
        stated = m.group("figure")
        stated_value = _value(stated)
        if stated_value is None:
            return
        parts = _figures(text, start, m.start("figure"), style, percent=False)
        if len(parts) != 2 and not parts and i > 0:
            parts = _figures(text, *spans[i - 1], style, percent=False)
        off = len(parts) == 2 and not _agrees(stated_value, stated, abs(float(parts[0].value) - float(parts[1].value)))
        # The sentence up to the stated figure (what follows may be the next heading's
        # list of indicators), then the two sentences before it.
        windows = [text[start:m.end()], *(text[s:e] for s, e in reversed(spans[max(0, i - 2):i]))]
        pair = compared_pair(doc, windows, page)
        if pair is not None and not _table_agrees(stated_value, stated, pair, style):
            yield self._table_difference(page, stated, stated_value, pair, parts if off else [], style)
            return
        if not off:
            return
        value = abs(float(parts[0].value) - float(parts[1].value))
        shown = _format(value, max(decimals_printed(stated), decimals_printed(parts[0].text)))
        en = (f"The text on {page_ref(page, 'en')} states a difference of {stated}, but the two figures "
              f"it compares give {parts[0].text} − {parts[1].text} = {shown}.")
        idn = (f"Narasi pada {page_ref(page, 'id')} menyebut selisih {stated}, tetapi dua angka yang "
               f"dibandingkannya memberi {parts[0].text} − {parts[1].text} = {shown}.")
        ev = [Evidence(Cell(text=stated, page=page), stated_value, "stated difference"),
              *(Evidence(Cell(text=p.text, page=page), float(p.value), "compared figure") for p in parts)]
        yield self.finding(en, idn, ev)

    def _table_difference(self, page: int, stated: str, stated_value: float, pair: ComparedPair,
                          parts: list[ParsedNumber], style: NumberStyle | None) -> Finding:
        """The stated lead against the table's own realisasi and the compared region's;
        the sentence's own figures too when they give another difference as well."""
        own, other = figure_of(pair.own, style), figure_of(pair.other, style)
        hi, lo = (own, other) if float(pair.own.value or 0) >= float(pair.other.value or 0) else (other, own)
        shown = _format(pair.difference, max(decimals_printed(stated), decimals_of(pair.own, style),
                                             decimals_of(pair.other, style)))
        row, name = pair.row, " ".join(pair.row.indikator.split())
        en = (f"The text on {page_ref(page, 'en')} states a difference of {stated} between “{name}” and the "
              f"region it is compared with, but the table on {page_ref(row.page, 'en')} prints {own} for it and {other} for that region: "
              f"{hi} − {lo} = {shown}.")
        idn = (f"Narasi pada {page_ref(page, 'id')} menyebut selisih {stated} antara “{name}” dan pembandingnya, "
               f"tetapi tabel pada {page_ref(row.page, 'id')} mencetak {own} untuknya dan {other} untuk "
               f"pembandingnya: {hi} − {lo} = {shown}.")
        if parts and sorted(float(p.value) for p in parts) != sorted([float(pair.own.value or 0),
                                                                     float(pair.other.value or 0)]):
            text_diff = _format(abs(float(parts[0].value) - float(parts[1].value)),
                                max(decimals_printed(stated), decimals_printed(parts[0].text)))
            en += f" The sentence's own figures give {parts[0].text} − {parts[1].text} = {text_diff}."
            idn += f" Angka kalimatnya sendiri memberi {parts[0].text} − {parts[1].text} = {text_diff}."
        ev = [Evidence(Cell(text=stated, page=page), stated_value, "stated difference"),
              Evidence(row.cells.get("realisasi") or Cell(pair.own.text, row.page, row.table, row.row, "realisasi"),
                       float(pair.own.value or 0), "table realisasi"),
              Evidence(row.cells.get(COMPARED_REALISASI)
                       or Cell(pair.other.text, row.page, row.table, row.row, COMPARED_REALISASI),
                       float(pair.other.value or 0), "compared region's realisasi"),
              *(Evidence(Cell(text=p.text, page=page), float(p.value), "compared figure") for p in parts)]
        return self.finding(en, idn, ev)

    def _change(self, text: str, spans: list[tuple[int, int]], i: int, m: re.Match[str], page: int,
                style: NumberStyle | None) -> Iterator[Finding]:
        """A change in percent against another year's percentage: its sentence states one
        year's figure, the sentence before the figures it may be compared with. Either
        reading of the change (points, or relative to the earlier figure) agreeing with any
        of them is enough; none agreeing is reported."""
        start, end = spans[i]
        if i == 0 or not _A_YEAR.search(text, start, end):
            return
        base = [p for p in _figures(text, start, end, style, percent=True) if p.start + start != m.start("figure")]
        base = [p for p in base if p.start + start < m.start("figure")]
        others = _figures(text, *spans[i - 1], style, percent=True)
        if len(base) != 1 or not 1 <= len(others) <= _MAX_COUNTERPARTS:
            return
        stated = m.group("figure")
        stated_value = _value(stated)
        b = float(base[0].value)
        if stated_value is None or not b:
            return
        for o in others:
            v = float(o.value)
            if _agrees(stated_value, stated, abs(v - b)) or _agrees(stated_value, stated, abs(v - b) / b * 100):
                return
        latest = others[-1]
        v = float(latest.value)
        points, share = _format(abs(v - b), 2), _format(abs(v - b) / b * 100, 2)
        en = (f"The text on {page_ref(page, 'en')} states a change of {stated}% from {base[0].text}, but the "
              f"figure it is compared with ({latest.text}) gives {points} points ({share}% relative); no "
              f"figure of the sentence before gives {stated}.")
        idn = (f"Narasi pada {page_ref(page, 'id')} menyebut perubahan {stated}% dari {base[0].text}, tetapi "
               f"angka pembandingnya ({latest.text}) memberi {points} poin ({share}% relatif); tidak ada angka "
               f"pada kalimat sebelumnya yang memberi {stated}.")
        ev = [Evidence(Cell(text=f"{stated}%", page=page), stated_value, "stated difference"),
              Evidence(Cell(text=base[0].text, page=page), b, "compared figure"),
              *(Evidence(Cell(text=o.text, page=page), float(o.value), "compared figure") for o in others)]
        yield self.finding(en, idn, ev)

    def _average(self, text: str, spans: list[tuple[int, int]], i: int, m: re.Match[str], page: int,
                 style: NumberStyle | None) -> Iterator[Finding]:
        if i + 1 >= len(spans):
            return
        nxt = spans[i + 1]
        if not _EACH.search(text, *nxt):
            return
        parts = _figures(text, *nxt, style, percent=True)
        if not _MIN_PARTS <= len(parts) <= _MAX_PARTS:
            return
        stated = m.group("figure")
        stated_value = _value(stated)
        mean = sum(float(p.value) for p in parts) / len(parts)
        if stated_value is None or _agrees(stated_value, stated, mean):
            return
        shown = _format(mean, max(decimals_printed(stated), 2))
        listed = " + ".join(p.text for p in parts)
        en = (f"The text on {page_ref(page, 'en')} states an average of {stated}%, but the {len(parts)} figures "
              f"it lists average ({listed}) / {len(parts)} = {shown}% (unless the average is weighted).")
        idn = (f"Narasi pada {page_ref(page, 'id')} menyebut rata-rata {stated}%, tetapi {len(parts)} angka yang "
               f"dirincinya rata-ratanya ({listed}) / {len(parts)} = {shown}% (kecuali rata-ratanya berbobot).")
        ev = [Evidence(Cell(text=f"{stated}%", page=page), stated_value, "stated average"),
              *(Evidence(Cell(text=p.text, page=page), float(p.value), "averaged figure") for p in parts)]
        yield self.finding(en, idn, ev)


    def _counts(self, text: str, page: int) -> Iterator[Finding]:
        """A count stated, then broken down, whose list's Jumlah or items give another."""
        for b in breakdowns(text):
            stated, unit = int(b.stated.group("n")), b.stated.group("unit")
            summed = sum(int(i.group(1)) for i in b.items)
            listed = int(b.total.group(1)) if b.total else None
            if listed is None and summed <= stated:
                continue  # no Jumlah: the list may go on overleaf
            if stated == summed and listed in (None, stated):
                continue
            terms = " + ".join(i.group(1) for i in b.items)
            total_en = f", and its Jumlah prints {listed} {unit}" if listed is not None else ""
            total_id = f", dan Jumlah-nya tertulis {listed} {unit}" if listed is not None else ""
            en = (f"The text on {page_ref(page, 'en')} states {stated} {unit}, but the breakdown that follows "
                  f"lists {terms} = {summed}{total_en}.")
            idn = (f"Narasi pada {page_ref(page, 'id')} menyebut {stated} {unit}, tetapi rincian sesudahnya "
                   f"berjumlah {terms} = {summed}{total_id}.")
            ev = [Evidence(Cell(text=f"{stated} {unit}", page=page), float(stated), "stated total")]
            if b.total is not None and listed is not None:
                ev.append(Evidence(Cell(text=f"{listed} {unit}", page=page), float(listed), "listed total"))
            ev += [Evidence(Cell(text=f"{i.group(1)} {unit}", page=page), float(i.group(1)), "part") for i in b.items]
            yield self.finding(en, idn, ev)


def _table_agrees(stated_value: float, stated: str, pair: ComparedPair, style: NumberStyle | None) -> bool:
    """Whether the stated lead is the table's difference: within half the stated figure's
    last decimal, or within one last decimal of the table's figures (each is rounded, so
    their difference may be off by one unit of the coarser one)."""
    if _agrees(stated_value, stated, pair.difference):
        return True
    unit = 10.0 ** -min(decimals_of(pair.own, style), decimals_of(pair.other, style))
    return abs(stated_value - pair.difference) <= unit + 1e-9


def _value(printed: str) -> float | None:
    """"0,13" → 0.13: a difference or average is a small decimal number, comma decimal."""
    try:
        return float(printed.replace(",", "."))
    except ValueError:
        return None


def _format(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")
