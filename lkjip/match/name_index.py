"""Indexes that find the few names a name could match, so that grouping a document's
indicators and LKJ-K005's search for an indicator on the other side cost about n, not
n² calls of `same_indicator` / `may_be_cut_form` (a DOCX with 3,000 indicator rows:
minutes before, about a second now).

Each index returns a *superset* of the names that can match, in insertion order, and the
caller still applies the exact predicate to them, so results are exactly those of the
pairwise scan. The necessary conditions used:

- `same_indicator(a, b)`: the joined tokens are equal (a word hyphenated at a line end),
  or both have n tokens and differ in at most k = max(1, n // 6) of them, so removing k
  tokens from each sorted token list can give the same list ("deletion keys").
- `part_of` either way, beyond that: a name without its trailing parentheses has the
  other's tokens (or joined tokens), or one name's tokens are all among the other's
  (a run of its words, or one stray word).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from itertools import combinations
from math import comb

from lkjip.match.identity import (
    _without_trailing_parens,
    indicator_tokens,
    may_be_cut_form,
    same_indicator,
)

# Above this many deletion keys a name is compared with every name of its length instead.
_MAX_KEYS = 256


def _joined(tokens: tuple[str, ...]) -> str:
    return "".join(tokens)


@lru_cache(maxsize=16384)
def _deletion_keys(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], ...] | None:
    n = len(tokens)
    k = min(max(1, n // 6), n)
    if comb(n, k) > _MAX_KEYS:
        return None
    ordered = tuple(sorted(tokens))
    if k == 1:
        return tuple({ordered[:i] + ordered[i + 1:] for i in range(n)})
    if k == 2:
        return tuple({ordered[:i] + ordered[i + 1:j] + ordered[j + 1:] for i, j in combinations(range(n), 2)})
    return tuple({tuple(t for i, t in enumerate(ordered) if i not in drop) for drop in combinations(range(n), k)})


class SameIndicatorIndex:
    """Names added one by one; `first_match(name)` = the first added `b` with
    `same_indicator(name, b)`, or None."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self._joined: dict[str, list[int]] = {}
        self._keys: dict[tuple[int, tuple[str, ...]], list[int]] = {}
        self._long: dict[int, list[int]] = {}

    def add(self, name: str) -> int:
        i = len(self.names)
        self.names.append(name)
        tokens = indicator_tokens(name)
        if not tokens:
            return i  # never matches anything
        self._joined.setdefault(_joined(tokens), []).append(i)
        keys = _deletion_keys(tokens)
        if keys is None:
            self._long.setdefault(len(tokens), []).append(i)
        else:
            for key in keys:
                self._keys.setdefault((len(tokens), key), []).append(i)
        return i

    def candidates(self, name: str) -> list[int]:
        tokens = indicator_tokens(name)
        if not tokens:
            return []
        found = set(self._joined.get(_joined(tokens), ()))
        keys = _deletion_keys(tokens)
        if keys is None:
            found.update(self._long.get(len(tokens), ()))
        else:
            for key in keys:
                found.update(self._keys.get((len(tokens), key), ()))
        return sorted(found)

    def first_match(self, name: str) -> int | None:
        return next((i for i in self.candidates(name) if same_indicator(name, self.names[i])), None)


class CutFormIndex:
    """Names added one by one; `any_match(name)` = any added `b` with
    `may_be_cut_form(name, b)`. `frequency` (token → how many names have it) only
    orders tokens, rarest first, to keep buckets small; any fixed order is correct."""

    def __init__(self, frequency: Mapping[str, int] | None = None, names: Iterable[str] = ()) -> None:
        self._frequency = frequency or {}
        self.names: list[str] = []
        self._same = SameIndicatorIndex()
        self._variants: dict[str, list[int]] = {}  # joined tokens of the name without trailing parens
        self._by_token: dict[str, list[int]] = {}  # every distinct token
        self._by_rarest: dict[str, list[int]] = {}  # the rarest token only
        self._tokens: list[frozenset[str]] = []
        for name in names:
            self.add(name)

    def _rarest(self, tokens: Iterable[str]) -> str:
        return min(tokens, key=lambda t: (self._frequency.get(t, 0), t))

    def add(self, name: str) -> None:
        i = len(self.names)
        self.names.append(name)
        self._same.add(name)
        for variant in _without_trailing_parens(name):
            self._variants.setdefault(_joined(indicator_tokens(variant)), []).append(i)
        tokens = frozenset(indicator_tokens(name))
        self._tokens.append(tokens)
        for t in tokens:
            self._by_token.setdefault(t, []).append(i)
        if tokens:
            self._by_rarest.setdefault(self._rarest(tokens), []).append(i)

    def candidates(self, name: str) -> set[int]:
        found = set(self._same.candidates(name))
        for variant in _without_trailing_parens(name):
            found.update(self._variants.get(_joined(indicator_tokens(variant)), ()))
        tokens = frozenset(indicator_tokens(name))
        if tokens:
            # Names holding all of this name's tokens: among those with its rarest one.
            postings = [self._by_token.get(t, []) for t in tokens]
            found.update(i for i in min(postings, key=len) if tokens <= self._tokens[i])
            # Names whose tokens are all among this name's: filed under their rarest token.
            for t in tokens:
                found.update(i for i in self._by_rarest.get(t, ()) if self._tokens[i] <= tokens)
        return found

    def any_match(self, name: str) -> bool:
        return any(may_be_cut_form(name, self.names[i]) for i in sorted(self.candidates(name)))
