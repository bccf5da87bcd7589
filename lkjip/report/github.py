"""GitHub Actions workflow commands: each finding an annotation on the checked file.

`::error file=…,title=…::message`. GitHub's escaping: in the message `%`, `\\r`, `\\n`
become `%25`, `%0D`, `%0A`; in property values also `:` and `,` (`%3A`, `%2C`); control
characters (ESC …) are made visible first (`lkjip.report.text_safety`). No `line=`:
a PDF has no lines GitHub could show, so the page is in the message instead.
"""

from __future__ import annotations

from lkjip.extract.errors import error_text
from lkjip.report.paths import workspace_path
from lkjip.report.text_safety import github_data as escape_data
from lkjip.report.text_safety import github_property as escape_property
from lkjip.results import RunResult

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
__all__ = ["COMMANDS", "escape_data", "escape_property", "github_annotations"]


def github_annotations(run: RunResult) -> str:
    lines = []
    for doc in run.documents:
        file = escape_property(workspace_path(doc.file))
        if not doc.ok:
            err = doc.extraction.error or {}
            lines.append(f"::error file={file},title={escape_property('lkjip: ' + str(err.get('code')))}::"
                         f"{escape_data(error_text(err, run.lang))}")
            continue
        for f in doc.active:  # a baseline's accepted findings are not annotated again
            title = escape_property(f"{f.rule} {f.title_text(run.lang)}")
            # Messages name their pages (every rule does); GitHub has no page to point at.
            lines.append(f"::{COMMANDS[f.severity]} file={file},title={title}::{escape_data(f.text(run.lang))}")
    return "\n".join(lines)
