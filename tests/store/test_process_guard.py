"""A guarded process names the parent it expects: one that arms itself after that parent
died (a pool worker whose forkserver was killed between the fork and its initializer)
exits at once instead of living on under init."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux's")


def _run(expected: str) -> subprocess.CompletedProcess[str]:
    code = ("import os, lkjip.process_guard as g\n"
            f"g._forkserver_pid = {expected}\n"
            "g.arm_pool_worker()\n"
            "print('armed')\n")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_a_worker_whose_forkserver_is_still_there_arms_and_runs() -> None:
    done = _run("os.getppid()")
    assert done.returncode == 0 and done.stdout.strip() == "armed"


def test_a_worker_whose_forkserver_already_died_exits_instead_of_arming_on_init() -> None:
    # The recorded forkserver is not this process's parent any more: it was reparented.
    done = _run("os.getppid() + 1000000")
    assert done.returncode == 1 and "armed" not in done.stdout


def test_without_a_recorded_forkserver_the_current_parent_is_expected() -> None:
    done = _run("None")
    assert done.returncode == 0 and done.stdout.strip() == "armed"
