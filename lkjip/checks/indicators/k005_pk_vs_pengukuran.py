"""LKJ-K005: an indicator of the Perjanjian Kinerja not measured, or the reverse."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from lkjip.checks.finding import Finding, Severity
from lkjip.checks.indicators.common import indicator_groups, name_evidence, short, where
from lkjip.checks.rule import CheckConfig, Rule, register
from lkjip.records import Extraction


@register
class PkVersusPengukuran(Rule):
    """Flags an indicator that the Perjanjian Kinerja promises but the Pengukuran
    Kinerja does not measure, and one measured that the Perjanjian Kinerja never set.

    Why: the LKjIP must account for every indicator of the year's Perjanjian Kinerja
    (PermenPANRB 53/2014); an indicator dropped from the measurement hides a result,
    one added there was never agreed.

    Runs only when the document has both a Perjanjian Kinerja table and a Pengukuran
    Kinerja table (a lone PK, or a report without its PK, is not judged). Names are
    matched strictly (`lkjip.match.identity`), so a reworded indicator shows up here
    as missing on one side and present on the other: a reader should check whether
    it is the same one renamed. Seed: every one of the 35 PK indicators is measured.
    """

    code = "LKJ-K005"
    title: ClassVar[dict[str, str]] = {"en": "PK indicator not measured (or the reverse)",
             "id": "Indikator PK tidak diukur (atau sebaliknya)"}
    severity: ClassVar[Severity] = "warning"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        kinds = {r.table_kind for r in doc.indicators}
        if not {"perjanjian_kinerja", "pengukuran_kinerja"} <= kinds:
            return
        for group in indicator_groups(doc):
            group_kinds = {r.table_kind for r in group}
            pk = "perjanjian_kinerja" in group_kinds
            measured = "pengukuran_kinerja" in group_kinds
            if pk == measured:
                continue
            row = next(r for r in group if r.table_kind in ("perjanjian_kinerja", "pengukuran_kinerja"))
            name = short(row.indikator)
            if pk:
                yield self.finding(
                    f'Indicator "{name}" of the Perjanjian Kinerja ({where(row, "en")}) is not in the '
                    f"Pengukuran Kinerja.",
                    f'Indikator "{name}" pada Perjanjian Kinerja ({where(row, "id")}) tidak ada dalam '
                    f"Pengukuran Kinerja.",
                    [name_evidence(row)])
            else:
                yield self.finding(
                    f'Indicator "{name}" is measured ({where(row, "en")}) but is not in the Perjanjian Kinerja.',
                    f'Indikator "{name}" diukur ({where(row, "id")}) tetapi tidak ada dalam Perjanjian Kinerja.',
                    [name_evidence(row)])
