"""A text layer drawn with fonts whose glyphs map to no real characters.

A font embedded without a usable ToUnicode map (or with one that a broken PDF tool
wrote) gives the page's text as the font's private codes: characters in Unicode's
private-use area (U+E000.., U+F0xx of symbol fonts), control characters (glyph ids read
as codes) or U+FFFD; or, when the codes happen to fall on ASCII, a salad of letters in
which vowels are rare (glyph ids in order of first use, a shifted alphabet). The page
looks fine on screen and reads as nothing: it is OCR'd instead (`text_layer.assess`).

Both tests count with regular expressions over a sample of the page (no loop per
character). Measured on the real corpus: private-use and control characters stay under
2 % of a page's print (symbol-font bullets), vowels at or above 37 % of the letters of
any page with 200 letters or more (Indonesian and English prose and tables alike).
"""

from __future__ import annotations

import re

# Private use (BMP and planes 15-16), C0/C1 controls other than line breaks and tabs,
# and the replacement character.
_UNMAPPED = re.compile(r"[\ue000-\uf8ff\U000f0000-\U0010ffff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_VOWEL = re.compile(r"[AEIOUaeiou]")
# A page whose print is at least this share of unmapped codes is not text.
MAX_UNMAPPED_SHARE = 0.2
# Fewer vowels than this share of the letters: no language the reports are written in.
MIN_VOWEL_SHARE = 0.25
_MIN_LETTERS_TO_JUDGE = 200
_SAMPLE_CHARS = 6000


def unmapped_share(text: str) -> float:
    """The share of the sample's non-space characters that are private-use or control codes."""
    sample = text[:_SAMPLE_CHARS]
    printed = len(sample) - sum(sample.count(ch) for ch in " \n\r\t")
    return len(_UNMAPPED.findall(sample)) / printed if printed > 0 else 0.0


def vowel_share(text: str) -> float | None:
    """The share of vowels among the sample's Latin letters; None when too few to judge."""
    sample = text[:_SAMPLE_CHARS]
    letters = len(_LATIN_LETTER.findall(sample))
    if letters < _MIN_LETTERS_TO_JUDGE:
        return None
    return len(_VOWEL.findall(sample)) / letters


def garbled_glyphs(text: str) -> str | None:
    """Why the page's characters are not the print it shows, or None when they may be."""
    unmapped = unmapped_share(text)
    if unmapped >= MAX_UNMAPPED_SHARE:
        return f"{unmapped:.0%} of the characters are private-use or control codes (a font without a usable ToUnicode map)"
    vowels = vowel_share(text)
    if vowels is not None and vowels < MIN_VOWEL_SHARE:
        return f"only {vowels:.0%} of the letters are vowels (a font whose glyphs map to the wrong letters)"
    return None
