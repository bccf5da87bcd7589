"""Levels of the rows of a realisation form: urusan, program, kegiatan, sub kegiatan, paket.

Printed facts first: the words PROGRAM / URUSAN / Jumlah, and the kode: under a program,
the shallowest codes are its kegiatan and codes one piece deeper that extend a kegiatan's
code its sub kegiatan ("01.2.01" → "01.2.01.06"); numbered items under a sub kegiatan are
its paket. An unlabelled line of amounts is a total; the line naming the Perangkat Daerah
above the first program adds its programs up (a total too, by position).

A form without codes (Evaluasi Hasil Renja) prints kegiatan and sub kegiatan alike, one
name under another. A person tells them apart by the sums: a kegiatan's rupiah equal the
sum of the sub kegiatan under it, in every column. Under each program the rows are cut
into groups [kegiatan, its sub kegiatan …] whose sums hold, with as few groups as
possible; such levels are "arithmetic" (no error rests on them). Where no cut holds, the
rows stay "other".
"""

from __future__ import annotations

import re
from functools import cache

Level = tuple[str, str]  # (level, evidence)

_PROGRAM = re.compile(r"^\W*program\b", re.I)
_URUSAN = re.compile(r"^\W*(urusan|bidang\s+urusan|fungsi)\b", re.I)
_TOTAL = re.compile(r"^\W*(jumlah|total|grand\s+total)\b", re.I)
_PIECES = re.compile(r"\d+")
_ROMAN = re.compile(r"^[IVXL]+\.?$")
_MAX_SPLIT = 80  # rows under one program the sums are searched over


def _pieces(code: str | None) -> int:
    return len(_PIECES.findall(code or "")) if code and re.match(r"^\d", code) else 0


def form_levels(rows: list[tuple[str | None, str, list[float]]], paket: bool = False) -> list[Level]:
    """`paket`: the name column is headed PEKERJAAN / PAKET (its lowest items are work packages)."""
    levels: list[Level | None] = []
    for code, name, amounts in rows:
        if _TOTAL.match(name):
            levels.append(("total", "word"))
        elif _PROGRAM.match(name):
            levels.append(("program", "word"))
        elif _URUSAN.match(name):
            levels.append(("other", "word"))
        elif not name.strip() and not code and any(amounts):
            levels.append(("total", "position"))
        else:
            levels.append(None)
    coded = any(_pieces(code) >= 2 for code, _, _ in rows)
    if coded:
        _by_code(rows, levels)
    elif any(code and _ROMAN.match(code) for code, _, _ in rows):
        _by_outline(rows, levels, paket)
    else:
        _by_sums(rows, levels)
    return [lv or ("other", "none") for lv in levels]


def _by_code(rows: list[tuple[str | None, str, list[float]]], levels: list[Level | None]) -> None:
    depths = sorted({_pieces(code) for (code, _, _), lv in zip(rows, levels, strict=True)
                     if lv is None and _pieces(code) >= 2})
    names = dict(zip(depths, ("kegiatan", "sub_kegiatan"), strict=False))
    last_coded: str | None = None
    for i, (code, _name, _amounts) in enumerate(rows):
        if levels[i] is not None:
            last_coded = levels[i][0] if levels[i][0] == "program" else last_coded  # type: ignore[index]
            continue
        depth = _pieces(code)
        if depth in names:
            levels[i] = (names[depth], "code")
            last_coded = names[depth]
        elif last_coded in ("sub_kegiatan", "kegiatan") or (code and re.fullmatch(r"\d{1,3}", code)):
            # numbered items under a sub kegiatan (or carried over from the page before)
            levels[i] = ("paket", "outline" if code else "position")


def _by_outline(rows: list[tuple[str | None, str, list[float]]], levels: list[Level | None], paket: bool) -> None:
    """I. / 1. / a. numbering: roman numerals are programs, arabic ones their kegiatan, letters
    the items under those (work packages under a PEKERJAAN heading, else sub kegiatan)."""
    for i, (code, _name, _amounts) in enumerate(rows):
        if levels[i] is not None and levels[i] != ("program", "word"):
            continue
        if code and _ROMAN.match(code):
            levels[i] = ("program", "outline")
        elif code and re.fullmatch(r"\d{1,3}\.?", code):
            levels[i] = ("kegiatan", "outline")
        elif code and re.fullmatch(r"[a-z]\.?", code):
            levels[i] = ("paket" if paket else "sub_kegiatan", "outline")
        elif levels[i] is None and i and levels[i - 1] is not None:
            levels[i] = ("paket" if paket else "other", "position")


def _by_sums(rows: list[tuple[str | None, str, list[float]]], levels: list[Level | None]) -> None:
    first_program = next((i for i, lv in enumerate(levels) if lv and lv[0] == "program"), None)
    if first_program is None:
        return
    for i in range(len(rows) - 1):
        # The Perangkat Daerah's line above its programs (at the top, or under an URUSAN line).
        if levels[i] is None and any(rows[i][2]) and (i < first_program or (
                levels[i + 1] == ("program", "word") and i and levels[i - 1] == ("other", "word"))):
            levels[i] = ("total", "position")
    start = first_program + 1
    while start < len(rows):
        end = start
        while end < len(rows) and levels[end] is None:
            end += 1
        block = [tuple(rows[k][2]) for k in range(start, end)]
        cut = _groups(tuple(block)) if 0 < len(block) <= _MAX_SPLIT else None
        if cut is not None:
            for g0, g1 in cut:
                levels[start + g0] = ("kegiatan", "arithmetic")
                for k in range(g0 + 1, g1):
                    levels[start + k] = ("sub_kegiatan", "arithmetic")
        _by_containment(rows, levels, start, end)
        start = end + 1


def _by_containment(rows: list[tuple[str | None, str, list[float]]], levels: list[Level | None],
                    start: int, end: int) -> None:
    """Rows no exact sum placed (the form's own totals do not add up): a kegiatan holds at
    least what its sub kegiatan spend, so a row opens a new kegiatan where adding it would
    take the running sum past the current kegiatan's figures. By position only: no error
    rests on these levels."""
    head: list[float] | None = None
    running: list[float] = []
    for k in range(start, end):
        if levels[k] is not None:
            head = None
            continue
        amounts = rows[k][2]
        if head is not None:
            after = [a + b for a, b in zip(running, amounts, strict=True)]
            if all(a <= h + 0.5 for a, h in zip(after, head, strict=True)):
                running = after
                levels[k] = ("sub_kegiatan", "position")
                continue
        head, running = list(amounts), [0.0] * len(amounts)
        levels[k] = ("kegiatan", "position")


_UNEXPLAINED = 100  # a row no sum places costs more than any number of groups


def _groups(block: tuple[tuple[float, ...], ...]) -> list[tuple[int, int]] | None:
    """The cut of `block` into [head, parts…] groups, each head the sum of its parts, with
    the fewest rows left unexplained (a misread or mistyped figure), then the fewest groups."""
    n = len(block)

    @cache
    def best(i: int) -> tuple[int, tuple[tuple[int, int], ...]]:
        if i == n:
            return 0, ()
        cost, rest = best(i + 1)
        found = (cost + _UNEXPLAINED, rest)
        head = block[i]
        running = [0.0] * len(head)
        for j in range(i + 1, n):
            running = [a + b for a, b in zip(running, block[j], strict=True)]
            if any(running) and all(abs(a - b) < 0.5 for a, b in zip(running, head, strict=True)):
                cost, rest = best(j + 1)
                if cost + 1 < found[0]:
                    found = (cost + 1, ((i, j + 1), *rest))
        return found

    _, groups = best(0)
    return list(groups) or None
