"""What an indicator table is: its kind, year(s) and version, each with the words that decided it.

Reports restate one indicator in many tables that do not measure the same thing: the
Perjanjian Kinerja and its revision (PK Perubahan), the Renstra/RPJMD plan with a target
per year, the Renja/RKT, the Pengukuran Kinerja, comparisons with earlier years, with the
Renstra end target or a national figure, a Rencana Aksi per triwulan, an IKU definition
list. Which one a table is decides what its values may be compared with, so each decision
is kept with its evidence (`lkjip extract --format json`, `indicator_tables`).

Evidence is read, in this order of trust: the caption (the lines just above the table,
"Tabel 3.2 Perjanjian Kinerja Perubahan Tahun 2017"), the sentence introducing it
("Berikut disampaikan Perbandingan … dengan Target Jangka Menengah"), the header cells
("Realisasi 2016 | Realisasi 2017", "Target TW I"), the chapter and section above it.
The coarse kind of the rows (`table_kind`, fixed by the contract) is decided by
`classify.classify_table`, then made to agree with a year or national comparison found here
(`classify.agreeing_with_detail`); a part continued on the next page without a caption takes
both from the part before it (`continued_table`).
"""

from __future__ import annotations

import re

from lkjip.extract.interpret.indicators.caption_label import caption_proper
from lkjip.extract.interpret.indicators.header_columns import Layout
from lkjip.records import IndicatorTable, TableDecision, TableDetail, TableKind, Version

_PK_REVISED = re.compile(
    r"(?:perjanjian|penetapan)\s+kinerja\s+(?:\(?\s*pk\s*\)?\s+)?(?:tahun\s+(?:anggaran\s+)?\d{4}\s+)?\(?perubahan|"
    r"perubahan\s+(?:atas\s+)?(?:perjanjian|penetapan)\s+kinerja|\bpk\s*[-–]?\s*perubahan|\bpk-?p\b|"
    r"\bdpa\s*[-–]?\s*perubahan|\bdppa\b")
_PK = re.compile(r"perjanjian\s+kinerja|penetapan\s+kinerja|\bpk\b")
_RENJA = re.compile(r"rencana\s+kerja|\brenja\b|rencana\s+program\s+dan\s+kegiatan|rencana\s+kinerja\s+tahun(?:an)?|\brkt\b")
_RENCANA_AKSI = re.compile(r"rencana\s+aksi|\brenaksi\b")
_IKU = re.compile(r"indikator\s+kinerja\s+utama|\biku\b")
_NASIONAL = re.compile(r"nasional|rata[\s-]*rata\s+(?:provinsi|nasional)|provinsi\s+lain|daerah\s+lain|"
                       r"kabupaten\s*/?\s*kota\s+lain")
_RENSTRA = re.compile(r"jangka\s+menengah|renstra|rencana\s+strategis|rpjmd|akhir\s+periode|target\s+akhir|"
                      r"kerangka\s+pendanaan")
_PERBANDINGAN = re.compile(r"perbandingan|dibandingkan|tahun(?:\s+anggaran)?\s+(?:sebelum|lalu)|beberapa\s+tahun")
_PENGUKURAN = re.compile(r"pengukuran\s+kinerja|capaian\s+(?:kinerja|indikator|sasaran|iku)|realisasi\s+kinerja|"
                         r"evaluasi\s+kinerja|analisis\s+capaian|target\s+dan\s+realisasi")
# "Tahun 2017", "Tahun Anggaran 2017", "TA. 2017", "T.A 2017", "Tahun 2015 – 2016", "Kinerja 2016"
# Target-only tables, in the order a source is searched: a revised PK names "perjanjian
# kinerja" too, a Renstra table may name the PK it feeds.
_PLANS: list[tuple[TableDetail, re.Pattern[str]]] = [
    ("rencana_aksi", _RENCANA_AKSI), ("iku", _IKU), ("renstra", _RENSTRA), ("renja", _RENJA),
    ("perjanjian_kinerja", _PK)]
# "Nomor 53 Tahun 2014", "Peraturan … Tahun 2009": a regulation's year, not the table's.
_REGULATION = re.compile(r"(?:nomor|no\.)\s*\S+\s+tahun\s+\d{4}|(?:peraturan|undang|permen\w*|perda|perpres|"
                         r"keputusan|instruksi)\b[^.]{0,60}?tahun\s+\d{4}")
_YEAR = re.compile(r"\b(?:tahun(?:\s+anggaran)?|t\.?\s?a\.?|kinerja)\s*((?:19|20)\d{2})(?:\s*(?:[-–]|s\.?\s?d\.?|sampai(?:\s+dengan)?|dan|dengan)\s*"
                   r"(?:tahun\s+(?:anggaran\s+)?)?((?:19|20)\d{2}))?")


def _flat(text: str) -> str:
    return " ".join(text.lower().split())


def _quote(text: str, m: re.Match[str], width: int = 60) -> str:
    """The words from a match on (one line)."""
    start, end = m.start(), min(len(text), m.end() + width)
    return text[start:end].strip()


def years_named(text: str) -> list[int]:
    """Years a title names ("Tahun 2015 – 2016" gives both), regulations' years left out."""
    out: list[int] = []
    for m in _YEAR.finditer(_REGULATION.sub(" ", _flat(text))):
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        span = range(first, last + 1) if 0 <= last - first <= 6 and "dan" not in m.group(0) else (first, last)
        for y in span:
            if y not in out:
                out.append(y)
    return out


def describe_table(table_id: str, page: int | None, layout: Layout, caption: str, lead_in: str,
                   section: str, coarse: TableKind, report_year: int | None,
                   report_note: str = "the year the report is about", title: str = "") -> IndicatorTable:
    """The table's detailed kind, version and year(s), with the evidence of each. `title`,
    the page's title block (`page_title`), is a last source of the year, never of the kind."""
    sources = [("caption", caption_proper(caption)), ("lead_in", lead_in)]
    flat = [(name, _flat(text)) for name, text in sources if text.strip()]
    header = " | ".join(c.header for c in layout.columns if c.header)
    evidence: list[TableDecision] = []

    def named(pattern: re.Pattern[str], also_header: bool = False, also_section: bool = False,
              lead: bool = True) -> bool:
        places = [p for p in flat if lead or p[0] != "lead_in"] + ([("header", header)] if also_header else []) + \
            ([("heading", _flat(section))] if also_section else [])
        for name, text in places:
            m = pattern.search(text)
            if m:
                evidence.append(TableDecision("kind", "", name, _quote(text, m)))
                return True
        return False

    roles = {c.role for c in layout.columns}
    realisasi_years = {c.year for c in layout.by_role("realisasi") if c.year is not None}
    target_years = {c.year for c in layout.by_role("target") if c.year is not None}
    # "Capaian 2015 | Capaian 2016" without a target or realisasi: achievements of several years.
    capaian_years = {c.year for c in layout.by_role("capaian") if c.year is not None} \
        if not ({"target", "realisasi"} & roles) else set()
    has_real = "realisasi" in roles or "capaian" in roles
    periodic = any(c.role.endswith("_periode") for c in layout.columns)
    has_def = bool({"formula", "data_source"} & roles)

    kind: TableDetail
    version: Version | None = None
    if named(_PK_REVISED, also_section=True) and not has_real:
        kind, version = "pk_perubahan", "perubahan"
    elif periodic and (named(_RENCANA_AKSI, also_header=True, also_section=True) or not has_real):
        kind = "rencana_aksi"
        if not evidence:
            evidence.append(TableDecision("kind", "", "header", header[:120]))
    elif has_real and has_def and named(_IKU):
        kind = "iku"  # an IKU list with its formulas and data sources, reported on
    elif not has_real:
        # A plan or an agreement: the first source that names one decides (the caption
        # over the sentence before it, that over the chapter heading).
        kind = "other"
        if len(target_years) >= 3:
            kind = "renstra"
            evidence.append(TableDecision("kind", "", "header", f"targets for {sorted(target_years)}"))
        else:
            for name, text in [*flat, ("heading", _flat(section))]:
                hit = next(((k, m) for k, pattern in _PLANS if (m := pattern.search(text))), None)
                if hit is not None:
                    kind = hit[0]
                    evidence.append(TableDecision("kind", kind, name, _quote(text, hit[1])))
                    break
            if kind == "perjanjian_kinerja":
                version = "original"
    # A measurement: the sentence before it may talk of the RPJMD in general, so only the
    # caption and the header say what it is compared with.
    elif named(_NASIONAL, also_header=True, lead=False):
        kind = "perbandingan_nasional"
    elif (layout.by_role("target_akhir") or layout.by_role("capaian_akhir")) or named(_RENSTRA, lead=False):
        kind = "perbandingan_renstra"
        if not any(e.what == "kind" for e in evidence):
            col = (layout.by_role("target_akhir") + layout.by_role("capaian_akhir"))[0]
            evidence.append(TableDecision("kind", "", "header", col.header))
    elif len(realisasi_years) >= 2 or len(capaian_years) >= 2 or \
            (named(_PERBANDINGAN, lead=False) and not named(_PENGUKURAN, lead=False)):
        kind = "perbandingan_tahunan"
        if len(realisasi_years) >= 2:
            evidence.append(TableDecision("kind", "", "header", f"realisasi for {sorted(realisasi_years)}"))
        elif len(capaian_years) >= 2:
            evidence.append(TableDecision("kind", "", "header", f"capaian for {sorted(capaian_years)}"))
    else:
        kind = "pengukuran_kinerja"
        if not named(_PENGUKURAN, also_section=True):
            evidence.append(TableDecision("kind", "", "header", "target and realisasi columns"))
    for e in evidence:
        if e.what == "kind" and not e.value:
            e.value = kind
    if version is not None:
        evidence.append(TableDecision("version", version, evidence[0].source if evidence else "caption",
                                      evidence[0].text if evidence else ""))

    # The year. A plan or an agreement: its header's one target year; else named in the
    # caption (else the sentence before it) if near the report's (next year's PK in the
    # Lampiran); else the report's. A measurement: the report's year, or the
    # latest its columns name when they do not name the report's (a caption year there
    # is as often a typo or a period's start as the table's year).
    years: list[int] = []
    year: int | None = None
    header_years = sorted({c.year for c in layout.columns if c.year is not None})
    if not has_real and len(target_years) == 1:
        # "Target 2016": the header names it.
        year = next(iter(target_years))
        evidence.append(TableDecision("year", str(year), "header", f"target {year}"))
    titled = [("title", _flat(title))] if title.strip() else []
    for name, text in [*flat, *titled]:
        years = years_named(text)
        if years:
            named_year = report_year if report_year in years else max(years) if len(years) > 1 else years[0]
            if year is None and not has_real and (report_year is None or abs(named_year - report_year) <= 1):
                year = named_year
                evidence.append(TableDecision("year", str(year), name, ", ".join(map(str, years))))
            break
    if year is None and has_real and header_years and report_year not in header_years:
        year = max(header_years) if report_year is None else \
            max((y for y in header_years if y <= report_year), default=max(header_years))
        evidence.append(TableDecision("year", str(year), "header", f"columns for {header_years}"))
    if year is None and report_year is not None:
        year = report_year
        evidence.append(TableDecision("year", str(year), "report", report_note))
    all_years = sorted(set(years) | set(header_years) | ({year} if year is not None else set()))
    columns = [{"index": c.index, "header": c.header, "role": c.role, "year": c.year} for c in layout.columns]
    return IndicatorTable(table_id, page, kind, coarse, year, all_years, version,
                          " ".join(caption.split()), columns, evidence)
