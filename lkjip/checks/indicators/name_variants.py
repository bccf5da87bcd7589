"""One indicator printed under two wordings of its name in two tables, under one sasaran:
"Jumlah SDM Aparatur yang bersertifikat di Bidang Pelayanan" (Pengukuran Kinerja) and
"… di Bidang Pelayanan sesuai kompetensi" (the table of capaian), or "Persentase SDM Jasa
Konstruksi yang bersertikat" and "Persentase sertifikasi SDM Jasa Konstruksi".

Name matching (lkjip.match.identity) keeps them apart, rightly in general: a word of
difference may be another indicator. Two wordings are read as one indicator only when

- one name is the other with a trailing qualifier (at most three words added after a
  name of four words or more), or the two have the same words in any order but one, and
  that one is another form of the same word (a prefix "ber-"/"pe-" … and a suffix apart,
  the same root, or roots of five letters or more that open alike and are a typo or two
  apart: "bersertikat" / "sertifikasi"; not "produktivitas" / "produksi"). Words in
  parentheses are left out (a gloss, "(%)": identity's to weigh), and a name that has
  any gets no qualifier (its measure may be in them). A name one table
  prints after its kegiatan ("Kegiatan Pengelolaan … Drainase …: Meningkatnya Panjang
  Saluran … yang terbangun") is compared without that label when the other name has none;
- the rows' sasaran (their context) say the same thing, a word or two apart
  ("Mewujudkan SDM aparatur …" / "Terwujudnya SDM aparatur …"); only where the names
  differ by one word form in the same place, in five words or more ("… yang terbangun" /
  "… yang dibangun"), may a row without a sasaran join; or, for a shorter name one word form
  apart (one root, not a typo), where the two rows stand at the same place of two tables
  listing equally many indicators (`parallel_rows`: "Jumlah auditor dan P2UPD
  bersertifikat" as the 11th of 13 rows of one, "… bersertifikasi" as the 11th of 13);
- no table prints both names (a table that does names two indicators);
- the pairing is unique (a name with two candidate wordings joins neither).

Even then it is a reading: every value cell of the joined rows is marked `name_variant`,
so a contradiction between them is a warning that says what to verify, never an error.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from lkjip.checks.indicators.joined_groups import fold
from lkjip.checks.indicators.parallel_rows import places, same_place
from lkjip.match.identity import indicator_key, indicator_tokens
from lkjip.records import IndicatorRow

NAME_VARIANT = "name_variant"
_MIN_NAME_WORDS = 4  # "Jumlah dokumen" + "perencanaan" is another indicator; a long name + a qualifier is not
_MAX_QUALIFIER_WORDS = 3
_MIN_STEM = 5  # roots compared a typo apart are at least this long
_MIN_ROOT = 4  # a prefix or suffix is dropped only when this much is left
_OPENING = 4  # roots a typo apart open with the same letters ("serti-")
_MAX_ROOT_SLIPS = 2
# Indonesian derivational prefixes, longest first ("bersertifikat", "pelayanan", "terwujudnya").
_PREFIXES = ("memper", "member", "mem", "men", "meng", "meny", "me", "ber", "ter", "per", "pem", "pen",
             "peng", "peny", "pe", "di", "ke")
_PREFIXES_LONGEST_FIRST = tuple(sorted(_PREFIXES, key=len, reverse=True))
_SUFFIXES = ("nya", "kan", "asi", "an", "at", "i")
_CONTEXT_WORD = re.compile(r"[a-z]{3,}")
_CONTEXT_FILLER = frozenset({"yang", "dan", "atau", "dalam", "pada", "untuk", "serta", "dengan", "dari",
                             "bagi", "baik", "maupun", "melalui", "terhadap"})
_MIN_CONTEXT_OVERLAP = 0.7
_MIN_WORDS_WITHOUT_CONTEXT = 5
_PAREN = re.compile(r"\([^()]*\)")
_SHARED_NAME = 85.0  # rapidfuzz ratio of two labelled rows' names read as one name, typos apart
_LABEL = re.compile(r"^\s*(?:sub\s+)?(?:kegiatan|program)\b[^:]{3,}:\s*(?=\S)", re.IGNORECASE)


def _root(word: str) -> str:
    """The word without one derivational prefix and one suffix ("bersertifikat" ->
    "sertifik", "terbangun" -> "bangun")."""
    for prefix in _PREFIXES_LONGEST_FIRST:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_ROOT:
            word = word[len(prefix):]
            break
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_ROOT:
            return word[:-len(suffix)]
    return word


def _word_forms(a: str, b: str) -> bool:
    """Two forms of one word: the same root ("terbangun" / "dibangun"), or roots of five
    letters or more a typo or two apart that open alike ("bersertikat" / "sertifikasi").
    "Produktivitas" and "produksi" are other words."""
    if a.isdigit() or b.isdigit():
        return False
    ra, rb = _root(a), _root(b)
    if ra == rb:
        return len(ra) >= _MIN_ROOT
    return min(len(ra), len(rb)) >= _MIN_STEM and ra[:_OPENING] == rb[:_OPENING] \
        and Levenshtein.distance(ra, rb) <= _MAX_ROOT_SLIPS


def unlabelled(name: str) -> str:
    """The name without a leading "Kegiatan …:" / "Program …:" label, or the name."""
    return _LABEL.sub("", name, count=1)


def _tokens(a: str, b: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    # A label on one side only is the table's grouping, not the indicator's name. A gloss
    # in parentheses ("(%)", "(UKPW)") is left out: identity decides on those (it keeps
    # "X (%)" apart from "X" on purpose), and read as a qualifier it would undo that.
    la, lb = unlabelled(a), unlabelled(b)
    if (la == a) != (lb == b):
        a, b = la, lb
    return indicator_tokens(_PAREN.sub(" ", a)), indicator_tokens(_PAREN.sub(" ", b))


def variant_kind(a: str, b: str) -> str | None:
    """How two printed names are wordings of one indicator: "qualifier", "reordered" or
    "word_form" (one word's form, in place), or None (see the module doc)."""
    ta, tb = _tokens(a, b)
    if ta == tb:
        return None  # the same name: identity's business
    short, long_ = sorted((ta, tb), key=len)
    # A name whose parentheses were left out may have said its measure there ("Program
    # PEKKA (Jumlah Desa …)"): no words added after it can be told a mere qualifier.
    glossed = _PAREN.search(a) is not None or _PAREN.search(b) is not None
    if not glossed and len(short) >= _MIN_NAME_WORDS and 0 < len(long_) - len(short) <= _MAX_QUALIFIER_WORDS \
            and long_[:len(short)] == short:
        return "qualifier"
    if len(ta) != len(tb) or len(ta) < _MIN_NAME_WORDS:
        return None
    only_a = [w for w in ta if w not in tb]
    only_b = [w for w in tb if w not in ta]
    if not (len(only_a) == len(only_b) == 1 and _word_forms(only_a[0], only_b[0])):
        return None
    if [w for w in ta if w != only_a[0]] == [w for w in tb if w != only_b[0]] and ta.index(only_a[0]) == tb.index(only_b[0]):
        return "word_form"
    return "reordered" if sorted(set(ta) - {only_a[0]}) == sorted(set(tb) - {only_b[0]}) else None


def name_variants(a: str, b: str) -> bool:
    """Whether two printed names may be wordings of one indicator (see the module doc)."""
    return variant_kind(a, b) is not None


def _context_words(row: IndicatorRow) -> set[str]:
    # The first part of a context is the row's own sasaran; what follows " / " (a misi, a
    # program) is how far up the table reached, which differs between tables.
    first = (row.context or "").split(" / ")[0].lower()
    return {w for w in _CONTEXT_WORD.findall(first) if w not in _CONTEXT_FILLER}


def same_context(a: IndicatorRow, b: IndicatorRow) -> bool:
    """The two rows' sasaran agree but for a word or two (a typo, "Mewujudkan"/"Terwujudnya")."""
    wa, wb = _context_words(a), _context_words(b)
    if len(wa) < 2 or len(wb) < 2:
        return False  # no sasaran to vouch for the pairing
    return len(wa & wb) >= _MIN_CONTEXT_OVERLAP * min(len(wa), len(wb))


def _candidates(tokens: list[tuple[str, ...]]) -> dict[int, set[int]]:
    """Groups that could be variants of each other, by shared keys (a name's first four
    words; its words less one), so a long list is not compared pairwise."""
    buckets: dict[tuple[str, ...], list[int]] = {}
    for i, t in enumerate(tokens):
        if len(t) < _MIN_NAME_WORDS:
            continue
        keys = {("prefix", *t[:_MIN_NAME_WORDS])}
        keys |= {("less", *sorted(t[:k] + t[k + 1:])) for k in range(len(t))}
        for key in keys:
            buckets.setdefault(key, []).append(i)
    out: dict[int, set[int]] = {}
    for members in buckets.values():
        for i in members:
            out.setdefault(i, set()).update(j for j in members if j != i)
    return out


def _shared_under_labels(rows: list[IndicatorRow]) -> set[str]:
    """Names a table prints under two labels or more ("Kegiatan A: Terlaksananya penyediaan
    prasarana …", "Kegiatan B: Terlaksananya penyediaan prasaranan …"): there the label is
    what tells the indicators apart, and it may not be dropped."""
    by_table: dict[str, list[str]] = {}
    for r in rows:
        name = unlabelled(r.indikator)
        if name != r.indikator:
            by_table.setdefault(r.table, []).append(r.indikator)
    shared: set[str] = set()
    for names in by_table.values():
        keys = [indicator_key(unlabelled(n)) for n in names]
        for i, n in enumerate(names):
            if any(j != i and fuzz.ratio(keys[i], k) >= _SHARED_NAME for j, k in enumerate(keys)):
                shared.add(n)
    return shared


def _joinable(a: list[IndicatorRow], b: list[IndicatorRow], shared: set[str],
              where: dict[int, tuple[int, int]]) -> bool:
    if {r.table for r in a} & {r.table for r in b}:
        return False  # one table prints both names: two indicators
    if a[0].indikator in shared or b[0].indikator in shared:
        return False
    kind = variant_kind(a[0].indikator, b[0].indikator)
    if kind is None:
        return False
    if kind == "word_form" and min(len(t) for t in _tokens(a[0].indikator, b[0].indikator)) >= _MIN_WORDS_WITHOUT_CONTEXT \
            and not (_has_context(a) and _has_context(b)):
        return True  # a long name, one word's form apart, and no sasaran to tell otherwise
    if kind == "word_form" and not (_has_context(a) and _has_context(b)) and same_place(a, b, where) \
            and one_root(a[0].indikator, b[0].indikator):
        # One word's form apart (not a typo: misspelt_names tells K005 of those), at the
        # same place of two equally long lists.
        return True
    return all(any(same_context(x, y) for y in a) for x in b)


def one_root(a: str, b: str) -> bool:
    """Whether the one word two names differ in is two forms of one root ("bersertifikat" /
    "bersertifikasi"), not a slip of the keys ("masyarakat" / "masyakarakat")."""
    ta, tb = _tokens(a, b)
    diff = [(x, y) for x, y in zip(ta, tb, strict=False) if x != y]
    return len(diff) == 1 and _root(diff[0][0]) == _root(diff[0][1])


def _has_context(rows: list[IndicatorRow]) -> bool:
    return any(len(_context_words(r)) >= 2 for r in rows)


def joined_by_variant(groups: list[list[IndicatorRow]]) -> list[list[IndicatorRow]]:
    """The groups, two wordings of one indicator under one sasaran joined (the later
    group's rows marked `name_variant`, as copies)."""
    tokens = [indicator_tokens(_PAREN.sub(" ", unlabelled(g[0].indikator))) for g in groups]
    shared = _shared_under_labels([r for g in groups for r in g])
    where = places(sorted((r for g in groups for r in g), key=_order))
    matches: dict[int, list[int]] = {}
    for i, js in _candidates(tokens).items():
        matches[i] = sorted(j for j in js if _joinable(groups[i], groups[j], shared, where))
    joined: dict[int, int] = {}  # the later group -> the earlier one it joins
    for i, js in matches.items():
        if len(js) != 1:
            continue
        j = js[0]
        if matches.get(j) != [i] or i > j:
            continue  # not mutual and unique, or seen from the other side
        if i in joined or j in joined or i in joined.values() or j in joined.values():
            continue
        joined[j] = i
    return fold(groups, joined, NAME_VARIANT)


def _order(row: IndicatorRow) -> tuple[int, int]:
    # Groups gather rows by name; a table's own order is its pages' and rows'.
    return (row.page or 0, row.row)
