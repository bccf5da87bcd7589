"""An error a person reads, worded in English and in Bahasa Indonesia.

The settings file and the store fail before or outside any report, so their messages
carry both wordings and the command line prints the one `--lang` (or the settings file)
asks for. `str(error)` is the English one, for logs and tracebacks.
tests/report/test_report_languages.py fails on a raise of these errors with one wording.
"""

from __future__ import annotations


class BilingualError(Exception):
    """An error with its message in each language."""

    def __init__(self, en: str, id: str) -> None:
        super().__init__(en)
        self.texts = {"en": en, "id": id}

    def text(self, lang: str) -> str:
        return self.texts.get(lang) or self.texts["en"]


def message_in(exc: BaseException, lang: str) -> str:
    """The message of any error in `lang` where it has one, else as it is."""
    return exc.text(lang) if isinstance(exc, BilingualError) else str(exc)
