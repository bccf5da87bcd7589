"""LKJ-S003: the document's time ran out before every rule had run."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.finding import Finding
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.records import Extraction


@register
class RulesNotRun(Rule):
    """Rules that did not run on this document because its time limit (`--timeout`,
    which covers reading and checking) ran out first: the rule stopped mid-way or never
    started.

    Why: a rule that did not run found nothing, which is not the same as a document in
    which it found nothing. An error, so a CI run with the default `--fail-on error` does
    not pass a draft that was not fully checked; rerun with a longer `--timeout`.

    Example: a DOCX of 3,000 indicator rows checked with `--timeout 5` on a loaded
    machine. The runner adds this finding itself (listing the rules); it is reported
    whatever `--select`/`--ignore` say, since it is about the run, not the document.
    """

    code = "LKJ-S003"
    title: ClassVar[dict[str, str]] = {"en": "Rules not run: out of time",
                                       "id": "Aturan tidak dijalankan: waktu habis"}
    severity = "error"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        codes = doc.rules_not_run
        if not codes:
            return
        seconds = doc.time_limit_s
        limit = f" (--timeout {seconds:g} s)" if seconds else ""
        listed = ", ".join(codes)
        yield self.finding(
            f"The document's time limit{limit} ran out before {len(codes)} rule(s) had run: {listed}. "
            "They found nothing because they did not run; rerun with a longer --timeout.",
            f"Batas waktu dokumen{limit} habis sebelum {len(codes)} aturan dijalankan: {listed}. "
            "Aturan itu tidak menemukan apa pun karena tidak dijalankan; ulangi dengan --timeout lebih panjang.",
            [])
