"""The rule catalogue: one class per rule, registered by its stable code.

A rule's docstring is its documentation (`lkjip rules` prints it): what it flags, why
it matters, an example from a real report. Codes never change meaning; a retired rule
keeps its code unused.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from lkjip.checks.finding import Evidence, Finding, Severity
from lkjip.records import Cell, Extraction

CODE_PATTERN = re.compile(r"^LKJ-[A-Z][0-9]{3}$")
# The one list of rule families: code letter → the package under lkjip/checks/ holding its
# rules (one file per rule) and its name in each language. A new family is one line here.
FAMILIES: dict[str, dict[str, str]] = {
    "B": {"package": "budget", "en": "Budget", "id": "Anggaran"},
    "K": {"package": "indicators", "en": "Performance indicators", "id": "Indikator kinerja"},
    "N": {"package": "narrative", "en": "Narrative and words", "id": "Narasi dan terbilang"},
    "S": {"package": "structure", "en": "Structure and extraction", "id": "Struktur dan ekstraksi"},
    "Y": {"package": "years", "en": "Across years", "id": "Antar tahun"},
}


@dataclass
class CheckConfig:
    """Tolerances and language. Every tolerance is documented by the rule that uses it."""

    lang: str = "id"
    # Rupiah sums: printed amounts are whole rupiah, so parts must add up exactly; a
    # user may allow slack for reports that round to thousands.
    rupiah_tolerance: float = 0.0
    # Percentages: half a unit of the last printed decimal, plus this.
    percent_extra_tolerance: float = 0.0
    options: dict[str, Any] = field(default_factory=dict)


class Rule:
    """Base of every rule. Subclasses set the class attributes and implement `check`."""

    code: ClassVar[str]
    title: ClassVar[dict[str, str]]  # {"en": …, "id": …}
    severity: ClassVar[Severity]
    # Rules over one document run in `lkjip check`; rules over a store take `scope = "store"`.
    scope: ClassVar[str] = "document"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        raise NotImplementedError

    def finding(self, message_en: str, message_id: str, evidence: list[Evidence],
                severity: Severity | None = None, doubtful: bool = False,
                basis: list[Cell | None] | None = None) -> Finding:
        """A finding of this rule, resting on `basis` (default: its evidence's cells).

        An error only where every value it rests on was read with certainty
        (lkjip.checks.certainty); otherwise a warning whose message says what to verify.
        `doubtful` lets a rule add a doubt of its own (the cells then name none).
        """
        from lkjip.checks.certainty import doubt_note, doubts

        found = doubts(basis if basis is not None else [e.cell for e in evidence])
        doubtful = doubtful or bool(found)
        sev = severity or self.severity
        if doubtful and sev == "error":
            sev = "warning"
        return Finding(rule=self.code, severity=sev, title=dict(self.title),
                       message={"en": message_en + doubt_note(found, "en"),
                                "id": message_id + doubt_note(found, "id")},
                       evidence=evidence, doubtful=doubtful, doubts=found)

    @classmethod
    def description(cls, lang: str = "en") -> str:
        """The rule's documentation: its docstring, or in Bahasa Indonesia its entry in
        `lkjip.checks.descriptions_id` (falling back to the docstring)."""
        if lang == "id":
            from lkjip.checks.descriptions_id import DESCRIPTIONS_ID

            if cls.code in DESCRIPTIONS_ID:
                return inspect.cleandoc(DESCRIPTIONS_ID[cls.code])
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def family(cls) -> str:
        return cls.code[4]


REGISTRY: dict[str, type[Rule]] = {}


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator: add a rule to the catalogue, refusing a bad or reused code."""
    if not CODE_PATTERN.match(cls.code):
        raise ValueError(f"{cls.__name__}: rule code {cls.code!r} is not of the form LKJ-X000")
    if cls.code in REGISTRY and REGISTRY[cls.code] is not cls:
        raise ValueError(f"rule code {cls.code} is used by {REGISTRY[cls.code].__name__} and {cls.__name__}")
    if set(cls.title) != {"en", "id"} or cls.title["en"] == cls.title["id"]:
        raise ValueError(f"{cls.code}: needs distinct English and Indonesian titles")
    if not cls.__doc__:
        raise ValueError(f"{cls.code}: a rule's docstring is its documentation")
    REGISTRY[cls.code] = cls
    return cls
