"""A footnote mark after a printed value: "150*", "112 *)", "98,5%**".

Reports star a figure to send the reader to a note under the table (provisional data,
another source). The mark is no digit of the value: it is split off and kept as the
value's note, so "150*" reads 150 like the rest of its column.
"""

from __future__ import annotations

import re

# One to three stars, optionally closed by ")", after a digit or "%".
_MARK_RE = re.compile(r"(?<=[\d%])\s*(\*{1,3}\)?)\s*$")


def split_footnote_mark(text: str) -> tuple[str, str | None]:
    """The value's text without its footnote mark, and the mark (None when there is none)."""
    m = _MARK_RE.search(text)
    if m is None:
        return text, None
    return text[: m.start()], m.group(1)
