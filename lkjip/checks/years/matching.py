"""What makes two reports "the same agency", and two rows "the same indicator".

Agencies are matched on name and region after spelling normalization ("Setda" is
"Sekretariat Daerah", "Prov." is "Provinsi", acronyms in brackets dropped); a report
without a recognised agency is never compared. Indicator and program names match when
equal after normalization, or, failing that, when one candidate alone is at least
`NAME_SIMILARITY` similar (edit-distance ratio, so a name that merely
contains another does not match it) — wording drifts between years ("bagi
aparatur" / "aparatur"), and a wrong pairing would be a false alarm, so ambiguity
means no match.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from rapidfuzz import fuzz

from lkjip.checks.wording import page_ref, row_ref, table_ref
from lkjip.match.names import name_key
from lkjip.records import Cell, Extraction

NAME_SIMILARITY = 90.0
T = TypeVar("T")



def agency_key(doc: Extraction) -> str | None:
    meta = doc.metadata
    if not meta.agency or meta.year is None:
        return None
    return f"{name_key(meta.agency)}|{name_key(meta.region or '')}"


def by_agency(docs: Iterable[Extraction]) -> dict[str, list[Extraction]]:
    """Reports grouped by agency, each group ordered by performance year."""
    groups: dict[str, list[Extraction]] = defaultdict(list)
    for doc in docs:
        key = agency_key(doc)
        if key is not None:
            groups[key].append(doc)
    for group in groups.values():
        group.sort(key=lambda d: (d.metadata.year or 0, d.file))
    return groups


def report_pairs(docs: Sequence[Extraction], focus: Extraction | None) -> Iterable[tuple[Extraction, Extraction]]:
    """(earlier, later) reports of one agency; with a focus, only pairs that include it."""
    for group in by_agency(docs).values():
        for i, earlier in enumerate(group):
            for later in group[i + 1:]:
                if (earlier.metadata.year or 0) >= (later.metadata.year or 0):
                    continue
                if focus is not None and focus not in (earlier, later):
                    continue
                yield earlier, later


def best_match(name: str, candidates: Sequence[T], key: Any) -> T | None:
    """The candidate whose key(name) matches `name`: exact first, then a unique close one."""
    target = name_key(name)
    if not target:
        return None
    exact = [c for c in candidates if name_key(key(c)) == target]
    if exact:
        return exact[0]
    scored = [(fuzz.ratio(target, name_key(key(c))), i) for i, c in enumerate(candidates)]
    good = sorted((s for s in scored if s[0] >= NAME_SIMILARITY), reverse=True)
    if not good or (len(good) > 1 and good[1][0] == good[0][0]):
        return None
    return candidates[good[0][1]]


def where(doc: Extraction, cell: Cell | None, page: int | None, lang: str) -> str:
    """'lkjip-2019.pdf, p. 13' (hlm. in Indonesian); a DOCX names its table and row."""
    name = doc.file.replace("\\", "/").rsplit("/", 1)[-1]
    page = cell.page if cell is not None and cell.page is not None else page
    if page is not None:
        return f"{name}, {page_ref(page, lang)}"
    if cell is not None and cell.table:
        row = f", {row_ref(cell.row, lang)}" if cell.row is not None else ""
        return f"{name}, {table_ref(cell.table, lang)}{row}"
    return name
