"""A finding: one inconsistency a rule found, with every value it rests on."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

from lkjip.checks.roles import shown_role
from lkjip.records import Cell, Extraction, Place

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}
LANGS = ("id", "en")


@dataclass(frozen=True)
class Evidence:
    """One side of a contradiction: where it was printed and what it says."""

    cell: Cell
    value: float | None = None
    role: str | None = None  # "stated total", "computed from parts" … for people
    place: Place | None = None  # where a person finds it: printed page, caption, row number, header

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """The contract's evidence; with `lang`, the role in that language and its stable
        key in `role_key` (without, the key itself: the store keeps keys)."""
        d = self.cell.to_evidence(self.value)
        if self.role:
            d["role"] = shown_role(self.role, lang) if lang else self.role
            if lang:
                d["role_key"] = self.role
        if self.place is not None:
            d.update(self.place.to_dict())
        return d

    def placed(self, doc: Extraction) -> Evidence:
        """This evidence with where a person finds it in `doc` (kept if already placed)."""
        return self if self.place is not None else replace(self, place=doc.place_of(self.cell))


# How a person marked a finding in a baseline (see lkjip/baseline.py).
STATUSES = ("accepted", "false_alarm")


@dataclass(frozen=True)
class Suppression:
    """A finding recorded in the baseline: accepted (explained) or a false alarm, and why."""

    status: str  # one of STATUSES
    reason: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"status": self.status, "reason": self.reason}


@dataclass
class Finding:
    rule: str
    severity: Severity
    title: dict[str, str]  # lang → title
    message: dict[str, str]  # lang → message (both sides, the arithmetic, the pages)
    evidence: list[Evidence] = field(default_factory=list)
    file: str | None = None
    # A contradiction that rests on a value not read with certainty is downgraded and says so.
    doubtful: bool = False
    doubts: list[Any] = field(default_factory=list)  # lkjip.checks.certainty.Doubt
    # Marked in the baseline given with --baseline: shown as such, never fails the run.
    suppressed: Suppression | None = None

    def text(self, lang: str = "id") -> str:
        return self.message.get(lang) or self.message["en"]

    def title_text(self, lang: str = "id") -> str:
        return self.title.get(lang) or self.title["en"]

    @property
    def first_page(self) -> int | None:
        pages = [e.cell.page for e in self.evidence if e.cell.page is not None]
        return min(pages) if pages else None

    def to_dict(self, lang: str = "id") -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity, "title": self.title_text(lang),
                "message": self.text(lang), "evidence": [e.to_dict(lang) for e in self.evidence],
                "doubtful": self.doubtful,
                "certainty": {"certain": not self.doubts,
                              "doubts": [{**d.to_dict(), "message": d.text(lang)} for d in self.doubts]},
                **({"suppressed": self.suppressed.to_dict()} if self.suppressed else {})}
