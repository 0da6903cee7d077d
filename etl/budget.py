"""A time budget per file: no single file holds the run up.

The stages are near-linear in a text's length (sentences.MAX_SENTENCE), but a file may still
be huge or hit a slow path nobody has found yet. The process reading a file (a worker, or the
main process on small inputs) sets a real-time timer; when it rings, OverBudget is raised where
the file's work is, and the file becomes a problem row. Python's regular-expression engine
checks for signals as it runs, so a long match is interrupted too.

The timer is SIGALRM (setitimer), which exists on Unix only and is set from a process's main
thread only: elsewhere (Windows, or the ETL called from another thread, as the dashboard's
rebuild of the seed tables is) files are read without a budget.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

FILE_BUDGET = 60.0          # seconds one file may take to read and extract (a usual article: 5 ms)


class OverBudget(BaseException):
    """The file's time is up. A BaseException, so that no `except Exception` on the way swallows it."""


def available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise OverBudget inside the block once `seconds` have passed (None or 0: no limit, and
    none where a timer cannot be set, see the module's note)."""
    if not seconds or not available():
        yield
        return

    def ring(signum, frame) -> None:
        raise OverBudget
    before = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)
