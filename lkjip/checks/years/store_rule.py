"""The base of rules that compare reports with each other instead of reading one.

They run over the documents of a store (`lkjip check --db`), or over one report and the
store (`lkjip check REPORT --db`: `focus` is that report, and only pairs that include
it are compared).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar

from lkjip.checks.finding import Finding
from lkjip.checks.rule import CheckConfig, Rule
from lkjip.records import Extraction


class StoreRule(Rule):
    scope: ClassVar[str] = "store"

    def check(self, doc: Extraction, config: CheckConfig) -> Iterator[Finding]:
        raise TypeError(f"{self.code} compares reports: run it with lkjip.checks.store_runner")

    def check_store(self, docs: Sequence[Extraction], config: CheckConfig,
                    focus: Extraction | None = None) -> Iterator[Finding]:
        raise NotImplementedError
