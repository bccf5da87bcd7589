"""The document's time limit (`--timeout`) over its checks too.

Reading is bounded by killing the reader child; the rules run in the process that
reports, so each runs under an interval timer (SIGALRM, where the caller is the main
thread of its process: the CLI and the local pool workers) that interrupts it when the
document's time is up. Elsewhere (a thread, Windows) the limit is checked between rules.
A rule stopped or never started is *not run*, which the runner reports (LKJ-S003),
never "no finding".
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


class OutOfTime(Exception):
    """The document's time ran out while a rule was running."""


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    usable = (seconds is not None and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return
    assert seconds is not None

    def expired(signum: int, frame: object) -> None:
        raise OutOfTime

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
