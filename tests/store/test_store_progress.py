"""The progress bar's rate and ETA: documents done over time since the start."""

from __future__ import annotations

from rich.progress import Progress

from lkjip.store.progress import DocumentsPerSecondColumn, EtaColumn


def test_rate_and_eta_from_the_whole_run() -> None:
    now = [0.0]
    progress = Progress(get_time=lambda: now[0])
    task_id = progress.add_task("ingest", total=10)
    now[0] = 20.0
    progress.update(task_id, completed=4)
    task = progress.tasks[0]
    assert DocumentsPerSecondColumn().render(task).plain == "0.20 docs/s"
    assert EtaColumn().render(task).plain == "ETA 0:00:30"


def test_no_rate_before_the_first_document() -> None:
    progress = Progress()
    progress.add_task("ingest", total=3)
    task = progress.tasks[0]
    assert DocumentsPerSecondColumn().render(task).plain == "– docs/s"
    assert EtaColumn().render(task).plain == "ETA –:––:––"
