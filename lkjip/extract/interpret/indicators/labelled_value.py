"""A value cell printing one labelled figure: "UTTP : 6.831.222 buah".

An indicator counting two named things ("Jumlah UTTP dan BDKT") may get one row per thing,
each value cell naming its thing before a colon. The one labelled figure is the row's
value, and its label the measure the row is about: the row is named "Jumlah UTTP dan
BDKT (UTTP)", as the tables that print the two measures on unnamed rows are read
(`two_measures`). A cell of several labelled figures (a social-media tally) stays compound.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Labelled:
    label: str
    value: float | int
    unit: str | None
    number_text: str  # the figure as printed after the label ("6.831.222 buah")


def single_labelled(q: Any) -> Labelled | None:
    """The one labelled figure of a parsed cell, or None."""
    if q is None or q.value is not None or not q.parts or len(q.parts) != 1:
        return None
    part = q.parts[0]
    if not part.label or part.value is None or part.platform or ":" not in part.text:
        return None
    return Labelled(part.label, part.value, part.unit, part.text.split(":", 1)[1].strip())


def named_with(name: str, label: str) -> str:
    """"Jumlah UTTP dan BDKT (UTTP)": the row's name with the measure its cell names, where
    the name mentions it and does not end with it already."""
    if label.lower() not in name.lower() or name.rstrip().endswith(f"({label})"):
        return name
    return f"{name} ({label})"
