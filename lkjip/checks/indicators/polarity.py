"""Whether more is better for an indicator: from a declared formula, else its wording."""

from __future__ import annotations

import re
from typing import Literal

Polarity = Literal["higher", "lower"]

# A formula or note the report declares wins over wording.
_DECLARED_LOWER = re.compile(r"semakin\s+(?:kecil|rendah|sedikit)\s+semakin\s+baik|negatif|minimi[sz]|"
                             r"\(\s*2\s*[x×*]\s*target|2\s*[x×*]\s*target\s*[-–]\s*realisasi", re.I)
_DECLARED_HIGHER = re.compile(r"semakin\s+(?:besar|tinggi|banyak)\s+semakin\s+baik|positif|maksimi[sz]", re.I)
# Wording of indicators whose value should go down.
_LOWER_WORDS = re.compile(
    r"\bmenurun|\bberkurang|\bpenurunan|\bturunnya|\bangka\s+kematian|\bkematian|\bkasus\b|\bprevalensi|"
    r"\bpengangguran|\bkemiskinan|\bpenduduk\s+miskin|\bkecelakaan|\bpelanggaran|\bkerugian|\bgizi\s+buruk|"
    r"\bstunting|\bkerawanan|\bgenangan|\bbanjir|\bkebakaran|\bkriminalitas|\bsengketa|\bpengaduan|"
    r"\btemuan\b(?!.*(?:ditindaklanjuti|tindak\s+lanjut|diselesaikan))|\blama\s+waktu|\bwaktu\s+(?:rata|penyelesaian|tunggu)|"
    r"\btunggakan|\bkesenjangan|\bdisparitas|\bketimpangan|\bgini\b|\binflasi|\bbuta\s+(?:huruf|aksara)|"
    r"\bputus\s+sekolah|\bkumuh|\brusak\s+berat|\bkerusakan", re.I)


def polarity_of(indikator: str, formula: str | None = None) -> tuple[Polarity | None, str]:
    """The polarity and why: ("lower", 'declared: "semakin kecil semakin baik"'), or
    (None, "") when nothing says (the caller then accepts either convention)."""
    if formula:
        m = _DECLARED_LOWER.search(formula)
        if m:
            return "lower", f'declared: "{m.group(0)}"'
        m = _DECLARED_HIGHER.search(formula)
        if m:
            return "higher", f'declared: "{m.group(0)}"'
    m = _LOWER_WORDS.search(indikator)
    if m:
        return "lower", f'wording: "{m.group(0).strip()}"'
    return None, ""


def capaian(target: float, realisasi: float, polarity: Polarity) -> float:
    """Capaian in percent: higher-is-better realisasi / target × 100; lower-is-better
    (2 × target − realisasi) / target × 100 (PermenPANRB 53/2014 practice)."""
    if polarity == "higher":
        return realisasi / target * 100
    return (2 * target - realisasi) / target * 100
