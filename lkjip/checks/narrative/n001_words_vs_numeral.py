"""LKJ-N001: an amount in words (terbilang) says something else than its numeral."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.certainty import flag
from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.checks.wording import page_ref as _page
from lkjip.numbers import format_id
from lkjip.records import Extraction


@register
class WordsVsNumeral(Rule):
    """Amount in words vs its numeral.

    Flags a figure in the running text followed by words in parentheses that spell a
    different number: "Rp. 19.253.545.000,- (Sembilan belas milyar dua ratus lima puluh
    tiga juta empat ratus lima puluh empat ribu rupiah)". The words are the legally
    binding form of an amount in Indonesian official writing, so a mismatch means one of
    the two is wrong and the reader cannot tell which.

    Example (seed, p. 16): "Rp. 18.353.545.000,- (Delapan belas milyar tiga ratus lima
    puluh tiga juta lima ratus empat puluh lima ribu rupiah)" agrees; so do "1 (satu)",
    "3 (tiga)" and "9 (sembilan)".

    Tolerance: exact. Words are read as Indonesian number words (satu … sembilan,
    se-, belas, puluh, ratus, ribu, juta, milyar/miliar, triliun, koma).
    """

    code = "LKJ-N001"
    title: ClassVar[dict[str, str]] = {"en": "Amount in words differs from the numeral",
             "id": "Terbilang berbeda dengan angkanya"}
    severity = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        for amount in doc.amounts:
            if amount.words is None or amount.words_value is None:
                continue
            if abs(float(amount.words_value) - float(amount.value)) < 1e-6:
                continue
            en = (f"The text on {_page(amount.page, 'en')} prints {amount.text} but spells it "
                  f"{amount.words}, which is {format_id(amount.words_value)}.")
            idn = (f"Narasi pada {_page(amount.page, 'id')} menulis {amount.text} tetapi terbilangnya "
                   f"{amount.words}, yaitu {format_id(amount.words_value)}.")
            ev = [Evidence(amount.cell, float(amount.value), "numeral")]
            if amount.words_cell is not None:
                ev.append(Evidence(amount.words_cell, float(amount.words_value), "in words"))
            yield flag(self, en, idn, ev)
