"""Untrusted text made safe for the outputs it is written into: one function per output kind.

Everything read from a document, and every file name, is untrusted:

- **terminal** (`terminal_safe`, `terminal_markup`): C0/C1 control characters (ESC starts
  the sequences that clear the screen, move the cursor or plant an OSC 8 hyperlink; CR
  overwrites a line) and bidi overrides are shown as visible escapes (`\\x1b`), never
  sent to the terminal; text printed through rich *markup* is also markup-escaped, so a
  file named `[link=http://…]x.pdf` is printed as such, and `[/]` cannot crash the print.
- **GitHub workflow commands** (`github_data`, `github_property`): the terminal step
  (the Actions log renders ANSI), then GitHub's own `%`/CR/LF (and `:`/`,`) escaping.
- **CSV / XLSX** (`spreadsheet_text`, `xlsx_safe_cell`): text that a spreadsheet would
  evaluate (leading `=`, `+`, `-`, `@`, tab or CR; OWASP's list) becomes text: a leading
  apostrophe in CSV, a text cell with Excel's quote prefix in XLSX. Real numbers (float
  and int values, and strings that are a plain number like "-1.500") stay numbers.
- **XML and markup** (`xml_safe`): characters XML 1.0 forbids are dropped (JUnit, XLSX,
  HTML); HTML escaping itself is `html.escape` at the point of writing.
"""

from __future__ import annotations

import re
from typing import Any

_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?[\d.,\s]*%?")
# C0 controls but TAB and LF, DEL, C1 controls; bidi embeddings/overrides/isolates.
_TERMINAL_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_TERMINAL_UNSAFE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub(" ", text)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: object, one_line: bool = False) -> str:
    """Text that does nothing to a terminal: every control character (ESC, CR, BEL, C1 …)
    shown as a visible escape. `one_line` also escapes TAB and LF (file names, log lines)."""
    return (_TERMINAL_UNSAFE_LINE if one_line else _TERMINAL_UNSAFE).sub(_visible, str(text))


def terminal_markup(text: object) -> str:
    """Untrusted text to embed in a rich markup string: terminal-safe and markup-escaped."""
    from rich.markup import escape

    return escape(terminal_safe(text, one_line=True))


def github_data(text: object) -> str:
    """A workflow command's message: GitHub's escaping of `%`, CR and LF."""
    escaped = str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return terminal_safe(escaped)


def github_property(text: object) -> str:
    """A workflow command's property value (file=…, title=…): also `:` and `,`."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


def is_formula_like(text: str) -> bool:
    """Text a spreadsheet would evaluate ("=SUM(…)", "+cmd", "@cmd", "-2+3", a leading tab
    or CR); "-" alone or a plain number such as "-1.500" or "+5%" is fine."""
    if not text.startswith(_FORMULA_START):
        stripped = text.lstrip(" ")
        if not stripped.startswith(_FORMULA_START):
            return False
        text = stripped
    if text[0] in "\t\r":
        return True
    return not _NUMBER.fullmatch(text) and text not in ("-", "- ")


def spreadsheet_text(value: Any) -> Any:
    """A CSV field: text that would be a formula gets OWASP's leading apostrophe; numbers,
    None and other values are returned as they are."""
    if not isinstance(value, str):
        return value
    value = xml_safe(value)
    return "'" + value if is_formula_like(value) else value


def xlsx_safe_cell(cell: Any) -> None:
    """An openpyxl cell holding document text: never a live formula, controls dropped.
    The text is kept as printed and marked with Excel's quote prefix (shown without the
    apostrophe, still text when edited)."""
    value = cell.value
    if not isinstance(value, str):
        return
    clean = xml_safe(value)
    if clean != value:
        cell.value = clean
    if cell.data_type == "f" or is_formula_like(clean) or clean.startswith("="):
        cell.data_type = "s"
        cell.quotePrefix = True
