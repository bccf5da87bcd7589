"""Child processes die with their parent.

A `kill -9` of `lkjip ingest` cannot be caught, so its forkserver, pool workers and
reader children would live on, blocked, holding hundreds of MB each. On Linux every
child asks the kernel for a parent-death signal (prctl PR_SET_PDEATHSIG, SIGKILL): when
the process that made it dies, it is killed too, down the whole tree (ingest →
forkserver → worker → reader). Elsewhere this is a no-op.

`LKJIP_INGEST_PID` is set by the ingest parent before its pool starts; the forkserver
(which imports this module as a preload) arms itself when its parent is that process.
Each guarded process names the parent it expects, because it may only get to arm itself
after that parent has died (a pool worker runs its initializer some time after the fork;
on a loaded machine the whole tree above it can be gone by then): `getppid()` would then
name the adoptive init, the request would never fire, and the worker would wait forever
on a queue its siblings keep open.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys

PR_SET_PDEATHSIG = 1
ENV_PARENT = "LKJIP_INGEST_PID"
# The forkserver's own pid, recorded when it arms itself; the workers it forks inherit it.
_forkserver_pid: int | None = None


def die_with_parent(parent_pid: int | None = None) -> bool:
    """Ask for SIGKILL when the parent dies; if it is already gone, exit now. True when armed."""
    if not sys.platform.startswith("linux"):
        return False
    parent_pid = parent_pid or os.getppid()
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if os.getppid() != parent_pid:  # the parent died before the request: no signal will come
        os._exit(1)
    return True


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _arm_forkserver() -> None:
    """At import in the forkserver (a preload module): die with the ingest parent."""
    global _forkserver_pid
    with contextlib.suppress(ValueError):
        parent = int(os.environ.get(ENV_PARENT, "0"))
        if not parent or os.getpid() == parent:
            return
        if os.getppid() == parent:
            if die_with_parent(parent):
                _forkserver_pid = os.getpid()
        elif not _alive(parent):  # the ingest parent died before this server started
            os._exit(1)


def arm_pool_worker() -> None:
    """In a pool worker's initializer: die with the forkserver that forked it, even when
    that forkserver died between the fork and this call."""
    die_with_parent(_forkserver_pid)


_arm_forkserver()
