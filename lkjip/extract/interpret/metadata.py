"""Which agency, region and performance year a report is about, from its first pages.

The year is the performance year reported on, not the year of publication: a report
on 2016 is printed in 2017 and its cover sometimes says "TAHUN 2017" while its
executive summary speaks of "kinerja ... Tahun 2016" throughout. So the year is decided
by weighted votes over the cover, the foreword and the summary: the report's own title
("Laporan Kinerja ... Tahun 2018", "LKjIP Tahun 2018") counts most, "Tahun Anggaran
2018" and "kinerja ... tahun 2018" next, a bare "Tahun 2018" least; law citations
("Nomor 29 Tahun 2014"), periods ("2013-2018") and signing dates ("Januari 2017") do
not vote. Agency and region come from the lines that name them ("Dinas ... Provinsi
Jawa Barat", "Biro ... Setda Provinsi Jambi"), the cover page first.
"""

from __future__ import annotations

import re
from collections import Counter

from lkjip.extract.source import SourceDocument
from lkjip.records import DocumentMetadata

_PAGES_READ = 6
_YEAR = r"((?:19|20)\d\d)"
_TITLE = (r"(?:laporan\s+(?:akuntabilitas\s+)?kinerja(?:\s+instansi\s+pemerintah)?|lkjip|lkip|lakip|"
          r"lppd|laporan\s+kinerja)")
# (pattern, weight): the year is group 1.
_YEAR_VOTES: list[tuple[re.Pattern[str], float]] = [
    (re.compile(_TITLE + r"[^.]{0,120}?\btahun\s*(?:anggaran\s*)?" + _YEAR + r"\b(?!\s*[-–—/]\s*\d)", re.I | re.S), 4.0),
    (re.compile(_TITLE + r"\s*(?:\([^)]{0,20}\)\s*)?" + _YEAR + r"\b(?!\s*[-–—/]\s*\d)", re.I), 4.0),
    (re.compile(r"\b(?:tahun\s+anggaran|t\.?\s?a\.?)\s*" + _YEAR + r"\b(?!\s*[-–—/]\s*\d)", re.I), 2.0),
    (re.compile(r"\bkinerja\b[^.\n]{0,60}?\btahun\s+" + _YEAR + r"\b(?!\s*[-–—/]\s*\d)", re.I), 1.5),
    (re.compile(r"(?<!\d\s)(?<!nomor\s)(?<!no\.\s)\btahun\s+" + _YEAR + r"\b(?!\s*[-–—/]\s*\d)", re.I), 0.5),
]
# "Nomor 29 Tahun 2014", "PP No. 8 Tahun 2008", "UU 23/2014": citations, not the report's year.
# The cited regulation's title runs to the end of its list item ("Nomor 33 Tahun 2009 tentang
# Rencana Kerja Pemerintah Daerah ... tahun 2009;"): no year inside it votes either.
_CITATION = re.compile(r"\b(?:nomor|no\.?|nomer)\s*[:.]?\s*[\w./-]{1,20}\s+tahun\s+" + _YEAR
                       + r"(?:\s+tentang\b[^;]{0,300})?", re.I)
# At least a bare "Tahun 2016" on the cover (0.5 × the cover's 1.5): a single passing
# mention inside the text ("tahun 2009" in a sentence about something else) does not say
# which year the report is about, so it gives no year rather than a wrong one.
_MIN_YEAR_WEIGHT = 0.75

_REGION = re.compile(
    r"(?<![/\w])((?i:provinsi|prov\.?|kabupaten|kab\.?|kota))[ \t]+"
    r"([A-Z][A-Za-z'-]+(?:[ \t]+[A-Z][A-Za-z'-]+){0,2})")
_REGION_KIND = {"provinsi": "Provinsi", "prov": "Provinsi", "kabupaten": "Kabupaten", "kab": "Kabupaten",
                "kota": "Kota"}
# Words that end a region name ("Provinsi Jambi Tahun 2018", "PROVINSI JAMBI TAHUN 2018").
_REGION_STOP = {"tahun", "dalam", "yang", "dan", "sebagai", "dengan", "untuk", "pada", "di", "ke", "dari",
                "nomor", "telah", "adalah", "merupakan", "serta", "tentang", "hal", "halaman",
                "lkip", "lkjip", "lakip", "bab", "dinas", "badan", "biro", "sekretariat", "inspektorat",
                "jl", "jalan", "telp", "bidang", "periode", "setda", "kepala", "provinsi", "kabupaten", "kota",
                "pemerintah", "laporan", "kinerja", "ikhtisar", "eksekutif", "web", "email", "januari"}
_AGENCY_HEADS = ("dinas", "badan", "biro", "inspektorat", "sekretariat", "kantor", "satuan", "bappeda",
                 "bagian", "rumah", "rsud", "kecamatan", "balai", "unit")
_SINGLE_WORD_AGENCIES = {"inspektorat", "bappeda", "bapelitbangda"}
_REGION_WORDS = {"provinsi", "prov.", "prov", "kabupaten", "kab.", "kab", "kota", "pemerintah", "pemprov",
                 "pemkab", "pemkot"}
_SPELLED_OUT = {"setda": "Sekretariat Daerah", "setwan": "Sekretariat DPRD", "prov.": "Provinsi",
                "kab.": "Kabupaten"}
_SMALL_WORDS = {"dan", "serta", "di", "ke", "dari", "pada", "untuk", "atau"}
_SPACED = re.compile(r"\b(?:[A-Za-z0-9] ){3,}[A-Za-z0-9]\b")


def _despace(text: str) -> str:
    """'T A H U N 2 0 1 6' → 'TAHUN2016' is useless; keep words: 'T A H U N' → 'TAHUN'."""
    return _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


def _front_pages(source: SourceDocument) -> list[tuple[int, str]]:
    pages = [(i, _despace(p.text)) for i, p in enumerate(source.pages[:_PAGES_READ]) if p.text.strip()]
    # "TAHUN2016" after despacing a spaced cover: give the year back its space.
    return [(i, re.sub(r"(?i)\btahun(?=(?:19|20)\d\d\b)", "TAHUN ", t)) for i, t in pages]


def performance_year(pages: list[tuple[int, str]]) -> int | None:
    votes: Counter[int] = Counter()
    for index, text in pages:
        cited = [(m.start(1), m.end()) for m in _CITATION.finditer(text)]
        page_weight = 1.5 if index == 0 else 1.0  # the cover names the report
        counted: set[int] = set()
        for pattern, weight in _YEAR_VOTES:
            for m in pattern.finditer(text):
                pos = m.start(1)
                if any(start <= pos < end for start, end in cited) or pos in counted:
                    continue
                counted.add(pos)
                votes[int(m.group(1))] += weight * page_weight
    if not votes or max(votes.values()) < _MIN_YEAR_WEIGHT:
        return None
    best = max(votes.values())
    # On a tie the earlier year wins: a cover's publication year is later than the year reported.
    return min(year for year, v in votes.items() if v == best)


def _title(words: str) -> str:
    out = []
    for i, word in enumerate(words.split()):
        low = word.lower()
        if low in _SPELLED_OUT:
            out.append(_SPELLED_OUT[low])  # one spelling per agency, whatever the cover abbreviates
        elif any(ch.isdigit() for ch in word) or (word.startswith("(") and word.isupper()):
            out.append(word)
        elif i and low in _SMALL_WORDS:
            out.append(low)
        elif len(word) <= 5 and word.isupper() and not any(v in low for v in "aiueo"):
            out.append(word)  # acronyms without vowels: BPBD, DPRD
        else:
            out.append(word[:1].upper() + word[1:].lower())
    return " ".join(out)


def region_of(pages: list[tuple[int, str]]) -> str | None:
    votes: Counter[str] = Counter()
    for index, text in pages:
        for m in _REGION.finditer(text):
            kind = _REGION_KIND.get(m.group(1).lower().rstrip("."))
            caps = m.group(2).split()[0].isupper()
            words = []
            for word in m.group(2).split():
                # A region's words share the case of the first: "PROVINSI JAMBI Tahun" stops at Tahun.
                if word.lower() in _REGION_STOP or word.isupper() != caps:
                    break
                words.append(word)
            if not kind or not words:
                continue
            weight = 3.0 if index == 0 else 1.0
            if kind == "Kota":  # also a common noun ("Penataan Kota"), and a column of kecamatan
                weight /= 2
            votes[_title(f"{kind} {' '.join(words)}")] += weight
    if not votes:
        return None
    return max(votes.items(), key=lambda kv: (kv[1], len(kv[0])))[0]


def _agency_candidates(text: str) -> list[str]:
    """Names that start with an agency word and run, capitalized, up to a region word."""
    tokens = text.split()
    out = []
    for i, token in enumerate(tokens):
        if token.lower().strip("(") not in _AGENCY_HEADS or not token[:1].isupper():
            continue
        words = [token]
        for nxt in tokens[i + 1:i + 12]:
            low = nxt.lower()
            if low in _REGION_WORDS:
                if len(words) >= 2 or words[0].lower() in _SINGLE_WORD_AGENCIES:
                    out.append(" ".join(words).strip(" ,.-"))
                break
            if not (nxt[:1].isupper() or nxt.startswith("(") or low in _SMALL_WORDS or low == "&"):
                break
            words.append(nxt)
    return out


# A report on a whole government ("Laporan Kinerja Instansi Pemerintah Provinsi Sumatera
# Utara"): the instansi is the Pemerintah itself, not an office named on the cover.
_GOVERNMENT_AS_AGENCY = re.compile(
    _TITLE + r"(?:[ \t]+\(\w+\))?[ \t]+(?:instansi[ \t]+)?(pemerintah[ \t]+(?:provinsi|kabupaten|kota)(?:[ \t]+[A-Z][A-Za-z'-]+){1,3})",
    re.I)
# "Kantor Gubernur/Bupati/Walikota ..." is the building on the cover's address line.
_OFFICE_BUILDING = re.compile(r"^kantor\s+(?:gubernur|bupati|wali\s*kota|walikota)\b", re.I)


def agency_of(pages: list[tuple[int, str]]) -> str | None:
    votes: Counter[str] = Counter()
    for index, text in pages:
        for m in _GOVERNMENT_AS_AGENCY.finditer(text):
            words = m.group(1).split()
            kept = words[:2] + [w for w in words[2:] if w.lower() not in _REGION_STOP][:2]
            votes[_title(" ".join(kept))] += 3 if index == 0 else 1
        for name in _agency_candidates(text):
            if _OFFICE_BUILDING.match(name):
                continue
            name = re.sub(r"\s*\((?i:[^)]*\b(?:lkip|lkjip|lakip)\b[^)]*)\)", "", name)
            votes[_title(name)] += 3 if index == 0 else 1
    if not votes:
        return None
    return max(votes.items(), key=lambda kv: (kv[1], len(kv[0])))[0]


def read_metadata(source: SourceDocument) -> DocumentMetadata:
    pages = _front_pages(source)
    if not pages:
        return DocumentMetadata()
    return DocumentMetadata(agency=agency_of(pages), region=region_of(pages), year=performance_year(pages))
