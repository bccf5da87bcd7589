"""Target and realisation cells of indicator tables, as values with units and remarks.

An indicator cell is usually "429.352 eks" or "100 %", but reports also write
"100 % (730 respon)" (a percentage with the head-count it stands for), "429.352 eks
(target 2016: 31476 eks)", "- kali" (no value, unit kept), a rate over its base
("89/100.000 KH": 89, unit "per 100.000") and whole social-media
tallies ("Facebook:\\n- komentar : 238\\n- like : 2004 ..."). `parse_quantity` keeps
each of these apart: the main value and unit, the parenthesised note with its own
number as `secondary`, and compound cells as labelled `parts` with no single value,
because adding likes to comments would be a number no one reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lkjip.numbers.footnote_marks import split_footnote_mark
from lkjip.numbers.numerals import MISSING_MARKS, NumberStyle, parse_number
from lkjip.numbers.rates import parse_rate
from lkjip.numbers.share_of_base import parse_share
from lkjip.numbers.units import edit_distance, normalize_unit

__all__ = ["Quantity", "QuantityPart", "normalize_metric", "parse_quantity"]


@dataclass(frozen=True)
class QuantityPart:
    """One labelled number inside a cell: a note's "730 respon", a "like : 2004" line.

    `unit` is normalized. In compound cells `platform` is the heading a line sits under
    ("Facebook:"; for other tallies whatever heading was printed), `metric` the line's
    own label as printed ("kometar") and `metric_norm` its canonical form ("komentar");
    `label` joins the two ("Facebook kometar") and is what a finding should quote.
    """

    label: str | None
    value: float | int | None
    unit: str | None
    text: str
    platform: str | None = None
    metric: str | None = None
    metric_norm: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "value": self.value,
            "unit": self.unit,
            "platform": self.platform,
            "metric": self.metric,
            "metric_norm": self.metric_norm,
        }


@dataclass(frozen=True)
class Quantity:
    """A parsed cell. `value` is None for "- kali", for compound cells (see `parts`) and
    for text that holds no number; `unit` is normalized, `unit_raw` as printed."""

    text: str
    value: float | int | None
    unit: str | None
    unit_raw: str | None
    note: str | None
    secondary: QuantityPart | None
    parts: tuple[QuantityPart, ...] | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "value": self.value,
            "unit": self.unit,
            "unit_raw": self.unit_raw,
            "note": self.note,
            "secondary": self.secondary.to_dict() if self.secondary else None,
            "parts": [part.to_dict() for part in self.parts] if self.parts is not None else None,
        }


_PLATFORMS = frozenset(
    {
        "facebook", "fb", "instagram", "ig", "twitter", "youtube", "tiktok", "website",
        "web", "whatsapp", "telegram", "linkedin", "threads",
    }
)  # fmt: skip
_METRICS: dict[str, str] = {
    "komentar": "komentar",
    "comment": "komentar",
    "like": "like",
    "suka": "like",
    "share": "share",
    "view": "view",
    "viewer": "view",
    "tayangan": "view",
    "follower": "follower",
    "pengikut": "follower",
    "subscriber": "subscriber",
    "retweet": "retweet",
    "post": "post",
    "postingan": "post",
    "reach": "reach",
    "jangkauan": "reach",
    "respon": "respon",
    "pengunjung": "pengunjung",
    "kunjungan": "kunjungan",
}

_METRIC_NAMES = frozenset(_METRICS.values())

_NOTE_RE = re.compile(r"(?P<head>.*?)\s*(?P<note>\([^()]*\))", re.DOTALL)
_MISSING_WITH_UNIT_RE = re.compile(r"[-–—]\s*(?P<unit>[^\W\d_]+)\.?")
_LEADING_PHRASE_RE = re.compile(r"(?P<number>.*?\d[^\s]*)\s+(?P<phrase>[^\W\d_]+(?:\s+[^\W\d_]+)*)")
# "9 kab/kota", "545 desa/kel": a unit naming the alternatives it counts, joined by a slash.
# Words only on both sides, so "12/24 bulan" and "89/100.000 KH" stay what they are.
_SLASHED_UNIT_RE = re.compile(r"(?P<number>[^\s/]*\d[^\s/]*)\s*(?P<unit>[^\W\d_]+(?:\s*/\s*[^\W\d_]+)+)\.?")
_BULLET_RE = re.compile(r"^[-•·*]\s+")
# "Facebook:" or "Tahun 2016:" (colon-terminated), or a bare "Instagram" without digits
_HEADER_RE = re.compile(r"(?P<label>[^\W\d_][^:]*?)\s*:|(?P<bare>[^\W\d_][^\d:]*?)")
_LABELLED_RE = re.compile(r"(?:(?P<label>[^:]*[^\W\d_][^:]*?)\s*:\s*)?(?P<rest>\S.*)")
_LEADING_BULLET_RE = re.compile(r"[-•·*]\s+(?=\d)")
_SECONDARY_RE = re.compile(r"(?:(?P<label>[^:]+?)\s*:\s*)?(?P<rest>\S.*)", re.DOTALL)


def normalize_metric(metric: str) -> str:
    """Canonical social-media metric: "Komentar" -> "komentar", "likes" -> "like",
    "kometar" -> "komentar" (one slip from a known metric, at least 4 letters)."""
    cleaned = " ".join(metric.split()).strip(" .,;:").lower()
    if cleaned in _METRICS:
        return _METRICS[cleaned]
    if cleaned.endswith("s") and cleaned[:-1] in _METRICS:
        return _METRICS[cleaned[:-1]]
    if len(cleaned) >= 4:
        close = {
            canonical
            for known, canonical in _METRICS.items()
            if len(known) >= 4 and edit_distance(cleaned, known) <= 1
        }
        if len(close) == 1:
            return close.pop()
    return cleaned


def _is_metric(word: str) -> bool:
    return normalize_metric(word) in _METRIC_NAMES


def _secondary(note: str, style: NumberStyle | None) -> QuantityPart | None:
    """The "<label>: <n> <unit>" or "<n> <unit>" inside a note, if that is all it holds."""
    inner = note[1:-1].strip()
    match = _SECONDARY_RE.fullmatch(inner)
    if match is None:
        return None
    parsed = parse_number(match.group("rest"), style)
    if parsed is None:
        return None
    return QuantityPart(
        label=match.group("label"),
        value=parsed.value,
        unit=normalize_unit(parsed.unit),
        text=inner,
    )


def _simple(text: str, style: NumberStyle | None) -> Quantity | None:
    """A single value: "<number> [unit] [(note)]", "- unit" or "<number> <unit phrase>"."""
    stripped = text.strip()
    if "\n" not in stripped:
        stripped = _LEADING_BULLET_RE.sub("", stripped, count=1)  # a Word bullet: "- 5 kali"
    head, note = stripped, None
    match = _NOTE_RE.fullmatch(stripped)
    if match is not None and match.group("head"):
        head, note = match.group("head"), match.group("note")
    if note is None:
        head, note = split_footnote_mark(head)  # "150*": the value, starred for a note
    secondary = _secondary(note, style) if note else None

    missing = _MISSING_WITH_UNIT_RE.fullmatch(head)
    if missing is not None:
        raw = missing.group("unit")
        return Quantity(text, None, normalize_unit(raw), raw, note, secondary, None)

    parsed = parse_number(head, style)
    if parsed is not None:
        unit_raw = parsed.unit
        return Quantity(
            text, parsed.value, normalize_unit(unit_raw), unit_raw, note, secondary, None
        )

    slashed = _SLASHED_UNIT_RE.fullmatch(head)
    if slashed is not None:
        number = parse_number(slashed.group("number"), style)
        if number is not None and number.unit is None:
            unit_raw = re.sub(r"\s*/\s*", "/", slashed.group("unit"))
            return Quantity(text, number.value, normalize_unit(unit_raw), unit_raw, note, secondary, None)

    # "2 dokumen RKA": a number followed by a unit of several words
    phrase = _LEADING_PHRASE_RE.fullmatch(head)
    if phrase is not None and "\n" not in head:
        number = parse_number(phrase.group("number"), style)
        if number is not None and number.unit is None:
            unit_raw = phrase.group("phrase")
            return Quantity(
                text, number.value, normalize_unit(unit_raw), unit_raw, note, secondary, None
            )
    return None


def _compound(text: str, style: NumberStyle | None) -> tuple[QuantityPart, ...] | None:
    """Lines of "Platform:" headers and "metric : n" entries, or one number per line."""
    platform: str | None = None
    parts: list[QuantityPart] = []
    for raw_line in text.splitlines():
        line = _BULLET_RE.sub("", raw_line.strip())
        if not line:
            continue
        header = _HEADER_RE.fullmatch(line)
        if header is not None:
            platform = header.group("label") or header.group("bare")
            continue
        labelled = _LABELLED_RE.fullmatch(line)
        if labelled is None:
            return None
        parsed = parse_number(labelled.group("rest"), style)
        if parsed is None:
            return None
        label = labelled.group("label")
        part_platform, metric, unit_raw = platform, None, parsed.unit
        if label and unit_raw and (label.lower() in _PLATFORMS or _is_metric(unit_raw)):
            # "Facebook: 95 komentar": the label is the platform, the word the metric
            part_platform, metric, unit_raw = label, unit_raw, None
        elif label and (platform is not None or _is_metric(label)):
            metric = label  # "- komentar : 238" under a "Facebook:" header
        elif label is None and platform is not None and unit_raw and _is_metric(unit_raw):
            metric, unit_raw = unit_raw, None  # "Instagram" then "195 like"
        words = (part_platform, metric or label)
        parts.append(
            QuantityPart(
                label=" ".join(word for word in words if word) or None,
                value=parsed.value,
                unit=normalize_unit(unit_raw),
                text=raw_line.strip(),
                platform=part_platform,
                metric=metric,
                metric_norm=normalize_metric(metric) if metric else None,
            )
        )
    return tuple(parts) if parts else None


def _unit_wrapped(text: str) -> str | None:
    """"13.125\nmeter\nkubik" as one line: a number whose unit a narrow cell wrapped (the
    lines after the first print no digit); None for any other text."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if len(lines) < 2 or any(ch.isdigit() for ln in lines[1:] for ch in ln):
        return None
    return " ".join(lines)


def parse_quantity(text: str, style: NumberStyle | None = None) -> Quantity | None:
    """Parse a target/realisation cell; None when the cell is missing ("-", "–", "").

    "429.352 eks" -> 429352 eks; "100 % (730 respon)" -> 100 persen, note "(730 respon)",
    secondary 730 respon; "- kali" -> value None, unit kali; "Facebook:\\n- komentar : 238
    ..." -> value None with one part per line ("Facebook komentar" 238, ...). Text with no
    readable number comes back with value None and no parts rather than being dropped,
    so the caller can still report the cell.
    """
    if text is None or text.strip() in MISSING_MARKS:
        return None
    simple = _simple(text, style)
    if simple is not None:
        return simple
    unwrapped = _unit_wrapped(text)
    if unwrapped is not None and (simple := _simple(unwrapped, style)) is not None:
        return Quantity(text, simple.value, simple.unit, simple.unit_raw, simple.note, simple.secondary, None)
    rate = parse_rate(text, style)
    if rate is not None:
        return Quantity(text, rate[0], rate[1], rate[1], None, None, None)
    share = parse_share(text, style)
    if share is not None:  # "1 % dari Jumlah Penduduk": the percentage, its base as the note
        return Quantity(text, share[0], "persen", "%", share[1], None, None)
    parts = _compound(text, style)
    if parts is not None:
        return Quantity(text, None, None, None, None, None, parts)
    return Quantity(text, None, None, None, None, None, None)
