"""Names of agencies, programs and kegiatan: as a person reads them, and as a key.

One home for name normalisation outside indicators (those have `identity.py`, which also
knows their abbreviations, cut forms and typos): a printed label cleaned for display,
and a key on which two printings of the same name are equal.
"""

from __future__ import annotations

import re

# A list marker before a label: "- Kegiatan X", "• Program Y".
LIST_MARK = re.compile(r"^[\s\-–—•·▪►*]+")
_NAME_ABBREVIATIONS = {"setda": "sekretariat daerah", "prov": "provinsi", "kab": "kabupaten",
                       "pemprov": "pemerintah provinsi", "&": "dan"}
# Words a program or kegiatan name is cut to in lists and summaries ("penyelenggaraan Adm
# perkantoran" is the realisation table's "Penyelenggaraan Administrasi Perkantoran").
_PROGRAM_ABBREVIATIONS = {"adm": "administrasi", "admin": "administrasi", "prov": "provinsi",
                          "kab": "kabupaten", "kec": "kecamatan", "sarpras": "sarana dan prasarana"}


def spelled_out(word: str) -> str:
    """A lower-case word of a program or kegiatan name, its abbreviation spelled out."""
    return _PROGRAM_ABBREVIATIONS.get(word, word)


def printed_label(text: str) -> str:
    """Whitespace collapsed, list bullets dropped ("- Kegiatan X" → "Kegiatan X")."""
    return LIST_MARK.sub("", " ".join(text.split()))


def name_key(text: str) -> str:
    """Lower case, no parentheses, numbering or punctuation, common abbreviations spelled
    out: "Prov. Jambi (Setda)" and "provinsi jambi" share a key."""
    text = re.sub(r"\([^)]*\)", " ", text.lower())
    text = re.sub(r"^[\s\-–•*·\d.)]+", "", text)  # bullets and numbering
    words = re.findall(r"[a-z0-9&]+", text)
    return " ".join(_NAME_ABBREVIATIONS.get(w, w) for w in words)
