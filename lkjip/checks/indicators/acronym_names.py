"""One indicator named with an acronym in one table and spelled out in another:
"Persentase RSUD terisi dokter spesialis Penunjang" (Pengukuran Kinerja) and "Persentase
Rumah Sakit Umum Daerah terisi dokter spesialis Penunjang" (the year comparison).

Name matching (lkjip.match.identity) keeps them apart: a word of difference may be another
indicator. Here the difference is an acronym printed in capitals (three letters or more)
whose letters are the initials of the words the other name has in its place, all else the
same. The rows are joined as one indicator, but only as a reading: every value cell of the
joined rows is marked `name_acronym`, so a contradiction between them is a warning.
"""

from __future__ import annotations

import re

from lkjip.checks.indicators.joined_groups import fold
from lkjip.match.identity import indicator_tokens
from lkjip.records import IndicatorRow

NAME_ACRONYM = "name_acronym"
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")


def _spelled(tokens: tuple[str, ...], acronym: str, other: tuple[str, ...]) -> bool:
    """`other` is `tokens` with the acronym's words spelled out."""
    n = len(acronym)
    if len(other) != len(tokens) - 1 + n or acronym not in tokens:
        return False
    at = tokens.index(acronym)
    run = other[at:at + n]
    return other[:at] == tokens[:at] and other[at + n:] == tokens[at + 1:] and \
        "".join(w[0] for w in run) == acronym


def joined_by_acronym(groups: list[list[IndicatorRow]]) -> list[list[IndicatorRow]]:
    """The groups, those named by an acronym and spelled out joined (the spelled-out
    group's rows marked, as copies)."""
    tokens = [indicator_tokens(g[0].indikator) for g in groups]
    joined: dict[int, int] = {}  # spelled-out group -> the acronym's group
    for i, g in enumerate(groups):
        acronyms = {a.lower() for a in _ACRONYM.findall(g[0].indikator)}
        for acronym in acronyms:
            hits = [j for j, t in enumerate(tokens) if j != i and j not in joined and _spelled(tokens[i], acronym, t)]
            if len(hits) == 1:
                joined[hits[0]] = i
    return fold(groups, joined, NAME_ACRONYM)
