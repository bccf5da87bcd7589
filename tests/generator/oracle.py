"""Which rule relations a generated Report breaks, read off the model itself.

Independent of lkjip's extraction and rules: it tells whether the generator made
what it claims (a clean report breaks nothing; a defect breaks its own rule's
relation and nothing outside its `also` set), so a missed detection is lkjip's, not
the generator's.
"""

from __future__ import annotations

from lkjip.numbers import words_to_number
from tests.generator.model import Report, percent_of


def _percent(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def _percent_wrong(printed: str, part: float, whole: float) -> bool:
    # Printed with two decimals: half a unit of the last decimal is rounding.
    return abs(_percent(printed) - part / whole * 100) > 0.005 + 1e-9 if whole else False


def violations(report: Report) -> set[str]:
    out: set[str] = set()
    programs = [b for b in report.budget if b.level == "program"]
    total = report.total_line()
    for p in programs:
        kids = [b for b in report.budget if b.level == "kegiatan" and b.code.split(".")[0] == p.code]
        if sum(k.anggaran for k in kids) != p.anggaran or sum(k.realisasi for k in kids) != p.realisasi:
            out.add("LKJ-B001")
        if report.with_sisa and sum(k.sisa for k in kids) != p.sisa:
            out.add("LKJ-B001")  # a printed SISA column adds up like the others
    if sum(p.anggaran for p in programs) != total.anggaran or \
            sum(p.realisasi for p in programs) != total.realisasi or \
            (report.with_sisa and sum(p.sisa for p in programs) != total.sisa):
        out.add("LKJ-B001")
    if sum(a for _, a in report.pk_programs) != report.pk_total:
        out.add("LKJ-B001")
    n = report.narrative
    if n.anggaran != total.anggaran or n.realisasi != total.realisasi:
        out.add("LKJ-B002")
    if _percent_wrong(n.persen, n.realisasi, n.anggaran) or \
            any(_percent_wrong(b.persen, b.realisasi, b.anggaran) for b in report.budget):
        out.add("LKJ-B003")
    if any(b.realisasi > b.anggaran for b in report.budget):
        out.add("LKJ-B004")
    if [a for _, a in report.pk_programs] != [p.anggaran for p in programs]:
        out.add("LKJ-B005")
    if report.with_sisa and any(b.sisa != b.anggaran - b.realisasi for b in report.budget):
        out.add("LKJ-B006")
    if words_to_number(n.anggaran_words) != n.anggaran or words_to_number(n.realisasi_words) != n.realisasi:
        out.add("LKJ-N001")
    pk = {i.name: i for i in report.pk_indicators}
    for table in (report.pengukuran, report.perbandingan):
        for ind in table:
            ref = pk.get(ind.name)
            if ref is not None and ind.target != ref.target:
                out.add("LKJ-K001")
            if ref is not None and (ind.target_unit or ind.unit) != (ref.target_unit or ref.unit):
                out.add("LKJ-K003")
    realised = {i.name: i.realisasi for i in report.pengukuran}
    if any(i.name in realised and i.realisasi != realised[i.name] for i in report.perbandingan):
        out.add("LKJ-K002")
    if any(abs(_percent(i.capaian) - percent_of(i.realisasi, i.target)) > 0.005 + 1e-9
           for i in report.pengukuran):
        out.add("LKJ-K004")
    if set(pk) - {i.name for i in report.pengukuran}:
        out.add("LKJ-K005")
    measured = {i.name: _percent(i.capaian) for i in report.pengukuran}
    for ind in report.lampiran:
        printed = _percent(ind.lampiran_capaian or ind.capaian)
        if ind.name in measured and abs(printed - measured[ind.name]) > 0.01:
            out.add("LKJ-K009")
        if abs(printed - percent_of(ind.realisasi, ind.target)) > 0.005 + 1e-9:
            out.add("LKJ-K004")
    if report.text_capaian is not None:
        name, stated = report.text_capaian
        printed_anywhere = [_percent(i.capaian) for i in report.pengukuran + report.lampiran if i.name == name]
        printed_anywhere += [_percent(i.lampiran_capaian) for i in report.lampiran
                             if i.name == name and i.lampiran_capaian]
        if all(abs(_percent(stated) - v) > 0.01 for v in printed_anywhere):
            out.add("LKJ-K010")
    return out
