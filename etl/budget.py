"""A time budget per file: no single file holds the run up.

The stages are near-linear in a text's length (sentences.MAX_SENTENCE), but a file may still
be huge or hit a slow path nobody has found yet. The thread reading a file sets a timer; when
it rings, OverBudget is raised where the file's work is, and the file becomes a problem row.

Two timers, the same result:

- in a process's main thread on Unix (a worker of the local pool, or the main process on small
  inputs): a real-time timer (SIGALRM, setitimer). Python's regular-expression engine checks for
  signals as it runs, so even one long match is interrupted.
- in any other thread (a Dask worker runs its tasks in threads, the dashboard rebuilds the seed
  tables in one) and on Windows: a timer thread that raises OverBudget in the reading thread
  (PyThreadState_SetAsyncExc). Python raises it between two steps of Python code, so one call
  into compiled code (a single regular-expression match) runs to its end first.
"""
from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

FILE_BUDGET = 60.0          # seconds one file may take to read and extract (a usual article: 5 ms)


class OverBudget(BaseException):
    """The file's time is up. A BaseException, so that no `except Exception` on the way swallows it."""


def signal_timer_available() -> bool:
    """SIGALRM can interrupt this thread: Unix, and the process's main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise OverBudget inside the block once `seconds` have passed (None or 0: no limit)."""
    if not seconds:
        yield
    elif signal_timer_available():
        with _alarm(seconds):
            yield
    else:
        with _thread_alarm(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def ring(signum, frame) -> None:
        raise OverBudget
    before = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)


RING_AGAIN = 0.25     # seconds between rings once the time is up, until the block is over


@contextmanager
def _thread_alarm(seconds: float) -> Iterator[None]:
    """OverBudget raised in this thread by a timer thread. The lock makes the end of the block and
    the ring exclusive: once the block is over, a ring that came too late is withdrawn rather than
    raised in whatever this thread does next. The timer rings again every RING_AGAIN seconds until
    the block ends: a ring that lands in code that swallows what it raises (a garbage collector's
    callback, whose exception Python only prints: "Exception ignored in …") is not the last."""
    reader = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    over = threading.Event()        # the block has ended

    def ring() -> None:
        if over.wait(seconds):
            return
        while True:
            with lock:
                if over.is_set():
                    return
                ctypes.pythonapi.PyThreadState_SetAsyncExc(reader, ctypes.py_object(OverBudget))
            if over.wait(RING_AGAIN):
                return
    timer = threading.Thread(target=ring, daemon=True)
    timer.start()
    try:
        yield
    finally:
        with lock:
            over.set()
            ctypes.pythonapi.PyThreadState_SetAsyncExc(reader, None)
