"""Whether more is better for an indicator: from a declared formula, else its wording."""

from __future__ import annotations

import re
from typing import Literal

Polarity = Literal["higher", "lower"]
# Cell.inferred code: a finding rests on a polarity its name suggests, nothing declares
# (lkjip.checks.certainty.INFERRED).
POLARITY_FROM_WORDING = "polarity_from_wording"
# … and higher-is-better read from a name counting the absence of something bad ("bebas banjir").
POLARITY_FROM_ABSENCE = "polarity_from_absence"

# A formula or note the report declares wins over wording.
_DECLARED_LOWER = re.compile(r"semakin\s+(?:kecil|rendah|sedikit)\s+semakin\s+baik|negatif|minimi[sz]|"
                             r"\(\s*2\s*[x×*]\s*target|2\s*[x×*]\s*target\s*[-–]\s*realisasi", re.I)
_DECLARED_HIGHER = re.compile(r"semakin\s+(?:besar|tinggi|banyak)\s+semakin\s+baik|positif|maksimi[sz]|"
                              r"realisasi\s*\)?\s*[/:]\s*\(?\s*target", re.I)
# A table's formula "capaian = target / realisasi x 100": the inverse some agencies use for
# lower-is-better indicators.
_DECLARED_INVERSE = re.compile(r"target\s*\)?\s*[/:]\s*\(?\s*realisasi", re.I)
# Wording that names something bad, whose level should go down.
_LOWER_WORDS = re.compile(
    r"\bangka\s+kematian|\bkematian|\bkasus\b|\bprevalensi|\bpengangguran|\bkemiskinan|\bpenduduk\s+miskin|"
    r"\bkecelakaan|\bpelanggaran|\bkerugian|\bgizi\s+buruk|\bstunting|\bkerawanan|\bgenangan|\bbanjir|"
    r"\bkebakaran|\bkriminalitas|\bsengketa|\bpengaduan|\bketerlambatan|\blama\s+waktu|"
    r"\bwaktu\s+(?:rata|penyelesaian|tunggu)|\btunggakan|\bkesenjangan|\bdisparitas|\bketimpangan|\bgini\b|"
    r"\binflasi|\bbuta\s+(?:huruf|aksara)|\bputus\s+sekolah|\bkumuh|\brusak\s+berat|\bkerusakan|"
    r"\brisiko\b|\bresiko\b|\btotal\s+fertility|\btfr\b|"
    r"\btemuan\b(?!.*(?:ditindaklanjuti|tindak\s+lanjut|diselesaikan))", re.I)
# "Penurunan …", "Menurunnya …": the value may be the level (lower is better) or the size
# of the decrease (higher is better). Real reports use both (BP3AKB Jawa Barat 2016,
# "Menurunnya Keluarga Pra Sejahtera": 3,88 / 3,60 × 100 = 107,78), so these say nothing.
_DECREASE_WORDS = re.compile(r"\bmenurun\w*|\bpenurunan|\bberkurang\w*|\bpengurangan|\bturunnya|\bmenekan", re.I)
# "Wilayah bebas banjir", "desa bebas buta aksara", "tanpa kasus": the bad thing named just
# after a word saying it is absent. What is counted is its absence, so more is better.
_FREE_OF = re.compile(r"\b(?:ter)?bebas\s+(?:dari\s+)?$|\btanpa\s+$", re.I)


def polarity_of(indikator: str, formula: str | None = None) -> tuple[Polarity | None, str]:
    """The polarity and why: ("lower", 'declared: "semakin kecil semakin baik"'), or
    (None, reason) when nothing decides it (the caller then accepts either convention)."""
    if formula:
        m = _DECLARED_INVERSE.search(formula) or _DECLARED_LOWER.search(formula)
        if m:
            return "lower", f'declared: "{m.group(0)}"'
        m = _DECLARED_HIGHER.search(formula)
        if m:
            return "higher", f'declared: "{m.group(0)}"'
    decrease = _DECREASE_WORDS.search(indikator)
    if decrease:
        return None, f'wording "{decrease.group(0)}" (level or size of the decrease)'
    m = _LOWER_WORDS.search(indikator)
    if m:
        free = _FREE_OF.search(indikator[:m.start()])
        if free:
            return "higher", f'wording: "{free.group(0).strip()} {m.group(0).strip()}" (its absence: more is better)'
        return "lower", f'wording: "{m.group(0).strip()}"'
    return None, ""


def capaian(target: float, realisasi: float, polarity: Polarity) -> float:
    """Capaian in percent: higher-is-better realisasi / target × 100; lower-is-better
    (2 × target − realisasi) / target × 100 (PermenPANRB 53/2014 practice)."""
    if polarity == "higher":
        return realisasi / target * 100
    return (2 * target - realisasi) / target * 100
