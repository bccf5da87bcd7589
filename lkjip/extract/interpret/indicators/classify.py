"""Which kind of indicator table a table is, from its columns and what surrounds it.

The header says what the columns hold (target only; target and realisasi; realisasi for
several years; targets for the years of a plan); the caption and the section the table
sits in say what the table is for ("Perjanjian Kinerja", "Pengukuran Kinerja",
"Perbandingan … Jangka Menengah", a table after the closing chapter is a Lampiran).
When neither is clear the table is "other": a wrong kind would put its rows into the
wrong comparisons.
"""

from __future__ import annotations

import re

from lkjip.extract.interpret.indicators.caption_label import caption_proper
from lkjip.extract.interpret.indicators.header_columns import Layout
from lkjip.records import TableKind

_PK = re.compile(r"perjanjian\s+kinerja|penetapan\s+kinerja|\bpk\b|rencana\s+kinerja\s+tahun(?:an)?|\brkt\b")
_WORK_PLAN = re.compile(r"rencana\s+kinerja\s+tahun(?:an)?|\brkt\b|rencana\s+kerja|\brenja\b")
_AGREEMENT = re.compile(r"perjanjian\s+kinerja|penetapan\s+kinerja|\bpk\b")
# "Perbandingan Target dan Realisasi … Tahun 2016" compares the year's target with its
# realisasi: the measurement itself, not a comparison of years.
_PENGUKURAN = re.compile(r"pengukuran\s+kinerja|capaian\s+(?:kinerja|indikator|sasaran|iku)|realisasi\s+kinerja|"
                         r"evaluasi\s+kinerja|analisis\s+capaian|target\s+dan\s+realisasi")
_RENSTRA = re.compile(r"jangka\s+menengah|renstra|rencana\s+strategis|rpjmd|akhir\s+periode|target\s+akhir|"
                      r"kerangka\s+pendanaan|tahun\s+20\d\d\s*[-–]\s*20\d\d")
_PERBANDINGAN = re.compile(r"perbandingan|dibandingkan|tahun(?:\s+anggaran)?\s+(?:sebelum|lalu)|"
                           r"beberapa\s+tahun|tahun\s+20\d\d\s+(?:dan|dengan|s\.?d\.?)\s+(?:tahun\s+)?20\d\d")
# A measurement set beside national figures ("Perbandingan Realisasi Kinerja … dengan
# Standar Nasional", a "Nasional" column) compares, it does not report the year's own values.
_NASIONAL = re.compile(r"(?:standar|capaian|rata[\s-]*rata|angka|realisasi|kinerja)\s+nasional")
_LAMPIRAN = re.compile(r"^\s*lampiran\b", re.MULTILINE)


def classify_table(layout: Layout, caption: str, section: str, after_closing: bool,
                   report_year: int | None) -> TableKind:
    cap = " ".join(caption_proper(caption).lower().split())
    sec = " ".join(section.lower().split())
    has_target = bool(layout.by_role("target"))
    realisasi = layout.by_role("realisasi")
    realisasi_years = {c.year for c in realisasi if c.year is not None}
    target_years = {c.year for c in layout.by_role("target") if c.year is not None}
    capaian_years = {c.year for c in layout.by_role("capaian") if c.year is not None}
    if after_closing or _LAMPIRAN.search(caption.lower()):
        # A Perjanjian Kinerja attached as a Lampiran is still the PK, a plan's targets
        # for three years or more still the plan, the year's work plan not the PK.
        work_plan = bool(_WORK_PLAN.search(cap)) and not _AGREEMENT.search(cap)
        if not realisasi and _PK.search(cap) and not work_plan:
            return "perjanjian_kinerja"
        if not realisasi and work_plan:
            return "other"  # the year's work plan (RKT, Renja), wherever it is printed
        return "renstra" if len(target_years) >= 3 else "lampiran"
    capaian_years = {c.year for c in layout.by_role("capaian") if c.year is not None}
    if not has_target and not realisasi:
        # "Capaian 2015 | Capaian 2016": the years' achievements side by side.
        return "perbandingan_tahunan" if len(capaian_years) >= 2 else "other"
    if _RENSTRA.search(cap) or len(target_years) >= 3:
        return "renstra"
    if realisasi and (layout.by_role("target_akhir") or layout.by_role("capaian_akhir")):
        return "renstra"  # the year's realisasi beside the plan's end target
    if len(realisasi_years) >= 2:
        return "perbandingan_tahunan"
    if realisasi and (layout.by_role("nasional") or _NASIONAL.search(cap)):
        return "perbandingan_tahunan"
    if realisasi and _PERBANDINGAN.search(cap) and not _PENGUKURAN.search(cap):
        return "perbandingan_tahunan"
    if not realisasi:
        if _WORK_PLAN.search(cap) and not _AGREEMENT.search(cap):
            # The year's work plan (RKT, Renja) is not the agreement: its targets may
            # differ from the PK's without either being wrong.
            return "other"
        if _PK.search(cap) or _PK.search(sec):
            return "perjanjian_kinerja"
        if _RENSTRA.search(sec):
            return "renstra"
        return "other"
    if realisasi_years and report_year is not None and realisasi_years != {report_year}:
        return "perbandingan_tahunan"  # realisasi of an earlier year beside this year's target
    if _PK.search(cap) and not _PENGUKURAN.search(cap):
        # A PK table with a realisasi column is a PK reported on: a measurement.
        return "pengukuran_kinerja"
    if _RENSTRA.search(sec) and not _PENGUKURAN.search(cap):
        return "renstra"
    return "pengukuran_kinerja"


def agreeing_with_detail(coarse: TableKind, detail: str) -> TableKind:
    """The coarse kind made to agree with the detailed reading of the same table
    (lkjip.extract.interpret.indicators.table_kind), which sees more: a column of national
    figures, realisasi for several years read off the header, the caption's own words. A
    comparison with earlier years or with national figures is a year comparison, whatever
    plan period the header's target years span; a Lampiran stays one."""
    if coarse != "lampiran" and detail in ("perbandingan_tahunan", "perbandingan_nasional"):
        return "perbandingan_tahunan"
    return coarse
