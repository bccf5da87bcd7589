"""LKJ-S004: a rule failed on this document (lkjip's fault, not the document's)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.finding import Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.records import Extraction


@register
class RuleFailed(Rule):
    """Rules that stopped with an internal error on this document: a fault in lkjip,
    met on something the document prints that its authors did not foresee.

    Why: the other rules' findings stand, but a rule that failed found nothing, which
    is not the same as a document in which it found nothing. An error, so a CI run does
    not pass a draft that was not fully checked; the message names the rule and the
    exception for the bug report.

    Example: a rule reading a field a reader left out, on one statement table of a CaLK;
    before, the whole `lkjip check` stopped with a traceback and no finding at all was
    shown. The runner adds this finding itself; it is reported whatever
    `--select`/`--ignore` say, since it is about the run, not the document.
    """

    code = "LKJ-S004"
    title: ClassVar[dict[str, str]] = {"en": "Rule failed: lkjip could not finish a check",
                                       "id": "Aturan gagal: lkjip tidak dapat menyelesaikan pemeriksaan"}
    severity = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        failed = doc.rules_failed
        if not failed:
            return
        listed = "; ".join(f"{code} ({why})" for code, why in failed.items())
        yield self.finding(
            f"{len(failed)} rule(s) stopped with an internal error and checked nothing: {listed}. "
            "This is a fault in lkjip; the other rules ran. Please report it with the document.",
            f"{len(failed)} aturan berhenti karena kesalahan internal dan tidak memeriksa apa pun: {listed}. "
            "Ini kesalahan lkjip; aturan lain tetap dijalankan. Mohon laporkan bersama dokumennya.",
            [])
