"""What each piece of evidence is, in Bahasa Indonesia and English: the one table of roles.

A rule names an evidence's role by its key ("stated total", "table part" …); every report
shows `role_text(key, lang)`. Some roles carry a part read from the document (a year, a
file name, the label of a tally such as "instagram like", a staff group): those follow a
pattern whose words are translated and whose document part is kept as printed.
tests/report/test_report_languages.py fails on a role a rule uses that is not here.
"""

from __future__ import annotations

import re

ROLES: dict[str, dict[str, str]] = {
    # budget
    "stated total": {"en": "stated total", "id": "total tertulis"},
    "part": {"en": "part", "id": "rincian"},
    "stated in text": {"en": "stated in text", "id": "tertulis di narasi"},
    "stated in words": {"en": "stated in words", "id": "tertulis dalam terbilang"},
    "parts' sum in text": {"en": "the parts' sum, stated in text", "id": "jumlah rincian, tertulis di narasi"},
    "gap in text": {"en": "the difference, stated in text", "id": "selisihnya, tertulis di narasi"},
    "table total": {"en": "table total", "id": "total tabel"},
    "table part": {"en": "table part", "id": "rincian tabel"},
    "table row": {"en": "table row", "id": "baris tabel"},
    "table anggaran": {"en": "anggaran in the table", "id": "anggaran di tabel"},
    "table realisasi": {"en": "realisasi in the table", "id": "realisasi di tabel"},
    "agrees with table": {"en": "agrees with table", "id": "sesuai dengan tabel"},
    "text agrees with parts": {"en": "the text states the parts' sum", "id": "narasi menyebut jumlah rinciannya"},
    "stated percent": {"en": "stated percentage", "id": "persentase tertulis"},
    "table percent": {"en": "percentage in the table", "id": "persentase di tabel"},
    "stated sisa": {"en": "stated sisa (remaining)", "id": "sisa tertulis"},
    "anggaran": {"en": "anggaran (budget)", "id": "anggaran"},
    "realisasi": {"en": "realisasi (realised)", "id": "realisasi"},
    "kontrak": {"en": "nilai kontrak (contract value)", "id": "nilai kontrak"},
    "earlier year": {"en": "the earlier year's figure", "id": "angka tahun sebelumnya"},
    "minuend": {"en": "the figure subtracted from", "id": "angka yang dikurangi"},
    "subtrahend": {"en": "the figure subtracted", "id": "angka pengurang"},
    "Perjanjian Kinerja": {"en": "Performance Agreement (Perjanjian Kinerja)", "id": "Perjanjian Kinerja"},
    "planned pagu": {"en": "pagu in the plan's budget list", "id": "pagu di daftar anggaran rencana"},
    # LKJ-B016: one account's budget in two statement summaries of the same version.
    "first summary": {"en": "account's budget in one statement summary", "id": "anggaran akun di tabel ikhtisar pertama"},
    "second summary": {"en": "the same account's budget in another summary",
                       "id": "anggaran akun yang sama di tabel ikhtisar lain"},
    "Realisasi Anggaran table": {"en": "Budget Realisation table", "id": "tabel Realisasi Anggaran"},
    # indicators
    "target": {"en": "target", "id": "target"},
    "capaian (printed)": {"en": "capaian (achievement) as printed", "id": "capaian tertulis"},
    "capaian": {"en": "capaian (achievement)", "id": "capaian"},
    "indikator": {"en": "indicator", "id": "indikator"},
    "baseline": {"en": "baseline (starting point)", "id": "kondisi awal (baseline)"},
    "heading found": {"en": "heading found", "id": "judul bab yang ditemukan"},
    # narrative
    "numeral": {"en": "numeral", "id": "angka"},
    "in words": {"en": "in words (terbilang)", "id": "terbilang"},
    "stated difference": {"en": "stated difference", "id": "selisih tertulis"},
    "compared figure": {"en": "compared figure", "id": "angka yang dibandingkan"},
    "compared region's realisasi": {"en": "realisasi of the compared region, in the table",
                                    "id": "realisasi pembanding di tabel"},
    "stated average": {"en": "stated average", "id": "rata-rata tertulis"},
    "listed total": {"en": "the list's total", "id": "jumlah rincian tertulis"},
    "averaged figure": {"en": "averaged figure", "id": "angka yang dirata-ratakan"},
    "claim in text": {"en": "the text's claim", "id": "pernyataan di narasi"},
    "realisasi of another indicator": {"en": "realisasi of another indicator", "id": "realisasi indikator lain"},
    # structure
    "failed schema": {"en": "value that could not be read", "id": "nilai yang tidak terbaca"},
    "not read": {"en": "table not read", "id": "tabel tidak terbaca"},
}

# Roles with a part from the document: (pattern, {lang: template}); the named groups are
# kept as printed ({year}, {file}, {what}).
ROLE_PATTERNS: list[tuple[re.Pattern[str], dict[str, str]]] = [
    (re.compile(r"^target (?P<year>\d{4}) in (?P<file>.+)$"),
     {"en": "target {year} in {file}", "id": "target {year} di {file}"}),
    (re.compile(r"^realisasi (?P<year>\d{4}) quoted in (?P<file>.+)$"),
     {"en": "realisasi {year} quoted in {file}", "id": "realisasi {year} yang dikutip di {file}"}),
    (re.compile(r"^realisasi (?P<year>\d{4}) in (?P<file>.+)$"),
     {"en": "realisasi {year} in {file}", "id": "realisasi {year} di {file}"}),
    (re.compile(r"^anggaran (?P<year>\d{4}) in (?P<file>.+)$"),
     {"en": "anggaran {year} in {file}", "id": "anggaran {year} di {file}"}),
    (re.compile(r"^stated (?P<what>.+)$"), {"en": "stated {what}", "id": "{what} tertulis"}),
    (re.compile(r"^listed (?P<what>.+)$"), {"en": "listed {what}", "id": "{what} dalam daftar"}),
    # "target 2019", "realisasi 2017", "realisasi instagram like": the report's own column
    # words (Indonesian in both languages) and the year or tally label as printed.
    (re.compile(r"^(?P<term>target|realisasi|capaian|anggaran) (?P<what>.+)$"),
     {"en": "{term} {what}", "id": "{term} {what}"}),
]


def role_text(role: str | None, lang: str) -> str | None:
    """The role in `lang`; None when the role is in neither table (a test catches that)."""
    if role is None:
        return None
    lang = lang if lang in ("en", "id") else "en"
    if role in ROLES:
        return ROLES[role][lang]
    for pattern, templates in ROLE_PATTERNS:
        m = pattern.match(role)
        if m:
            return templates[lang].format(**m.groupdict())
    return None


def shown_role(role: str | None, lang: str) -> str:
    """The role for a report: translated, else as the rule wrote it (never blank for a role)."""
    return role_text(role, lang) or (role or "")
