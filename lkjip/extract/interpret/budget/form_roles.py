"""What each column of a realisation form holds, from its heading.

RFK forms: Kode | Program/Kegiatan/Sub Kegiatan/Pekerjaan | Anggaran per paket, per sub
kegiatan, per kegiatan, per program | Penyedia … | Realisasi keuangan Rupiah, % | Realisasi
fisik. Evaluasi Hasil Renja (Permendagri 86/2017): Urusan/Program/Kegiatan | Indikator |
Target Renja K, Rp | Realisasi triwulan I … IV, each K and Rp | Realisasi capaian K, Rp |
Tingkat capaian % | … | Perangkat Daerah Penanggung Jawab. K (kinerja) columns count
outputs, not rupiah: they are no budget figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lkjip.extract.interpret.budget.form_columns import FormColumn

_LEVEL_QUALIFIER = (("sub_kegiatan", re.compile(r"sub\s*-?\s*kegiatan", re.I)),
                    ("kegiatan", re.compile(r"kegiatan", re.I)),
                    ("program", re.compile(r"program", re.I)),
                    ("paket", re.compile(r"paket|pekerjaan", re.I)))
_PERIOD = re.compile(r"\b(?:tw|triwulan|bulan|semester)\b", re.I)
_CUMULATIVE = re.compile(r"s\s*/\s*d|sampai\s+dengan|kumulatif|capaian\s+kinerja\s+dan\s+anggaran|"
                         r"yang\s+dievaluasi|jumlah", re.I)


@dataclass
class Role:
    role: str  # code | name | anggaran | realisasi | persen | sisa | anchor | other
    level: str | None = None  # anggaran per <level>
    period: bool = False  # one of several triwulan / month columns
    cumulative: bool = False
    inferred: bool = False  # the role rests on the layout, not on a heading that names it


def column_role(col: FormColumn) -> Role:
    h = " ".join(col.heading.split()).lower()
    sub = col.sub.lower()
    if sub == "k" or re.search(r"\bfisi?k\b", h) or re.search(r"indikator|penyedia|kontrak|spk|\bppk\b|pptk|"
                                                             r"bendahara|rekanan|sp2d|bast|tanggal|waktu", h):
        return Role("other")
    if re.fullmatch(r"(kode(\s+rekening)?|no\.?|nomor)", h):
        return Role("code")
    if re.search(r"penanggung\s+jawab|perangkat\s+daerah\s+penanggung", h):
        return Role("anchor")
    money = sub in ("rp", "rp.", "rupiah") or re.search(r"\brp\b|rupiah|keuangan|anggaran|jumlah", h)
    rupiah = sub in ("rp", "rp.", "rupiah") or re.search(r"\brp\b|rupiah", h)
    # "Capaian Kinerja dan Kerangka Pendanaan" spanning a "Pagu Indikatif (Rp)": rupiah, no share.
    if "%" in h or sub == "%" or (re.search(r"\bpersen|capaian", h) and not rupiah):
        return Role("persen") if money or re.search(r"reali[sz]asi", h) else Role("other")
    if re.search(r"\bsisa\b|silpa", h):
        return Role("sisa")
    if re.search(r"reali[sz]asi", h) and money:
        return Role("realisasi", period=bool(_PERIOD.search(h)) or bool(re.search(r"\b(i|ii|iii|iv)\b", h)),
                    cumulative=bool(_CUMULATIVE.search(h)))
    if re.search(r"\b(anggaran|pagu|alokasi|dpa)\b", h) or (re.search(r"\btarget\b", h) and money):
        level = next((lv for lv, rx in _LEVEL_QUALIFIER if rx.search(h.replace("anggaran", ""))), None)
        return Role("anggaran", level=level)
    if re.fullmatch(r"per\s+(paket|sub\s*-?\s*kegiatan|kegiatan|program)", h):
        # "PER PAKET … PER PROGRAM" whose spanning heading was not placed over it: in these
        # forms the budget's split by level; taken as anggaran, but only inferred.
        level = next((lv for lv, rx in _LEVEL_QUALIFIER if rx.search(h)), None)
        return Role("anggaran", level=level, inferred=True)
    if re.search(r"urusan|program|kegiatan|pekerjaan|uraian|nama", h) and \
            not re.search(r"\b(lokasi|hasil|keluaran|output|outcome|sasaran|satuan)\b", h):
        return Role("name")  # "Hasil Program", "Lokasi Output Kegiatan" describe, not name
    return Role("other")


def form_roles(columns: list[FormColumn]) -> list[Role]:
    """Each column's role; a bare "%" beside a realisasi column is that realisasi's share."""
    roles = [column_role(c) for c in columns]
    first_name = next((i for i, r in enumerate(roles) if r.role == "name"), len(roles))
    for i, role in enumerate(roles):
        if role.role == "code" and i > first_name:
            roles[i] = Role("other")  # "No." of an SP2D or contract further right: no row number
    for i, (col, role) in enumerate(zip(columns, roles, strict=True)):
        if role.role == "other" and col.heading.strip() == "%" and i and roles[i - 1].role == "realisasi":
            roles[i] = Role("persen")
    return roles
