"""Read a document in a child process that can be killed: hard time and memory bounds.

A hang or a runaway allocation inside pdfium, OpenCV or Tesseract cannot be
interrupted from Python, so `read_isolated` forks, caps the child's address space
(RLIMIT_AS), and kills the child's whole process group (Tesseract included) when the
deadline passes. The child sends back the SourceDocument or the DocumentError,
pickled through a pipe. Where fork is unavailable (Windows) it reads in-process,
with the soft per-page time checks only.

Batch ingestion reuses it as is: `read_isolated` forks with os.fork, not
multiprocessing, so it works inside pool workers (even daemonic ones).
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import pickle
import select
import signal
import time
from collections.abc import Callable
from pathlib import Path

# Imported here, in the parent, so forked children do not re-import them per document.
import lkjip.extract.docx.reader
import lkjip.extract.pdf.reader
from lkjip.extract.errors import DocumentError, error_from_exception
from lkjip.extract.limits import ReadLimits
from lkjip.extract.readers import read_document
from lkjip.extract.source import SourceDocument
from lkjip.long_lived import freeze_inherited

# Extra seconds the parent waits past the timeout, so the child can report its own
# (more precise) timeout message before it is killed.
_GRACE_S = 3.0


def _memory_kb() -> tuple[int, int]:
    """This process's (address space, resident) size in kB; (0, 0) where /proc is absent."""
    sizes = {"VmSize:": 0, "VmRSS:": 0}
    with contextlib.suppress(OSError), open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and parts[0] in sizes:
                sizes[parts[0]] = int(parts[1])
    return sizes["VmSize:"], sizes["VmRSS:"]


def _limit_memory(max_mb: int, base_kb: int = 0) -> None:
    """Cap the address space at what the process had when forked plus `max_mb`: a reader
    forked from a large process (a test worker, a server) gets the same room to read."""
    import resource

    cap = max_mb * 1024 * 1024 + base_kb * 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    if soft == resource.RLIM_INFINITY or soft > cap:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _child(path: Path, limits: ReadLimits, fd: int, parent: int, news_fd: int, progress: bool) -> None:
    """Runs in the forked child; never returns."""
    status = 0
    try:
        from lkjip.process_guard import die_with_parent

        reader = lkjip.extract.pdf.reader
        if progress:
            reader.progress_sink = lambda line: _send_line(news_fd, _PROGRESS + line)
        reader.time_granted_sink = lambda seconds: _send_line(news_fd, f"{_MORE_TIME}{seconds!r}")

        die_with_parent(parent)  # a kill -9 of the parent takes the reader with it
        freeze_inherited()  # all the parent's objects outlive this child (lkjip.long_lived)
        # A crash here is reported by the parent as "crashed"; no dump on the user's terminal.
        faulthandler.disable()
        with contextlib.suppress(OSError):
            os.setpgid(0, 0)
        try:
            _limit_memory(limits.max_memory_mb, _memory_kb()[0])
            result: tuple = ("ok", read_document(path, limits))
        except DocumentError as exc:
            result = ("error", exc.code, exc.texts["en"], exc.texts["id"])
        except MemoryError:
            result = ("error", "too-large", f"reading needed more than {limits.max_memory_mb:,} MB of memory",
                      f"pembacaan memerlukan lebih dari {limits.max_memory_mb:,} MB memori")
        except Exception as exc:  # lkjip's own fault, or a library that choked on the file
            err = error_from_exception(exc)
            result = ("error", err.code, err.texts["en"], err.texts["id"])
        data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except BaseException:
        status = 1
    finally:
        os._exit(status)


# The child's news to the parent, a line each: a progress line to show, or seconds the
# reader added to the document's time (a page sent to OCR, `ReadLimits.ocr_page_s`).
_PROGRESS, _MORE_TIME = "p ", "t "


def _send_line(fd: int, line: str) -> None:
    with contextlib.suppress(OSError):  # the parent gone or not reading: progress is not worth failing for
        os.write(fd, (line.replace("\n", " ") + "\n").encode("utf-8", "replace"))


# A native abort with the child's peak resident memory this close to its address-space
# cap is an allocation that failed, not a bug (a normal reader stays far below the cap).
_OOM_SHARE = 0.4


def _out_of_memory(status: int, maxrss_kb: int, cap_mb: int, base_rss_kb: int = 0) -> bool:
    """`base_rss_kb`: what the child had resident from its parent when forked; only the
    growth beyond it is the reading's."""
    return (os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS)
            and maxrss_kb - base_rss_kb >= _OOM_SHARE * cap_mb * 1024)


def _kill(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def read_isolated(path: Path, limits: ReadLimits | None = None,
                  on_progress: Callable[[str], None] | None = None) -> SourceDocument:
    """`read_document` in a killable child; raises DocumentError like it does.
    `on_progress` receives the reader's progress lines (OCR of a long scan) as they come."""
    limits = limits or ReadLimits()
    if not hasattr(os, "fork") or os.environ.get("LKJIP_IN_PROCESS") == "1":
        try:
            return _in_process(path, limits, on_progress)
        except DocumentError:
            raise
        except Exception as exc:  # as in the child: never a traceback for one file
            raise error_from_exception(exc) from exc
    read_fd, write_fd = os.pipe()
    news_read, news_write = os.pipe()
    parent = os.getpid()
    base_rss_kb = _memory_kb()[1]
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        os.close(read_fd)
        os.close(news_read)
        _child(path, limits, write_fd, parent, news_write, on_progress is not None)
    os.close(write_fd)
    os.close(news_write)
    with contextlib.suppress(OSError):
        os.setpgid(pid, pid)  # also set here: no race with an early kill
    deadline = time.monotonic() + limits.timeout_s + _GRACE_S
    granted = 0.0
    chunks: list[bytes] = []
    partial = b""
    watched = [read_fd, news_read]
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            ready, _, _ = select.select(watched, [], [], left)
            if news_read in ready:
                news = os.read(news_read, 1 << 16)
                if not news:
                    watched.remove(news_read)
                *lines, partial = (partial + news).split(b"\n")
                shown = None
                for raw in lines:
                    line = raw.decode("utf-8", "replace")
                    if line.startswith(_MORE_TIME):
                        with contextlib.suppress(ValueError):
                            more = min(max(float(line[len(_MORE_TIME):]), 0.0), limits.ocr_page_s)
                            deadline, granted = deadline + more, granted + more
                    elif line.startswith(_PROGRESS) and line[len(_PROGRESS):].strip():
                        shown = line[len(_PROGRESS):].strip()
                if shown is not None and on_progress is not None:
                    on_progress(shown)
            if read_fd not in ready:
                continue
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    except BaseException as exc:
        _kill(pid)  # the deadline, Ctrl-C or any failure here: never leave a reader running
        if isinstance(exc, TimeoutError):
            total = limits.timeout_s + granted
            raise DocumentError("timeout", f"reading took longer than {total:g} s and was stopped (--timeout)",
                                f"pembacaan melampaui {total:g} dtk dan dihentikan (--timeout)") from None
        raise
    finally:
        os.close(read_fd)
        os.close(news_read)
    _, status, usage = os.wait4(pid, 0)
    data = b"".join(chunks)
    if not data:
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            raise DocumentError("too-large", f"the reader was killed (out of memory? cap {limits.max_memory_mb:,} MB)",
                                f"pembaca dihentikan paksa (memori habis? batas {limits.max_memory_mb:,} MB)")
        if _out_of_memory(status, usage.ru_maxrss, limits.max_memory_mb, base_rss_kb):
            # A native library (pdfium) aborts when an allocation fails under the cap: a
            # page of a billion drawing operators is too large, not a crash of ours.
            raise DocumentError("too-large", f"the reader ran out of memory (peak {max(0, usage.ru_maxrss - base_rss_kb) // 1024:,} MB, "
                                             f"cap {limits.max_memory_mb:,} MB) and was stopped",
                                f"pembaca kehabisan memori (puncak {max(0, usage.ru_maxrss - base_rss_kb) // 1024:,} MB, "
                                f"batas {limits.max_memory_mb:,} MB) dan dihentikan")
        how = f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"exit status {os.WEXITSTATUS(status)}"
        raise DocumentError("crashed", f"the reader process died on this file ({how})",
                            f"proses pembaca berhenti mendadak pada berkas ini ({how})")
    result = pickle.loads(data)  # our own child wrote it
    if result[0] == "ok":
        return result[1]
    raise DocumentError(*result[1:])


def _in_process(path: Path, limits: ReadLimits, on_progress: Callable[[str], None] | None) -> SourceDocument:
    reader = lkjip.extract.pdf.reader
    before = reader.progress_sink
    reader.progress_sink = on_progress if on_progress is not None else before
    try:
        return read_document(path, limits)
    finally:
        reader.progress_sink = before
