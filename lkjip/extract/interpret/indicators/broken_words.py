"""Header words a narrow column breaks over two lines without a hyphen ("Satua" / "n",
"Targe" / "t" / "Renst" / "ra"), or with a hyphen inside a line ("REALI-SASI"): joined
again where the two pieces make a header word and were not both words already ("Target"
/ "Realisasi" stay apart)."""

from __future__ import annotations

import re

_LAST = re.compile(r"([^\W\d_]+)\s*$")
_FIRST = re.compile(r"^\s*([^\W\d_]+)")


_HYPHENATED = re.compile(r"([^\W\d_]+)-\s*([^\W\d_]+)")


def rejoin_broken_words(text: str, known: frozenset[str]) -> str:
    if "-" in text:
        # "REALI-SASI": a hyphen a typesetter put inside a header word, not between two.
        text = _HYPHENATED.sub(lambda m: m.group(1) + m.group(2)
                               if (m.group(1) + m.group(2)).lower() in known else m.group(0), text)
    if "\n" not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if out and line:
            last, first = _LAST.search(out[-1]), _FIRST.match(line)
            if last and first:
                a, b = last.group(1).lower(), first.group(1).lower()
                if (a + b) in known and not (a in known and b in known):
                    out[-1] += line
                    continue
        out.append(line)
    return "\n".join(out)
