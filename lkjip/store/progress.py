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
)
from rich.text import Text


def _rate(task: Task) -> float | None:
    # Documents done over time since the start: rich's own estimate looks only at recent
    # completions, which a few fast error files make absurd.
    elapsed = task.elapsed
    return task.completed / elapsed if task.completed and elapsed else None


class DocumentsPerSecondColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        rate = _rate(task)
        return Text("– docs/s" if rate is None else f"{rate:.2f} docs/s", style="cyan")


class EtaColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        rate = _rate(task)
        if rate is None or task.total is None:
            return Text("ETA –:––:––", style="yellow")
        left = max(0.0, (task.total - task.completed) / rate)
        hours, rest = divmod(int(left + 0.5), 3600)
        return Text(f"ETA {hours}:{rest // 60:02d}:{rest % 60:02d}", style="yellow")


class BatchProgress:
    """`with BatchProgress(total) as bar: bar.advance(file_name)`; silent when not a TTY."""

    def __init__(self, total: int, enabled: bool | None = None, label: str = "ingest") -> None:
        console = Console(stderr=True)
        show = console.is_terminal if enabled is None else enabled
        self._progress = Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
            DocumentsPerSecondColumn(), TimeElapsedColumn(), EtaColumn(), TextColumn("{task.fields[current]}", style="dim"),
            console=console, disable=not show, transient=False,
        )
        self._task = self._progress.add_task(label, total=total, current="")

    def __enter__(self) -> BatchProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def advance(self, current: str = "") -> None:
        from lkjip.report.text_safety import terminal_markup

        name = current if len(current) <= 40 else "…" + current[-39:]
        name = terminal_markup(name)  # a file name is shown through rich markup: escaped
        self._progress.update(self._task, advance=1, current=name)
