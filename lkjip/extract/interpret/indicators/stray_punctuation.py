"""A value cell ending in stray punctuation: a sentence's full stop after the unit
("96,12 %."), or the closing half of a bracket whose opening half is not in the cell
("1\\npaket)" where "(1 paket)" lost its "(" to the cell on the left). The value is read
without it. Only a stop after a unit or percent sign is dropped: after a digit ("96,12.")
it could be a separator, and the number would change."""

from __future__ import annotations

import re

# A full stop, comma or semicolon after a letter or "%": the sentence's, not the number's.
_STOP = re.compile(r"(?<=[^\W\d_%]|%)\s*[.,;]\s*$")


def without_stray_punctuation(text: str) -> str | None:
    """The cell's text without its trailing stop or unmatched ")", or None when it ends in
    neither."""
    out = text.rstrip()
    if out.endswith(")") and out.count(")") > out.count("("):
        out = out[:-1].rstrip()
    out = _STOP.sub("", out)
    return out if out != text.rstrip() and re.search(r"\d", out) else None
