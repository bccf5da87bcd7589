"""The terminal report: numbers as printed, locations in the chosen language."""

from __future__ import annotations

from dataclasses import replace

from rich.console import Console

from lkjip.report.terminal import printed_on_one_line, render_terminal
from lkjip.results import RunResult


def _render(run: RunResult) -> str:
    console = Console(record=True, width=200, force_terminal=False)
    render_terminal(run, console)
    return console.export_text()


def test_numbers_as_printed_and_locations(handmade_run: RunResult) -> None:
    text = _render(handmade_run)
    assert "19.253.545.000" in text and "19.253.454.000" in text and "19253545000" not in text
    assert "p. 17 p17-t1 row 13 anggaran" in text and "1 errors, 1 warnings, 1 notes" in text
    text_id = _render(replace(handmade_run, lang="id"))
    assert "hlm. 17 p17-t1 baris 13 anggaran" in text_id and "KESALAHAN (1)" in text_id


def test_multiline_cells_stay_whole() -> None:
    cell = "Facebook:\n- komentar : 238\nInstagram:\n- like : 20.511"
    assert printed_on_one_line(cell) == "Facebook: / - komentar : 238 / Instagram: / - like : 20.511"
