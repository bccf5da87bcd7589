"""LKJ-B014: the running text states one budget line's amount twice, differently."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.budget.b002_text_total_vs_table import looks_mistyped
from lkjip.checks.budget.retold_breakdowns import Breakdown, name_before, retold_breakdowns
from lkjip.checks.budget.text_figures import is_table_value, lead_in, subject
from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref
from lkjip.numbers import format_amount
from lkjip.records import Extraction, NarrativeAmount

# The words joining a line's name to its figure: "… sebesar Rp.", "… yaitu :".
_LINK = re.compile(r"(?:\s|[,:;=.-])*(?:\b(?:sebesar|senilai|yaitu|adalah|rp)\b(?:\s|[,:;=.-])*)*$", re.I)
# A list mark opening the lead-in: "A.", "1.", "c)", "2)".
_MARK = re.compile(r"^\s*(?:\(?[A-Za-z0-9]{1,2}[.)]\s+)+")
_NON_WORD = re.compile(r"[^\w]+")
# A name this short ("Program", "dengan") does not single out a line.
_MIN_WORDS = 2
_MAX_WORDS = 14


def line_named(amount: NarrativeAmount) -> str | None:
    """The line the figure's lead-in names ("Belanja Langsung (APBD)"), as a name key; None
    for a lead-in naming a column ("dengan realisasi", "Jumlah anggaran yang dialokasikan
    untuk kegiatan ini"), which many lines share, or not opening with a name."""
    if subject(amount) is not None:
        return None
    lead = _LINK.sub("", _MARK.sub("", lead_in(amount))).strip()
    if not lead[:1].isupper():
        return None
    key = " ".join(_NON_WORD.sub(" ", lead.lower()).split())  # brackets kept: "(APBD)" ≠ "(APBN)"
    return key if _MIN_WORDS <= len(key.split()) <= _MAX_WORDS else None


@register
class TextRestatesDifferently(Rule):
    """The text states one budget line's amount twice, differently.

    Reports retell the budget twice: chapter II lists it ("A. Belanja Langsung (APBD)
    sebesar Rp. 203.092.251.125,-") and chapter III reports on it ("1. Belanja Langsung
    (APBD) sebesar Rp. 234.092.251.125,- , dengan realisasi …"). Where the words naming the
    line (everything since the previous figure, list marks and "sebesar Rp." left out) are
    the same and the two amounts look like one mistyped from the other (same number of
    digits, at most two digits changed or swapped), both cannot be right.

    A warning: the text may mean two stages of the budget (before and after the revision)
    without saying so; the reader checks which figure the table and the parts support.
    Not flagged: names of one word ("Program"); a lead-in that names a column rather than a
    line ("dengan realisasi", "Jumlah anggaran yang dialokasikan untuk kegiatan ini": many
    lines share it); amounts more than a typo apart (a different quantity); an amount the
    budget table holds as a row.

    A line stated with the list of its parts is compared however far apart the amounts are: "C. Bantuan Keuangan … kepada Kabupaten/Kota (APBD) (BTL Khusus)
    sebesar Rp. 90.936.238.984,- … dengan rincian kegiatan : a. … Rp. 89.962.118.984,- b. …
    Rp. 974.120.000,-" against "3. Bantuan Keuangan … (APBD) sebesar Rp. 100.350.627.500,- …
    a) … Rp. 99.376.227.500,- b) … Rp. 974.400.000,-": each list adds up to its own total,
    the totals and most items are named alike, so the text gives one line two budgets.
    """

    code = "LKJ-B014"
    title: ClassVar[dict[str, str]] = {"en": "The text states one budget line's amount twice, differently",
                                       "id": "Narasi menyebut anggaran satu pos dua kali dengan angka berbeda"}
    severity = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        named: dict[str, list[NarrativeAmount]] = defaultdict(list)
        for amount in doc.amounts:
            if amount.kind != "rupiah" or is_table_value(amount, doc):
                continue
            key = line_named(amount)
            if key is not None:
                named[key].append(amount)
        for amounts in named.values():
            first: dict[float, NarrativeAmount] = {}
            for a in amounts:
                first.setdefault(float(a.value), a)
            values = list(first)
            for i, v in enumerate(values):
                for w in values[i + 1:]:
                    if looks_mistyped(v, w):
                        yield self._finding(first[v], first[w])
        for a, b in retold_breakdowns(doc.amounts):
            yield self._retold(a, b)

    def _finding(self, a: NarrativeAmount, b: NarrativeAmount) -> Finding:
        name = " ".join(_LINK.sub("", _MARK.sub("", lead_in(a))).split())
        diff = format_amount(abs(float(a.value) - float(b.value)))
        en = (f"The text states “{name}” as {a.text} on {page_ref(a.page, 'en')} and as {b.text} on "
              f"{page_ref(b.page, 'en')} (difference {diff}): one of them is likely mistyped, or they are "
              f"two stages of the budget the text does not name.")
        idn = (f"Narasi menyebut “{name}” {a.text} pada {page_ref(a.page, 'id')} dan {b.text} pada "
               f"{page_ref(b.page, 'id')} (selisih {diff}): salah satunya kemungkinan salah ketik, atau "
               f"keduanya tahap anggaran berbeda yang tidak disebutkan.")
        ev = [Evidence(cell=a.cell, value=float(a.value), role="stated in text"),
              Evidence(cell=b.cell, value=float(b.value), role="stated in text")]
        return self.finding(en, idn, ev, severity="warning")

    def _retold(self, a: Breakdown, b: Breakdown) -> Finding:
        name = " ".join(_LINK.sub("", _MARK.sub("", name_before(a.total))).split())
        parts_a = " + ".join(p.text for p in a.parts)
        parts_b = " + ".join(p.text for p in b.parts)
        en = (f"The text states “{name}” with its {len(a.parts)} items twice: {a.total.text} ({parts_a}) on "
              f"{page_ref(a.total.page, 'en')} and {b.total.text} ({parts_b}) on {page_ref(b.total.page, 'en')}. "
              f"Each adds up; verify whether one of them is the budget before a revision.")
        idn = (f"Narasi menyebut “{name}” beserta {len(a.parts)} rinciannya dua kali: {a.total.text} ({parts_a}) "
               f"pada {page_ref(a.total.page, 'id')} dan {b.total.text} ({parts_b}) pada "
               f"{page_ref(b.total.page, 'id')}. Masing-masing berjumlah benar; periksa apakah salah satunya "
               f"anggaran sebelum perubahan.")
        ev = [Evidence(cell=a.total.cell, value=float(a.total.value), role="stated in text"),
              Evidence(cell=b.total.cell, value=float(b.total.value), role="stated in text")]
        ev += [Evidence(cell=p.cell, value=float(p.value), role="part") for p in (*a.parts, *b.parts)]
        return self.finding(en, idn, ev, severity="warning")
