"""Two printings of one name, one with words cut to a syllable acronym.

Indonesian names shorten a run of words to pieces of their syllables rather than to
initials: "Perindag" is PERINdustrian dan perDAGangan, "Jabar" JAwa BARat, "Bappeda"
BAdan Perencanaan PEmbangunan DAerah. A table then prints "Penyelenggaraan Administrasi
Perkantoran Dinas Perindag Prov. Jabar" where the text says "… Dinas Perindustrian dan
Perdagangan Provinsi Jawa Barat". Initial acronyms ("RSUD") are
lkjip.checks.indicators.acronym_names'; these are read here, for name keys (lower case,
see lkjip.match.names.name_key).

Two keys are the same name when they align word for word, except that a word of one may
stand for a run of two to four words of the other whose letters it takes in order: its
first letters open the run's first word, and every word of the run but a connective
("dan") gives it at least one letter and leaves two out. All else must be equal, so two kegiatan differing
in a place name ("… Balai Cirebon" / "… Balai Bogor") never align.
"""

from __future__ import annotations

from functools import cache, lru_cache

MIN_ACRONYM = 4  # letters: "Jabar", "Perindag"; shorter cuts ("kab", "prov") are name_key's
MAX_RUN = 4  # words an acronym stands for
_OPENING = 2  # letters the acronym shares with the start of the run's first word
_LEFT_OUT = 2  # letters of every word of the run the acronym leaves out
_CONNECTIVES = frozenset({"dan", "di", "ke", "se"})


def _takes(word: str, run: tuple[str, ...]) -> bool:
    """`word` takes its letters, in order, from the words of `run`: opening the first,
    at least one from every word but a connective."""
    if len(word) < MIN_ACRONYM or len(run) < 2 or not run[0].startswith(word[:_OPENING]):
        return False
    if run[0].startswith(word):
        return False  # a word cut short ("pangan" of "pangan nasional") is a word, not an acronym

    @cache
    def fits(i: int, w: int, pos: int, took: int) -> bool:
        # i: letters of `word` matched; w, pos: where in the run we read; took: letters
        # the word at w has given.
        if w == len(run):
            return i == len(word)
        # A word gives a piece, never (nearly) all of itself: "pangan" is not an acronym
        # of "pangan nasional".
        done = run[w] in _CONNECTIVES or 0 < took <= len(run[w]) - _LEFT_OUT
        if i < len(word):
            at = run[w].find(word[i], pos)
            if at >= 0 and (w > 0 or pos > 0 or at == 0) and fits(i + 1, w, at + 1, took + 1):
                return True
        return done and fits(i, w + 1, 0, 0)

    return fits(0, 0, 0, 0)


@lru_cache(maxsize=65536)
def same_but_acronyms(a: str, b: str) -> bool:
    """Keys `a` and `b` print one name, at least one word of either a syllable acronym
    of a run of words of the other."""
    short, long = sorted((tuple(a.split()), tuple(b.split())), key=len)
    if len(short) >= len(long):
        return False  # an acronym stands for two words or more: the short name has fewer
    extra = set(short) - set(long)
    # Cheap test first (rules ask this of every figure and row): each word the long name
    # lacks must be long enough to be an acronym.
    if not extra or any(len(w) < MIN_ACRONYM for w in extra):
        return False
    return _aligned(short, long)


def _aligned(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    @cache
    def walk(i: int, j: int, used: bool) -> bool:
        if i == len(short) or j == len(long):
            return used and i == len(short) and j == len(long)
        if short[i] == long[j] and walk(i + 1, j + 1, used):
            return True
        return any(_takes(short[i], long[j:j + k]) and walk(i + 1, j + k, True)
                   for k in range(2, MAX_RUN + 1) if j + k <= len(long))

    return walk(0, 0, False)
