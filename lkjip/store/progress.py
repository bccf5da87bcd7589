"""The batch progress bar: documents done, documents/s and ETA, on stderr, only on a TTY."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class DocumentsPerSecondColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("– docs/s" if speed is None else f"{speed:.2f} docs/s", style="cyan")


class BatchProgress:
    """`with BatchProgress(total) as bar: bar.advance(file_name)`; silent when not a TTY."""

    def __init__(self, total: int, enabled: bool | None = None, label: str = "ingest") -> None:
        console = Console(stderr=True)
        show = console.is_terminal if enabled is None else enabled
        self._progress = Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
            DocumentsPerSecondColumn(), TimeElapsedColumn(), TextColumn("ETA"),
            TimeRemainingColumn(), TextColumn("{task.fields[current]}", style="dim"),
            console=console, disable=not show, transient=False,
        )
        self._task = self._progress.add_task(label, total=total, current="")

    def __enter__(self) -> BatchProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def advance(self, current: str = "") -> None:
        name = current if len(current) <= 40 else "…" + current[-39:]
        self._progress.update(self._task, advance=1, current=name)
